#include "ui/analytics/shareofvoicechart.h"

#include "listening/analyticsroles.h"
#include "listening/shareofvoicemodel.h"
#include "ui/analytics/emptychartnotice.h"

#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QVPieModelMapper>

namespace vigie {
namespace ui {

namespace {

// Below this share the percentage does not fit in its slice; the legend still names the brand.
constexpr qreal kMinLabelledShare = 0.04;

} // namespace

ShareOfVoiceChart::ShareOfVoiceChart(ShareOfVoiceModel *model, QWidget *parent)
    : AnalyticsChartView(tr("Share of voice"), parent)
    , m_model(model)
    , m_series(new QPieSeries)
    , m_mapper(new QVPieModelMapper(this))
    , m_notice(new EmptyChartNotice(this, tr("No brand was mentioned in this period.")))
{
    setObjectName(QStringLiteral("shareOfVoiceChart"));
    m_series->setHoleSize(0.42);
    m_series->setPieSize(0.85);
    chart()->addSeries(m_series);
    // Below the donut: at the right, long French names ("Orvalis (concurrent)") were cut.
    chart()->legend()->setAlignment(Qt::AlignBottom);
    m_mapper->setLabelsColumn(ShareOfVoiceModel::PercentLabelColumn);
    m_mapper->setValuesColumn(ShareOfVoiceModel::MentionsColumn);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);
    connect(m_series, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
        const int row = int(m_series->slices().indexOf(slice));
        if (row >= 0 && row < m_model->rowCount())
            emit mentionsRequested(m_model->selection(m_model->index(row, 0)));
    });
    // After the mapper (connected first) has rebuilt the slices.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ShareOfVoiceChart::syncWithModel);
    syncWithModel();
}

ShareOfVoiceChart::~ShareOfVoiceChart()
{
    // Mappers first: the series they watch emit signals while the chart is torn down, and the
    // model may already be gone by then.
    delete m_mapper;
}

void ShareOfVoiceChart::syncWithModel()
{
    // Slices carry the percentage (from the model, through the mapper); the legend names the
    // brands, so a thin slice is still identified.
    QFont labelFont = font();
    labelFont.setBold(true);
    const QList<QPieSlice *> slices = m_series->slices();
    const QList<QLegendMarker *> markers = chart()->legend()->markers(m_series);
    for (int row = 0; row < slices.size() && row < m_model->rowCount(); ++row) {
        QPieSlice *slice = slices.at(row);
        const QModelIndex index = m_model->index(row, ShareOfVoiceModel::NameColumn);
        slice->setColor(QColor(index.data(BrandColorRole).toString()));
        slice->setBorderColor(Qt::white);
        slice->setBorderWidth(2);
        slice->setLabelFont(labelFont);
        slice->setLabelColor(Qt::white);
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelVisible(slice->percentage() >= kMinLabelledShare);
        if (row < markers.size()) {
            const QString name = index.data().toString();
            markers.at(row)->setLabel(index.data(IsCompetitorRole).toBool() ? tr("%1 (competitor)").arg(name)
                                                                            : name);
        }
    }
    m_notice->setEmpty(m_model->totalMentions() == 0);
}

const QAbstractItemModel *ShareOfVoiceChart::exportModel() const
{
    return m_model;
}

bool ShareOfVoiceChart::isShowingEmptyNotice() const
{
    return m_notice->isEmpty();
}

} // namespace ui
} // namespace vigie
