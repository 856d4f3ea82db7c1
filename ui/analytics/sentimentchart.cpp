#include "ui/analytics/sentimentchart.h"

#include "listening/sentimentmodel.h"
#include "ui/analytics/chartscales.h"
#include "ui/analytics/emptychartnotice.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QValueAxis>

namespace vigie {
namespace ui {

namespace {

QColor sentimentColor(int column)
{
    switch (column) {
    case SentimentModel::PositiveColumn:
        return QColor(0x2e, 0x9d, 0x5b);
    case SentimentModel::NegativeColumn:
        return QColor(0xd2, 0x48, 0x3f);
    default:
        return QColor(0xa4, 0xab, 0xb3);
    }
}

} // namespace

SentimentChart::SentimentChart(SentimentModel *model, QWidget *parent)
    : AnalyticsChartView(tr("Sentiment over time"), parent)
    , m_model(model)
    , m_series(new QStackedBarSeries)
    , m_mapper(new QVBarModelMapper(this))
    , m_periodAxis(new QBarCategoryAxis)
    , m_countAxis(makeCountAxis())
    , m_notice(new EmptyChartNotice(this, tr("None of your brands was mentioned in this period.")))
{
    setObjectName(QStringLiteral("sentimentChart"));
    styleAxis(m_periodAxis);
    m_periodAxis->setGridLineVisible(false);
    // Labels may be wider than one bar: thinning leaves them room, so never cut them to "1…".
    m_periodAxis->setTruncateLabels(false);
    chart()->addSeries(m_series);
    chart()->addAxis(m_periodAxis, Qt::AlignBottom);
    chart()->addAxis(m_countAxis, Qt::AlignLeft);
    m_series->attachAxis(m_periodAxis);
    m_series->attachAxis(m_countAxis);
    m_series->setBarWidth(0.8);
    m_mapper->setFirstBarSetColumn(SentimentModel::PositiveColumn);
    m_mapper->setLastBarSetColumn(SentimentModel::NegativeColumn);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int row, QBarSet *set) {
        const int column = int(m_series->barSets().indexOf(set));
        if (column >= 0 && row >= 0 && row < m_model->rowCount())
            emit mentionsRequested(m_model->selection(m_model->index(row, column)));
    });
    // After the mapper (connected first) has rebuilt the bar sets.
    connect(m_model, &QAbstractItemModel::modelReset, this, &SentimentChart::syncWithModel);
    syncWithModel();
}

SentimentChart::~SentimentChart()
{
    // Mappers first: the series they watch emit signals while the chart is torn down, and the
    // model may already be gone by then.
    delete m_mapper;
}

void SentimentChart::syncWithModel()
{
    const QList<QBarSet *> sets = m_series->barSets();
    for (int column = 0; column < sets.size(); ++column) {
        sets.at(column)->setColor(sentimentColor(column));
        sets.at(column)->setBorderColor(sentimentColor(column));
    }
    labelPeriods();
    scaleCountAxis(m_countAxis, m_model->maxPeriodTotal() + m_model->maxPeriodTotal() / 20 + 1);
    m_notice->setEmpty(m_model->maxPeriodTotal() == 0);
}

const QAbstractItemModel *SentimentChart::exportModel() const
{
    return m_model;
}

bool SentimentChart::isShowingEmptyNotice() const
{
    return m_notice->isEmpty();
}

void SentimentChart::labelPeriods()
{
    QStringList labels;
    QString widest;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        labels << m_model->headerData(row, Qt::Vertical).toString();
        if (labels.constLast().size() > widest.size())
            widest = labels.constLast();
    }
    const QStringList shown = thinnedLabels(labels, labelsThatFit(widest));
    if (shown == m_periodAxis->categories())
        return;
    m_periodAxis->setCategories(shown);
}

void SentimentChart::resizeEvent(QResizeEvent *event)
{
    AnalyticsChartView::resizeEvent(event);
    labelPeriods(); // how many labels fit depends on the width
}

} // namespace ui
} // namespace vigie
