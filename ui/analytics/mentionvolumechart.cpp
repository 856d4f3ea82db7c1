#include "ui/analytics/mentionvolumechart.h"

#include "listening/analyticsroles.h"
#include "listening/mentionvolumemodel.h"
#include "ui/analytics/chartscales.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QVXYModelMapper>
#include <QValueAxis>

namespace vigie {
namespace ui {

namespace {

// Markers help reading a handful of days; on longer ranges they would hide the line.
constexpr int kMaxDaysWithMarkers = 14;
constexpr int kMaxDaysWithDayLabels = 120;

} // namespace

MentionVolumeChart::MentionVolumeChart(MentionVolumeModel *model, QWidget *parent)
    : AnalyticsChartView(tr("Mentions per day by brand"), parent)
    , m_model(model)
    , m_dayAxis(new QDateTimeAxis)
    , m_countAxis(makeCountAxis())
{
    setObjectName(QStringLiteral("mentionVolumeChart"));
    styleAxis(m_dayAxis);
    chart()->addAxis(m_dayAxis, Qt::AlignBottom);
    chart()->addAxis(m_countAxis, Qt::AlignLeft);
    // Connected before any mapper exists, so this runs first on every reset (see rebuildLines).
    connect(m_model, &QAbstractItemModel::modelReset, this, &MentionVolumeChart::rebuildLines);
    rebuildLines();
}

MentionVolumeChart::~MentionVolumeChart()
{
    // Mappers first: the series they watch emit signals while the chart is torn down, and the
    // model may already be gone by then.
    for (const auto &line : std::as_const(m_lines))
        delete line.mapper;
}

QList<QLineSeries *> MentionVolumeChart::brandSeries() const
{
    QList<QLineSeries *> result;
    for (const auto &line : m_lines)
        result << line.series;
    return result;
}

void MentionVolumeChart::rebuildLines()
{
    // Qt Charts (6.4) redraws a line's whole shape for every point a mapper appends to a series
    // already in a chart: a year of days took a quarter of a second. So each reset starts from
    // new series: their mappers fill them before they join the chart, in one go. The old mappers
    // are deleted before they get to refill their old series, this slot being connected first.
    for (const auto &line : std::as_const(m_lines)) {
        delete line.mapper;
        chart()->removeSeries(line.series);
        delete line.series;
    }
    m_lines.clear();
    const bool markers = m_model->range().dayCount() <= kMaxDaysWithMarkers;
    for (int brand = 0; brand < m_model->brandCount(); ++brand) {
        const int column = MentionVolumeModel::FirstBrandColumn + brand;
        auto *series = new QLineSeries;
        const QString name = m_model->headerData(column, Qt::Horizontal).toString();
        series->setName(m_model->headerData(column, Qt::Horizontal, IsCompetitorRole).toBool()
                            ? tr("%1 (competitor)").arg(name)
                            : name);
        QPen pen(QColor(m_model->headerData(column, Qt::Horizontal, BrandColorRole).toString()));
        pen.setWidthF(2);
        series->setPen(pen);
        series->setPointsVisible(markers);
        auto *mapper = new QVXYModelMapper(this);
        mapper->setXColumn(MentionVolumeModel::DayColumn);
        mapper->setYColumn(column);
        mapper->setSeries(series);
        mapper->setModel(m_model);
        chart()->addSeries(series);
        series->attachAxis(m_dayAxis);
        series->attachAxis(m_countAxis);
        m_lines << BrandLine{series, mapper};
    }
    // A little headroom so the busiest day does not run along the top edge.
    scaleCountAxis(m_countAxis, m_model->maxDailyMentions() + m_model->maxDailyMentions() / 20 + 1);
    scaleDateAxis();
}

void MentionVolumeChart::scaleDateAxis()
{
    const DateRange range = m_model->range();
    if (!range.isValid())
        return;
    //: Date format of chart axis labels (day and abbreviated month); see QDate::toString
    const QString format = range.dayCount() <= kMaxDaysWithDayLabels ? tr("d MMM") : tr("d MMM yy");
    const QString widest = QLocale().toString(QDate(2026, 12, 30), format);
    const DateAxisScale scale = dateAxisScale(range, labelsThatFit(widest), &MentionVolumeModel::chartTime);
    m_dayAxis->setFormat(format);
    m_dayAxis->setRange(scale.min, scale.max);
    m_dayAxis->setTickCount(scale.tickCount);
}

void MentionVolumeChart::resizeEvent(QResizeEvent *event)
{
    AnalyticsChartView::resizeEvent(event);
    scaleDateAxis(); // how many dates fit depends on the width
}

} // namespace ui
} // namespace vigie
