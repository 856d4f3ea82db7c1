#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "storage/mentionrepository.h"
#include "storage/postrepository.h"
#include "storage/storestats.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace vigie;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    struct Seeded
    {
        Workspace ws;
        Brand brand;
        Product product;
        Account account;
    };
    static Seeded seed(Database &db)
    {
        Seeded s;
        WorkspaceRepository repo(db);
        s.ws.name = QStringLiteral("Test");
        [&] { QVERIFY(repo.addWorkspace(s.ws)); }();
        s.brand.workspaceId = s.ws.id;
        s.brand.name = QStringLiteral("Dolizen");
        // Raw SQL with v1 columns only: the same seed fills stores of every earlier version.
        [&] {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO brands (workspace_id, name) VALUES (%1, '%2')")
                               .arg(s.ws.id)
                               .arg(s.brand.name)));
            s.brand.id = q.lastInsertId().toLongLong();
        }();
        s.product.brandId = s.brand.id;
        s.product.name = QStringLiteral("Dolizen 500");
        s.product.aliases = {QStringLiteral("dolizen"), QStringLiteral("doli")};
        s.product.inn = QStringLiteral("paracétamol");
        [&] { QVERIFY(repo.addProduct(s.product)); }();
        s.account.workspaceId = s.ws.id;
        s.account.network = Network::Mastodon;
        s.account.handle = QStringLiteral("@dolizen@health.example");
        [&] {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO accounts (workspace_id, network, handle, created_at) "
                                          "VALUES (%1, 'mastodon', '%2', 0)")
                               .arg(s.ws.id)
                               .arg(s.account.handle)));
            s.account.id = q.lastInsertId().toLongLong();
        }();
        return s;
    }

