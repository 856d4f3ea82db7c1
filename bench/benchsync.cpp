// bench_sync: time to bring N notifications from a local server that answers like the network
// into the unified inbox (InboxSync: adapter pages + InboxRepository::ingest with its cursor), against
// the same adapter walking the same pages without storing them, measured in the same run.
// Usage: bench_sync [--count N] [--runs R] [--json FILE]
#include "delivery/inboxsync.h"
#include "fakes/bluesky/fakeblueskyserver.h"
#include "fakes/mastodon/fakemastodonserver.h"
#include "platforms/registry/platformregistry.h"
#include "storage/database.h"
#include "storage/workspacerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <memory>

using namespace vigie;
using namespace vigie::platforms;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// One network's fake with N mentions waiting, and the account Vigie signs in with.
struct Source
{
    std::unique_ptr<fakes::FakeHttpServer> server;
    Account account;
    Credentials credentials;
};

Source mastodonSource(int count)
{
    auto server = std::make_unique<fakes::FakeMastodonServer>();
    server->start();
    server->setRateLimit(100000); // the benchmark measures work, not the 300 per 5 minutes budget
    server->seedMentions(count);
    Source s;
    s.account.network = Network::Mastodon;
    s.account.handle = server->ownAccount().acct();
    s.account.baseUrl = server->url().toString();
    s.credentials.accessToken = server->token();
    s.server = std::move(server);
    return s;
}

Source blueskySource(int count)
{
    auto server = std::make_unique<fakes::FakeBlueskyServer>();
    server->start();
    const QString did =
        server->addAccount(QStringLiteral("helianthe.test"), QStringLiteral("abcd-efgh-ijkl-mnop"));
    server->seedMentions(did, count);
    Source s;
    s.account.network = Network::Bluesky;
    s.account.handle = QStringLiteral("helianthe.test");
    s.account.remoteUserId = did;
    s.account.baseUrl = server->url().toString();
    s.credentials.appPassword = QStringLiteral("abcd-efgh-ijkl-mnop");
    s.server = std::move(server);
    return s;
}

struct RunFigures
{
    double walkSeconds = 0;   // adapter only
    double syncSeconds = 0;   // adapter + store
    double resyncSeconds = 0; // nothing new
    int fetched = 0;
    int inserted = 0;
    int requests = 0;
};

std::unique_ptr<Adapter> signedInAdapter(const Source &source, HttpTransport &http)
{
    auto adapter = createAdapter(
        source.account.network,
        AdapterContext{http, source.credentials, source.account.remoteUserId, source.account.handle});
    if (!adapter || !adapter->signIn().ok())
        return nullptr;
    return adapter;
}

