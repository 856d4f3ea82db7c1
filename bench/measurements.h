#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "corpus.h"
#include "cputime.h"
#include "storage/inboxrepository.h"

#include <functional>

// What the benchmark times inside Vigie's own storage code.
namespace vigie {
namespace bench {

struct IngestTiming
{
    double seconds = 0;    // only the repository calls: generating the corpus is not counted
    double cpuSeconds = 0; // CPU time of those calls
    qint64 rows = 0;
    double rowsPerSecond() const { return seconds > 0 ? rows / seconds : 0; }
};

// InboxRepository::ingest, batch messages at a time, each batch its own transaction (as a sync does).
Status ingestMessages(Database &db, const CorpusOptions &options, const CorpusCast &cast, const Clock &clock,
                      int batch, IngestTiming *timing);
// MentionRepository::insert, which also maintains the daily aggregates.
Status ingestMentions(Database &db, const CorpusOptions &options, const CorpusCast &cast, const Clock &clock,
                      int batch,
                      IngestTiming *timing);

struct PageTiming
{
    double openMs = 0;      // Database::openSqlite on the existing store (schema check included)
    double coldMs = 0;      // the first conversations() call on that fresh connection
    double warmMs = 0;      // median of the following calls
    double modelColdMs = 0; // ConversationListModel::setFilter (query to filled model), new connection
    double modelWarmMs = 0; // median of ConversationListModel::reload
    int rows = 0;
};

// Opens store on a new connection and times the first page of conversations for filter, then the
// same through the conversation list model on another new connection.
Status measureFirstPage(const QString &store, const ConversationFilter &filter, int warmCalls,
                        PageTiming *timing);

struct SearchTiming
{
    double coldMs = 0;      // InboxRepository::search, first page, first call on a new connection
    double warmMs = 0;      // median of the following calls
    double modelColdMs = 0; // MessageSearchModel::setSearch (query to filled model), new connection
    double modelWarmMs = 0; // median of MessageSearchModel::reload
    double bareColdMs = 0;  // SQLite alone: rowids of the page from messages_fts, new connection
    double bareWarmMs = 0;
    // The same bare page with each word as typed but not as a prefix ("pharmacie" without the
    // "pharmacie*" the search box makes of it): what a prefix costs.
    double bareExactWarmMs = 0;
    int rows = 0;     // hits on the first page (at most the page size)
    int bareRows = 0; // rowids the bare query returned
};

// The first page (50 hits) of a full-text search, three ways: the repository call, the model the
// inbox shows, and the bare FTS5 query `SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?
// ORDER BY rowid DESC LIMIT 50` with the MATCH expression the search box's parser makes (no filter).
Status measureSearch(const QString &store, const MessageSearch &search, int warmCalls, SearchTiming *timing);

// Median wall-clock milliseconds of calls runs of work.
double medianMillis(int calls, const std::function<void()> &work);

// The aggregation analytics would run without maintained aggregates: a GROUP BY over the
// mentions of one brand in [from, to), by day. Returns the number of mentions it counted.
qint64 plainDailyGroupBy(Database &db, Id workspaceId, Id brandId, qint64 fromSecs, qint64 toSecs);

} // namespace bench
} // namespace vigie
