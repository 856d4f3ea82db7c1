#include "delivery/nativeschedulesync.h"

#include "delivery/publishcontent.h"
#include "delivery/publishvariant.h"
#include "publishing/approvalservice.h"
#include "storage/database.h"
#include "storage/nativeschedulerepository.h"
#include "storage/postrepository.h"
#include "storage/publishledger.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vigie {

using namespace platforms;

namespace {
QJsonObject progressOf(const PostVariant &variant)
{
    return QJsonDocument::fromJson(variant.progress.toUtf8()).object();
}

const PostVariant *variantIn(const Post &post, Id variantId)
{
    for (const PostVariant &v : post.variants)
        if (v.id == variantId)
            return &v;
    return nullptr;
}

// The post and variant a row points at (post empty when the variant is gone).
std::optional<Post> postOfVariant(Database &db, const Clock &clock, Id variantId)
{
    if (!variantId)
        return std::nullopt;
    SqlQuery q(db, QStringLiteral("SELECT post_id FROM post_variants WHERE id = ?"));
    if (!q.exec(variantId) || !q.next())
        return std::nullopt;
    return PostRepository(db, clock).post(q.value(0).toLongLong());
}
} // namespace

bool NativeScheduleSync::mayHaveWork(Database &db, Id accountId, const QDateTime &now)
{
    SqlQuery q(db,
               QStringLiteral(
                   "SELECT 1 WHERE EXISTS (SELECT 1 FROM native_schedules WHERE account_id = ? AND state IN "
                   "('handing_over', 'scheduled', 'unknown', 'cancel_pending')) OR EXISTS (SELECT 1 FROM "
                   "post_variants v CROSS JOIN posts p WHERE v.account_id = ? AND p.id = v.post_id AND "
                   "p.state = 'scheduled' AND p.scheduled_at > ? AND v.state IN ('approved', 'scheduled'))"));
    return q.exec(accountId, accountId, toDbTime(now)) && q.next();
}

bool NativeScheduleSync::anyAccountMayHaveWork(Database &db, const QDateTime &now,
                                               const std::function<bool(Network)> &schedulesNatively)
{
    SqlQuery q(db, QStringLiteral("SELECT id, network FROM accounts WHERE network <> 'manual' ORDER BY id"));
    if (!q.exec())
        return false;
    QList<Id> accounts;
    while (q.next())
        if (!schedulesNatively || schedulesNatively(networkFromKey(q.value(1).toString())))
            accounts.append(q.value(0).toLongLong());
    return std::any_of(accounts.cbegin(), accounts.cend(), [&](Id id) { return mayHaveWork(db, id, now); });
}

bool NativeScheduleSync::inWindow(const NativeScheduler &scheduler, const QDateTime &at) const
{
    const QDateTime now = m_clock.now();
    return at.isValid() && at >= now.addSecs(scheduler.minimumLeadSeconds() + kLeadMarginSeconds) &&
           at <= now.addSecs(scheduler.maximumLeadSeconds());
}

QString NativeScheduleSync::blockerAt(const Post &post, const QDateTime &at) const
{
    // Approved now AND still at its time (an approval expiring before then would otherwise be
    // published by the network after it lapsed); media unchanged since approval.
    if (const QString now = ApprovalService(m_db, m_clock).publishBlocker(post); !now.isEmpty())
        return now;
    const FixedClock then(at);
    if (const QString later = ApprovalService(m_db, then).publishBlocker(post); !later.isEmpty())
        return later;
    for (const PostMedia &media : post.extras.media)
        if (const QString problem = VariantPublication::mediaProblem(media); !problem.isEmpty())
            return problem;
    return {};
}

QString NativeScheduleSync::withdrawalReason(const NativeSchedule &row, const Post *post,
                                             const PostVariant *variant) const
{
    if (!post || !variant)
        return QStringLiteral("the post or its channel was deleted in Vigie");
    if (variant->state != PostState::Approved && variant->state != PostState::Scheduled)
        return QStringLiteral("the channel is now %1").arg(postStateKey(variant->state));
    if (post->state != PostState::Scheduled || !post->scheduledAt.isValid())
        return QStringLiteral("the post is now %1").arg(postStateKey(post->state));
    if (!isNativelySchedulable(*post))
        return QStringLiteral("the post now has thread parts or a first comment");
    const QString safety = PostRepository(m_db, m_clock).safetyTextOf(post->brandId);
    if (progressOf(*variant).value(QLatin1String("native_hash")).toString() != postContentHash(*post, safety))
        return QStringLiteral("the content changed since the hand-over");
    if (const QString blocked = blockerAt(*post, post->scheduledAt); !blocked.isEmpty())
        return QStringLiteral("it may no longer be published: ") + blocked;
    Q_UNUSED(row);
    return {};
}

