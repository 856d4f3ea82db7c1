#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <optional>

namespace vigie {

class Database;

// A post handed to a network's own scheduler (Facebook Pages), one row of native_schedules.
// A row outlives its variant (variant_id becomes 0 when the post or the channel is deleted,
// or when an edit replaced the variant row) so that the post is still withdrawn from the network.
struct NativeSchedule
{
    // What became of the hand-over. Open states (HandingOver, Scheduled, Unknown,
    // CancelPending) still concern the network; the others are history.
    enum class State {
        HandingOver,   // reserved by a sync that is sending it (remote id "pending:<variant>")
        Scheduled,     // the network holds it for scheduledFor
        Unknown,       // the hand-over got no answer, or its sync died: it may be on the network
        CancelPending, // to withdraw from the network; the last attempt failed (lastError)
        Cancelled,     // withdrawn: Vigie publishes the variant itself, if it still should
        Published,     // online at its time (checked)
        Failed,        // gone from the network before its time, or never published
        Orphaned,      // its post was deleted in Vigie after its time: left as it is on the network
    };

    Id id = 0;
    Id accountId = 0;
    Id variantId = 0; // 0 = the variant is gone
    QString remoteId;
    QDateTime scheduledFor;
    State state = State::Scheduled;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOpen() const
    {
        return state == State::HandingOver || state == State::Scheduled || state == State::Unknown ||
               state == State::CancelPending;
    }
};

QString nativeScheduleStateKey(NativeSchedule::State state);          // "scheduled", "cancel_pending"…
NativeSchedule::State nativeScheduleStateFromKey(const QString &key); // Unknown for anything else

// native_schedules: which variant the network publishes by itself, and what must be withdrawn.
// Each call is one statement or one transaction.
class NativeScheduleRepository
{
    Q_DECLARE_TR_FUNCTIONS(NativeScheduleRepository)

public:
    explicit NativeScheduleRepository(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    // Takes the right to hand this variant over: a HandingOver row with a placeholder remote id
    // unique per variant, so two syncs (the window and `vigie publish-due`) never both send it.
    // *reserved false (and success) when another sync holds it.
    Status reserve(Id accountId, Id variantId, const QDateTime &at, Id *rowId, bool *reserved);
    // The network took it: the row becomes Scheduled with the network's id, and the variant's
    // progress records it ("native": remote id, "native_hash": what was handed over), only if
    // the variant is still approved or scheduled; *kept is false otherwise (a person published
    // or withdrew it meanwhile: the caller cancels on the network).
    Status confirm(Id rowId, Id variantId, const QString &remoteId, const QString &contentHash, bool *kept);
    // Forgets a reservation whose hand-over did not happen (nothing on the network).
    Status release(Id rowId);
    Status setState(Id rowId, NativeSchedule::State state, const QString &error = {});
    Status setScheduledFor(Id rowId, const QDateTime &at);
    // Points the row at the variant that replaced its own (an edit rewrites the variant rows).
    Status attach(Id rowId, Id variantId);
    // Open reservations older than leaseSeconds (their sync died): Unknown.
    Status expireReservations(Id accountId, const QDateTime &now, int leaseSeconds);

    std::optional<NativeSchedule> row(Id rowId) const;
    // The variant's open row, if any (there is at most one: a new hand-over waits for it).
    std::optional<NativeSchedule> openForVariant(Id variantId) const;
    // Every open row of the account, oldest first.
    QList<NativeSchedule> openRows(Id accountId) const;
    QList<NativeSchedule> rows(Id accountId) const; // all of them, for tests and diagnostics

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace vigie
