#include "listening/analyticscontroller.h"

#include "listening/adversemodel.h"
#include "listening/engagementmodel.h"
#include "listening/mentionlistmodel.h"
#include "listening/mentionvolumemodel.h"
#include "listening/networksmodel.h"
#include "listening/sentimentmodel.h"
#include "listening/shareofvoicemodel.h"
#include "listening/topproductsmodel.h"
#include "listening/topsourcesmodel.h"

namespace vigie {

AnalyticsController::AnalyticsController(Database &db, Workspace workspace, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_workspace(std::move(workspace))
    , m_volume(new MentionVolumeModel(this))
    , m_shareOfVoice(new ShareOfVoiceModel(this))
    , m_sentiment(new SentimentModel(this))
    , m_topProducts(new TopProductsModel(this))
    , m_topSources(new TopSourcesModel(this))
    , m_networks(new NetworksModel(this))
    , m_adverse(new AdverseMentionsModel(this))
    , m_engagement(new EngagementModel(this))
    , m_mentionList(new MentionListModel(db, m_workspace, this))
{
    m_engagement->setTimeZone(workspaceZone(m_workspace));
}

bool AnalyticsController::hasEngagement() const
{
    return m_engagement->rowCount() > 0;
}

void AnalyticsController::load(const DateRange &range)
{
    m_range = range;
    const AnalyticsSnapshot snapshot = loadAnalyticsSnapshot(m_db, m_workspace, range);
    m_totalMentions = snapshot.totalMentions();
    m_previousTotalMentions = snapshot.previousTotalMentions();
    m_volume->setSnapshot(snapshot);
    m_shareOfVoice->setSnapshot(snapshot);
    m_sentiment->setSnapshot(snapshot);
    m_topProducts->setSnapshot(snapshot);
    m_topSources->setSnapshot(snapshot);
    m_networks->setSnapshot(snapshot);
    m_adverse->setSnapshot(snapshot);
    m_engagement->setSnapshot(snapshot);
    emit loaded();
}

} // namespace vigie
