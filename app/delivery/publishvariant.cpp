#include "delivery/publishvariant.h"

#include "delivery/publishcontent.h"
#include "delivery/publishrecovery.h"
#include "publishing/approvalservice.h"
#include "storage/database.h"
#include "storage/publishledger.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie {

using namespace platforms;

namespace {
const PostVariant *variantOf(const Post &post, Id variantId)
{
    for (const PostVariant &v : post.variants)
        if (v.id == variantId)
            return &v;
    return nullptr;
}
} // namespace

QString VariantPublication::mediaProblem(const PostMedia &media)
{
    const QString actual = fileSha256(media.path);
    if (actual.isEmpty())
        return tr("The file %1 is missing or unreadable.").arg(QFileInfo(media.path).fileName());
    if (!media.sha256.isEmpty() && actual.compare(media.sha256, Qt::CaseInsensitive) != 0)
        return tr("The file %1 changed since the post was approved.").arg(QFileInfo(media.path).fileName());
    return {};
}

QString VariantPublication::blocker(const Post &post) const
{
    const QString approval = ApprovalService(m_db, m_clock).publishBlocker(post);
    if (!approval.isEmpty())
        return approval;
    for (const PostMedia &media : post.extras.media) {
        if (const QString problem = mediaProblem(media); !problem.isEmpty())
            return problem;
    }
    return {};
}

PublishReport VariantPublication::refuse(const Post &post, Id variantId, const QString &reason) const
{
    PublishReport r;
    r.variantId = variantId;
    r.postId = post.id;
    if (const PostVariant *v = variantOf(post, variantId))
        r.accountId = v->accountId;
    if (auto st = PublishLedger(m_db, m_clock).refuse(variantId, reason, m_actor); !st)
        return r; // claimed by another publisher meanwhile: theirs to report
    r.state = PostState::Failed;
    r.error = reason;
    return r;
}

PublishReport VariantPublication::failed(PublishReport r, const Outcome &outcome, int attempts,
                                         QDateTime *rateLimitedUntil, bool looksBeforeRetry) const
{
    PublishLedger ledger(m_db, m_clock);
    const QDateTime now = m_clock.now();
    r.error = outcome.describe();
    const bool unconfirmed = outcome.kind == OutcomeKind::Unconfirmed;
    if (unconfirmed && !looksBeforeRetry) {
        r.state = PostState::Unconfirmed;
        if (auto st = ledger.finish(r.variantId, r.state, {}, {}, r.error, m_actor); !st)
            r.error += QLatin1Char(' ') + st.error();
        return r;
    }
    // A publisher that looks before retrying turns "maybe sent" into "look, then send if absent":
    // retried on the transient schedule; once the attempts are spent it stays unconfirmed.
    Outcome forPolicy = outcome;
    if (unconfirmed)
        forPolicy.kind = OutcomeKind::Transient;
    const RetryPolicy::Decision decision = m_policy.decide(forPolicy, attempts, now);
    if (outcome.kind == OutcomeKind::RateLimited)
        *rateLimitedUntil = outcome.retryAt.isValid() ? qMax(outcome.retryAt, decision.at) : decision.at;
    if (decision.retry) {
        if (auto st = ledger.scheduleRetry(r.variantId, decision.at, r.error, m_actor); st) {
            r.state = PostState::Scheduled;
            r.nextAttemptAt = decision.at;
            return r;
        }
    }
    r.state = unconfirmed ? PostState::Unconfirmed : PostState::Failed;
    if (auto st = ledger.finish(r.variantId, r.state, {}, {}, r.error, m_actor); !st)
        r.error += QLatin1Char(' ') + st.error();
    return r;
}

