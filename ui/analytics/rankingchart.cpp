#include "ui/analytics/rankingchart.h"

#include "ui/analytics/chartscales.h"
#include "ui/analytics/emptychartnotice.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QSortFilterProxyModel>
#include <QVBarModelMapper>
#include <QValueAxis>

namespace vigie {
namespace ui {

namespace {

// The model's rows bottom-up. A horizontal bar chart draws its first category at the bottom (and
// Qt Charts 6.4 ignores a reversed category axis there), while people read a ranking from the top.
class ReversedRowsModel : public QSortFilterProxyModel
{
public:
    explicit ReversedRowsModel(QAbstractItemModel *source, QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        setSourceModel(source);
        sort(0);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return left.row() > right.row();
    }
};

// Names may take this share of the chart's width; the bars keep the rest.
constexpr double kMaxLabelShare = 0.3;

} // namespace

RankingChart::RankingChart(const QString &title, QAbstractItemModel *model, int labelColumn, int valueColumn,
                           const QString &emptyText, QWidget *parent)
    : AnalyticsChartView(title, parent)
    , m_model(model)
    , m_bottomUp(new ReversedRowsModel(model, this))
    , m_labelColumn(labelColumn)
    , m_valueColumn(valueColumn)
    , m_series(new QHorizontalBarSeries)
    , m_mapper(new QVBarModelMapper(this))
    , m_categoryAxis(new QBarCategoryAxis)
    , m_countAxis(makeCountAxis())
    , m_notice(new EmptyChartNotice(this, emptyText))
{
    styleAxis(m_categoryAxis);
    m_categoryAxis->setGridLineVisible(false);
    chart()->addSeries(m_series);
    chart()->addAxis(m_categoryAxis, Qt::AlignLeft);
    chart()->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_countAxis);
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsPrecision(12); // counts, never in scientific notation
    m_notice->setLegendWanted(false); // one bar set: the title says what the bars are
    m_mapper->setFirstBarSetColumn(valueColumn);
    m_mapper->setLastBarSetColumn(valueColumn);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_bottomUp);
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
        const int row = m_model->rowCount() - 1 - index;
        if (row >= 0 && row < m_model->rowCount())
            emit rowClicked(row);
    });
    // After the mapper (connected first) has rebuilt the bar set.
    connect(m_bottomUp, &QAbstractItemModel::modelReset, this, &RankingChart::syncWithModel);
    syncWithModel();
}

RankingChart::~RankingChart()
{
    // Mappers first: the series they watch emit signals while the chart is torn down, and the
    // model may already be gone by then.
    delete m_mapper;
}

bool RankingChart::isShowingEmptyNotice() const
{
    return m_notice->isEmpty();
}

void RankingChart::syncWithModel()
{
    for (QBarSet *set : m_series->barSets()) {
        set->setColor(QColor(0x2f, 0x6f, 0x9f));
        set->setBorderColor(QColor(0x2f, 0x6f, 0x9f));
        set->setLabelColor(palette().color(QPalette::WindowText));
        set->setLabelFont(font());
    }
    labelCategories();
    qint64 largest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        largest = qMax(largest, m_model->index(row, m_valueColumn).data().toLongLong());
    // Headroom so the count printed after the longest bar is not cut off.
    scaleCountAxis(m_countAxis, largest + largest / 6, 4);
    m_notice->setEmpty(m_model->rowCount() == 0);
}

void RankingChart::labelCategories()
{
    const QFontMetrics metrics(font());
    const int maxWidth = int(width() * kMaxLabelShare);
    QStringList names;
    for (int row = 0; row < m_bottomUp->rowCount(); ++row)
        names << metrics.elidedText(m_bottomUp->index(row, m_labelColumn).data().toString(), Qt::ElideRight,
                                    maxWidth);
    const QStringList categories = thinnedLabels(names, int(names.size())); // keeps same names apart
    if (categories != m_categoryAxis->categories())
        m_categoryAxis->setCategories(categories);
}

void RankingChart::resizeEvent(QResizeEvent *event)
{
    AnalyticsChartView::resizeEvent(event);
    labelCategories(); // how much of a name fits depends on the width
}

void RankingChart::showEvent(QShowEvent *event)
{
    AnalyticsChartView::showEvent(event);
    labelCategories();
}

} // namespace ui
} // namespace vigie
