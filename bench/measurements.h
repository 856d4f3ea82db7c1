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
Status ingestMentions(Database &db, const CorpusOptions &options, const CorpusCast &cast, int batch,
                      IngestTiming *timing);

struct PageTiming
{
    double openMs = 0; // Database::openSqlite on the existing store (schema check included)
    double coldMs = 0; // the first conversations() call on that fresh connection
    double warmMs = 0; // median of the following calls
    int rows = 0;
};

// Opens store on a new connection and times the first page of conversations for filter.
Status measureFirstPage(const QString &store, const ConversationFilter &filter, int warmCalls,
                        PageTiming *timing);

// Median wall-clock milliseconds of calls runs of work.
double medianMillis(int calls, const std::function<void()> &work);

// The aggregation analytics would run without maintained aggregates: a GROUP BY over the
// mentions of one brand in [from, to), by day. Returns the number of mentions it counted.
qint64 plainDailyGroupBy(Database &db, Id workspaceId, Id brandId, qint64 fromSecs, qint64 toSecs);

} // namespace bench
} // namespace vigie
