#include "ui/report/reporttable.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <numeric>

namespace vigie {
namespace ui {

namespace {

constexpr int kTextFlags = Qt::TextWordWrap;

} // namespace

ReportTable::ReportTable(QStringList header, QList<QStringList> rows, QList<qreal> columnShares)
    : m_header(std::move(header))
    , m_rows(std::move(rows))
    , m_shares(std::move(columnShares))
{}

QFont ReportTable::fontForRow(int row) const
{
    return m_boldLastRow && row == m_rows.size() - 1 ? m_boldFont : m_font;
}

void ReportTable::layout(QPaintDevice *device, const QFont &font, qreal width)
{
    m_font = font;
    m_boldFont = font;
    m_boldFont.setBold(true);
    m_width = width;
    m_padding = QFontMetricsF(font, device).height() * 0.35;
    const qreal shares = std::accumulate(m_shares.cbegin(), m_shares.cend(), 0.0);
    m_columnWidths.clear();
    for (qreal share : std::as_const(m_shares))
        m_columnWidths << width * share / shares;
    m_headerHeight = measureRow(device, m_header, m_boldFont);
    m_rowHeights.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowHeights << measureRow(device, m_rows.at(row), fontForRow(row));
}

qreal ReportTable::measureRow(QPaintDevice *device, const QStringList &cells, const QFont &font) const
{
    const QFontMetricsF metrics(font, device);
    qreal tallest = metrics.height();
    for (int column = 0; column < cells.size() && column < m_columnWidths.size(); ++column) {
        const QRectF room(0, 0, m_columnWidths.at(column) - 2 * m_padding, 1e6);
        tallest = qMax(tallest, metrics.boundingRect(room, kTextFlags, cells.at(column)).height());
    }
    return tallest + 2 * m_padding;
}

int ReportTable::rowsThatFit(int first, qreal height) const
{
    qreal used = m_headerHeight;
    int count = 0;
    for (int row = first; row < m_rows.size(); ++row) {
        used += m_rowHeights.at(row);
        if (used > height && count > 0)
            break;
        ++count;
    }
    return count;
}

qreal ReportTable::height(int first, int count) const
{
    qreal total = m_headerHeight;
    for (int row = first; row < first + count && row < m_rowHeights.size(); ++row)
        total += m_rowHeights.at(row);
    return total;
}

void ReportTable::paint(QPainter *painter, const QPointF &topLeft, int first, int count) const
{
    painter->save();
    qreal y = topLeft.y();
    painter->fillRect(QRectF(topLeft.x(), y, m_width, m_headerHeight), QColor(0xe8, 0xec, 0xf0));
    paintRow(painter, topLeft.x(), y, m_headerHeight, m_header, m_boldFont, true);
    y += m_headerHeight;
    QPen rule(QColor(0xb0, 0xb8, 0xc0));
    rule.setWidthF(m_padding * 0.12);
    for (int row = first; row < first + count && row < m_rows.size(); ++row) {
        const qreal height = m_rowHeights.at(row);
        if ((row - first) % 2 == 1)
            painter->fillRect(QRectF(topLeft.x(), y, m_width, height), QColor(0xf6, 0xf7, 0xf9));
        paintRow(painter, topLeft.x(), y, height, m_rows.at(row), fontForRow(row), false);
        painter->setPen(rule);
        painter->drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x() + m_width, y));
        y += height;
    }
    painter->drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x() + m_width, y));
    painter->restore();
}

void ReportTable::paintRow(QPainter *painter, qreal x, qreal y, qreal height, const QStringList &cells,
                           const QFont &font, bool header) const
{
    painter->setFont(font);
    painter->setPen(Qt::black);
    for (int column = 0; column < cells.size() && column < m_columnWidths.size(); ++column) {
        const qreal width = m_columnWidths.at(column);
        const QRectF cell(x + m_padding, y + m_padding, width - 2 * m_padding, height - 2 * m_padding);
        // Headers of figures sit at the bottom, like the figures' own right edge, so a wrapped
        // French header still lines up with its column.
        Qt::Alignment align = column == 0 ? Qt::AlignLeft : Qt::AlignRight;
        align |= header ? Qt::AlignBottom : Qt::AlignVCenter;
        painter->drawText(cell, int(align) | kTextFlags, cells.at(column));
        x += width;
    }
}

} // namespace ui
} // namespace vigie
