#include "ui/composer/publishnowrunner.h"

#include "delivery/publishnow.h"
#include "jobs/accountjob.h"

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
    for (const PostVariant &variant : post.variants) {
        // A published channel is not sent twice, and an unconfirmed one waits for a person's check.
        if (variant.state == PostState::Published || variant.state == PostState::Unconfirmed ||
            variant.state == PostState::Publishing)
            settled << describeStored(variant);
        else
            toPublish << variant;
    }
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
        OutgoingPost content;
        content.text = post.textFor(variant);
        // Runs in the worker thread: only its own store connection and the adapter.
        AccountWork work = [variantId, content, clock, actor](Adapter &adapter, Database &db,
                                                              const Account &) {
            const auto published = PublishNow(db, *clock).publishVariant(variantId, content, adapter, actor);
            AccountJobResult result;
            result.outcome = published.outcome;
            result.value = published.value.url;
            return result;
        };
        runAccountJob(m_context, variant.accountId, std::move(work), this,
                      [this, variant](const AccountJobResult &job) {
                          ChannelPublishResult result;
                          result.accountId = variant.accountId;
                          result.variantId = variant.id;
                          if (!job.error.isEmpty()) {
                              result.state = PostState::Failed;
                              result.message = tr("Not published: %1").arg(job.error);
                          } else if (job.outcome.ok()) {
                              result.state = PostState::Published;
                              result.message = tr("Published.");
                              result.url = job.value.toString();
                          } else if (job.outcome.kind == OutcomeKind::Unconfirmed) {
                              result.state = PostState::Unconfirmed;
                              result.message = job.outcome.describe();
                          } else {
                              result.state = PostState::Failed;
                              result.message = tr("Not published: %1").arg(job.outcome.describe());
                          }
                          report(result);
                      });
    }
    return reported;
}

} // namespace ui
} // namespace vigie
