#include "ui/analytics/mentionvolumechart.h"

#include "listening/analyticsroles.h"
#include "listening/mentionvolumemodel.h"
#include "ui/analytics/chartscales.h"
#include "ui/analytics/emptychartnotice.h"

#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
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
constexpr qint64 kMsecsPerDay = 24 * 3600 * 1000;

} // namespace

MentionVolumeChart::MentionVolumeChart(MentionVolumeModel *model, QWidget *parent)
    : AnalyticsChartView(tr("Mentions per day by brand"), parent)
    , m_model(model)
    , m_dayAxis(new QDateTimeAxis)
    , m_countAxis(makeCountAxis())
    , m_notice(new EmptyChartNotice(this, tr("No brand was mentioned in this period.")))
{
    setObjectName(QStringLiteral("mentionVolumeChart"));
    styleAxis(m_dayAxis);
    chart()->addAxis(m_dayAxis, Qt::AlignBottom);
    chart()->addAxis(m_countAxis, Qt::AlignLeft);
    // Legend entries draw a piece of each line, so the dashed "previous period" reads as such.
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
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
    for (const auto &line : std::as_const(m_previousLines))
        delete line.mapper;
}

const QAbstractItemModel *MentionVolumeChart::exportModel() const
{
    return m_model;
}

QList<QLineSeries *> MentionVolumeChart::brandSeries() const
{
    QList<QLineSeries *> result;
    for (const auto &line : m_lines)
        result << line.series;
    return result;
}

QList<QLineSeries *> MentionVolumeChart::previousSeries() const
{
    QList<QLineSeries *> result;
    for (const auto &line : m_previousLines)
        result << line.series;
    return result;
}

bool MentionVolumeChart::isShowingEmptyNotice() const
{
    return m_notice->isEmpty();
}

MentionVolumeChart::Line MentionVolumeChart::addLine(int column, bool previous, bool markers)
{
    auto *series = new QLineSeries;
    const QString name = m_model->headerData(column, Qt::Horizontal).toString();
    series->setName(!previous && m_model->headerData(column, Qt::Horizontal, IsCompetitorRole).toBool()
                        ? tr("%1 (competitor)").arg(name)
                        : name);
    QColor color(m_model->headerData(column, Qt::Horizontal, BrandColorRole).toString());
    if (previous)
        color.setAlpha(150);
    QPen pen(color);
    pen.setWidthF(previous ? 1.3 : 2);
    if (previous)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    series->setPointsVisible(markers && !previous);
    auto *mapper = new QVXYModelMapper(this);
    mapper->setXColumn(MentionVolumeModel::DayColumn); // the same X: both periods overlay
    mapper->setYColumn(column);
    mapper->setSeries(series);
    mapper->setModel(m_model);
    chart()->addSeries(series);
    series->attachAxis(m_dayAxis);
    series->attachAxis(m_countAxis);
    connect(series, &QLineSeries::clicked, this,
            [this, column](const QPointF &point) { requestMentions(column, point); });
    return Line{series, mapper, column};
}

void MentionVolumeChart::rebuildLines()
{
    // Qt Charts (6.4) redraws a line's whole shape for every point a mapper appends to a series
    // already in a chart: a year of days took a quarter of a second. So each reset starts from
    // new series: their mappers fill them before they join the chart, in one go. The old mappers
    // are deleted before they get to refill their old series, this slot being connected first.
    for (QList<Line> *lines : {&m_previousLines, &m_lines}) {
        for (const auto &line : std::as_const(*lines)) {
            delete line.mapper;
            chart()->removeSeries(line.series);
            delete line.series;
        }
        lines->clear();
    }
    if (m_previousLegend) {
        chart()->removeSeries(m_previousLegend);
        delete m_previousLegend;
        m_previousLegend = nullptr;
    }
    const bool markers = m_model->range().dayCount() <= kMaxDaysWithMarkers;
    // Dashed lines first, so the current period is drawn over them.
    for (int brand = 0; brand < m_model->brandCount(); ++brand)
        m_previousLines << addLine(m_model->previousBrandColumn(brand), true, markers);
    for (int brand = 0; brand < m_model->brandCount(); ++brand)
        m_lines << addLine(MentionVolumeModel::FirstBrandColumn + brand, false, markers);
    if (m_model->brandCount() > 0) {
        m_previousLegend = new QLineSeries;
        m_previousLegend->setName(tr("Previous period"));
        QPen pen(palette().color(QPalette::WindowText));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.3);
        m_previousLegend->setPen(pen);
        chart()->addSeries(m_previousLegend);
        m_previousLegend->attachAxis(m_dayAxis);
        m_previousLegend->attachAxis(m_countAxis);
    }
    for (const auto &line : std::as_const(m_previousLines)) {
        for (QLegendMarker *marker : chart()->legend()->markers(line.series))
            marker->setVisible(false);
    }
    // A little headroom so the busiest day does not run along the top edge.
    scaleCountAxis(m_countAxis, m_model->maxDailyMentions() + m_model->maxDailyMentions() / 20 + 1);
    scaleDateAxis();
    m_notice->setEmpty(m_model->totalMentions() == 0 && m_model->previousTotalMentions() == 0);
}

void MentionVolumeChart::requestMentions(int column, const QPointF &point)
{
    const DateRange range = m_model->range();
    if (!range.isValid())
        return;
    const qint64 first = MentionVolumeModel::chartTime(range.from).toMSecsSinceEpoch();
    const qint64 offset = qint64(point.x()) - first;
    // The nearest day: a click lands between two points as often as on one.
    const int row = int((offset + (offset >= 0 ? kMsecsPerDay / 2 : -kMsecsPerDay / 2)) / kMsecsPerDay);
    if (row < 0 || row >= m_model->rowCount())
        return;
    emit mentionsRequested(m_model->selection(m_model->index(row, column)));
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
