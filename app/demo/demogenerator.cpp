#include "demo/demogenerator.h"

#include "demo/democases.h"
#include "demo/democatalog.h"
#include "demo/demoinbox.h"
#include "demo/demoinboxtools.h"
#include "demo/demolistening.h"
#include "demo/demomentions.h"
#include "demo/demoposts.h"
#include "demo/demoreviews.h"
#include "demo/demoworld.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <algorithm>

namespace vigie {

namespace {

const QString kGeneratedAction = QStringLiteral("demo.generated");

// Each part of the demo draws from its own stream, so adding messages does not reshuffle mentions.
quint32 streamSeed(quint32 seed, quint32 stream)
{
    return seed * 2654435761u + stream * 40503u + 1u; // odd multiplier: distinct seeds stay distinct
}

// Maps a step's own 0..100 onto its slice of the overall progress, never going backwards.
class Progress
{
public:
    explicit Progress(const std::function<void(int)> &report)
        : m_report(report)
    {}
    void at(int percent)
    {
        if (!m_report || percent <= m_last)
            return;
        m_last = percent;
        m_report(percent);
    }
    std::function<void(int)> slice(int from, int to)
    {
        return [this, from, to](int step) { at(from + (to - from) * std::clamp(step, 0, 100) / 100); };
    }

private:
    const std::function<void(int)> &m_report;
    int m_last = -1;
};

Status generateInto(Database &db, const DemoOptions &options, demo::DemoWorld &world, Progress &progress)
{
    // The laboratory has been on the networks for a while before the year of listening starts.
    FixedClock clock(world.now.addDays(-420));
    if (auto st = demo::createCatalog(db, clock, world); !st)
        return st;
    progress.at(2);

    demo::DemoRandom postRandom(streamSeed(options.seed, 1));
    if (auto st = demo::createPosts(db, clock, world, postRandom, options.actor); !st)
        return st;
    demo::DemoRandom reviewRandom(streamSeed(options.seed, 4));
    if (auto st = demo::createReviews(db, clock, world, reviewRandom); !st)
        return st;
    progress.at(8);

    demo::DemoRandom inboxRandom(streamSeed(options.seed, 2));
    if (auto st = demo::createInbox(db, clock, world, inboxRandom, std::max(options.inboxMessages, 0),
                                    options.actor, progress.slice(8, 40));
        !st)
        return st;

    demo::DemoRandom toolsRandom(streamSeed(options.seed, 5));
    if (auto st = demo::createInboxTools(db, clock, world, toolsRandom, options.actor); !st)
        return st;
    demo::DemoRandom mentionRandom(streamSeed(options.seed, 3));
    if (auto st = demo::createMentions(db, world, mentionRandom, std::max(options.mentions, 0),
                                       progress.slice(40, 99));
        !st)
        return st;
    if (auto st = demo::createListeningSetup(db, world); !st)
        return st;
    // After the mentions: listening opens cases too, and the reviewers decide those as well.
    demo::DemoRandom caseRandom(streamSeed(options.seed, 6));
    if (auto st = demo::createCaseDecisions(db, clock, world, caseRandom); !st)
        return st;

    // Written last: a demo store without this record was interrupted and is generated again.
    return AuditLog(db).append(world.workspace.id, options.actor, kGeneratedAction,
                               QStringLiteral("workspace"), world.workspace.id,
                               {{QStringLiteral("seed"), qint64(options.seed)},
                                {QStringLiteral("today"), world.today.toString(Qt::ISODate)}},
                               world.now);
}

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

Status generateDemoWorkspace(Database &db, const DemoOptions &options,
                             const std::function<void(int)> &progress)
{
    if (!db.isOpen())
        return Status::failure(
            QCoreApplication::translate("vigie::demo", "The demo needs an open database."));
    if (WorkspaceRepository(db).primaryWorkspace())
        return Status::failure(QCoreApplication::translate(
            "vigie::demo",
            "This database already holds a workspace; the demo is written into an empty one."));
    Progress report(progress);
    report.at(0);

    demo::DemoWorld world;
    world.today = options.today.isValid() ? options.today : QDate::currentDate();
    world.zone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
    if (!world.zone.isValid()) // a system without time zone data still gets a whole demo
        world.zone = QTimeZone::utc();
    world.now = world.at(world.today, 12, 0);

    if (auto st = generateInto(db, options, world, report); !st) {
        // Every table hangs off the workspace: removing it removes whatever the failed run wrote.
        if (world.workspace.id > 0) {
            SqlQuery cleanup(db, QStringLiteral("DELETE FROM workspaces WHERE id = ?"));
            cleanup.exec(world.workspace.id);
        }
        return st;
    }
    report.at(100);
    return Status::success();
}

bool isCompleteDemo(Database &db)
{
    const auto workspace = WorkspaceRepository(db).primaryWorkspace();
    if (!workspace || !workspace->isDemo)
        return false;
    const auto events = AuditLog(db).eventsFor(QStringLiteral("workspace"), workspace->id);
    return std::any_of(events.cbegin(), events.cend(),
                       [](const auto &e) { return e.action == kGeneratedAction; });
}

Status writeDemoDatabase(const QString &path, const DemoOptions &options,
                         const std::function<void(int)> &progress)
{
    if (QFileInfo::exists(path))
        return Status::failure(QCoreApplication::translate(
                                   "vigie::demo", "%1 already exists; the demo is written to a new file.")
                                   .arg(path));
    const QString partial = path + QStringLiteral(".partial");
    removeStoreFiles(partial); // left over from an interrupted run
    {
        Database scratch;
        if (auto st = scratch.openSqlite(partial); !st)
            return st;
        if (auto st = generateDemoWorkspace(scratch, options, progress); !st) {
            scratch.close();
            removeStoreFiles(partial);
            return st;
        }
        // Fold the write-ahead log into the file so the single file moved below is the whole store.
        scratch.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        scratch.close();
    }
    removeStoreFiles(path); // a stale -wal or -shm must not be applied to the new store
    if (!QFile::rename(partial, path)) {
        removeStoreFiles(partial);
        return Status::failure(
            QCoreApplication::translate("vigie::demo", "Cannot move the generated demo to %1.").arg(path));
    }
    removeStoreFiles(partial);
    return Status::success();
}

Status openDemoDatabase(Database &db, const QString &path, const DemoOptions &options,
                        const std::function<void(int)> &progress)
{
    if (QFileInfo::exists(path)) {
        if (auto st = db.openSqlite(path); !st)
            return st;
        if (isCompleteDemo(db))
            return Status::success();
        const auto workspace = WorkspaceRepository(db).primaryWorkspace();
        if (workspace && !workspace->isDemo) {
            db.close();
            return Status::failure(
                QCoreApplication::translate(
                    "vigie::demo",
                    "%1 holds a workspace that is not a demo; it was left unchanged. Choose another file for "
                    "the demo.")
                    .arg(path));
        }
        // Empty, or a demo whose generation was interrupted: start again from nothing.
        db.close();
        removeStoreFiles(path);
    }

    if (auto st = writeDemoDatabase(path, options, progress); !st)
        return st;
    return db.openSqlite(path);
}

} // namespace vigie
