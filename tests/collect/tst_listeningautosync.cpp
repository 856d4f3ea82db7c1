// The window's background collection: runs in a worker thread while the window (here: the test's
// event loop, which also serves the fake networks) keeps going, on the workspace's interval,
// never two runs at once, and stores back what the accounts' jobs say.
#include "collectfixture.h"
#include "listening/listeningsettings.h"
#include "secrets/secretstore.h"
#include "storage/workspacerepository.h"
#include "ui/listening/listeningautosync.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace vigie;
using test::CollectFixture;

namespace {
class MemorySecretStore final : public SecretStore
{
public:
    Status write(const QString &key, const QByteArray &secret) override
    {
        m_secrets.insert(key, secret);
        return Status::success();
    }
    Status read(const QString &key, QByteArray *secret) override
    {
        if (!m_secrets.contains(key))
            return Status::failure("no such secret");
        *secret = m_secrets.value(key);
        return Status::success();
    }
    Status remove(const QString &key) override
    {
        m_secrets.remove(key);
        return Status::success();
    }

private:
    QHash<QString, QByteArray> m_secrets;
};

ui::AppContext contextFor(CollectFixture &f, SecretStore *secrets)
{
    ui::AppContext context;
    context.db = &f.db();
    context.workspace = f.workspace;
    context.actor = "camille";
    context.secrets = secrets;
    return context;
}
} // namespace

class TestListeningAutoSync : public QObject
{
    Q_OBJECT

private slots:
    void collectsInTheBackgroundWithoutBlocking()
    {
        CollectFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.addMastodonAccount());
        MemorySecretStore secrets;
        QVERIFY(secrets.write(f.mastodonAccount.secretKey, f.credentialsOf(f.mastodonAccount.id).toJson()));
        f.mastodon.addStatus("marie", "Mon #doliprane du matin");
        f.mastodon.addStatus("paul", "Le doli, toujours");
        f.addHangingFeed("/slow.xml");

        ui::ListeningAutoSync sync(contextFor(f, &secrets));
        auto options = CollectFixture::quickOptions();
        options.feedTimeout = std::chrono::milliseconds(800);
        sync.setOptions(options);
        QSignalSpy started(&sync, &ui::ListeningAutoSync::collectionStarted);
        QSignalSpy finished(&sync, &ui::ListeningAutoSync::collectionFinished);
        QSignalSpy collected(&sync, &ui::ListeningAutoSync::mentionsCollected);

        QElapsedTimer timer;
        timer.start();
        sync.collectNow();
        QVERIFY2(timer.elapsed() < 300, "collectNow returns at once: the window never waits");
        QVERIFY(sync.isCollecting());
        sync.collectNow(); // a run is going on: not a second one
        QCOMPARE(started.count(), 1);

        QVERIFY(finished.wait(20000));
        QVERIFY(!sync.isCollecting());
        QCOMPARE(collected.count(), 1);
        QCOMPARE(collected.at(0).at(0).toInt(), 2);
        const auto report = finished.at(0).at(0).value<collect::CollectReport>();
        QCOMPARE(report.newMentions(), 2);
        QCOMPARE(report.failures(), 1); // the hanging feed, reported
        QCOMPARE(f.mentions().size(), 2);

        // Nothing new: finished, but no "mentions collected".
        sync.collectNow();
        QVERIFY(finished.wait(20000));
        QCOMPARE(collected.count(), 1);
    }

    void followsTheWorkspaceInterval()
    {
        CollectFixture f;
        QVERIFY(f.ok());
        ListeningSettings settings = loadListeningSettings(f.db(), f.workspace.id);
        settings.collectMinutes = 0;
        QVERIFY(saveListeningSettings(f.db(), f.workspace.id, settings));
        ui::ListeningAutoSync sync(contextFor(f, nullptr));
        sync.start();
        QVERIFY(!sync.isActive()); // 0 = only on demand
        settings.collectMinutes = 30;
        QVERIFY(saveListeningSettings(f.db(), f.workspace.id, settings));
        sync.reloadSettings();
        QVERIFY(sync.isActive());
        QCOMPARE(sync.minutes(), 30);

        ui::AppContext demo = contextFor(f, nullptr);
        demo.demo = true;
        ui::ListeningAutoSync demoSync(demo);
        demoSync.start();
        QVERIFY(!demoSync.isActive());
        QSignalSpy started(&demoSync, &ui::ListeningAutoSync::collectionStarted);
        demoSync.collectNow();
        QCOMPARE(started.count(), 0);
    }

    void theTimerNeverStartsASecondRunWhileOneIsGoing()
    {
        CollectFixture f;
        QVERIFY(f.ok());
        f.addHangingFeed("/slow.xml");
        ui::ListeningAutoSync sync(contextFor(f, nullptr));
        auto options = CollectFixture::quickOptions();
        options.feedTimeout = std::chrono::milliseconds(400);
        sync.setOptions(options);
        bool running = false;
        int overlaps = 0, runs = 0;
        connect(&sync, &ui::ListeningAutoSync::collectionStarted, this, [&] {
            overlaps += running ? 1 : 0;
            running = true;
            ++runs;
        });
        connect(&sync, &ui::ListeningAutoSync::collectionFinished, this, [&] { running = false; });
        sync.setIntervalForTesting(20);
        QVERIFY(sync.isActive());
        QTest::qWait(1500);
        sync.setIntervalForTesting(0);
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isCollecting(), 10000);
        QCOMPARE(overlaps, 0);
        QVERIFY2(runs >= 2 && runs <= 5, qPrintable(QString::number(runs))); // each run waits ~0.4 s
    }

    void aRefusedSignInMarksTheAccount()
    {
        CollectFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.addMastodonAccount());
        MemorySecretStore secrets;
        QVERIFY(secrets.write(f.mastodonAccount.secretKey, f.credentialsOf(f.mastodonAccount.id).toJson()));
        f.mastodon.setToken("rotated-elsewhere");
        ui::ListeningAutoSync sync(contextFor(f, &secrets));
        sync.setOptions(CollectFixture::quickOptions());
        QSignalSpy finished(&sync, &ui::ListeningAutoSync::collectionFinished);
        sync.collectNow();
        QVERIFY(finished.wait(20000));
        QCOMPARE(WorkspaceRepository(f.db()).account(f.mastodonAccount.id)->status,
                 AccountStatus::NeedsReconnect);

        // The next run does not knock again.
        f.mastodon.clearRequests();
        sync.collectNow();
        QVERIFY(finished.wait(20000));
        QCOMPARE(f.mastodon.requestCount("GET", ".*"), 0);
    }
};

QTEST_MAIN(TestListeningAutoSync)
#include "tst_listeningautosync.moc"
