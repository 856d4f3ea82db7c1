#include "measurements.h"

#include "results.h"

#include "inbox/conversationlistmodel.h"
#include "inbox/messagesearchmodel.h"
#include "storage/database.h"
#include "storage/mentionrepository.h"
#include "storage/searchquery.h"
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

Status ingestMentions(Database &db, const CorpusOptions &options, const CorpusCast &cast, const Clock &clock,
                      int batch, IngestTiming *timing)
{
    *timing = {};
    MentionRepository repository(db);
    MentionStream stream(options, cast);
    qint64 nanos = 0;
    while (!stream.atEnd()) {
        QList<Mention> mentions = stream.next(batch);
        // Collected "now", like the messages: day 0 of the cases the flagged ones open.
        for (Mention &m : mentions)
            m.receivedAt = clock.now();
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

    Database modelDb;
    if (auto st = modelDb.openSqlite(store); !st)
        return st;
    ConversationListModel model(modelDb);
    timer.restart();
    model.setFilter(filter);
    timing->modelColdMs = millisSince(timer);
    if (model.rowCount() != timing->rows)
        return Status::failure(QStringLiteral("the conversation list shows %1 rows, the repository read %2")
                                   .arg(model.rowCount())
                                   .arg(timing->rows));
    timing->modelWarmMs = medianMillis(warmCalls, [&] { model.reload(); });
    return Status::success();
}

namespace {
// SQLite on its own: the page's rowids straight from the index, newest first.
int bareSearchPage(Database &db, const QString &match)
{
    SqlQuery q(db, QStringLiteral("SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? "
                                  "ORDER BY rowid DESC LIMIT 50"));
    int rows = 0;
    if (!q.exec(match))
        return -1;
    while (q.next())
        ++rows;
    return rows;
}
} // namespace

Status measureSearch(const QString &store, const MessageSearch &search, int warmCalls, SearchTiming *timing)
{
    const ParsedSearch parsed = SearchQueryParser::parse(search.text);
    if (!parsed.ok())
        return Status::failure(QStringLiteral("\"%1\" does not parse: %2").arg(search.text, parsed.error));
    QElapsedTimer timer;
    {
        Database db;
        if (auto st = db.openSqlite(store); !st)
            return st;
        InboxRepository inbox(db);
        QList<SearchHit> hits;
        timer.start();
        if (auto st = inbox.search(search, 0, 50, &hits); !st)
            return st;
        timing->coldMs = millisSince(timer);
        timing->rows = int(hits.size());
        timing->warmMs = medianMillis(warmCalls, [&] { inbox.search(search, 0, 50, &hits); });
    }
    {
        Database db;
        if (auto st = db.openSqlite(store); !st)
            return st;
        MessageSearchModel model(db);
        model.setPageSize(50);
        timer.restart();
        model.setSearch(search);
        timing->modelColdMs = millisSince(timer);
        if (!model.errorText().isEmpty())
            return Status::failure(model.errorText());
        if (model.rowCount() != timing->rows)
            return Status::failure(QStringLiteral("the search model shows %1 hits, the repository found %2")
                                       .arg(model.rowCount())
                                       .arg(timing->rows));
        timing->modelWarmMs = medianMillis(warmCalls, [&] { model.reload(); });
    }
    {
        Database db;
        if (auto st = db.openSqlite(store); !st)
            return st;
        timer.restart();
        timing->bareRows = bareSearchPage(db, parsed.ftsMatch);
        timing->bareColdMs = millisSince(timer);
        if (timing->bareRows < 0)
            return Status::failure(QStringLiteral("the bare FTS query for %1 failed").arg(parsed.ftsMatch));
        timing->bareWarmMs = medianMillis(warmCalls, [&] { bareSearchPage(db, parsed.ftsMatch); });
        QStringList exact;
        for (QString term : parsed.terms) {
            term.remove(QLatin1Char('*')).replace(QLatin1Char('"'), QStringLiteral("\"\""));
            exact << QLatin1Char('"') + term + QLatin1Char('"');
        }
        const QString exactMatch = exact.join(QStringLiteral(" AND "));
        if (bareSearchPage(db, exactMatch) < 0)
            return Status::failure(QStringLiteral("the bare FTS query for %1 failed").arg(exactMatch));
        timing->bareExactWarmMs = medianMillis(warmCalls, [&] { bareSearchPage(db, exactMatch); });
    }
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
