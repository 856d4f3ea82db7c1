#pragma once

#include "core/status.h"
#include "corpus.h"
#include "csvexport.h"
#include "results.h"

#include <QTextStream>

namespace vigie {
namespace bench {

struct BenchOptions
{
    CorpusOptions corpus;
    int runs = 3;
    int batch = 5000;        // messages or mentions per repository call (one transaction each)
    int pageCalls = 20;      // warm calls per inbox page measure
    int aggregateCalls = 50; // calls of MentionRepository::dailyCounts
    int groupByCalls = 5;    // calls of the plain GROUP BY (each reads every mention of a brand)
    int startupRuns = 5;     // measured starts per store per run (after one unmeasured start each)
    QString sqlite3 = QStringLiteral("sqlite3");
    QString vigie; // empty or missing: the start-up measure is skipped
    bool keepStores = false;
};

// One benchmark run in the empty folder runDir: Vigie's ingest and the sqlite3 baseline (import, then
// the FTS build) into fresh stores, the check that both hold the same rows and search answers, then on
// Vigie's store a team's assignments and tags, inbox pages and filters, full-text searches,
// aggregation and cold starts.
Status runOnce(const BenchOptions &options, const CorpusCast &cast, const CorpusCsv &csv,
               const QString &runDir, Results &results, QTextStream &log);

// Fills an empty store with the corpus cast (workspace, brands, products, accounts) and checks
// the store gave them the ids the corpus expects.
Status createSeededStore(const QString &path, const CorpusCast *expected, CorpusCast *cast);

} // namespace bench
} // namespace vigie