private slots:
    void innerTransactionsJoinTheOuterOne()
    {
        test::TempStore store;
        QVERIFY(store.ok());
        auto count = [&] {
            QSqlQuery q(store.db().connection());
            q.exec(QStringLiteral("SELECT COUNT(*) FROM workspaces"));
            q.next();
            return q.value(0).toInt();
        };
        auto insert = [&](const QString &name) {
            Workspace ws;
            ws.name = name;
            return bool(WorkspaceRepository(store.db()).addWorkspace(ws));
        };
        {
            Transaction outer(store.db());
            QVERIFY(insert(QStringLiteral("A")));
            {
                Transaction inner(store.db());
                QVERIFY(inner.isActive());
                QVERIFY(insert(QStringLiteral("B")));
                QVERIFY(inner.commit()); // only "my part is done"
            }
            // Rolled back with the outer one.
        }
        QCOMPARE(count(), 0);
        {
            Transaction outer(store.db());
            QVERIFY(insert(QStringLiteral("A")));
            {
                Transaction inner(store.db());
                QVERIFY(insert(QStringLiteral("B")));
                // An inner step that gives up without committing...
            }
            // ...makes the whole change fail instead of half-writing.
            QVERIFY(!outer.commit());
        }
        QCOMPARE(count(), 0);
        {
            Transaction outer(store.db());
            QVERIFY(insert(QStringLiteral("A")));
            Transaction inner(store.db());
            QVERIFY(insert(QStringLiteral("B")));
            QVERIFY(inner.commit());
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(), 2);
    }

    void opensWithWalAndForeignKeys()
    {
        test::TempStore store;
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(store.db().schemaVersion(), Database::latestSchemaVersion());
    }

    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int v = 1; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, fromVersion);
        test::TempStore old(fromVersion);
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QCOMPARE(old.db().schemaVersion(), fromVersion);
        // Data written by the older schema: a post and mentions on two days.
        const Seeded s = seed(old.db());
        QSqlQuery q(old.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO posts (workspace_id, body, state, created_at, updated_at) "
                                      "VALUES (%1, 'Bonjour', 'draft', 0, 0)")
                           .arg(s.ws.id)));
        const qint64 day1 = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const qint64 lateDay1 =
            QDateTime(QDate(2026, 3, 1), QTime(23, 30), QTimeZone::utc()).toSecsSinceEpoch();
        for (auto [rid, at, sentiment] : {std::tuple{"a", day1, 1}, {"b", day1, -1}, {"c", lateDay1, 0}}) {
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO mentions (workspace_id, brand_id, product_id, network, "
                                      "remote_id, sentiment, created_at) VALUES (%1, %2, %3, 'bluesky', "
                                      "'%4', %5, %6)")
                           .arg(s.ws.id)
                           .arg(s.brand.id)
                           .arg(s.product.id)
                           .arg(QLatin1String(rid))
                           .arg(sentiment)
                           .arg(at)));
        }
        // A conversation stored before search existed (v1 columns only).
        QVERIFY(q.exec(QStringLiteral("INSERT INTO threads (account_id, root_remote_id, last_message_at) "
                                      "VALUES (%1, 'r1', %2)")
                           .arg(s.account.id)
                           .arg(day1)));
        const qint64 threadId = q.lastInsertId().toLongLong();
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO messages (thread_id, account_id, remote_id, body, created_at, "
                                  "received_at) VALUES (%1, %2, 'r1', 'Des VERTIGES depuis Dolizen', %3, %3)")
                       .arg(threadId)
                       .arg(s.account.id)
                       .arg(day1)));
        const QString path = old.path();
        old.db().close();

        Database upgraded;
        QVERIFY(upgraded.openSqlite(path));
        QCOMPARE(upgraded.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(PostRepository(upgraded).unscheduled(s.ws.id).size(), 1);
        // Version 7 indexes the messages already stored: they are found by search at once. (A row
        // written with raw SQL into a version-7 store bypasses the ingest that indexes it.)
        if (fromVersion < 7) {
            QList<SearchHit> hits;
            QVERIFY(InboxRepository(upgraded).search({{s.ws.id}, QStringLiteral("vertige")}, 0, 10, &hits));
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.first().message.body, QStringLiteral("Des VERTIGES depuis Dolizen"));
        }
        // Brands made before forbidden claims existed get the defaults (version 5).
        const auto brand = WorkspaceRepository(upgraded).brand(s.brand.id);
        QVERIFY(brand);
        if (fromVersion < 5)
            QCOMPARE(brand->forbiddenClaims, defaultForbiddenClaims());
        QVERIFY(brand->requiredReviews.isEmpty());
        if (fromVersion >= 2)
            return; // the raw mention rows above bypass the aggregates version 2 maintains
        // 23:30 UTC on 1 March is already 2 March in Paris: the backfill counts days in the workspace's zone.
        const auto days =
            MentionRepository(upgraded).dailyCounts(s.ws.id, QDate(2026, 2, 1), QDate(2026, 4, 1));
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0].day, QDate(2026, 3, 1));
        QCOMPARE(days[0].total, 2);
        QCOMPARE(days[0].positive, 1);
        QCOMPARE(days[0].negative, 1);
        QCOMPARE(days[1].day, QDate(2026, 3, 2));
        QCOMPARE(days[1].neutral, 1);
    }

    void refusesNewerSchemaAndLeavesItUntouched()
    {
        test::TempStore store;
        QVERIFY(store.ok());
        const int future = Database::latestSchemaVersion() + 1;
        QVERIFY(store.db().exec(
            QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'from the future', 0)").arg(future)));
        const QString path = store.path();
        store.db().close();

        Database db;
        const Status st = db.openSqlite(path);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(QStringLiteral("newer version of Vigie")), qPrintable(st.error()));
        QVERIFY(!db.isOpen());
        Database again;
        QVERIFY(!again.openSqlite(path).ok()); // still refused: nothing was rewritten
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Database db;
        const Status st = db.openSqlite(path);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(QStringLiteral("not a Vigie database")), qPrintable(st.error()));
    }

    void failedMigrationLeavesEarlierVersion()
    {
        test::TempStore store(1);
        QVERIFY(store.ok());
        // A table the next migration wants to create already exists: the step fails and rolls back.
        QVERIFY(store.db().exec(QStringLiteral("CREATE TABLE mention_daily (x INTEGER)")));
        const Status st = store.db().migrate();
        QVERIFY(!st.ok());
        QVERIFY(st.error().contains(QStringLiteral("version 2")));
        QCOMPARE(store.db().schemaVersion(), 1);
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'mention_product_daily'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void rescheduleIsRecordedAndRefusedOncePublishing()
    {
        test::TempStore store;
        const Seeded s = seed(store.db());
        FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc()));
        PostRepository posts(store.db(), clock);
        Post post;
        post.workspaceId = s.ws.id;
        post.body = QStringLiteral("Conseil santé de la semaine");
        post.scheduledAt = QDateTime(QDate(2026, 11, 3), QTime(8, 0), QTimeZone::utc());
        post.variants = {PostVariant::forAccount(s.account.id)};
        QVERIFY(posts.create(post, QStringLiteral("camille")));
        const QDateTime moved(QDate(2026, 11, 5), QTime(14, 30), QTimeZone::utc());
        QVERIFY(posts.reschedule(post.id, moved, QStringLiteral("camille")));
        QCOMPARE(posts.post(post.id)->scheduledAt, moved);
        const auto events = AuditLog(store.db()).eventsFor(QStringLiteral("post"), post.id);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().action, QStringLiteral("post.rescheduled"));
        QCOMPARE(events.last().actor, QStringLiteral("camille"));
        QVERIFY(events.last().detail.contains(QStringLiteral("2026-11-05T14:30:00Z")));

        post = *posts.post(post.id);
        post.state = PostState::Publishing;
        QVERIFY(posts.update(post, QStringLiteral("publisher")));
        const Status refused = posts.reschedule(post.id, moved.addDays(1), QStringLiteral("camille"));
        QVERIFY(!refused.ok());
        QCOMPARE(posts.post(post.id)->scheduledAt, moved);
    }

    void badBatchLeavesNothingBehind()
    {
        test::TempStore store;
        const Seeded s = seed(store.db());
        InboxRepository inbox(store.db());
        IncomingMessage good;
        good.message.accountId = s.account.id;
        good.message.remoteId = QStringLiteral("1");
        good.message.body = QStringLiteral("Bonjour");
        IncomingMessage bad = good;
        bad.message.remoteId.clear();
        QVERIFY(!inbox.ingest({good, bad}).ok());
        ConversationFilter all;
        all.workspaceId = s.ws.id;
        QCOMPARE(inbox.conversations(all, std::nullopt, 50).size(), 0);
        int inserted = 0;
        QVERIFY(inbox.ingest({good, good}, &inserted));
        QCOMPARE(inserted, 1);
        QVERIFY(inbox.ingest({good}, &inserted));
        QCOMPARE(inserted, 0); // a second sync of the same message adds nothing
    }

    // The audit log is chained: editing, deleting or moving an entry is found, at that entry.
    void auditChainDetectsTampering_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<int>("badEntry"); // 1-based position of the first entry reported
        QTest::newRow("nothing") << QString() << 0;
        QTest::newRow("detail edited") << "UPDATE audit_events SET detail = '{}' WHERE id = %2" << 2;
        QTest::newRow("actor edited") << "UPDATE audit_events SET actor = 'someone' WHERE id = %3" << 3;
        QTest::newRow("middle deleted") << "DELETE FROM audit_events WHERE id = %2" << 3;
        QTest::newRow("first deleted") << "DELETE FROM audit_events WHERE id = %1" << 2;
        // The chain alone cannot see a cut tail; the head row can (reported at the new last entry).
        QTest::newRow("newest deleted") << "DELETE FROM audit_events WHERE id = %4" << 3;
        QTest::newRow("two newest deleted") << "DELETE FROM audit_events WHERE id >= %3" << 2;
        QTest::newRow("head deleted") << "DELETE FROM audit_head" << 0;
        QTest::newRow("rehashed without the chain")
            << "UPDATE audit_events SET hash = 'x', detail = '{}' WHERE id = %1" << 1;
    }
    void auditChainDetectsTampering()
    {
        QFETCH(QString, tamper);
        QFETCH(int, badEntry);
        test::TempStore store;
        const Seeded s = seed(store.db());
        AuditLog audit(store.db());
        QList<Id> ids;
        for (int i = 0; i < 4; ++i) {
            QVERIFY(audit.append(s.ws.id, QStringLiteral("camille"), QStringLiteral("post.created"),
                                 QStringLiteral("post"), i + 1, {{QStringLiteral("n"), i}},
                                 QDateTime(QDate(2026, 11, 2 + i), QTime(9, 0), QTimeZone::utc())));
        }
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM audit_events ORDER BY id")));
        while (q.next())
            ids << q.value(0).toLongLong();
        QCOMPARE(ids.size(), 4);
        QVERIFY(audit.verify().intact);
        if (tamper.isEmpty()) {
            QCOMPARE(audit.verify().checked, 4);
            return;
        }
        for (int i = 0; i < ids.size(); ++i) // not arg(): it fills the lowest placeholder present
            tamper.replace(QStringLiteral("%%1").arg(i + 1), QString::number(ids[i]));
        QVERIFY(q.exec(tamper));
        const AuditLog::Verification result = audit.verify();
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBadId, badEntry ? ids[badEntry - 1] : Id(0));
        QVERIFY(!result.problem.isEmpty());
    }

    void upgradingSealsTheExistingAuditEntries()
    {
        test::TempStore old(3);
        QVERIFY(old.ok());
        const Seeded s = seed(old.db());
        QSqlQuery q(old.db().connection());
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO audit_events (workspace_id, at, actor, action, entity, "
                                      "entity_id) VALUES (%1, %2, 'camille', 'post.created', 'post', %3)")
                           .arg(s.ws.id)
                           .arg(1790000000 + i)
                           .arg(i)));
        const QString path = old.path();
        old.db().close();
        Database upgraded;
        QVERIFY(upgraded.openSqlite(path));
        const AuditLog::Verification result = AuditLog(upgraded).verify();
        QVERIFY2(result.intact, qPrintable(result.problem));
        QCOMPARE(result.checked, 3);
        // New entries continue the sealed chain.
        QVERIFY(AuditLog(upgraded).append(s.ws.id, QStringLiteral("lea"), QStringLiteral("post.approved"),
                                          QStringLiteral("post"), 1, {}, QDateTime::currentDateTimeUtc()));
        QCOMPARE(AuditLog(upgraded).verify().checked, 4);
        QVERIFY(AuditLog(upgraded).verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
