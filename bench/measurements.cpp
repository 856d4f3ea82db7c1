#include "measurements.h"

#include "results.h"

#include "storage/database.h"
#include "storage/mentionrepository.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>

namespace vigie {
namespace bench {

namespace {
double millisSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

Status ingestMessages(Database &db, const CorpusOptions &options, const CorpusCast &cast, const Clock &clock,
                      int batch, IngestTiming *timing)
{
    *timing = {};
    InboxRepository inbox(db, clock);
    MessageStream stream(options, cast);
    qint64 nanos = 0;
    while (!stream.atEnd()) {
        const QList<IncomingMessage> messages = stream.next(batch);
        const double cpuBefore = processCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        int inserted = 0;
        const Status st = inbox.ingest(messages, &inserted);
        nanos += timer.nsecsElapsed();
        timing->cpuSeconds += processCpuSeconds() - cpuBefore;
        if (!st)
            return st;
        if (inserted != messages.size())
            return Status::failure(
                QStringLiteral("ingest stored %1 of %2 messages").arg(inserted).arg(messages.size()));
        timing->rows += inserted;
    }
    timing->seconds = nanos / 1e9;
    return Status::success();
}

Status ingestMentions(Database &db, const CorpusOptions &options, const CorpusCast &cast, int batch,
                      IngestTiming *timing)
{
    *timing = {};
    MentionRepository repository(db);
    MentionStream stream(options, cast);
    qint64 nanos = 0;
    while (!stream.atEnd()) {
        const QList<Mention> mentions = stream.next(batch);
        const double cpuBefore = processCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        int inserted = 0;
        const Status st = repository.insert(mentions, &inserted);
        nanos += timer.nsecsElapsed();
        timing->cpuSeconds += processCpuSeconds() - cpuBefore;
        if (!st)
            return st;
        if (inserted != mentions.size())
            return Status::failure(
                QStringLiteral("insert stored %1 of %2 mentions").arg(inserted).arg(mentions.size()));
        timing->rows += inserted;
    }
    timing->seconds = nanos / 1e9;
    return Status::success();
}

Status measureFirstPage(const QString &store, const ConversationFilter &filter, int warmCalls,
                        PageTiming *timing)
{
    Database db;
    QElapsedTimer timer;
    timer.start();
    if (auto st = db.openSqlite(store); !st)
        return st;
    timing->openMs = millisSince(timer);
    InboxRepository inbox(db);
    timer.restart();
    const QList<ConversationRow> first = inbox.conversations(filter, std::nullopt, 50);
    timing->coldMs = millisSince(timer);
    timing->rows = int(first.size());
    timing->warmMs = medianMillis(warmCalls, [&] { inbox.conversations(filter, std::nullopt, 50); });
    return Status::success();
}

double medianMillis(int calls, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < calls; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples << millisSince(timer);
    }
    return median(samples);
}

qint64 plainDailyGroupBy(Database &db, Id workspaceId, Id brandId, qint64 fromSecs, qint64 toSecs)
{
    // Days bucketed in UTC, the cheapest day expression: a fair lower bound for the plain query.
    SqlQuery q(
        db, QStringLiteral("SELECT created_at / 86400 AS day, count(*), sum(sentiment > 0), "
                           "sum(sentiment = 0), sum(sentiment < 0), sum(adverse_event) FROM mentions "
                           "WHERE workspace_id = ? AND brand_id = ? AND created_at >= ? AND created_at < ? "
                           "GROUP BY day ORDER BY day"));
    qint64 total = 0;
    if (!q.exec(workspaceId, brandId, fromSecs, toSecs))
        return -1;
    while (q.next())
        total += q.value(1).toLongLong();
    return total;
}

} // namespace bench
} // namespace vigie
