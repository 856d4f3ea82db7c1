// The engagement part of a collection run: likes, reposts, replies and quotes of published
// posts, read again from their networks when missing or older than a few hours.
#include "collect/collectrun.h"
#include "platforms/registry/platformregistry.h"
#include "storage/postmetricsrepository.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"

namespace vigie {
namespace collect {

using namespace platforms;

void ListeningCollector::collectMetrics(Run &run)
{
    PostMetricsRepository metrics(m_db);
    const QList<PostMetricsRow> stale = metrics.stale(
        run.workspaceId, run.now.addDays(-qMax(1, run.options.metricsDays)),
        run.now.addSecs(-3600LL * qMax(0, run.options.metricsStaleHours)), qMax(1, run.options.metricsLimit));
    // One source per account, in the order the store gave (oldest reading first).
    QList<Id> order;
    QHash<Id, QList<PostMetricsRow>> byAccount;
    for (const PostMetricsRow &row : stale) {
        if (!byAccount.contains(row.accountId))
            order << row.accountId;
        byAccount[row.accountId] << row;
    }
    WorkspaceRepository workspaces(m_db);
    PostRepository posts(m_db);
    for (const Id accountId : std::as_const(order)) {
        const auto account = workspaces.account(accountId);
        // Networks this build cannot talk to yet (X, Facebook… before their adapters) have no
        // figures to read: not a failure of the run.
        if (!account || !platforms::hasAdapter(account->network))
            continue;
        AccountSession *s = session(run, *account); // a problem is reported once, by session()
        if (!s || s->stopped || !s->adapter->metricsReader())
            continue;
        MetricsReader *reader = s->adapter->metricsReader();
        CollectSource source;
        source.kind = CollectSource::Kind::Metrics;
        source.network = account->network;
        source.accountId = accountId;
        source.name =
            tr("Engagement on %1 @%2").arg(networkDisplayName(account->network), bareHandle(account->handle));
        int failed = 0;
        for (PostMetricsRow row : byAccount.value(accountId)) {
            QString remoteId;
            if (const auto post = posts.post(row.postId))
                for (const PostVariant &variant : post->variants)
                    if (variant.id == row.variantId)
                        remoteId = variant.remoteId;
            if (remoteId.isEmpty())
                continue;
            const Result<PostMetrics> read = reader->metrics(remoteId);
            if (!read.ok()) {
                ++failed;
                source.error = read.outcome.describe();
                s->fail(read.outcome);
                if (s->stopped)
                    break;
                continue;
            }
            row.likes = read.value.likes;
            row.reposts = read.value.reposts;
            row.replies = read.value.replies;
            row.quotes = read.value.quotes;
            row.fetchedAt = m_clock.now();
            if (auto st = metrics.save(row); !st) {
                ++failed;
                source.error = st.error();
                continue;
            }
            ++source.fetched;
        }
        if (failed > 0) {
            source.state = CollectSource::State::Failed;
            source.error = tr("%n post(s) could not be read: %1", nullptr, failed).arg(source.error);
        }
        run.report.sources << source;
    }
}

} // namespace collect
} // namespace vigie
