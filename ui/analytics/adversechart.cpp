#include "ui/analytics/adversechart.h"

#include "listening/adversemodel.h"
#include "listening/analyticsroles.h"
#include "ui/analytics/chartscales.h"
#include "ui/analytics/emptychartnotice.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace vigie {
namespace ui {

AdverseChart::AdverseChart(AdverseMentionsModel *model, QWidget *parent)
    : AnalyticsChartView(tr("Possible adverse events mentioned"), parent)
    , m_model(model)
    , m_series(new QStackedBarSeries)
    , m_periodAxis(new QBarCategoryAxis)
    , m_countAxis(makeCountAxis())
    , m_notice(
          new EmptyChartNotice(this, tr("No mention described a possible adverse event in this period.")))
{
    setObjectName(QStringLiteral("adverseChart"));
    styleAxis(m_periodAxis);
    m_periodAxis->setGridLineVisible(false);
    m_periodAxis->setTruncateLabels(false); // thinned instead, see labelPeriods
    chart()->addSeries(m_series);
    chart()->addAxis(m_periodAxis, Qt::AlignBottom);
    chart()->addAxis(m_countAxis, Qt::AlignLeft);
    m_series->attachAxis(m_periodAxis);
    m_series->attachAxis(m_countAxis);
    m_series->setBarWidth(0.8);
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int row, QBarSet *set) {
        const int column = int(m_series->barSets().indexOf(set));
        if (column >= 0 && row >= 0 && row < m_model->rowCount())
            emit mentionsRequested(m_model->selection(m_model->index(row, column)));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AdverseChart::syncWithModel);
    syncWithModel();
}

AdverseChart::~AdverseChart() = default;

const QAbstractItemModel *AdverseChart::exportModel() const
{
    return m_model;
}

bool AdverseChart::isShowingEmptyNotice() const
{
    return m_notice->isEmpty();
}

void AdverseChart::syncWithModel()
{
    // New bar sets filled before they join the series, in one go (the number of brand columns
    // can change between periods, which a bar model mapper does not follow).
    m_series->clear();
    QList<QBarSet *> sets;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString name = m_model->headerData(column, Qt::Horizontal).toString();
        auto *set = new QBarSet(m_model->headerData(column, Qt::Horizontal, IsCompetitorRole).toBool()
                                    ? tr("%1 (competitor)").arg(name)
                                    : name);
        const QColor color(m_model->headerData(column, Qt::Horizontal, BrandColorRole).toString());
        set->setColor(color);
        set->setBorderColor(color);
        QList<qreal> values;
        for (int row = 0; row < m_model->rowCount(); ++row)
            values << qreal(m_model->index(row, column).data().toLongLong());
        set->append(values);
        sets << set;
    }
    m_series->append(sets);
    labelPeriods();
    const qint64 largest = m_model->maxPeriodTotal();
    scaleCountAxis(m_countAxis, largest + largest / 20 + 1);
    m_notice->setEmpty(m_model->totalAdverse() == 0);
}

void AdverseChart::labelPeriods()
{
    QStringList labels;
    QString widest;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        labels << m_model->headerData(row, Qt::Vertical).toString();
        if (labels.constLast().size() > widest.size())
            widest = labels.constLast();
    }
    const QStringList shown = thinnedLabels(labels, labelsThatFit(widest));
    if (shown != m_periodAxis->categories())
        m_periodAxis->setCategories(shown);
}

void AdverseChart::resizeEvent(QResizeEvent *event)
{
    AnalyticsChartView::resizeEvent(event);
    labelPeriods();
}

} // namespace ui
} // namespace vigie
