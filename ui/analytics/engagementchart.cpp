#include "ui/analytics/engagementchart.h"

#include "listening/engagementmodel.h"
#include "ui/analytics/chartscales.h"
#include "ui/analytics/emptychartnotice.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QSortFilterProxyModel>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

namespace vigie {
namespace ui {

namespace {

// The rows bottom-up: a horizontal bar chart draws its first category at the bottom.
class BottomUpModel : public QSortFilterProxyModel
{
public:
    explicit BottomUpModel(QAbstractItemModel *source, QObject *parent)
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

QColor engagementColor(int column)
{
    switch (column) {
    case EngagementModel::LikesColumn:
        return QColor(0xd8, 0x5a, 0x8a);
    case EngagementModel::RepostsColumn:
        return QColor(0x2e, 0x9d, 0x5b);
    default:
        return QColor(0x2f, 0x6f, 0x9f);
    }
}

constexpr double kMaxLabelShare = 0.25;

} // namespace

EngagementChart::EngagementChart(EngagementModel *model, QWidget *parent)
    : AnalyticsChartView(tr("Engagement of your posts"), parent)
    , m_model(model)
    , m_bottomUp(new BottomUpModel(model, this))
    , m_series(new QHorizontalStackedBarSeries)
    , m_mapper(new QVBarModelMapper(this))
    , m_postAxis(new QBarCategoryAxis)
    , m_countAxis(makeCountAxis())
    , m_notice(new EmptyChartNotice(this, tr("No post published in this period has engagement figures yet.")))
{
    setObjectName(QStringLiteral("engagementChart"));
    styleAxis(m_postAxis);
    m_postAxis->setGridLineVisible(false);
    // Names are elided to a share of the width already (labelPosts); Qt Charts 6.4 cut them all to
    // "..." on the demo posts although they fit.
    m_postAxis->setTruncateLabels(false);
    chart()->addSeries(m_series);
    chart()->addAxis(m_postAxis, Qt::AlignLeft);
    chart()->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(m_postAxis);
    m_series->attachAxis(m_countAxis);
    m_series->setBarWidth(0.7);
    m_mapper->setFirstBarSetColumn(EngagementModel::LikesColumn);
    m_mapper->setLastBarSetColumn(EngagementModel::RepliesColumn);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_bottomUp);
    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
        const int row = m_model->rowCount() - 1 - index;
        if (!on || row < 0 || row >= m_model->rowCount()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), m_model->index(row, 0).data(Qt::ToolTipRole).toString(), this);
    });
    // After the mapper (connected first) has rebuilt the bar sets.
    connect(m_bottomUp, &QAbstractItemModel::modelReset, this, &EngagementChart::syncWithModel);
    syncWithModel();
}

EngagementChart::~EngagementChart()
{
    // Mappers first: the series they watch emit signals while the chart is torn down.
    delete m_mapper;
}

const QAbstractItemModel *EngagementChart::exportModel() const
{
    return m_model;
}

bool EngagementChart::isShowingEmptyNotice() const
{
    return m_notice->isEmpty();
}

void EngagementChart::syncWithModel()
{
    const QList<QBarSet *> sets = m_series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        const QColor color = engagementColor(EngagementModel::LikesColumn + i);
        sets.at(i)->setColor(color);
        sets.at(i)->setBorderColor(color);
    }
    labelPosts();
    const qint64 largest = m_model->maxEngagement();
    scaleCountAxis(m_countAxis, largest + largest / 20 + 1, 4);
    m_notice->setEmpty(m_model->rowCount() == 0);
}

void EngagementChart::labelPosts()
{
    const QFontMetrics metrics(font());
    const int maxWidth = int(width() * kMaxLabelShare);
    QStringList names;
    for (int row = 0; row < m_bottomUp->rowCount(); ++row)
        names << metrics.elidedText(m_bottomUp->index(row, EngagementModel::PostColumn).data().toString(),
                                    Qt::ElideRight, maxWidth);
    const QStringList categories = thinnedLabels(names, int(names.size()));
    if (categories != m_postAxis->categories())
        m_postAxis->setCategories(categories);
}

void EngagementChart::resizeEvent(QResizeEvent *event)
{
    AnalyticsChartView::resizeEvent(event);
    labelPosts();
}

void EngagementChart::showEvent(QShowEvent *event)
{
    AnalyticsChartView::showEvent(event);
    labelPosts();
}

} // namespace ui
} // namespace vigie
