#pragma once

#include "core/status.h"
#include "corpus.h"

namespace vigie {
namespace bench {

// The corpus as CSV files for the sqlite3 shell baseline, one per table, in table column order with
// explicit ids: exactly the rows Vigie's ingest leaves in a fresh store with the same cast.
struct CorpusCsv
{
    QString threads;  // final thread rows (counts, last author, snippet) as Vigie maintains them
    QString messages; // with the evidence JSON Vigie stores
    QString cases;    // adverse_cases opened for flagged incoming messages (the columns ingest sets)
    QString mentions;
    QString mentionCases; // adverse_cases MentionRepository::insert opens for flagged mentions
    qint64 threadCount = 0;
    qint64 caseCount = 0;
};

// receivedAt is the clock Vigie's ingest runs with (it stamps messages.received_at).
Status writeCorpusCsv(const CorpusOptions &options, const CorpusCast &cast, const QDateTime &receivedAt,
                      const QString &dir, CorpusCsv *out);

} // namespace bench
} // namespace vigie
