// `vigie publish-due` killed with SIGKILL at random moments, again and again, then run until it
// exits 0, against the fake Mastodon and Bluesky servers in this process: every variant ends
// published, once. Runs inside a private D-Bus session with an unlocked gnome-keyring
// (tests/support/run-with-keyring.sh): the command reads the accounts' secrets from there.
#include "fakes/bluesky/fakeblueskyserver.h"
#include "fakes/mastodon/fakemastodonserver.h"
#include "storage/database.h"
#include "storage/postrepository.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

namespace {
constexpr int kPosts = 300; // × 2 channels
constexpr int kKills = 15;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestPublishKill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LC_ALL", "C.UTF-8");
        env.insert("VIGIE_HTTP_TIMEOUT", "2");
        return env;
    }

    // The fake servers answer from this process's event loop: wait with a spy, never block.
    Run vigie(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(VIGIE_BINARY_DIR "/bin/vigie"), args + QStringList{"--db", m_db});
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(90000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    qint64 accountOn(const QString &server)
    {
        const Run run = vigie({"account", "list", "--json"});
        for (const auto &value : QJsonDocument::fromJson(run.out.toUtf8()).array())
            if (value.toObject().value("server").toString() == server)
                return value.toObject().value("id").toInteger();
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("store.sqlite");
    }

    void killedAtRandomThenRestartedPublishesEverythingOnce()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo() << "seed" << seed;
        QRandomGenerator random(seed);
        fakes::FakeMastodonServer mastodon;
        fakes::FakeBlueskyServer bluesky;
        QVERIFY(!mastodon.start().isEmpty());
        QVERIFY(!bluesky.start().isEmpty());
        mastodon.setRateLimit(1000000);
        mastodon.setRateLimitRemaining(1000000);
        bluesky.addAccount("aurora.test", "abcd-efgh-ijkl-mnop");
        Run add =
            vigie({"account", "add", "mastodon", "--instance", mastodon.url().toString(), "--token-stdin"},
                  mastodon.token().toUtf8() + "\n");
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        add = vigie({"account", "add", "bluesky", "--service", bluesky.url().toString(), "--handle",
                     "aurora.test", "--app-password-stdin"},
                    "abcd-efgh-ijkl-mnop\n");
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const qint64 m = accountOn(mastodon.url().toString());
        const qint64 b = accountOn(bluesky.url().toString());
        QVERIFY(m && b);

        {
            Database db;
            QVERIFY(db.openSqlite(m_db));
            const auto workspace = WorkspaceRepository(db).primaryWorkspace();
            QVERIFY(workspace);
            for (int i = 0; i < kPosts; ++i) {
                Post p;
                p.workspaceId = workspace->id;
                p.body = QStringLiteral("Kill test %1 of the series.").arg(i);
                p.state = PostState::Scheduled;
                p.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(-60);
                if (i % 10 == 0)
                    p.extras.threadParts = {QStringLiteral("Kill test %1 part two.").arg(i)};
                for (const qint64 account : {m, b}) {
                    PostVariant v = PostVariant::forAccount(account);
                    v.state = PostState::Scheduled;
                    p.variants.append(v);
                }
                QVERIFY(PostRepository(db).create(p, "camille"));
            }
        }

        // Killed at random moments: while starting, reading the keychain, publishing, recording.
        int killed = 0;
        for (int k = 0; k < kKills; ++k) {
            QProcess process;
            process.setProcessEnvironment(environment());
            QSignalSpy finished(&process, &QProcess::finished);
            process.start(QStringLiteral(VIGIE_BINARY_DIR "/bin/vigie"), {"publish-due", "--db", m_db});
            QVERIFY(process.waitForStarted());
            QTest::qWait(random.bounded(20, 350));
            if (process.state() == QProcess::Running) {
                process.kill(); // SIGKILL: no clean-up of any kind
                ++killed;
            } else {
                qInfo() << "finished before the kill:" << process.exitCode()
                        << process.readAllStandardError();
            }
            QVERIFY(finished.count() > 0 || finished.wait(10000));
        }
        qInfo() << "killed" << killed << "times";
        QVERIFY(killed >= kKills / 2); // most runs were stopped in the middle

        Run last;
        for (int r = 0; r < 10; ++r) {
            QElapsedTimer timer;
            timer.start();
            last = vigie({"publish-due", "--json"});
            qInfo() << "run" << r << "exit" << last.exitCode << timer.elapsed() << "ms" << last.err;
            if (last.exitCode == 0)
                break;
        }
        QVERIFY2(last.exitCode == 0, qPrintable(last.out + last.err));
        const QJsonDocument json = QJsonDocument::fromJson(last.out.toUtf8());
        QVERIFY(json.isArray());
        for (const auto &value : json.array()) {
            const QJsonObject o = value.toObject();
            QCOMPARE(o.value("state").toString(), "published");
            QVERIFY(o.value("variant").toInteger() > 0 && o.value("post").toInteger() > 0);
            QVERIFY(o.contains("remote_id") && o.contains("error") && o.contains("next_attempt_at"));
        }

        // Nothing left: a run publishes nothing and says so with exit code 0.
        const Run idle = vigie({"publish-due", "--json"});
        QCOMPARE(idle.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(idle.out.toUtf8()).array().size(), 0);

        QHash<QString, int> mastodonCount, blueskyCount;
        for (const auto &s : mastodon.statuses())
            ++mastodonCount[s.text.section(QLatin1Char('\n'), 0, 0)];
        for (const auto &r : bluesky.records())
            ++blueskyCount[r.value.value("text").toString().section(QLatin1Char('\n'), 0, 0)];
        for (int i = 0; i < kPosts; ++i) {
            const QString text = QStringLiteral("Kill test %1 of the series.").arg(i);
            QVERIFY2(mastodonCount.value(text) == 1, qPrintable(text));
            QVERIFY2(blueskyCount.value(text) == 1, qPrintable(text));
            if (i % 10 == 0) {
                const QString part = QStringLiteral("Kill test %1 part two.").arg(i);
                QVERIFY2(mastodonCount.value(part) == 1 && blueskyCount.value(part) == 1, qPrintable(part));
            }
        }
        const int expected = kPosts + kPosts / 10;
        QCOMPARE(mastodon.statuses().size(), expected);
        QCOMPARE(bluesky.records().size(), expected);

        Database db;
        QVERIFY(db.openSqlite(m_db));
        SqlQuery q(db, "SELECT COUNT(*) FROM post_variants WHERE state <> 'published'");
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // The kills did leave claims behind, and they were taken back.
        SqlQuery recovered(db, "SELECT COUNT(*) FROM audit_events WHERE action = 'variant.claim_recovered'");
        QVERIFY(recovered.exec() && recovered.next());
        qInfo() << "claims recovered" << recovered.value(0).toInt();
        QVERIFY(recovered.value(0).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestPublishKill)
#include "tst_publishkill.moc"