PublishReport VariantPublication::publish(const Post &post, Id variantId, const QString &safetyText,
                                          Adapter &adapter, Outcome *lastOutcome,
                                          QDateTime *rateLimitedUntil) const
{
    PublishReport r;
    r.variantId = variantId;
    r.postId = post.id;
    const PostVariant *variant = variantOf(post, variantId);
    if (!variant)
        return r;
    r.accountId = variant->accountId;
    PublishLedger ledger(m_db, m_clock);
    PostVariant claimed;
    if (auto st = ledger.claim(variantId, newPublishKey(m_clock), m_actor, &claimed); !st)
        return r; // another publisher has it, or it is no longer due
    if (const auto native = NativeScheduleRepository(m_db, m_clock).openForVariant(variantId)) {
        bool sendItself = false;
        PublishReport report =
            publishNative(r, *native, claimed, adapter, lastOutcome, rateLimitedUntil, &sendItself);
        if (!sendItself)
            return report;
    }
    Publisher *publisher = adapter.publisher();
    if (!publisher)
        return failed(r,
                      Outcome::failure(OutcomeKind::Permanent, tr("Vigie cannot publish on this network.")),
                      claimed.attempts, rateLimitedUntil);

    QJsonObject progress = QJsonDocument::fromJson(claimed.progress.toUtf8()).object();
    // Networks without an idempotency key: an earlier attempt may have gone through without
    // Vigie hearing the answer, so every step of a retry first looks among the account's posts
    // since the first claim (a margin before it for clock differences).
    const bool looks = publisher->findsPublished();
    const bool looksFirst = looks && claimed.attempts > 1;
    const QDateTime firstClaimedAt = QDateTime::fromSecsSinceEpoch(
        progress.value(QLatin1String("first_claimed_at")).toInteger(claimed.claimedAt.toSecsSinceEpoch()),
        Qt::UTC);
    const QDateTime since = firstClaimedAt.addSecs(-kLookMarginSeconds);
    // Each step is recorded as soon as the network accepted it, so a retry or a recovery after
    // a crash goes on from the next one; each has its own key, so a resent step cannot double.
    auto send = [&](OutgoingPost content, int index, PublishedPost *published) {
        content.idempotencyKey = derivedIdempotencyKey(claimed.idempotencyKey, index);
        if (looksFirst) {
            const auto found = publisher->findPublished(content, since);
            if (!found.ok()) {
                *lastOutcome = found.outcome;
                return found.outcome;
            }
            if (!found.value.remoteId.isEmpty()) {
                *published = found.value; // the lost answer's post: recorded, not sent again
                return Outcome::success();
            }
        }
        const auto result = publisher->publish(content);
        if (!result.ok()) {
            *lastOutcome = result.outcome;
            return result.outcome;
        }
        *published = result.value;
        return Outcome::success();
    };
    auto remember = [&](const QString &field, const PublishedPost &published) {
        if (field == QLatin1String("parts")) {
            QJsonArray parts = progress.value(field).toArray();
            parts.append(published.remoteId);
            progress.insert(field, parts);
        } else {
            progress.insert(field, published.remoteId);
        }
        return ledger.recordProgress(variantId, progress, m_actor);
    };
    auto stepFailed = [&](const Outcome &outcome, const QString &step) {
        PublishReport report = failed(r, outcome, claimed.attempts, rateLimitedUntil, looks);
        if (!step.isEmpty())
            report.error = step + QLatin1Char(' ') + report.error;
        return report;
    };

    QString mainId = progress.value(QLatin1String("main")).toString();
    QString mainUrl = progress.value(QLatin1String("main_url")).toString();
    if (mainId.isEmpty()) {
        PublishedPost published;
        if (const Outcome o = send(mainContent(post, *variant, safetyText), 0, &published); !o)
            return stepFailed(o, {});
        mainId = published.remoteId;
        mainUrl = published.url;
        progress.insert(QStringLiteral("main_url"), mainUrl);
        if (auto st = remember(QStringLiteral("main"), published); !st)
            return stepFailed(Outcome::failure(OutcomeKind::Unconfirmed, st.error()), {});
    }
    const QStringList &parts = post.extras.threadParts;
    QString previous = mainId;
    const QJsonArray done = progress.value(QLatin1String("parts")).toArray();
    for (int i = 0; i < parts.size(); ++i) {
        if (i < done.size()) {
            previous = done.at(i).toString();
            continue;
        }
        OutgoingPost part;
        part.text = parts.at(i);
        part.inReplyToRemoteId = previous;
        PublishedPost published;
        const QString step = tr("Thread part %1:").arg(i + 2);
        if (const Outcome o = send(part, i + 1, &published); !o)
            return stepFailed(o, step);
        if (auto st = remember(QStringLiteral("parts"), published); !st)
            return stepFailed(Outcome::failure(OutcomeKind::Unconfirmed, st.error()), step);
        previous = published.remoteId;
    }
    if (!post.extras.firstComment.isEmpty() && !progress.contains(QLatin1String("comment"))) {
        OutgoingPost comment;
        comment.text = post.extras.firstComment;
        comment.inReplyToRemoteId = mainId;
        PublishedPost published;
        const QString step = tr("First comment:");
        if (const Outcome o = send(comment, int(parts.size()) + 1, &published); !o)
            return stepFailed(o, step);
        if (auto st = remember(QStringLiteral("comment"), published); !st)
            return stepFailed(Outcome::failure(OutcomeKind::Unconfirmed, st.error()), step);
    }
    if (auto st = ledger.finish(variantId, PostState::Published, mainId, mainUrl, {}, m_actor); !st) {
        // On the network but not recorded: say so rather than let it go out again.
        r.state = PostState::Unconfirmed;
        r.error =
            tr("Published as %1, but Vigie’s database could not record it: %2").arg(mainUrl, st.error());
        return r;
    }
    r.state = PostState::Published;
    r.remoteId = mainId;
    r.remoteUrl = mainUrl;
    return r;
}

} // namespace vigie
