#pragma once

#include "listening/analyticssnapshot.h"

#include <QObject>

namespace vigie {

class MentionVolumeModel;
class SentimentModel;
class ShareOfVoiceModel;
class TopProductsModel;

// Owns the models behind the analytics charts and reloads them together for a date range, from
// one read of the daily aggregates.
class AnalyticsController : public QObject
{
    Q_OBJECT

public:
    AnalyticsController(Database &db, Workspace workspace, QObject *parent = nullptr);

    MentionVolumeModel *volumeModel() const { return m_volume; }
    ShareOfVoiceModel *shareOfVoiceModel() const { return m_shareOfVoice; }
    SentimentModel *sentimentModel() const { return m_sentiment; }
    TopProductsModel *topProductsModel() const { return m_topProducts; }

    const Workspace &workspace() const { return m_workspace; }
    DateRange range() const { return m_range; }
    qint64 totalMentions() const { return m_totalMentions; }
    // False when the period has no mention of any brand: the pane shows its empty state.
    bool hasMentions() const { return m_totalMentions > 0; }

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
    MentionVolumeModel *m_volume;
    ShareOfVoiceModel *m_shareOfVoice;
    SentimentModel *m_sentiment;
    TopProductsModel *m_topProducts;
};

} // namespace vigie
