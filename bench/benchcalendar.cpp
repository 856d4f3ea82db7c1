// bench_calendar: opening a month that holds 1,000 posts (two channels each), against the
// minimum any calendar must do — reading the same rows with two plain queries — in the same run.
//   bench_calendar [--posts N] [--runs N]
#include "mediantime.h"
#include "publishing/calendarlistmodel.h"
#include "publishing/calendarpostsmodel.h"
#include "storage/database.h"
#include "storage/postrepository.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace vigie;

using vigie::bench::medianMs;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("posts"), QStringLiteral("Posts in the month."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measure."), QStringLiteral("N"),
                      QStringLiteral("15")});
    parser.process(app);
    const int postCount = parser.value(QStringLiteral("posts")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTextStream out(stdout);

    QTemporaryDir dir;
    Database db;
    if (!db.openSqlite(dir.filePath(QStringLiteral("calendar.sqlite")))) {
        out << "cannot open the store\n";
        return 1;
    }
    WorkspaceRepository workspaces(db);
    Workspace ws;
    ws.name = QStringLiteral("Bench");
    Brand brand = Brand::named(0, QStringLiteral("Hélidol"), QStringLiteral("#e67e22"));
    QList<Account> accounts;
    {
        Transaction tx(db);
        workspaces.addWorkspace(ws);
        brand.workspaceId = ws.id;
        workspaces.addBrand(brand);
        for (Network network : {Network::Mastodon, Network::Bluesky}) {
            Account a;
            a.workspaceId = ws.id;
            a.brandId = brand.id;
            a.network = network;
            a.handle = QStringLiteral("helidol-%1").arg(networkKey(network));
            workspaces.addAccount(a);
            accounts << a;
        }
        PostRepository posts(db);
        const QDateTime monthStart(QDate(2026, 11, 1), QTime(0, 0), QTimeZone("Europe/Paris"));
        for (int i = 0; i < postCount; ++i) {
            Post p;
            p.workspaceId = ws.id;
            p.brandId = brand.id;
            p.body = QStringLiteral("Conseil santé n°%1 : bien s'hydrater quand il fait chaud.").arg(i);
            p.state = i % 3 ? PostState::Scheduled : PostState::InReview;
            p.scheduledAt = monthStart.addSecs(qint64(i) * 29 * 24 * 3600 / std::max(postCount, 1)).toUTC();
            p.variants = {PostVariant::forAccount(accounts[0].id), PostVariant::forAccount(accounts[1].id)};
            posts.create(p, QStringLiteral("bench"));
        }
        if (!tx.commit()) {
            out << "cannot write the posts\n";
            return 1;
        }
    }

    const QDate first(2026, 10, 26), end(2026, 12, 7); // the month view's six weeks
    const qint64 from = QDateTime(first, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 to = QDateTime(end, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    int baselineRows = 0;
    const double baseline = medianMs(runs, [&] {
        SqlQuery q(db, QStringLiteral(
                           "SELECT id, brand_id, body, state, scheduled_at FROM posts WHERE workspace_id = ? "
                           "AND scheduled_at >= ? AND scheduled_at < ? ORDER BY scheduled_at, id"));
        q.exec(ws.id, from, to);
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        SqlQuery v(db, QStringLiteral(
                           "SELECT id, post_id, account_id, state FROM post_variants WHERE post_id IN (%1)")
                           .arg(ids.join(QLatin1Char(','))));
        v.exec();
        baselineRows = 0;
        while (v.next())
            ++baselineRows;
    });
    CalendarPostsModel month(db, ws);
    const double monthMs = medianMs(runs, [&] {
        month.setRange(first, end);
        month.reload();
    });
    CalendarListModel list(db, ws);
    const double listMs = medianMs(runs, [&] {
        list.setRange(first, end);
        list.reload();
    });

    out << QStringLiteral("posts in the month: %1 (variants read by the baseline: %2), median of %3 runs\n")
               .arg(month.rowCount())
               .arg(baselineRows)
               .arg(runs);
    out << QStringLiteral("baseline, two plain queries: %1 ms\n").arg(baseline, 0, 'f', 2);
    out << QStringLiteral("month model (posts, variants, summaries): %1 ms = %2x the baseline\n")
               .arg(monthMs, 0, 'f', 2)
               .arg(monthMs / baseline, 0, 'f', 2);
    out << QStringLiteral("list model, first page of %1 rows: %2 ms = %3x the baseline\n")
               .arg(list.rowCount())
               .arg(listMs, 0, 'f', 2)
               .arg(listMs / baseline, 0, 'f', 2);
    return month.rowCount() == postCount ? 0 : 1;
}
