// The window's scheduler: publishes what is due in a worker thread, reports failures and
// unconfirmed posts by signal, and the tray notifier turns them into messages. The keychain is
// a memory store here (the real one is covered by tst_publishkill).
#include "fakes/mastodon/fakemastodonserver.h"
#ifdef VIGIE_HAS_FACEBOOK
#include "fakes/facebook/fakefacebookserver.h"
#endif
#include "publisherfixture.h"
#include "secrets/secretstore.h"
#include "storage/postrepository.h"
#include "ui/publishing/publishscheduler.h"
#include "ui/publishing/traynotifier.h"

#include <QApplication>
#include <QSignalSpy>
#include <QtTest>

using namespace vigie;
using namespace vigie::platforms;

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
} // namespace

class TestPublishScheduler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("VIGIE_HTTP_TIMEOUT", "0.3"); }

    void publishesDueInTheBackgroundAndReportsFailures()
    {
        test::PublisherFixture f;
        QVERIFY(f.ok());
        fakes::FakeMastodonServer mastodon;
        QVERIFY(!mastodon.start().isEmpty());
        Credentials c;
        c.accessToken = mastodon.token();
        const Account m =
            f.addAccount(Network::Mastodon, mastodon.url().toString(), "aurora", mastodon.ownAccount().id, c);
        MemorySecretStore secrets;
        QVERIFY(secrets.write(m.secretKey, c.toJson()));
        mastodon.injectFault(
            "POST", "/api/v1/statuses",
            {fakes::FaultKind::Status, 422, "{\"error\":\"Validation failed: Text too long\"}", {}});
        const Id refused = f.addScheduledPost("Refused by the server", {m.id});
        const Id fine = f.addScheduledPost("Goes out", {m.id});

        ui::AppContext context;
        context.db = &f.db();
        context.workspace = f.workspace;
        context.clock = &f.clock();
        context.actor = "camille";
        context.secrets = &secrets;
        ui::PublishScheduler scheduler(context);
        ui::TrayNotifier tray;
        tray.watch(&scheduler);
        QSignalSpy finished(&scheduler, &ui::PublishScheduler::publishingFinished);
        QSignalSpy failed(&scheduler, &ui::PublishScheduler::variantFailed);
        QSignalSpy notified(&tray, &ui::TrayNotifier::notified);
        scheduler.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toLongLong(), refused);
        QVERIFY(failed.at(0).at(1).toString().contains("Mastodon"));
        QCOMPARE(notified.count(), 1);
        QVERIFY(notified.at(0).at(0).toString().startsWith("Vigie could not publish on Mastodon"));
        QCOMPARE(PostRepository(f.db(), f.clock()).post(fine)->state, PostState::Published);
        QCOMPARE(mastodon.statuses().size(), 1);

        // Nothing due: a tick does nothing at all.
        scheduler.publishDue();
        QVERIFY(!scheduler.isPublishing());
        QVERIFY(!finished.wait(300));
    }

#ifdef VIGIE_HAS_FACEBOOK
    // Nothing is due, but a Facebook post two days ahead belongs on Facebook's own scheduler:
    // the window's tick must not stop at "nothing due" (it would never be handed over).
    void handsAFuturePostToFacebooksSchedulerThoughNothingIsDue()
    {
        test::PublisherFixture f;
        QVERIFY(f.ok());
        fakes::FakeFacebookServer facebook;
        QVERIFY(!facebook.start().isEmpty());
        facebook.setNow(f.clock().now());
        Credentials c;
        c.accessToken = facebook.token();
        const Account page = f.addAccount(Network::Facebook, facebook.graphUrl().toString(), "aurora-page",
                                          facebook.pageId(), c);
        MemorySecretStore secrets;
        QVERIFY(secrets.write(page.secretKey, c.toJson()));
        const QDateTime at = f.clock().now().addDays(2);
        f.addScheduledPost("Journée mondiale du cœur : parlons prévention", {page.id}, at);

        ui::AppContext context;
        context.db = &f.db();
        context.workspace = f.workspace;
        context.clock = &f.clock();
        context.actor = "camille";
        context.secrets = &secrets;
        ui::PublishScheduler scheduler(context);
        QSignalSpy finished(&scheduler, &ui::PublishScheduler::publishingFinished);
        scheduler.start();
        QVERIFY(finished.wait(20000));
        const QList<fakes::FakeFacebookPost> posts = facebook.posts();
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().scheduledAt, at); // waiting on Facebook, not published by Vigie
        QCOMPARE(f.variants().at(0).state, PostState::Scheduled);
    }
#endif

    void staysQuietInTheDemoWorkspace()
    {
        test::PublisherFixture f;
        QVERIFY(f.ok());
        f.addScheduledPost("Demo post",
                           {f.addAccount(Network::Mastodon, "http://127.0.0.1:9", "demo", "1", {}).id});
        ui::AppContext context;
        context.db = &f.db();
        context.workspace = f.workspace;
        context.clock = &f.clock();
        context.demo = true;
        ui::PublishScheduler scheduler(context);
        QSignalSpy finished(&scheduler, &ui::PublishScheduler::publishingFinished);
        scheduler.start();
        QVERIFY(!finished.wait(500));
        QCOMPARE(f.variants().at(0).state, PostState::Scheduled);
    }
};

QTEST_MAIN(TestPublishScheduler)
#include "tst_publishscheduler.moc"
