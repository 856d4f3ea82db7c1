#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"
#include "crisis/crisisalert.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <optional>

namespace vigie {

class Database;

// Runs the spike detector over each own brand's daily counts and keeps the alerts it raises in
// crisis_alerts. Competitors are not watched: "Possible crisis" asks the person to act, and they
// can only act for their own brands (a competitor's surge shows in the share-of-voice chart).
// Cheap enough to run after every collection: it reads ~3 baseline spans of mention_daily per
// brand and reads mentions only for the alerts it raises.
class CrisisMonitor
{
    Q_DECLARE_TR_FUNCTIONS(CrisisMonitor)

public:
    // How many days up to today evaluate() judges: today (partial) and the two before it, so
    // mentions collected late for yesterday still count, and a spike during a weekend the
    // application was closed is raised on Monday.
    static constexpr int kRecentDays = 3;
    // How long an unacknowledged alert stays active (shown in the banner).
    static constexpr int kActiveDays = 7;

    explicit CrisisMonitor(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    // Judges the recentDays days ending on today (today still going on) with the workspace's
    // thresholds, stores the alerts that are new, in one transaction, with the terms driving each
    // spike, and returns them. An alert already stored for a brand, day and kind (even
    // acknowledged) is never raised again. On failure returns nothing and sets *status.
    QList<CrisisAlert> evaluate(const Workspace &workspace, const QDate &today, int recentDays = kRecentDays,
                                Status *status = nullptr);

    // Unacknowledged alerts of the withinDays days ending on today, newest day first, with the
    // day's current counts.
    QList<CrisisAlert> active(Id workspaceId, const QDate &today, int withinDays = kActiveDays) const;
    std::optional<CrisisAlert> alert(Id alertId) const;

    // Marks the alert as seen by actor and records it in the audit log, together. Acknowledging
    // an alert already acknowledged changes nothing.
    Status acknowledge(Id alertId, const QString &actor);

    // Today in the workspace's timezone, by the clock.
    QDate today(const Workspace &workspace) const;

private:
    // Leaves the days in spikeDays (Julian) out of the baseline: earlier spikes are not usual.
    QStringList drivingTerms(const Workspace &workspace, Id brandId, const QDate &day,
                             const QSet<qint64> &spikeDays) const;
    QList<CrisisAlert> readAlerts(const QString &where, const QVariantList &values) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
