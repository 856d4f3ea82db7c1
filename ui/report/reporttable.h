#pragma once

#include <QFont>
#include <QList>
#include <QStringList>

class QPaintDevice;
class QPainter;
class QPointF;

namespace vigie {
namespace ui {

// A simple table for printed pages: a header row repeated on every page, rows whose cells wrap,
// the first column left-aligned and the others (figures) right-aligned, an optional bold last
// row (totals). Sizes are in the device's units.
class ReportTable
{
public:
    // columnShares: each column's part of the width (they need not add up to 1).
    ReportTable(QStringList header, QList<QStringList> rows, QList<qreal> columnShares);

    void setBoldLastRow(bool bold) { m_boldLastRow = bold; }
    int rowCount() const { return int(m_rows.size()); }

    // Measures every row for width on device (call before the rest).
    void layout(QPaintDevice *device, const QFont &font, qreal width);
    // How many rows from first fit in height below the header (at least one, so a tall row
    // still gets printed rather than looping forever).
    int rowsThatFit(int first, qreal height) const;
    qreal height(int first, int count) const;
    void paint(QPainter *painter, const QPointF &topLeft, int first, int count) const;

private:
    QFont fontForRow(int row) const;
    qreal measureRow(QPaintDevice *device, const QStringList &cells, const QFont &font) const;
    void paintRow(QPainter *painter, qreal x, qreal y, qreal height, const QStringList &cells,
                  const QFont &font, bool header) const;

    QStringList m_header;
    QList<QStringList> m_rows;
    QList<qreal> m_shares;
    bool m_boldLastRow = false;
    QFont m_font;
    QFont m_boldFont;
    qreal m_width = 0;
    qreal m_padding = 0;
    QList<qreal> m_columnWidths;
    qreal m_headerHeight = 0;
    QList<qreal> m_rowHeights;
};

} // namespace ui
} // namespace vigie
