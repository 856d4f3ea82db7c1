#pragma once

#include "listening/analyticssnapshot.h"

#include <QObject>

namespace vigie {

class AdverseMentionsModel;
class EngagementModel;
class MentionListModel;
class MentionVolumeModel;
class NetworksModel;
class SentimentModel;
class ShareOfVoiceModel;
class TopProductsModel;
class TopSourcesModel;

// Owns the models behind the analytics charts and reloads them together for a date range, from
// one read of the daily aggregates (loadAnalyticsSnapshot). Also owns the list of the mentions
// behind a chart point, which reads the mentions table a page at a time.
class AnalyticsController : public QObject
{
    Q_OBJECT

public:
    AnalyticsController(Database &db, Workspace workspace, QObject *parent = nullptr);

    MentionVolumeModel *volumeModel() const { return m_volume; }
    ShareOfVoiceModel *shareOfVoiceModel() const { return m_shareOfVoice; }
    SentimentModel *sentimentModel() const { return m_sentiment; }
    TopProductsModel *topProductsModel() const { return m_topProducts; }
    TopSourcesModel *topSourcesModel() const { return m_topSources; }
    NetworksModel *networksModel() const { return m_networks; }
    AdverseMentionsModel *adverseModel() const { return m_adverse; }
    EngagementModel *engagementModel() const { return m_engagement; }
    MentionListModel *mentionListModel() const { return m_mentionList; }

    const Workspace &workspace() const { return m_workspace; }
    DateRange range() const { return m_range; }
    qint64 totalMentions() const { return m_totalMentions; }
    qint64 previousTotalMentions() const { return m_previousTotalMentions; }
    // False when the period has no mention of any brand: the pane shows its empty state.
    bool hasMentions() const { return m_totalMentions > 0; }
    // Whether any published post of the period has engagement figures.
    bool hasEngagement() const;

    // Loads every model for range; an invalid range empties them.
    void load(const DateRange &range);
    // Loads the current range again (after new mentions were stored).
    void reload() { load(m_range); }

signals:
    void loaded();

private:
    Database &m_db;
    Workspace m_workspace;
    DateRange m_range;
    qint64 m_totalMentions = 0;
    qint64 m_previousTotalMentions = 0;
    MentionVolumeModel *m_volume;
    ShareOfVoiceModel *m_shareOfVoice;
    SentimentModel *m_sentiment;
    TopProductsModel *m_topProducts;
    TopSourcesModel *m_topSources;
    NetworksModel *m_networks;
    AdverseMentionsModel *m_adverse;
    EngagementModel *m_engagement;
    MentionListModel *m_mentionList;
};

} // namespace vigie
