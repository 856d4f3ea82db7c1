// bench_storage: Vigie's storage at a million rows against the sqlite3 shell in the same run.
// See docs/PERFORMANCE.md for what each figure means and the command that produced them.
#include "baseline.h"
#include "benchrun.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

using namespace vigie;
using namespace vigie::bench;

namespace {

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

QString sqliteLibraryVersion(const QString &store)
{
    Database db;
    if (!db.openSqlite(store))
        return QStringLiteral("unknown");
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next() ? q.value(0).toString()
                                                                         : QStringLiteral("unknown");
}

// The machine may be shared: the load average tells how much the wall-clock figures can be trusted.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("unknown");
}

bool readCount(const QCommandLineParser &parser, const QString &name, qint64 minimum, qint64 *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 parsed = parser.value(name).toLongLong(&ok);
    if (!ok || parsed < minimum)
        return false;
    *value = parsed;
    return true;
}

void addTargets(Results &results)
{
    // Issue 5: ingest builds the search index and opens cases; the baseline then builds the same
    // index (the target as reported), and the foundation's import-only figure is given next to it.
    results.addTarget({QStringLiteral("Message ingest (FTS, cases) vs sqlite3 import + FTS build"),
                       QStringLiteral("messages.ratio"), QStringLiteral(">="), 0.8, QStringLiteral("x")});
    results.addTarget({QStringLiteral("Message ingest (FTS, cases) vs sqlite3 import alone (no index)"),
                       QStringLiteral("messages.ratio_import"), QStringLiteral(">="), 0.8,
                       QStringLiteral("x")});
    results.addTarget({QStringLiteral("Mention ingest vs sqlite3 import"), QStringLiteral("mentions.ratio"),
                       QStringLiteral(">="), 0.8, QStringLiteral("x")});
    results.addTarget({QStringLiteral("First inbox page (new connection)"),
                       QStringLiteral("inbox.all.cold_ms"), QStringLiteral("<="), 10, QStringLiteral("ms")});
    results.addTarget({QStringLiteral("Inbox opened: list model filled (new connection)"),
                       QStringLiteral("inbox.all.model_cold_ms"), QStringLiteral("<="), 10,
                       QStringLiteral("ms")});
    // The issue's 10 ms for opening the inbox, applied to each new filter's first page too.
    const QList<QPair<QString, QString>> filters = {
        {QStringLiteral("adverse"), QStringLiteral("adverse events only")},
        {QStringLiteral("tag"), QStringLiteral("one tag")},
        {QStringLiteral("assignee"), QStringLiteral("one assignee")},
        {QStringLiteral("sentiment"), QStringLiteral("negative sentiment")},
        {QStringLiteral("dates"), QStringLiteral("a date range")},
    };
    for (const auto &[key, label] : filters)
        results.addTarget({QStringLiteral("Inbox filter, list model filled (new connection): ") + label,
                           QStringLiteral("inbox.%1.model_cold_ms").arg(key), QStringLiteral("<="), 10,
                           QStringLiteral("ms")});
    const QList<QPair<QString, QString>> searches = {
        {QStringLiteral("frequent"), QStringLiteral("frequent word")},
        {QStringLiteral("frequent_exact"), QStringLiteral("frequent word in quotes")},
        {QStringLiteral("rare"), QStringLiteral("rare word")},
        {QStringLiteral("accent"), QStringLiteral("word typed without accents")},
        {QStringLiteral("phrase"), QStringLiteral("phrase")},
        {QStringLiteral("prefix"), QStringLiteral("prefix")},
        {QStringLiteral("frequent_network"), QStringLiteral("frequent word + network")},
        {QStringLiteral("rare_adverse"), QStringLiteral("rare word + adverse only")},
        {QStringLiteral("frequent_adverse"), QStringLiteral("frequent word + adverse only")},
    };
    for (const auto &[key, label] : searches)
        results.addTarget({QStringLiteral("Search, first page in the model (new connection): ") + label,
                           QStringLiteral("search.%1.model_cold_ms").arg(key), QStringLiteral("<="), 10,
                           QStringLiteral("ms")});
    results.addTarget({QStringLiteral("One-year per-brand aggregation"),
                       QStringLiteral("analytics.brand_year.ms"), QStringLiteral("<="), 10,
                       QStringLiteral("ms")});
    // Loading the whole pane (8 charts) in the window's thread must not be a perceptible pause.
    results.addTarget({QStringLiteral("One-year analytics pane data (every chart)"),
                       QStringLiteral("analytics.snapshot_year.ms"), QStringLiteral("<="), 100,
                       QStringLiteral("ms")});
    results.addTarget({QStringLiteral("Cold start to painted window, full store"),
                       QStringLiteral("startup.full.wall_ms"), QStringLiteral("<="), 400,
                       QStringLiteral("ms")});
    results.addTarget({QStringLiteral("Peak resident memory, full store"),
                       QStringLiteral("startup.full.rss_mb"), QStringLiteral("<="), 150,
                       QStringLiteral("MB")});
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_storage"));
    // Each run creates stores: their migration notes would drown the figures.
    QLoggingCategory::setFilterRules(QStringLiteral("vigie.storage.database.debug=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vigie storage benchmark against the sqlite3 shell."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("messages"), QStringLiteral("Inbox messages in the corpus (1000000)."),
         QStringLiteral("N")},
        {QStringLiteral("mentions"), QStringLiteral("Mentions in the corpus (1000000)."),
         QStringLiteral("N")},
        {QStringLiteral("runs"), QStringLiteral("Runs; figures are medians over runs (3)."),
         QStringLiteral("R")},
        {QStringLiteral("startup-runs"), QStringLiteral("Measured starts per store per run (5)."),
         QStringLiteral("N")},
        {QStringLiteral("batch"), QStringLiteral("Rows per repository call (5000)."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Corpus seed (20261126)."), QStringLiteral("N")},
        {QStringLiteral("today"), QStringLiteral("Last day of the corpus year (today)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("out-dir"), QStringLiteral("Where results.json and results.md go (.)."),
         QStringLiteral("DIR")},
        {QStringLiteral("work-dir"), QStringLiteral("Where the temporary stores go (system temp)."),
         QStringLiteral("DIR")},
        {QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell (sqlite3)."), QStringLiteral("PATH")},
        {QStringLiteral("vigie"), QStringLiteral("The vigie executable; 'none' skips the start-up measure."),
         QStringLiteral("PATH")},
        {QStringLiteral("keep"), QStringLiteral("Keep the stores of the last run for inspection.")},
    });
    parser.process(app);

    BenchOptions options;
    qint64 runs = options.runs, startupRuns = options.startupRuns, batch = options.batch,
           seed = options.corpus.seed;
    if (!readCount(parser, QStringLiteral("messages"), 1, &options.corpus.messages) ||
        !readCount(parser, QStringLiteral("mentions"), 1, &options.corpus.mentions) ||
        !readCount(parser, QStringLiteral("runs"), 1, &runs) ||
        !readCount(parser, QStringLiteral("startup-runs"), 1, &startupRuns) ||
        !readCount(parser, QStringLiteral("batch"), 1, &batch) ||
        !readCount(parser, QStringLiteral("seed"), 0, &seed)) {
        err << "bench_storage: counts must be positive integers.\n";
        return 2;
    }
    options.runs = int(runs);
    options.startupRuns = int(startupRuns);
    options.batch = int(batch);
    options.corpus.seed = quint32(seed);
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            err << "bench_storage: --today takes YYYY-MM-DD.\n";
            return 2;
        }
    }
    options.corpus.end = QDateTime(today, QTime(12, 0), QTimeZone::utc());
    options.keepStores = parser.isSet(QStringLiteral("keep"));
    if (parser.isSet(QStringLiteral("sqlite3")))
        options.sqlite3 = parser.value(QStringLiteral("sqlite3"));
    const bool vigieNamed = parser.isSet(QStringLiteral("vigie"));
    options.vigie = vigieNamed ? parser.value(QStringLiteral("vigie")) : QStringLiteral(VIGIE_EXECUTABLE);
    if (options.vigie == QLatin1String("none")) {
        options.vigie.clear();
    } else if (!QFileInfo(options.vigie).isExecutable()) {
        if (vigieNamed) {
            err << "bench_storage: no vigie executable at " << options.vigie << ".\n";
            return 2;
        }
        err << "bench_storage: warning: " << options.vigie
            << " is not built; the start-up measure is skipped (build the vigie target).\n";
        options.vigie.clear();
    }
    const QString outDir = parser.value(QStringLiteral("out-dir")).isEmpty()
                               ? QStringLiteral(".")
                               : parser.value(QStringLiteral("out-dir"));
    const QString workBase = parser.isSet(QStringLiteral("work-dir"))
                                 ? parser.value(QStringLiteral("work-dir"))
                                 : QDir::tempPath();
    QDir().mkpath(outDir);
    QDir().mkpath(workBase);
    QTemporaryDir work(QDir(workBase).filePath(QStringLiteral("vigie-bench-XXXXXX")));
    if (!work.isValid()) {
        err << "bench_storage: cannot create a folder in " << workBase << ".\n";
        return 1;
    }
    work.setAutoRemove(!options.keepStores);

    QElapsedTimer total;
    total.start();
    const QString loadAtStart = loadAverage();
    // The cast every store is seeded with; ids are the same in every fresh store.
    CorpusCast cast;
    if (auto st = createSeededStore(work.filePath(QStringLiteral("cast.sqlite")), nullptr, &cast); !st) {
        err << "bench_storage: " << st.error() << '\n';
        return 1;
    }
    out << "Writing the corpus as CSV for the sqlite3 baseline (not timed)..." << Qt::endl;
    CorpusCsv csv;
    if (auto st = writeCorpusCsv(options.corpus, cast, options.corpus.end, work.path(), &csv); !st) {
        err << "bench_storage: " << st.error() << '\n';
        return 1;
    }
    out << "  " << total.elapsed() / 1000.0 << " s, " << csv.threadCount << " conversations, "
        << csv.caseCount << " adverse-event cases" << Qt::endl;

    Results results;
    for (int run = 1; run <= options.runs; ++run) {
        out << "Run " << run << " of " << options.runs << Qt::endl;
        const QString runDir = work.filePath(QStringLiteral("run-%1").arg(run));
        QDir().mkpath(runDir);
        if (auto st = runOnce(options, cast, csv, runDir, results, out); !st) {
            err << "bench_storage: run " << run << " failed: " << st.error() << '\n';
            return 1;
        }
        if (run < options.runs || !options.keepStores)
            QDir(runDir).removeRecursively();
    }

    addTargets(results);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    results.setContext(QJsonObject{
        {QStringLiteral("command"), QStringLiteral("bench_storage ") + arguments.join(QLatin1Char(' '))},
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("cpu"), cpuModel()},
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("sqlite_library"),
         sqliteLibraryVersion(work.filePath(QStringLiteral("cast.sqlite")))},
        {QStringLiteral("sqlite3_shell"), sqliteShellVersion(options.sqlite3)},
        {QStringLiteral("messages"), options.corpus.messages},
        {QStringLiteral("mentions"), options.corpus.mentions},
        {QStringLiteral("threads"), csv.threadCount},
        {QStringLiteral("adverse_cases"), csv.caseCount},
        {QStringLiteral("runs"), options.runs},
        {QStringLiteral("batch"), options.batch},
        {QStringLiteral("seed"), qint64(options.corpus.seed)},
        {QStringLiteral("corpus_end"), options.corpus.end.toString(Qt::ISODate)},
        {QStringLiteral("total_seconds"), total.elapsed() / 1000.0},
        {QStringLiteral("load_average_start"), loadAtStart},
        {QStringLiteral("load_average_end"), loadAverage()},
    });
    out << '\n' << results.table();
    out << "\nLoad average (1, 5, 15 min) at start " << loadAtStart << ", at end " << loadAverage() << '\n';
    out << "Total " << total.elapsed() / 1000.0 << " s" << (options.keepStores ? ", stores kept in " : "")
        << (options.keepStores ? work.path() : QString()) << Qt::endl;
    const QString jsonPath = QDir(outDir).filePath(QStringLiteral("results.json"));
    const QString mdPath = QDir(outDir).filePath(QStringLiteral("results.md"));
    if (!writeFile(jsonPath, QJsonDocument(results.toJson()).toJson()) ||
        !writeFile(mdPath, results.markdown().toUtf8())) {
        err << "bench_storage: cannot write the results into " << outDir << ".\n";
        return 1;
    }
    out << "Results: " << jsonPath << " and " << mdPath << Qt::endl;
    return 0;
}
