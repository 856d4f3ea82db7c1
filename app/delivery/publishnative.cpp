// VariantPublication for a variant handed to the network's own scheduler (see NativeScheduleSync):
// at its time Vigie does not send it, it checks that the network did.
#include "delivery/publishvariant.h"

#include "storage/database.h"
#include "storage/publishledger.h"

namespace vigie {

using namespace platforms;

bool VariantPublication::isHandedOverAndDue(Id variantId) const
{
    const auto row = NativeScheduleRepository(m_db, m_clock).openForVariant(variantId);
    return row && row->state != NativeSchedule::State::CancelPending && row->scheduledFor <= m_clock.now();
}

PublishReport VariantPublication::finishAs(PublishReport r, PostState state, const QString &remoteId,
                                           const QString &url, const QString &error) const
{
    r.state = state;
    r.remoteId = remoteId;
    r.remoteUrl = url;
    r.error = error;
    if (auto st = PublishLedger(m_db, m_clock).finish(r.variantId, state, remoteId, url, error, m_actor); !st)
        r.error = r.error.isEmpty() ? st.error() : r.error + QLatin1Char(' ') + st.error();
    return r;
}

PublishReport VariantPublication::publishNative(PublishReport r, const NativeSchedule &row,
                                                const PostVariant &claimed, Adapter &adapter,
                                                Outcome *lastOutcome, QDateTime *rateLimitedUntil,
                                                bool *sendItself) const
{
    *sendItself = false;
    NativeScheduleRepository rows(m_db, m_clock);
    const QDateTime now = m_clock.now();
    const QString network = networkDisplayName(adapter.network());
    auto checkLater = [&](const QDateTime &at, const QString &why) {
        if (auto st = PublishLedger(m_db, m_clock).scheduleRetry(r.variantId, at, why, m_actor); !st)
            return finishAs(r, PostState::Unconfirmed, {}, {}, why + QLatin1Char(' ') + st.error());
        r.state = PostState::Scheduled;
        r.nextAttemptAt = at;
        r.error = why;
        return r;
    };

    if (row.state == NativeSchedule::State::HandingOver || row.state == NativeSchedule::State::Unknown)
        return finishAs(r, PostState::Unconfirmed, {}, {},
                        tr("Vigie handed this post to %1’s own scheduler but never got the answer. Check the "
                           "scheduled and published posts on %1, then mark it published or failed.")
                            .arg(network));
    NativeScheduler *scheduler = adapter.nativeScheduler();
    if (!scheduler)
        return finishAs(r, PostState::Unconfirmed, {}, {},
                        tr("This post was handed to %1’s own scheduler, which Vigie can no longer check. See "
                           "whether it is online, then mark it published or failed.")
                            .arg(network));

    if (row.state == NativeSchedule::State::CancelPending || row.scheduledFor > now) {
        // Vigie must send it itself (Publish now, or a withdrawal still pending): the network's
        // copy goes first, or the post would appear twice.
        const Outcome cancelled = scheduler->cancel(row.remoteId);
        if (!cancelled) {
            *lastOutcome = cancelled;
            rows.setState(row.id, NativeSchedule::State::CancelPending, cancelled.describe());
            const Outcome withdraw = Outcome::failure(
                RetryPolicy::isRetryable(cancelled.kind) ? cancelled.kind : OutcomeKind::Permanent,
                tr("Vigie could not withdraw it from %1’s schedule first: %2")
                    .arg(network, cancelled.describe()),
                cancelled.httpStatus);
            Outcome o = withdraw;
            o.retryAt = cancelled.retryAt;
            return failed(r, o, claimed.attempts, rateLimitedUntil);
        }
        if (auto st = rows.setState(row.id, NativeSchedule::State::Cancelled); !st)
            return failed(r, Outcome::failure(OutcomeKind::Transient, st.error()), claimed.attempts,
                          rateLimitedUntil);
        *sendItself = true;
        return r;
    }

    const auto state = scheduler->scheduledState(row.remoteId);
    if (state.ok() && !state.value.url.isEmpty()) {
        rows.setState(row.id, NativeSchedule::State::Published);
        const QString remoteId = state.value.remoteId.isEmpty() ? row.remoteId : state.value.remoteId;
        return finishAs(r, PostState::Published, remoteId, state.value.url, {});
    }
    if (state.ok()) {
        // Networks publish scheduled posts a little late at times: wait, then give up.
        if (now < row.scheduledFor.addSecs(kLateGraceSeconds))
            return checkLater(
                now.addSecs(kRecheckSeconds),
                tr("%1 has not published it yet; Vigie checks again in a few minutes.").arg(network));
        const Outcome cancelled = scheduler->cancel(row.remoteId);
        rows.setState(row.id,
                      cancelled ? NativeSchedule::State::Cancelled : NativeSchedule::State::CancelPending,
                      cancelled ? QString() : cancelled.describe());
        return finishAs(
            r, PostState::Failed, {}, {},
            tr("%1 had not published it %n minute(s) after its time, so Vigie withdrew it from %1’s "
               "schedule. Check the page, then schedule it again.",
               nullptr, kLateGraceSeconds / 60)
                .arg(network));
    }
    *lastOutcome = state.outcome;
    if (state.outcome.kind == OutcomeKind::Permanent && state.outcome.httpStatus == 404) {
        rows.setState(row.id, NativeSchedule::State::Failed, state.outcome.describe());
        return finishAs(
            r, PostState::Failed, {}, {},
            tr("The post was removed from %1’s scheduled posts before its time (by someone on %1): "
               "it was not published.")
                .arg(network));
    }
    if (RetryPolicy::isRetryable(state.outcome.kind) && now < row.scheduledFor.addSecs(kCheckLimitSeconds)) {
        QDateTime at = now.addSecs(kRecheckSeconds);
        if (state.outcome.retryAt.isValid() && state.outcome.retryAt > at)
            at = state.outcome.retryAt;
        if (state.outcome.kind == OutcomeKind::RateLimited)
            *rateLimitedUntil = at;
        return checkLater(
            at, tr("Vigie could not check it on %1 yet: %2").arg(network, state.outcome.describe()));
    }
    return finishAs(r, PostState::Unconfirmed, {}, {},
                    tr("Vigie could not check whether %1 published it: %2 Check the post on %1, then mark it "
                       "published or failed.")
                        .arg(network, state.outcome.describe()));
}

} // namespace vigie
