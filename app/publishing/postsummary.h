#pragma once

#include "core/types.h"
#include "publishing/workspacetime.h"

#include <QColor>
#include <QHash>

namespace vigie {

class Database;

// What the calendar and the drafts list show of a post: its text, its brand's name and colour,
// its state and the networks its variants go to, with the time already in the workspace's zone.
struct PostSummary
{
    Id id = 0;
    QString body;
    Id brandId = 0;
    QString brandName;
    QColor brandColor;
    PostState state = PostState::Unknown;
    QDateTime scheduledAt;   // UTC; invalid for an unscheduled draft
    QDateTime localTime;     // scheduledAt in the workspace's timezone
    QList<Network> networks; // one per channel, in channel order, without repeats
    int channelCount = 0;
    bool reschedulable = false;
    Id seriesId = 0;    // recurring posts share their first occurrence's id
    QString recurrence; // the rule's key ("weekly:1:8"), see Recurrence

    bool isRecurring() const { return seriesId != 0; }

    // The first line of the text, or a placeholder for an empty draft (translated).
    QString title() const;
    // The text on one line, cut after about length characters (the list view's column).
    QString snippet(int length = 140) const;
};

// Turns posts into summaries with the brands and accounts of one workspace, read once.
class PostSummaryBuilder
{
public:
    PostSummaryBuilder(Database &db, Id workspaceId, const WorkspaceTime &time);
    PostSummary summarize(const Post &post) const;

private:
    struct BrandLook
    {
        QString name;
        QColor color;
    };
    const WorkspaceTime &m_time;
    QHash<Id, BrandLook> m_brands;
    QHash<Id, Network> m_accountNetworks;
};

} // namespace vigie
