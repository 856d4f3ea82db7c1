#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"
#include "platforms/adapter.h"

#include <QCoreApplication>
#include <functional>

namespace vigie {

class Database;
struct NativeSchedule;

// What one sync of an account's native schedule did.
struct NativeSyncReport
{
    int handedOver = 0;
    int rescheduled = 0;
    int cancelled = 0;
    int cancelsPending = 0;         // withdrawals that failed this time (tried again next run)
    QStringList problems;           // in words, one per thing that did not work
    platforms::Outcome lastOutcome; // the last network answer that was not a success, if any
};

// Keeps a network's own scheduler (Facebook Pages: published=false + scheduled_publish_time) in
// step with Vigie's calendar, for one account whose adapter has nativeScheduler(). Run by
// ScheduledPublisher in the account's worker thread before the due variants, so the window's
// timer and `vigie publish-due` both do it:
//   - hand over: approved or scheduled variants of scheduled posts whose time lies between
//     now + minimumLead + kLeadMarginSeconds and now + maximumLead, approved for that time,
//     without thread parts or first comment (those stay with Vigie's publisher), and not
//     handed over yet. The network gets exactly what Vigie would send (mainContent); the row is
//     reserved first so two syncs never both send it, and the variant's progress records
//     "native" (remote id) and "native_hash" (content hash); it stays Scheduled.
//   - moved in Vigie: rescheduled on the network, or withdrawn when the new time is outside the
//     window (Vigie then publishes it itself).
//   - withdrawn in Vigie (post or channel deleted, back to draft/review/changes requested,
//     approval no longer valid at its time, content edited): cancelled on the network. A failed
//     cancel leaves the row cancel_pending and is retried at every run; nothing is forgotten.
//   - an edit that replaced the variant row keeps the hand-over when the new row's progress
//     names the same remote post (and the content is unchanged).
//   - a refusal by the network (validation, permanent) is remembered per content
//     ("native_refused" = content hash) so it is not asked again every run: Vigie publishes it.
// At the post's time VariantPublication checks the network published it (scheduledState).
class NativeScheduleSync
{
    Q_DECLARE_TR_FUNCTIONS(NativeScheduleSync)

public:
    // Taken on top of the network's minimum lead: the hand-over (and a later reschedule) must
    // still be early enough when the request arrives, whatever the clocks say.
    static constexpr int kLeadMarginSeconds = 5 * 60;
    // A reservation whose sync did not finish within this is taken as lost (state unknown).
    static constexpr int kReservationLeaseSeconds = 10 * 60;

    NativeScheduleSync(Database &db, const Clock &clock, QString actor)
        : m_db(db)
        , m_clock(clock)
        , m_actor(std::move(actor))
    {}

    // Nothing happens (empty report) when the adapter has no native scheduler.
    NativeSyncReport run(const Account &account, platforms::Adapter &adapter) const;

    // Whether a run could have anything to do for the account: open rows, or a scheduled post to
    // come. Cheap (store only): the publisher asks before making an adapter.
    static bool mayHaveWork(Database &db, Id accountId, const QDateTime &now);
    // The same for any account of a network schedulesNatively accepts (every network when
    // unset): whether a publishing run has native work even when nothing is due (the window's
    // "nothing to do" check).
    static bool anyAccountMayHaveWork(Database &db, const QDateTime &now,
                                      const std::function<bool(Network)> &schedulesNatively);

private:
    bool inWindow(const platforms::NativeScheduler &scheduler, const QDateTime &at) const;
    // Why the row's post must leave the network's schedule now; empty when it may stay.
    QString withdrawalReason(const NativeSchedule &row, const Post *post, const PostVariant *variant) const;
    void cancel(const NativeSchedule &row, platforms::NativeScheduler &scheduler, const QString &reason,
                NativeSyncReport *report) const;
    void keepInStep(const Account &account, const NativeSchedule &row, platforms::NativeScheduler &scheduler,
                    NativeSyncReport *report) const;
    // false when the network asked to stop (rate limit, credentials refused).
    bool handOver(const Account &account, Id variantId, Id postId, platforms::NativeScheduler &scheduler,
                  NativeSyncReport *report) const;
    // Why a post may not be handed over for its time (approval, compliance, media); empty when it may.
    QString blockerAt(const Post &post, const QDateTime &at) const;

    Database &m_db;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace vigie