QString runOnce(Source (*makeSource)(int), int count, RunFigures *figures)
{
    QNetworkAccessManager manager;
    {
        // Baseline: the same adapter walks the same pages and drops them.
        Source source = makeSource(count);
        HttpTransport http(manager, QUrl(source.account.baseUrl));
        auto adapter = signedInAdapter(source, http);
        if (!adapter)
            return QStringLiteral("sign-in failed");
        int walked = 0;
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = adapter->inboxReader()->syncInbox({}, [&](const InboxPage &page) {
            walked += int(page.messages.size());
            return true;
        });
        figures->walkSeconds = timer.nsecsElapsed() / 1e9;
        if (!outcome.ok() || walked != count)
            return QStringLiteral("walk: %1, %2 of %3")
                .arg(outcomeKindKey(outcome.kind))
                .arg(walked)
                .arg(count);
    }
    Source source = makeSource(count);
    QTemporaryDir dir;
    Database db;
    if (auto st = db.openSqlite(dir.filePath(QStringLiteral("bench.sqlite"))); !st)
        return st.error();
    WorkspaceRepository repo(db);
    Workspace ws;
    ws.name = QStringLiteral("Bench");
    repo.addWorkspace(ws);
    source.account.workspaceId = ws.id;
    if (auto st = repo.addAccount(source.account); !st)
        return st.error();
    HttpTransport http(manager, QUrl(source.account.baseUrl));
    auto adapter = signedInAdapter(source, http);
    if (!adapter)
        return QStringLiteral("sign-in failed");
    const int before = http.requestCount();
    QElapsedTimer timer;
    timer.start();
    const SyncReport report = InboxSync(db).syncAccount(source.account, *adapter);
    figures->syncSeconds = timer.nsecsElapsed() / 1e9;
    figures->requests = http.requestCount() - before;
    figures->fetched = report.fetched;
    figures->inserted = report.inserted;
    if (!report.outcome.ok() || report.inserted != count)
        return QStringLiteral("sync: %1, %2 of %3 %4")
            .arg(outcomeKindKey(report.outcome.kind))
            .arg(report.inserted)
            .arg(count)
            .arg(report.storeError);
    timer.restart();
    const SyncReport again = InboxSync(db).syncAccount(source.account, *adapter);
    figures->resyncSeconds = timer.nsecsElapsed() / 1e9;
    if (again.inserted != 0)
        return QStringLiteral("second sync inserted %1").arg(again.inserted);
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Inbox sync benchmark against local fake servers."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Notifications per network."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per network."), QStringLiteral("R"),
                      QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Write the results here."), QStringLiteral("FILE")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    if (count <= 0 || runs <= 0) {
        qCritical("bench_sync: --count and --runs take positive numbers");
        return 2;
    }
    QTextStream out(stdout);
    QJsonObject results{{QStringLiteral("count"), count},
                        {QStringLiteral("runs"), runs},
                        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                        {QStringLiteral("cpus"), QThread::idealThreadCount()}};
    const QList<QPair<QString, Source (*)(int)>> networks = {{QStringLiteral("mastodon"), &mastodonSource},
                                                             {QStringLiteral("bluesky"), &blueskySource}};
    for (const auto &[name, make] : networks) {
        QList<double> walk, sync, resync;
        RunFigures last;
        for (int r = 0; r < runs; ++r) {
            RunFigures f;
            if (const QString error = runOnce(make, count, &f); !error.isEmpty()) {
                qCritical("bench_sync: %s: %s", qPrintable(name), qPrintable(error));
                return 1;
            }
            walk << f.walkSeconds;
            sync << f.syncSeconds;
            resync << f.resyncSeconds;
            last = f;
            out << QStringLiteral("%1 run %2: sync %3 s, adapter only %4 s, nothing new %5 s\n")
                       .arg(name)
                       .arg(r + 1)
                       .arg(f.syncSeconds, 0, 'f', 3)
                       .arg(f.walkSeconds, 0, 'f', 3)
                       .arg(f.resyncSeconds, 0, 'f', 3);
            out.flush();
        }
        const double syncMedian = median(sync), walkMedian = median(walk);
        out << QStringLiteral("%1: %2 notifications into the inbox in %3 s (median of %4) = %5 per second; "
                              "adapter alone %6 s; ratio %7 x; %8 requests; nothing new: %9 s\n")
                   .arg(name)
                   .arg(count)
                   .arg(syncMedian, 0, 'f', 3)
                   .arg(runs)
                   .arg(count / syncMedian, 0, 'f', 0)
                   .arg(walkMedian, 0, 'f', 3)
                   .arg(syncMedian / walkMedian, 0, 'f', 2)
                   .arg(last.requests)
                   .arg(median(resync), 0, 'f', 3);
        QJsonArray syncRuns, walkRuns;
        for (double v : sync)
            syncRuns.append(v);
        for (double v : walk)
            walkRuns.append(v);
        results.insert(name, QJsonObject{{QStringLiteral("sync_seconds_median"), syncMedian},
                                         {QStringLiteral("adapter_only_seconds_median"), walkMedian},
                                         {QStringLiteral("ratio"), syncMedian / walkMedian},
                                         {QStringLiteral("nothing_new_seconds_median"), median(resync)},
                                         {QStringLiteral("requests"), last.requests},
                                         {QStringLiteral("sync_runs"), syncRuns},
                                         {QStringLiteral("adapter_only_runs"), walkRuns}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QFile file(parser.value(QStringLiteral("json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(results).toJson()) < 0) {
            qCritical("bench_sync: cannot write %s", qPrintable(file.fileName()));
            return 1;
        }
    }
    return 0;
}
