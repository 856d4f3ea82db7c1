#include "listening/analyticscontroller.h"

#include "listening/mentionvolumemodel.h"
#include "listening/sentimentmodel.h"
#include "listening/shareofvoicemodel.h"
#include "listening/topproductsmodel.h"

namespace vigie {

AnalyticsController::AnalyticsController(Database &db, Workspace workspace, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_workspace(std::move(workspace))
    , m_volume(new MentionVolumeModel(this))
    , m_shareOfVoice(new ShareOfVoiceModel(this))
    , m_sentiment(new SentimentModel(this))
    , m_topProducts(new TopProductsModel(this))
{}

void AnalyticsController::load(const DateRange &range)
{
    m_range = range;
    const AnalyticsSnapshot snapshot = loadAnalyticsSnapshot(m_db, m_workspace, range);
    m_totalMentions = snapshot.totalMentions();
    m_volume->setSnapshot(snapshot);
    m_shareOfVoice->setSnapshot(snapshot);
    m_sentiment->setSnapshot(snapshot);
    m_topProducts->setSnapshot(snapshot);
    emit loaded();
}

} // namespace vigie