void NativeScheduleSync::cancel(const NativeSchedule &row, NativeScheduler &scheduler, const QString &reason,
                                NativeSyncReport *report) const
{
    NativeScheduleRepository rows(m_db, m_clock);
    const Outcome o = scheduler.cancel(row.remoteId);
    if (o) {
        if (auto st = rows.setState(row.id, NativeSchedule::State::Cancelled, reason); !st)
            report->problems << st.error();
        ++report->cancelled;
        return;
    }
    report->lastOutcome = o;
    ++report->cancelsPending;
    report->problems << tr("Vigie could not withdraw a scheduled post from the network (it tries again at "
                           "the next run): %1")
                            .arg(o.describe());
    if (auto st = rows.setState(row.id, NativeSchedule::State::CancelPending, o.describe()); !st)
        report->problems << st.error();
}

void NativeScheduleSync::keepInStep(const Account &account, const NativeSchedule &given,
                                    NativeScheduler &scheduler, NativeSyncReport *report) const
{
    NativeScheduleRepository rows(m_db, m_clock);
    NativeSchedule row = given;
    const QDateTime now = m_clock.now();
    if (row.state == NativeSchedule::State::HandingOver)
        return; // another sync is sending it right now
    if (!row.variantId && !row.remoteId.startsWith(QLatin1String("pending:"))) {
        // An edit rewrites the variant rows: the new row whose progress names this remote post
        // takes the hand-over over (content still compared below).
        SqlQuery q(m_db, QStringLiteral("SELECT id, progress FROM post_variants WHERE account_id = ? AND "
                                        "progress LIKE ?"));
        if (q.exec(account.id, QStringLiteral("%") + row.remoteId + QStringLiteral("%"))) {
            while (q.next()) {
                const QJsonObject p = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
                const Id candidate = q.value(0).toLongLong();
                if (p.value(QLatin1String("native")).toString() == row.remoteId &&
                    !rows.openForVariant(candidate)) {
                    if (rows.attach(row.id, candidate))
                        row.variantId = candidate;
                    break;
                }
            }
        }
    }
    if (row.state == NativeSchedule::State::Unknown) {
        if (!row.variantId)
            rows.setState(row.id, NativeSchedule::State::Orphaned, row.lastError);
        return; // no remote id to act on: the publisher makes the variant unconfirmed at its time
    }
    if (row.state == NativeSchedule::State::CancelPending) {
        cancel(row, scheduler, row.lastError, report);
        return;
    }
    if (row.scheduledFor <= now) {
        // Its time has come: the network published it (the publisher checks). A post deleted in
        // Vigie since then is left as it is on the network rather than deleted there.
        if (!row.variantId)
            rows.setState(row.id, NativeSchedule::State::Orphaned,
                          QStringLiteral("deleted in Vigie after its time"));
        return;
    }
    const auto post = postOfVariant(m_db, m_clock, row.variantId);
    const PostVariant *variant = post ? variantIn(*post, row.variantId) : nullptr;
    if (const QString reason = withdrawalReason(row, post ? &*post : nullptr, variant); !reason.isEmpty()) {
        cancel(row, scheduler, reason, report);
        return;
    }
    if (post->scheduledAt == row.scheduledFor)
        return;
    if (!inWindow(scheduler, post->scheduledAt)) {
        // Too close for the network to take, or too far: Vigie publishes it itself (or hands it
        // over again once it is within reach).
        cancel(row, scheduler, QStringLiteral("moved outside the network's scheduling window"), report);
        return;
    }
    const Outcome o = scheduler.reschedule(row.remoteId, post->scheduledAt);
    if (o) {
        if (auto st = rows.setScheduledFor(row.id, post->scheduledAt); !st)
            report->problems << st.error();
        ++report->rescheduled;
        return;
    }
    report->lastOutcome = o;
    if (o.kind == OutcomeKind::Transient || o.kind == OutcomeKind::RateLimited ||
        o.kind == OutcomeKind::AuthExpired || o.kind == OutcomeKind::Unconfirmed) {
        // Tried again at the next run (an unconfirmed move is simply repeated: same time).
        report->problems
            << tr("Vigie could not move a scheduled post on the network yet: %1").arg(o.describe());
        return;
    }
    cancel(row, scheduler, o.describe(), report); // refused: Vigie publishes it at the new time
}

