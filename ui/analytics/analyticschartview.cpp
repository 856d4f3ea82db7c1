#include "ui/analytics/analyticschartview.h"

#include "ui/analytics/chartscales.h"

#include <QFontMetrics>
#include <QLegend>
#include <QValueAxis>

namespace vigie {
namespace ui {

AnalyticsChartView::AnalyticsChartView(const QString &title, QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    QChart *c = chart();
    c->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    c->setTitleFont(titleFont);
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setFont(font());
}

void AnalyticsChartView::styleAxis(QAbstractAxis *axis) const
{
    axis->setLabelsFont(font());
    axis->setTitleFont(font());
}

QValueAxis *AnalyticsChartView::makeCountAxis() const
{
    auto *axis = new QValueAxis;
    styleAxis(axis);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMinorTickCount(0);
    return axis;
}

void AnalyticsChartView::scaleCountAxis(QValueAxis *axis, qint64 largest, int maxIntervals)
{
    const CountScale scale = countScale(largest, maxIntervals);
    axis->setRange(0, qreal(scale.max));
    axis->setTickCount(scale.tickCount);
}

int AnalyticsChartView::labelsThatFit(const QString &sample, int minimumGap) const
{
    // The view's width less the value axis and margins: the plot area itself is only laid out
    // later, and a stale one would thin labels for the previous size.
    const int plotWidth = width() - 90;
    const int labelWidth = QFontMetrics(font()).horizontalAdvance(sample) + minimumGap;
    return qMax(2, plotWidth / qMax(1, labelWidth));
}

} // namespace ui
} // namespace vigie
