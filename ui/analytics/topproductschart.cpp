#include "ui/analytics/topproductschart.h"

#include "listening/topproductsmodel.h"
#include "ui/analytics/chartscales.h"

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

} // namespace

TopProductsChart::TopProductsChart(TopProductsModel *model, QWidget *parent)
    : AnalyticsChartView(tr("Top products mentioned"), parent)
    , m_model(model)
    , m_bottomUp(new ReversedRowsModel(model, this))
    , m_series(new QHorizontalBarSeries)
    , m_mapper(new QVBarModelMapper(this))
    , m_productAxis(new QBarCategoryAxis)
    , m_countAxis(makeCountAxis())
{
    setObjectName(QStringLiteral("topProductsChart"));
    styleAxis(m_productAxis);
    m_productAxis->setGridLineVisible(false);
    chart()->addSeries(m_series);
    chart()->addAxis(m_productAxis, Qt::AlignLeft);
    chart()->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(m_productAxis);
    m_series->attachAxis(m_countAxis);
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsPrecision(12); // counts, never in scientific notation
    chart()->legend()->hide();        // one bar set: the title says what the bars are
    m_mapper->setFirstBarSetColumn(TopProductsModel::MentionsColumn);
    m_mapper->setLastBarSetColumn(TopProductsModel::MentionsColumn);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_bottomUp);
    // After the mapper (connected first) has rebuilt the bar set.
    connect(m_bottomUp, &QAbstractItemModel::modelReset, this, &TopProductsChart::syncWithModel);
    syncWithModel();
}

TopProductsChart::~TopProductsChart()
{
    // Mappers first: the series they watch emit signals while the chart is torn down, and the
    // model may already be gone by then.
    delete m_mapper;
}

void TopProductsChart::syncWithModel()
{
    for (QBarSet *set : m_series->barSets()) {
        set->setColor(QColor(0x2f, 0x6f, 0x9f));
        set->setBorderColor(QColor(0x2f, 0x6f, 0x9f));
        set->setLabelColor(palette().color(QPalette::WindowText));
        set->setLabelFont(font());
    }
    QStringList names;
    for (int row = 0; row < m_bottomUp->rowCount(); ++row)
        names << m_bottomUp->index(row, TopProductsModel::NameColumn).data().toString();
    m_productAxis->setCategories(thinnedLabels(names, int(names.size()))); // keeps same-named products apart
    // Headroom so the count printed after the longest bar is not cut off.
    scaleCountAxis(m_countAxis, m_model->maxMentions() + m_model->maxMentions() / 6, 4);
}

} // namespace ui
} // namespace vigie