bool NativeScheduleSync::handOver(const Account &account, Id variantId, Id postId, NativeScheduler &scheduler,
                                  NativeSyncReport *report) const
{
    const auto post = PostRepository(m_db, m_clock).post(postId);
    const PostVariant *variant = post ? variantIn(*post, variantId) : nullptr;
    if (!variant || !isNativelySchedulable(*post) || !inWindow(scheduler, post->scheduledAt))
        return true;
    if (!blockerAt(*post, post->scheduledAt).isEmpty())
        return true; // the publisher refuses it at its time, with the reason
    const QString safety = PostRepository(m_db, m_clock).safetyTextOf(post->brandId);
    const QString hash = postContentHash(*post, safety);
    QJsonObject progress = progressOf(*variant);
    if (progress.value(QLatin1String("native_refused")).toString() == hash)
        return true; // the network refused this very content before: Vigie publishes it
    NativeScheduleRepository rows(m_db, m_clock);
    Id rowId = 0;
    bool reserved = false;
    if (auto st = rows.reserve(account.id, variantId, post->scheduledAt, &rowId, &reserved); !st) {
        report->problems << st.error();
        return true;
    }
    if (!reserved)
        return true;
    const auto result = scheduler.schedule(mainContent(*post, *variant, safety), post->scheduledAt);
    if (result.ok() && !result.value.remoteId.isEmpty()) {
        bool kept = false;
        if (auto st = rows.confirm(rowId, variantId, result.value.remoteId, hash, &kept); !st) {
            report->problems << st.error();
            return true; // the row stays handing_over: unknown after its lease, never sent twice
        }
        if (!kept) { // published or withdrawn by a person meanwhile
            if (const auto row = rows.row(rowId))
                cancel(*row, scheduler, QStringLiteral("the channel changed during the hand-over"), report);
            return true;
        }
        ++report->handedOver;
        return true;
    }
    const Outcome o = result.ok() ? Outcome::failure(OutcomeKind::Unconfirmed, QStringLiteral("no post id"))
                                  : result.outcome;
    report->lastOutcome = o;
    switch (o.kind) {
    case OutcomeKind::Unconfirmed:
        rows.setState(rowId, NativeSchedule::State::Unknown, o.describe());
        report->problems << tr("The network did not confirm a scheduled post: %1").arg(o.describe());
        return true;
    case OutcomeKind::Validation:
    case OutcomeKind::Permanent:
        rows.release(rowId);
        progress.insert(QStringLiteral("native_refused"), hash);
        progress.insert(QStringLiteral("native_refused_reason"), o.describe());
        if (auto st = PublishLedger(m_db, m_clock).recordProgress(variantId, progress, m_actor); !st)
            report->problems << st.error();
        return true;
    default: // rate limited, transient, credentials: nothing is on the network; next run
        rows.release(rowId);
        report->problems << tr("Vigie could not hand a post over to the network yet: %1").arg(o.describe());
        return o.kind != OutcomeKind::RateLimited && o.kind != OutcomeKind::AuthExpired;
    }
}

NativeSyncReport NativeScheduleSync::run(const Account &account, Adapter &adapter) const
{
    NativeSyncReport report;
    NativeScheduler *scheduler = adapter.nativeScheduler();
    if (!scheduler)
        return report;
    NativeScheduleRepository rows(m_db, m_clock);
    const QDateTime now = m_clock.now();
    if (auto st = rows.expireReservations(account.id, now, kReservationLeaseSeconds); !st)
        report.problems << st.error();
    for (const NativeSchedule &row : rows.openRows(account.id)) {
        keepInStep(account, row, *scheduler, &report);
        if (report.lastOutcome.kind == OutcomeKind::RateLimited ||
            report.lastOutcome.kind == OutcomeKind::AuthExpired)
            return report; // the network asked to stop: the rest waits for the next run
    }

    // Variants the network could take now, not handed over yet (no open row).
    SqlQuery q(m_db,
               QStringLiteral("SELECT v.id, v.post_id FROM post_variants v CROSS JOIN posts p "
                              "WHERE v.account_id = ? AND p.id = v.post_id AND p.state = 'scheduled' "
                              "AND v.state IN ('approved', 'scheduled') AND p.scheduled_at >= ? "
                              "AND p.scheduled_at <= ? AND NOT EXISTS (SELECT 1 FROM native_schedules n "
                              "WHERE n.variant_id = v.id AND n.state IN ('handing_over', 'scheduled', "
                              "'unknown', 'cancel_pending')) ORDER BY p.scheduled_at, v.id"));
    const QDateTime from = now.addSecs(scheduler->minimumLeadSeconds() + kLeadMarginSeconds);
    const QDateTime to = now.addSecs(scheduler->maximumLeadSeconds());
    if (auto st = q.exec(account.id, toDbTime(from), toDbTime(to)); !st) {
        report.problems << st.error();
        return report;
    }
    QList<QPair<Id, Id>> candidates;
    while (q.next())
        candidates.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    for (const auto &[variantId, postId] : candidates)
        if (!handOver(account, variantId, postId, *scheduler, &report))
            break;
    return report;
}

} // namespace vigie
