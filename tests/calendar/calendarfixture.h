#pragma once

#include "core/clock.h"
#include "core/types.h"
#include "support/testsupport.h"
#include "ui/appcontext.h"

#include <QString>
#include <QTimeZone>

namespace vigie {
namespace test {

// A workspace in a temporary store with known brands, accounts and posts, so calendar tests
// assert exact values. Times are planned in the workspace's timezone (Europe/Paris by default).
class CalendarFixture
{
public:
    // "Today" for the fixture: Monday 16 November 2026, 08:00 UTC (09:00 in Paris).
    static QDateTime now() { return QDateTime(QDate(2026, 11, 16), QTime(8, 0), QTimeZone::utc()); }

    explicit CalendarFixture(const QString &timezone = QStringLiteral("Europe/Paris"),
                             bool withAccounts = true);

    bool ok() const { return m_ok; }
    Database &db() { return m_store.db(); }
    FixedClock &clock() { return m_clock; }
    const Workspace &workspace() const { return m_workspace; }
    // What a pane or the composer receives: this store, workspace and clock, acting as "camille".
    ui::AppContext appContext()
    {
        ui::AppContext context;
        context.db = &db();
        context.workspace = m_workspace;
        context.clock = &m_clock;
        context.actor = QStringLiteral("camille");
        return context;
    }

    Brand aurora;     // own brand, default (first by name)
    Brand zephyr;     // own brand
    Brand competitor; // competitor: never offered for posts
    Account auroraMastodon;
    Account auroraBluesky;
    Account zephyrLinkedIn;
    Account auroraNeedsReconnect; // not connected: no variant by default

    // Stores a post at a local wall-clock time (invalid date = undated), with a variant per account.
    Id addPost(QDate localDate, QTime localTime, PostState state = PostState::Scheduled,
               const QString &body = QStringLiteral("Conseil santé"), const QList<Id> &accounts = {},
               Id brandId = -1);
    QDateTime storedSchedule(Id postId);
    QString storedBody(Id postId);
    int auditCount(Id postId, const QString &action);
    int postCount();
    void setState(Id postId, PostState state);

private:
    TempStore m_store;
    FixedClock m_clock{now()};
    Workspace m_workspace;
    bool m_ok = false;
};

} // namespace test
} // namespace vigie
