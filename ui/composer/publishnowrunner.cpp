#include "ui/composer/publishnowrunner.h"

#include "delivery/publishvariant.h"
#include "jobs/accountjob.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"

namespace vigie {
namespace ui {

using namespace platforms;

PublishNowRunner::PublishNowRunner(AppContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{}

ChannelPublishResult PublishNowRunner::describeStored(const PostVariant &variant)
{
    ChannelPublishResult result;
    result.accountId = variant.accountId;
    result.variantId = variant.id;
    result.state = variant.state;
    result.url = variant.remoteUrl;
    switch (variant.state) {
    case PostState::Published:
        result.message = tr("Published.");
        break;
    case PostState::Unconfirmed:
        result.message = variant.error.isEmpty()
                             ? tr("The network did not answer: it may have been published. Check the account "
                                  "on the network before retrying.")
                             : variant.error;
        break;
    case PostState::Failed:
        result.message = tr("Not published: %1").arg(variant.error);
        break;
    case PostState::Publishing:
        result.message = tr("Being published…");
        break;
    default:
        break;
    }
    return result;
}

void PublishNowRunner::report(const ChannelPublishResult &result)
{
    emit channelFinished(result);
    if (--m_pending == 0)
        emit finished();
}

int PublishNowRunner::publish(const Post &post)
{
    QList<PostVariant> toPublish;
    QList<ChannelPublishResult> settled;
    QList<Id> byHand;
    const WorkspaceRepository accounts(*m_context.db);
    for (const PostVariant &variant : post.variants) {
        // A published channel is not sent twice, and an unconfirmed one waits for a person's check.
        if (variant.state == PostState::Published || variant.state == PostState::Unconfirmed ||
            variant.state == PostState::Publishing) {
            settled << describeStored(variant);
        } else if (const auto account = accounts.account(variant.accountId);
                   account && account->network == Network::Manual) {
            ChannelPublishResult result;
            result.accountId = variant.accountId;
            result.variantId = variant.id;
            result.state = variant.state;
            result.message = tr("To publish by hand: post it in the community from the manual post window, "
                                "then mark it published there with its address.");
            settled << result;
            byHand << variant.id;
        } else {
            toPublish << variant;
        }
    }
    for (Id variantId : std::as_const(byHand))
        QMetaObject::invokeMethod(
            this, [this, variantId] { emit manualPostReady(variantId); }, Qt::QueuedConnection);
    const int reported = int(settled.size() + toPublish.size());
    m_pending += reported;
    for (const ChannelPublishResult &result : settled) {
        // Reported after returning, like the jobs, so callers see one order.
        QMetaObject::invokeMethod(
            this, [this, result] { report(result); }, Qt::QueuedConnection);
    }
    const Clock *clock = m_context.clock;
    const QString actor = m_context.actor;
    for (const PostVariant &variant : toPublish) {
        const Id variantId = variant.id;
        const Id postId = post.id;
        // Runs in the worker thread: only its own store connection and the adapter. The same
        // steps as the scheduled publisher (checks, safety text, media, thread, first comment),
        // with one attempt: the person is watching and decides whether to try again.
        AccountWork work = [variantId, postId, clock, actor](Adapter &adapter, Database &db,
                                                             const Account &) {
            AccountJobResult result;
            const auto stored = PostRepository(db, *clock).post(postId);
            if (!stored) {
                result.outcome = Outcome::failure(OutcomeKind::Permanent, tr("This post no longer exists."));
                return result;
            }
            RetryPolicy::Settings once;
            once.maxAttempts = 1;
            const RetryPolicy policy(once);
            const VariantPublication publication(db, *clock, policy, actor);
            PublishReport report;
            if (const QString blocker = publication.blocker(*stored); !blocker.isEmpty()) {
                report = publication.refuse(*stored, variantId, blocker);
            } else {
                QDateTime rateLimitedUntil;
                report =
                    publication.publish(*stored, variantId, PostRepository(db).safetyTextOf(stored->brandId),
                                        adapter, &result.outcome, &rateLimitedUntil);
            }
            result.value = QVariantList{int(report.state), report.remoteUrl, report.error};
            return result;
        };
        runAccountJob(m_context, variant.accountId, std::move(work), this,
                      [this, variant](const AccountJobResult &job) {
                          ChannelPublishResult result;
                          result.accountId = variant.accountId;
                          result.variantId = variant.id;
                          const QVariantList answer = job.value.toList();
                          const auto state =
                              answer.size() == 3 ? PostState(answer.at(0).toInt()) : PostState::Failed;
                          const QString error = !job.error.isEmpty() ? job.error : answer.value(2).toString();
                          if (state == PostState::Published) {
                              result.state = PostState::Published;
                              result.message = tr("Published.");
                              result.url = answer.at(1).toString();
                          } else if (state == PostState::Unconfirmed) {
                              result.state = PostState::Unconfirmed;
                              result.message = error;
                          } else {
                              result.state = PostState::Failed;
                              result.message = tr("Not published: %1").arg(error);
                          }
                          report(result);
                      });
    }
    return reported;
}

} // namespace ui
} // namespace vigie
