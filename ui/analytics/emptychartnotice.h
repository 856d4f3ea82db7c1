#pragma once

#include <QObject>

class QChartView;
class QLabel;

namespace vigie {
namespace ui {

// A sentence in the middle of a chart that has nothing to draw ("No source in this period."),
// instead of an empty frame: axes and legend hide while it shows; the title stays, so people
// still see which chart it is.
class EmptyChartNotice : public QObject
{
    Q_OBJECT

public:
    EmptyChartNotice(QChartView *view, const QString &text);

    void setEmpty(bool empty);
    bool isEmpty() const { return m_empty; }
    // Whether the legend shows when there is data (charts with one bar set keep it hidden).
    void setLegendWanted(bool wanted);
    QLabel *label() const { return m_label; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QChartView *m_view;
    QLabel *m_label;
    bool m_empty = false;
    bool m_legendWanted = true;
};

} // namespace ui
} // namespace vigie
