// The inbox syncs by itself on an interval, one round at a time, backing off an account that fails.
#include "inboxfixture.h"
#include "platforms/registry/platformregistry.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"
#include "ui/inbox/inboxautosync.h"
#include "ui/inbox/inboxdelivery.h"

#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace vigie;

class TestInboxAutoSync : public QObject
{
    Q_OBJECT

private:
    test::TempStore m_store;
    test::SeededInbox m_seed;
    FixedClock m_clock{QDateTime()};

    ui::AppContext context(bool demo = false)
    {
        ui::AppContext context;
        context.db = &m_store.db();
        context.workspace = m_seed.workspace;
        context.clock = &m_clock;
        context.actor = QStringLiteral("camille.martin");
        context.demo = demo;
        return context; // no keychain: every account job stops before the network, as a failure
    }

    // The accounts a sync can read: those of a network this build has an adapter for (Mastodon,
    // Bluesky, Facebook in the seed).
    QSet<Id> syncable() const
    {
        QSet<Id> ids;
        for (const Account &account : m_seed.accounts)
            if (platforms::hasAdapter(account.network))
                ids.insert(account.id);
        return ids;
    }

private slots:
    void initTestCase()
    {
        // Settings of this test only, never the person's.
        QCoreApplication::setOrganizationName(QStringLiteral("Vigie tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_inboxautosync"));
        QSettings().clear();
        QVERIFY2(m_store.ok(), qPrintable(m_store.error()));
        QVERIFY(test::seedInbox(m_store.db(), 6, &m_seed));
        m_clock.set(m_seed.newest.addSecs(3600));
    }

    void cleanupTestCase() { QSettings().clear(); }

    void theIntervalIsASettingAndZeroTurnsItOff()
    {
        ui::InboxDelivery delivery(context());
        {
            ui::InboxAutoSync sync(context(), &delivery);
            QCOMPARE(sync.minutes(), 5);
            QVERIFY(sync.isActive());
            sync.setMinutes(0);
            QVERIFY(!sync.isActive());
            QCOMPARE(QSettings().value(ui::InboxAutoSync::kSettingsKey).toInt(), 0);
        }
        {
            ui::InboxAutoSync sync(context(), &delivery);
            QVERIFY(!sync.isActive()); // read back from the settings
            sync.setMinutes(15);
            QVERIFY(sync.isActive());
            QCOMPARE(sync.backoff().settings().intervalSeconds, 15 * 60);
        }
        QSettings().setValue(ui::InboxAutoSync::kSettingsKey, QStringLiteral("often"));
        QCOMPARE(ui::InboxAutoSync::savedMinutes(), 5); // unreadable: the default
        QSettings().remove(ui::InboxAutoSync::kSettingsKey);
    }

    void theDemoWorkspaceIsNeverSynced()
    {
        ui::InboxDelivery delivery(context(true));
        ui::InboxAutoSync sync(context(true), &delivery);
        QVERIFY(!sync.isActive());
        QSignalSpy rounds(&sync, &ui::InboxAutoSync::roundStarted);
        sync.syncDueAccounts();
        QCOMPARE(rounds.count(), 0);
    }

    void failingAccountsBackOffAndOneRoundRunsAtATime()
    {
        ui::InboxDelivery delivery(context());
        ui::InboxAutoSync sync(context(), &delivery);
        sync.setCheckInterval(10);
        QSignalSpy rounds(&sync, &ui::InboxAutoSync::roundStarted);
        QSignalSpy finished(&delivery, &ui::InboxDelivery::syncFinished);
        // While a round runs, neither a tick nor "Sync now" starts another.
        bool wasSyncing = false;
        int secondRound = -1;
        connect(&sync, &ui::InboxAutoSync::roundStarted, this, [&] {
            if (secondRound >= 0)
                return;
            wasSyncing = delivery.isSyncing();
            secondRound = delivery.syncAll();
        });
        QTRY_COMPARE(rounds.count(), 1);
        QCOMPARE(rounds.first().at(0).toInt(), int(syncable().size()));
        QVERIFY(wasSyncing);
        QCOMPARE(secondRound, 0);
        QTRY_COMPARE(finished.count(), 1);
        const auto results = finished.first().at(0).value<QList<ui::AccountSyncResult>>();
        QCOMPARE(results.size(), syncable().size());
        QVERIFY(finished.first().at(1).toBool()); // automatic
        for (const auto &result : results) {
            QVERIFY(!result.ok);
            QCOMPARE(result.message, QStringLiteral("No system keychain is available."));
        }
        for (Id id : syncable()) {
            QCOMPARE(sync.backoff().failures(id), 1);
            const qint64 wait = m_clock.now().secsTo(sync.backoff().nextSyncAt(id));
            QVERIFY2(wait >= 240 && wait <= 300, qPrintable(QString::number(wait)));
        }
        // Time stands still: ticks come and go, nothing is due.
        QTest::qWait(150);
        QCOMPARE(rounds.count(), 1);

        // Five minutes later both are due again, and fail again: the wait doubles.
        m_clock.advanceSecs(301);
        QTRY_COMPARE(rounds.count(), 2);
        QTRY_COMPARE(finished.count(), 2);
        for (Id id : syncable()) {
            QCOMPARE(sync.backoff().failures(id), 2);
            const qint64 wait = m_clock.now().secsTo(sync.backoff().nextSyncAt(id));
            QVERIFY2(wait >= 480 && wait <= 600, qPrintable(QString::number(wait)));
        }
        m_clock.advanceSecs(301);
        QTest::qWait(150);
        QCOMPARE(rounds.count(), 2); // still waiting
        sync.setMinutes(0);
        QVERIFY(!sync.isActive());
    }

    void aRateLimitedAccountWaitsForTheNetwork()
    {
        const Account limited = m_seed.accounts.at(0);
        const QDateTime until = m_clock.now().addSecs(2 * 3600);
        QVERIFY(WorkspaceRepository(m_store.db())
                    .updateAccountStatus(limited.id, AccountStatus::RateLimited, until));
        ui::InboxDelivery delivery(context());
        ui::InboxAutoSync sync(context(), &delivery);
        sync.setMinutes(5);
        QSignalSpy rounds(&sync, &ui::InboxAutoSync::roundStarted);
        sync.syncDueAccounts();
        QCOMPARE(rounds.count(), 1);
        QCOMPARE(rounds.first().at(0).toInt(), int(syncable().size()) - 1); // all but the limited one
        QCOMPARE(sync.backoff().nextSyncAt(limited.id), until);
        sync.setMinutes(0);
        QSettings().remove(ui::InboxAutoSync::kSettingsKey);
    }
};

QTEST_MAIN(TestInboxAutoSync)
#include "tst_inboxautosync.moc"
