#include "benchrun.h"

#include "baseline.h"
#include "measurements.h"
#include "startup.h"
#include "storage/database.h"
#include "listening/analyticssnapshot.h"
#include "storage/mentionqueries.h"
#include "storage/mentionrepository.h"

#include <QDir>
#include <QTimeZone>

namespace vigie {
namespace bench {

namespace {

bool sameIds(const CorpusCast &a, const CorpusCast &b)
{
    auto ids = [](const auto &list) {
        QList<Id> result;
        for (const auto &item : list)
            result << item.id;
        return result;
    };
    return a.workspace.id == b.workspace.id && ids(a.brands) == ids(b.brands) &&
           ids(a.products) == ids(b.products) && ids(a.accounts) == ids(b.accounts);
}

QString millions(qint64 rows)
{
    return rows % 1000000 == 0 ? QStringLiteral("%1M").arg(rows / 1000000) : QString::number(rows);
}

// Stage 1: Vigie's own ingest into a fresh store.
struct VigieIngest
{
    IngestTiming messages, mentions;
};

Status ingestIntoVigie(const BenchOptions &options, const CorpusCast &cast, const QString &store,
                       QTextStream &log, VigieIngest *ingest)
{
    CorpusCast seeded;
    if (auto st = createSeededStore(store, &cast, &seeded); !st)
        return st;
    Database db;
    if (auto st = db.openSqlite(store); !st)
        return st;
    const FixedClock clock(options.corpus.end); // stamps received_at exactly as the CSV does
    IngestTiming &messages = ingest->messages;
    if (auto st = ingestMessages(db, options.corpus, cast, clock, options.batch, &messages); !st)
        return st;
    log << "  vigie ingest: " << messages.rows << " messages in " << messages.seconds << " s" << Qt::endl;
    IngestTiming &mentions = ingest->mentions;
    if (auto st = ingestMentions(db, options.corpus, cast, clock, options.batch, &mentions); !st)
        return st;
    log << "  vigie insert: " << mentions.rows << " mentions in " << mentions.seconds << " s" << Qt::endl;
    return Status::success();
}

// How one kind of row is named in the results ("messages.vigie.rate", "Messages: Vigie ingest rate").
struct ComparisonNames
{
    QString key;            // "messages"
    QString noun;           // "Messages"
    QString verb;           // "ingest"
    QString vigieSuffix;    // added to the Vigie time label
    QString baselineSuffix; // added to the sqlite3 time label
    QString baseline = QStringLiteral("sqlite3 import");
};

// The eight figures that compare Vigie's ingest of one kind of row with the sqlite3 import of the same rows.
void recordComparison(Results &results, const ComparisonNames &n, const IngestTiming &vigie,
                      const ShellTiming &shell, double rows)
{
    const QString s = QStringLiteral("s"), rate = QStringLiteral("rows/s"), x = QStringLiteral("x");
    const auto record = [&](const QString &key, const QString &label, const QString &unit, double value) {
        results.record(n.key + QLatin1Char('.') + key, n.noun + QStringLiteral(": ") + label, unit, value);
    };
    record(QStringLiteral("vigie.seconds"), QStringLiteral("Vigie %1 time%2").arg(n.verb, n.vigieSuffix), s,
           vigie.seconds);
    record(QStringLiteral("vigie.rate"), QStringLiteral("Vigie %1 rate").arg(n.verb), rate,
           vigie.rowsPerSecond());
    record(QStringLiteral("sqlite3.seconds"), n.baseline + QStringLiteral(" time") + n.baselineSuffix, s,
           shell.seconds);
    record(QStringLiteral("sqlite3.rate"), n.baseline + QStringLiteral(" rate"), rate, rows / shell.seconds);
    const QString versus =
        n.baseline.contains(QLatin1Char('+')) ? QLatin1Char('(') + n.baseline + QLatin1Char(')') : n.baseline;
    record(QStringLiteral("ratio"), QStringLiteral("Vigie / %1 rate").arg(versus), x,
           shell.seconds / vigie.seconds);
    record(QStringLiteral("vigie.cpu"), QStringLiteral("Vigie %1 CPU time").arg(n.verb), s, vigie.cpuSeconds);
    record(QStringLiteral("sqlite3.cpu"), n.baseline + QStringLiteral(" CPU time"), s, shell.cpuSeconds);
    record(QStringLiteral("cpu_ratio"), QStringLiteral("Vigie / %1, by CPU time").arg(versus), x,
           shell.cpuSeconds / vigie.cpuSeconds);
}

// Stage 2: the same rows through the sqlite3 shell into a copy of the same empty schema.
// Vigie's rate over sqlite3's is sqlite3's time over Vigie's: both write the same rows.
Status importBaseline(const BenchOptions &options, const CorpusCast &cast, const CorpusCsv &csv,
                      const QString &store, const VigieIngest &vigie, Results &results, QTextStream &log)
{
    CorpusCast seeded;
    if (auto st = createSeededStore(store, &cast, &seeded); !st)
        return st;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), cast.workspace.timezone); // the aggregate days, as Vigie computes them
    ShellTiming messages, fts, mentions, aggregates;
    // The columns ingest sets on a new case; the others keep their defaults (or NULL).
    const QString caseColumns =
        QStringLiteral("id, workspace_id, message_id, status, flagged_at, day0, due_at, updated_at");
    if (auto st = runSqliteShell(options.sqlite3, store,
                                 importScript({{csv.threads, QStringLiteral("threads")},
                                               {csv.messages, QStringLiteral("messages")},
                                               {csv.cases, QStringLiteral("adverse_cases"), caseColumns}}),
                                 env, &messages);
        !st)
        return st;
    if (auto st = runSqliteShell(options.sqlite3, store, ftsBuildScript(), env, &fts); !st)
        return st;
    if (auto st = runSqliteShell(options.sqlite3, store,
                                 importScript({{csv.mentions, QStringLiteral("mentions")},
                                               {csv.mentionCases, QStringLiteral("adverse_cases"),
                                                QStringLiteral("id, workspace_id, mention_id, status, flagged_at, "
                                                               "day0, due_at, updated_at")}}),
                                 env, &mentions);
        !st)
        return st;
    if (auto st = runSqliteShell(options.sqlite3, store, aggregateScript(), env, &aggregates); !st)
        return st;
    log << "  sqlite3 import: threads + messages + cases " << messages.seconds << " s, FTS build "
        << fts.seconds << " s, mentions " << mentions.seconds << " s, aggregates " << aggregates.seconds
        << " s" << Qt::endl;
    const double messageRows = double(options.corpus.messages);
    const double mentionRows = double(options.corpus.mentions);
    // The target: the same rows and the same search index on both sides.
    const ShellTiming importAndIndex{messages.seconds + fts.seconds, messages.cpuSeconds + fts.cpuSeconds};
    recordComparison(results,
                     {QStringLiteral("messages"), QStringLiteral("Messages"), QStringLiteral("ingest"),
                      QStringLiteral(" (FTS index and cases included)"),
                      QStringLiteral(" (threads + messages + cases, then the FTS build)"),
                      QStringLiteral("sqlite3 import + FTS build")},
                     vigie.messages, importAndIndex, messageRows);
    // The foundation's baseline: the import alone, which builds no search index.
    const QString s = QStringLiteral("s"), x = QStringLiteral("x");
    results.record(QStringLiteral("messages.sqlite3_import.seconds"),
                   QStringLiteral("Messages: of which sqlite3 import (threads + messages + cases)"), s,
                   messages.seconds);
    results.record(QStringLiteral("messages.sqlite3_fts.seconds"),
                   QStringLiteral("Messages: of which sqlite3 FTS build (one INSERT ... SELECT)"), s,
                   fts.seconds);
    results.record(QStringLiteral("messages.ratio_import"),
                   QStringLiteral("Messages: Vigie / (sqlite3 import alone, no index) rate"), x,
                   messages.seconds / vigie.messages.seconds);
    results.record(QStringLiteral("messages.cpu_ratio_import"),
                   QStringLiteral("Messages: Vigie / (sqlite3 import alone), by CPU time"), x,
                   messages.cpuSeconds / vigie.messages.cpuSeconds);
    recordComparison(results,
                     {QStringLiteral("mentions"), QStringLiteral("Mentions"), QStringLiteral("insert"),
                      QStringLiteral(" (with daily aggregates)"), QString()},
                     vigie.mentions, mentions, mentionRows);
    const QString rate = QStringLiteral("rows/s");
    results.record(QStringLiteral("mentions.sqlite3_aggregates.rate"),
                   QStringLiteral("Mentions: sqlite3 import + aggregate SQL rate"), rate,
                   mentionRows / (mentions.seconds + aggregates.seconds));
    results.record(QStringLiteral("mentions.ratio_aggregates"),
                   QStringLiteral("Mentions: Vigie / (sqlite3 import + aggregate SQL) rate"), x,
                   (mentions.seconds + aggregates.seconds) / vigie.mentions.seconds);
    return Status::success();
}

// Stage 3: both stores must hold the same rows, or the comparison means nothing.
Status compareStores(const QString &vigieStore, const QString &baselineStore, Results &results,
                     QTextStream &log)
{
    const QStringList tables = {QStringLiteral("threads"),
                                QStringLiteral("messages"),
                                QStringLiteral("adverse_cases"),
                                QStringLiteral("messages_fts"),
                                QStringLiteral("mentions"),
                                QStringLiteral("mention_daily"),
                                QStringLiteral("mention_product_daily"),
                                QStringLiteral("mention_source_daily")};
    Database vigieDb, baselineDb;
    if (auto st = vigieDb.openSqlite(vigieStore); !st)
        return st;
    if (auto st = baselineDb.openSqlite(baselineStore); !st)
        return st;
    const auto ours = contentFingerprint(vigieDb, tables);
    const auto theirs = contentFingerprint(baselineDb, tables);
    bool identical = true;
    for (const QString &table : tables) {
        if (ours.value(table) != theirs.value(table)) {
            identical = false;
            log << "  DIFFERENT " << table << ":\n    vigie   " << ours.value(table) << "\n    sqlite3 "
                << theirs.value(table) << Qt::endl;
        }
    }
    results.record(QStringLiteral("baseline.identical"),
                   QStringLiteral("Both stores hold identical rows (1 = yes)"), QString(), identical ? 1 : 0);
    if (!identical)
        return Status::failure(QStringLiteral("the baseline store does not hold the rows Vigie stored"));
    return Status::success();
}

// Stage 4: what a team does after ingest (assignees, tags), so those filters have rows to find.
Status applyTeamWorkTo(const QString &store, Results &results, TeamWork *work)
{
    Database db;
    if (auto st = db.openSqlite(store); !st)
        return st;
    if (auto st = applyTeamWork(db, work); !st)
        return st;
    const QString percent = QStringLiteral("%");
    results.record(QStringLiteral("corpus.assigned_share"), QStringLiteral("Corpus: conversations assigned"),
                   percent, 100 * work->assignedShare);
    results.record(QStringLiteral("corpus.member_share"),
                   QStringLiteral("Corpus: conversations assigned to %1").arg(work->members.first()), percent,
                   100 * work->memberShare);
    results.record(QStringLiteral("corpus.tagged_share"), QStringLiteral("Corpus: conversations tagged"),
                   percent, 100 * work->taggedShare);
    results.record(QStringLiteral("corpus.tag_share"),
                   QStringLiteral("Corpus: conversations tagged \"%1\"").arg(work->tags.first()), percent,
                   100 * work->tagShare);
    return Status::success();
}

// Stage 5: the first page of the conversation list, on a fresh connection then warm, from the
// repository and through the model the list view shows.
Status measureInbox(const BenchOptions &options, const CorpusCast &cast, const TeamWork &work,
                    const QString &store, Results &results)
{
    struct Variant
    {
        QString key, label;
        ConversationFilter filter;
        bool expectRows = true;
    };
    ConversationFilter all;
    all.workspaceId = cast.workspace.id;
    ConversationFilter byNetwork = all;
    byNetwork.network = Network::Instagram;
    ConversationFilter byBrand = all;
    byBrand.brandId = cast.brands.at(1).id;
    // Every corpus conversation is open: this filter matches nothing and reads the whole list.
    ConversationFilter byStatus = all;
    byStatus.status = ThreadStatus::Done;
    ConversationFilter adverse = all;
    adverse.adverseOnly = true;
    ConversationFilter byTag = all;
    byTag.tag = work.tags.first();
    ConversationFilter byAssignee = all;
    byAssignee.assignee = work.members.first();
    ConversationFilter bySentiment = all;
    bySentiment.sentiment = Sentiment::Negative;
    // A month half a year back: the list has to skip the newer conversations first.
    ConversationFilter byDates = all;
    byDates.from = options.corpus.end.addDays(-200);
    byDates.to = options.corpus.end.addDays(-170);
    const QList<Variant> variants = {
        {QStringLiteral("all"), QStringLiteral("every conversation"), all},
        {QStringLiteral("network"), QStringLiteral("filtered by network"), byNetwork},
        {QStringLiteral("brand"), QStringLiteral("filtered by brand"), byBrand},
        {QStringLiteral("status_none"), QStringLiteral("status filter matching nothing"), byStatus, false},
        {QStringLiteral("adverse"), QStringLiteral("adverse events only"), adverse},
        {QStringLiteral("tag"), QStringLiteral("one tag"), byTag},
        {QStringLiteral("assignee"), QStringLiteral("one assignee"), byAssignee},
        {QStringLiteral("sentiment"), QStringLiteral("negative sentiment"), bySentiment},
        {QStringLiteral("dates"), QStringLiteral("a 30-day range 200 days back"), byDates},
    };
    for (const Variant &v : variants) {
        PageTiming timing;
        if (auto st = measureFirstPage(store, v.filter, options.pageCalls, &timing); !st)
            return st;
        if (v.expectRows != (timing.rows > 0))
            return Status::failure(
                QStringLiteral("the inbox page %1 has %2 rows").arg(v.label).arg(timing.rows));
        if (v.key == QLatin1String("all"))
            results.record(QStringLiteral("inbox.open.ms"),
                           QStringLiteral("Inbox: open the store (openSqlite)"), QStringLiteral("ms"),
                           timing.openMs);
        results.record(QStringLiteral("inbox.%1.cold_ms").arg(v.key),
                       QStringLiteral("Inbox: first page of 50, %1, new connection").arg(v.label),
                       QStringLiteral("ms"), timing.coldMs);
        results.record(QStringLiteral("inbox.%1.warm_ms").arg(v.key),
                       QStringLiteral("Inbox: first page of 50, %1, warm (median of %2)")
                           .arg(v.label)
                           .arg(options.pageCalls),
                       QStringLiteral("ms"), timing.warmMs);
        results.record(QStringLiteral("inbox.%1.model_cold_ms").arg(v.key),
                       QStringLiteral("Inbox: %1, list model filled, new connection").arg(v.label),
                       QStringLiteral("ms"), timing.modelColdMs);
        results.record(QStringLiteral("inbox.%1.model_warm_ms").arg(v.key),
                       QStringLiteral("Inbox: %1, list model filled, warm").arg(v.label),
                       QStringLiteral("ms"), timing.modelWarmMs);
    }
    return Status::success();
}

// Stage 6: the first page (50 hits) of a full-text search, against SQLite's bare FTS5 page.
Status measureSearches(const BenchOptions &options, const CorpusCast &cast, const QString &store,
                       Results &results, QTextStream &log)
{
    struct Variant
    {
        QString key, label;
        MessageSearch search;
        bool expectRows = false; // rare words may find nothing in a small smoke corpus
    };
    ConversationFilter all;
    all.workspaceId = cast.workspace.id;
    ConversationFilter byNetwork = all;
    byNetwork.network = Network::Instagram;
    ConversationFilter adverse = all;
    adverse.adverseOnly = true;
    // Typed as a person types them in the search box: a bare word of three letters or more is
    // also a prefix ("pharmacie" finds "pharmacien").
    const QList<Variant> variants = {
        {QStringLiteral("frequent"),
         QStringLiteral("frequent word (pharmacie)"),
         {all, QStringLiteral("pharmacie")},
         true},
        {QStringLiteral("frequent_exact"),
         QStringLiteral("frequent word in quotes, not a prefix (\"pharmacie\")"),
         {all, QStringLiteral("\"pharmacie\"")},
         true},
        {QStringLiteral("rare"),
         QStringLiteral("rare word (an author's handle, martin421)"),
         {all, QStringLiteral("martin421")}},
        {QStringLiteral("accent"),
         QStringLiteral("accented word typed without accents (demangeaisons)"),
         {all, QStringLiteral("demangeaisons")}},
        {QStringLiteral("phrase"),
         QStringLiteral("phrase (\"mal au ventre\")"),
         {all, QStringLiteral("\"mal au ventre\"")}},
        {QStringLiteral("prefix"), QStringLiteral("prefix (vertig*)"), {all, QStringLiteral("vertig*")}},
        {QStringLiteral("frequent_network"),
         QStringLiteral("frequent word + network filter"),
         {byNetwork, QStringLiteral("pharmacie")},
         true},
        {QStringLiteral("rare_adverse"),
         QStringLiteral("rare word + adverse-only filter"),
         {adverse, QStringLiteral("martin421")}},
        {QStringLiteral("frequent_adverse"),
         QStringLiteral("frequent word + adverse-only filter"),
         {adverse, QStringLiteral("pharmacie")}},
    };
    const QString ms = QStringLiteral("ms");
    for (const Variant &v : variants) {
        SearchTiming timing;
        if (auto st = measureSearch(store, v.search, options.pageCalls, &timing); !st)
            return st;
        if (v.expectRows && timing.rows == 0)
            return Status::failure(QStringLiteral("the search %1 found nothing").arg(v.label));
        const QString key = QStringLiteral("search.%1.").arg(v.key);
        const QString label = QStringLiteral("Search: %1, ").arg(v.label);
        results.record(key + QStringLiteral("hits"), label + QStringLiteral("hits on the first page"),
                       QString(), timing.rows);
        results.record(key + QStringLiteral("cold_ms"),
                       label + QStringLiteral("InboxRepository::search, new connection"), ms, timing.coldMs);
        results.record(
            key + QStringLiteral("warm_ms"),
            label + QStringLiteral("InboxRepository::search, warm (median of %1)").arg(options.pageCalls), ms,
            timing.warmMs);
        results.record(key + QStringLiteral("model_cold_ms"),
                       label + QStringLiteral("MessageSearchModel filled, new connection"), ms,
                       timing.modelColdMs);
        results.record(key + QStringLiteral("model_warm_ms"),
                       label + QStringLiteral("MessageSearchModel filled, warm"), ms, timing.modelWarmMs);
        results.record(key + QStringLiteral("bare_cold_ms"),
                       label + QStringLiteral("bare FTS5 page (no filter), new connection"), ms,
                       timing.bareColdMs);
        results.record(key + QStringLiteral("bare_warm_ms"),
                       label + QStringLiteral("bare FTS5 page (no filter), warm"), ms, timing.bareWarmMs);
        results.record(key + QStringLiteral("bare_exact_warm_ms"),
                       label + QStringLiteral("bare FTS5 page, words not as prefixes, warm"), ms,
                       timing.bareExactWarmMs);
        log << "  search " << v.key << ": " << timing.rows << " hits, model " << timing.modelColdMs
            << " ms cold, " << timing.modelWarmMs << " ms warm; bare FTS " << timing.bareWarmMs << " ms"
            << Qt::endl;
    }
    return Status::success();
}

// Stage 7: one year of one brand's mentions per day, from the aggregates and by a plain GROUP BY.
Status measureAggregation(const BenchOptions &options, const CorpusCast &cast, const QString &store,
                          Results &results)
{
    Database db;
    if (auto st = db.openSqlite(store); !st)
        return st;
    MentionRepository mentions(db);
    const QDate today = options.corpus.end.date();
    const QDate from = today.addDays(-365);
    const Id workspaceId = cast.workspace.id;
    const Id brandId = cast.brands.constFirst().id;
    qint64 aggregated = 0;
    for (const DailyBrandCount &c : mentions.dailyCounts(workspaceId, from, today, brandId))
        aggregated += c.total;
    const QTimeZone zone(cast.workspace.timezone.toUtf8());
    const qint64 fromSecs = QDateTime(from, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 toSecs = QDateTime(today.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 grouped = plainDailyGroupBy(db, workspaceId, brandId, fromSecs, toSecs);
    if (aggregated != grouped || aggregated == 0)
        return Status::failure(QStringLiteral("the daily aggregates count %1 mentions, the GROUP BY %2")
                                   .arg(aggregated)
                                   .arg(grouped));
    const double brandMs = medianMillis(options.aggregateCalls,
                                        [&] { mentions.dailyCounts(workspaceId, from, today, brandId); });
    const double allMs =
        medianMillis(options.aggregateCalls, [&] { mentions.dailyCounts(workspaceId, from, today); });
    const double groupByMs = medianMillis(
        options.groupByCalls, [&] { plainDailyGroupBy(db, workspaceId, brandId, fromSecs, toSecs); });
    results.record(QStringLiteral("analytics.brand_year.ms"),
                   QStringLiteral("Analytics: one brand, one year, dailyCounts (median of %1)")
                       .arg(options.aggregateCalls),
                   QStringLiteral("ms"), brandMs);
    results.record(QStringLiteral("analytics.all_brands_year.ms"),
                   QStringLiteral("Analytics: every brand, one year, dailyCounts"), QStringLiteral("ms"),
                   allMs);
    results.record(QStringLiteral("analytics.group_by.ms"),
                   QStringLiteral("Analytics: one brand, one year, plain GROUP BY (median of %1)")
                       .arg(options.groupByCalls),
                   QStringLiteral("ms"), groupByMs);
    results.record(QStringLiteral("analytics.speedup"),
                   QStringLiteral("Analytics: GROUP BY / dailyCounts time"), QStringLiteral("x"),
                   groupByMs / brandMs);

    // What the analytics pane reads for a year: every chart's data (this period and the one
    // before, products, sources and networks, engagement) in one snapshot, and the top sources alone.
    const DateRange year{from, today};
    const double snapshotMs =
        medianMillis(options.aggregateCalls, [&] { loadAnalyticsSnapshot(db, cast.workspace, year); });
    const MentionQueries queries(db, QTimeZone(cast.workspace.timezone.toUtf8()));
    const double sourcesMs =
        medianMillis(options.aggregateCalls, [&] { queries.sourceTotals(workspaceId, from, today); });
    results.record(QStringLiteral("analytics.snapshot_year.ms"),
                   QStringLiteral("Analytics: the whole pane's data for one year (median of %1)")
                       .arg(options.aggregateCalls),
                   QStringLiteral("ms"), snapshotMs);
    results.record(QStringLiteral("analytics.sources_year.ms"),
                   QStringLiteral("Analytics: top sources and networks for one year"), QStringLiteral("ms"),
                   sourcesMs);
    return Status::success();
}

// Stage 8: the vigie executable started on the full store and on an empty one, alternately.
Status measureStartups(const BenchOptions &options, const QString &fullStore, const QString &emptyStore,
                       const QString &scratch, Results &results, QTextStream &log)
{
    StartupSample sample;
    // One unmeasured start each: the executable and its libraries come from the page cache after.
    for (const QString &store : {fullStore, emptyStore}) {
        if (auto st = measureStartup(options.vigie, store, scratch, &sample); !st)
            return st;
    }
    QList<double> wall[2], painted[2], rss[2], exit[2];
    for (int i = 0; i < options.startupRuns; ++i) {
        for (int which = 0; which < 2; ++which) {
            if (auto st =
                    measureStartup(options.vigie, which == 0 ? fullStore : emptyStore, scratch, &sample);
                !st)
                return st;
            wall[which] << sample.wallToPaintMs;
            painted[which] << sample.paintedMs;
            rss[which] << sample.peakRssMb;
            exit[which] << sample.wallToExitMs;
        }
    }
    const QString names[2] = {QStringLiteral("full"), QStringLiteral("empty")};
    const QString labels[2] = {QStringLiteral("full store"), QStringLiteral("empty store")};
    for (int which = 0; which < 2; ++which) {
        const QString key = QStringLiteral("startup.%1.").arg(names[which]);
        results.record(key + QStringLiteral("wall_ms"),
                       QStringLiteral("Start-up, %1: wall clock to first paint (median of %2)")
                           .arg(labels[which])
                           .arg(options.startupRuns),
                       QStringLiteral("ms"), median(wall[which]));
        results.record(
            key + QStringLiteral("painted_ms"),
            QStringLiteral("Start-up, %1: probe's painted-ms (/proc, 10 ms steps)").arg(labels[which]),
            QStringLiteral("ms"), median(painted[which]));
        results.record(key + QStringLiteral("exit_ms"),
                       QStringLiteral("Start-up, %1: wall clock to process exit").arg(labels[which]),
                       QStringLiteral("ms"), median(exit[which]));
        results.record(key + QStringLiteral("rss_mb"),
                       QStringLiteral("Start-up, %1: peak resident memory").arg(labels[which]),
                       QStringLiteral("MB"), median(rss[which]));
    }
    results.record(QStringLiteral("startup.ratio"), QStringLiteral("Start-up: full / empty store wall clock"),
                   QStringLiteral("x"), median(wall[0]) / median(wall[1]));
    log << "  start-up: full " << median(wall[0]) << " ms, empty " << median(wall[1]) << " ms" << Qt::endl;
    return Status::success();
}

} // namespace

Status createSeededStore(const QString &path, const CorpusCast *expected, CorpusCast *cast)
{
    Database db;
    if (auto st = db.openSqlite(path); !st)
        return st;
    if (auto st = seedWorkspace(db, cast); !st)
        return st;
    if (expected && !sameIds(*expected, *cast))
        return Status::failure(
            QStringLiteral("the store gave the workspace different ids than the corpus expects"));
    return Status::success();
}

Status runOnce(const BenchOptions &options, const CorpusCast &cast, const CorpusCsv &csv,
               const QString &runDir, Results &results, QTextStream &log)
{
    const QDir dir(runDir);
    const QString vigieStore = dir.filePath(QStringLiteral("vigie.sqlite"));
    const QString baselineStore = dir.filePath(QStringLiteral("baseline.sqlite"));
    const QString emptyStore = dir.filePath(QStringLiteral("empty.sqlite"));
    log << "  corpus: " << millions(options.corpus.messages) << " messages, "
        << millions(options.corpus.mentions) << " mentions" << Qt::endl;
    VigieIngest ingest;
    if (auto st = ingestIntoVigie(options, cast, vigieStore, log, &ingest); !st)
        return st;
    if (auto st = importBaseline(options, cast, csv, baselineStore, ingest, results, log); !st)
        return st;
    if (auto st = compareStores(vigieStore, baselineStore, results, log); !st)
        return st;
    TeamWork work;
    if (auto st = applyTeamWorkTo(vigieStore, results, &work); !st)
        return st;
    if (auto st = measureInbox(options, cast, work, vigieStore, results); !st)
        return st;
    if (auto st = measureSearches(options, cast, vigieStore, results, log); !st)
        return st;
    if (auto st = measureAggregation(options, cast, vigieStore, results); !st)
        return st;
    if (options.vigie.isEmpty())
        return Status::success();
    CorpusCast seeded;
    if (auto st = createSeededStore(emptyStore, &cast, &seeded); !st)
        return st;
    return measureStartups(options, vigieStore, emptyStore, dir.filePath(QStringLiteral("home")), results,
                           log);
}

} // namespace bench
} // namespace vigie
