// Fault injection: 1,000 scheduled variants across the fake Mastodon and Bluesky servers, with
// a random mix of rate limits (Retry-After), 500/503, malformed answers, connections that hang
// before the server acts and after it acted. The publisher runs (time moved past each retry)
// until nothing is due; every variant must end published exactly once on its server, or
// unconfirmed and online at most once. None lost, none doubled.
#include "delivery/scheduledpublisher.h"
#include "fakes/bluesky/fakeblueskyserver.h"
#include "fakes/mastodon/fakemastodonserver.h"
#include "publisherfixture.h"
#include "storage/database.h"
#include "storage/publishledger.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using namespace vigie;
using namespace vigie::platforms;

namespace {
constexpr int kPosts = 500; // × 2 channels = 1,000 variants
constexpr int kThreadEvery = 25;

QString mainText(int i)
{
    return QStringLiteral("Tip %1 of the week: drink water.").arg(i);
}
QString partText(int i)
{
    return QStringLiteral("Tip %1 part two.").arg(i);
}
QString commentText(int i)
{
    return QStringLiteral("Tip %1 sources.").arg(i);
}

fakes::Fault randomFault(QRandomGenerator &random, QHash<QString, int> &tally)
{
    fakes::Fault fault;
    const int pick = random.bounded(100);
    if (pick < 15) {
        fault.status = 429;
        fault.body = "{\"error\":\"Too many requests\"}";
        fault.headers = {{"Retry-After", QByteArray::number(random.bounded(1, 600))}};
        ++tally["429"];
    } else if (pick < 50) {
        fault.status = 500;
        ++tally["500"];
    } else if (pick < 65) {
        fault.status = 503;
        fault.body = "<html>Service unavailable</html>";
        ++tally["503"];
    } else if (pick < 75) {
        fault.kind = fakes::FaultKind::Malformed;
        ++tally["malformed"];
    } else if (pick < 82) {
        fault.kind = fakes::FaultKind::HangBefore;
        ++tally["hang before"];
    } else if (pick < 87) {
        fault.kind = fakes::FaultKind::ResetBefore;
        ++tally["connection reset"];
    } else if (pick < 92) {
        fault.kind = fakes::FaultKind::ResetAfterAct;
        ++tally["connection reset after acting"];
    } else {
        fault.kind = fakes::FaultKind::HangAfterAct;
        ++tally["hang after acting"];
    }
    return fault;
}
} // namespace

class TestPublishFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("VIGIE_HTTP_TIMEOUT", "0.3"); }

    void everyVariantEndsPublishedOnceOrUnconfirmed()
    {
        QElapsedTimer elapsed;
        elapsed.start();
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo() << "seed" << seed;
        QRandomGenerator random(seed);

        test::PublisherFixture f;
        QVERIFY(f.ok());
        fakes::FakeMastodonServer mastodon;
        fakes::FakeBlueskyServer bluesky;
        QVERIFY(!mastodon.start().isEmpty());
        QVERIFY(!bluesky.start().isEmpty());
        mastodon.setRateLimit(1000000);
        mastodon.setRateLimitRemaining(1000000);
        bluesky.setRateLimit(1000000, 300);
        bluesky.setClock(&f.clock());
        const QString did = bluesky.addAccount("aurora.test", "abcd-efgh-ijkl-mnop");
        Credentials mc;
        mc.accessToken = mastodon.token();
        const Account m = f.addAccount(Network::Mastodon, mastodon.url().toString(), "aurora",
                                       mastodon.ownAccount().id, mc);
        Credentials bc;
        bc.appPassword = "abcd-efgh-ijkl-mnop";
        const Account b = f.addAccount(Network::Bluesky, bluesky.url().toString(), "aurora.test", did, bc);

        for (int i = 0; i < kPosts; ++i) {
            PostExtras extras;
            if (i % kThreadEvery == 0) {
                extras.threadParts = {partText(i)};
                extras.firstComment = commentText(i);
            }
            QVERIFY(f.addScheduledPost(mainText(i), {m.id, b.id}, f.clock().now().addSecs(i), extras));
        }
        f.clock().advanceSecs(kPosts);

        QHash<QString, int> tally;
        // Faults go to the first requests of a run, i.e. to the same early variants again and
        // again: let them retry past the usual 6 attempts, this test is about exactly once.
        RetryPolicy::Settings patient;
        patient.maxAttempts = 1000;
        ScheduledPublisher publisher(f.db(), f.access(), f.clock(), RetryPolicy(patient));
        int rounds = 0;
        for (; rounds < 40; ++rounds) {
            if (rounds < 3) {
                for (int k = 0; k < 25; ++k) {
                    mastodon.injectFault("POST", "/api/v1/statuses", randomFault(random, tally));
                    bluesky.injectFault("POST", "/xrpc/com.atproto.repo.createRecord",
                                        randomFault(random, tally));
                }
                fakes::Fault down;
                down.status = 502;
                bluesky.injectFault("POST", "/xrpc/com.atproto.server.createSession", down);
                ++tally["502 on sign-in"];
            }
            QElapsedTimer round;
            round.start();
            const PublishSummary summary = publisher.run();
            qInfo() << "round" << rounds << summary.variants.size() << "variants" << round.elapsed() << "ms";
            QVERIFY2(summary.storeError.isEmpty(), qPrintable(summary.storeError));
            QDateTime next;
            for (const PublishReport &r : summary.variants)
                if (r.state == PostState::Scheduled && (!next.isValid() || r.nextAttemptAt > next))
                    next = r.nextAttemptAt;
            if (!next.isValid() && PublishLedger(f.db(), f.clock()).dueVariants(f.clock().now(), 1).isEmpty())
                break;
            f.clock().set(next.isValid() ? next.addSecs(1) : f.clock().now().addSecs(1));
        }
        qInfo() << "faults" << tally << "rounds" << rounds + 1 << "ms" << elapsed.elapsed();
        QVERIFY(rounds < 40);

        // Every variant is published or unconfirmed: none left behind.
        QHash<QString, int> states;
        QHash<QPair<Id, Id>, PostVariant> variants; // (post index by text, account) → variant
        SqlQuery q(
            f.db(),
            "SELECT v.state, v.remote_id, v.account_id, p.body, v.error, v.attempts FROM post_variants v "
            "JOIN posts p ON p.id = v.post_id");
        QVERIFY(q.exec());
        int total = 0;
        QHash<QString, int> mastodonCount, blueskyCount;
        for (const auto &s : mastodon.statuses())
            ++mastodonCount[s.text.section(QLatin1Char('\n'), 0, 0)];
        for (const auto &r : bluesky.records())
            ++blueskyCount[r.value.value("text").toString().section(QLatin1Char('\n'), 0, 0)];
        while (q.next()) {
            ++total;
            const QString state = q.value(0).toString();
            ++states[state];
            const bool onMastodon = q.value(2).toLongLong() == m.id;
            const QString body = q.value(3).toString();
            const int online = (onMastodon ? mastodonCount : blueskyCount).value(body);
            QVERIFY2(state == "published" || state == "unconfirmed",
                     qPrintable(body + ": " + state + " after " + q.value(5).toString() +
                                " attempts: " + q.value(4).toString()));
            if (state == "published") {
                QVERIFY2(online == 1, qPrintable(QStringLiteral("%1 on %2: %3 copies")
                                                     .arg(body, onMastodon ? "Mastodon" : "Bluesky")
                                                     .arg(online)));
                QVERIFY(!q.value(1).toString().isEmpty());
            } else {
                QVERIFY2(online <= 1, qPrintable(body));
            }
        }
        qInfo() << "states" << states;
        QCOMPARE(total, 2 * kPosts);
        // Thread parts and first comments: never more than once either.
        for (int i = 0; i < kPosts; i += kThreadEvery) {
            QVERIFY(mastodonCount.value(partText(i)) <= 1 && mastodonCount.value(commentText(i)) <= 1);
            QVERIFY(blueskyCount.value(partText(i)) <= 1 && blueskyCount.value(commentText(i)) <= 1);
        }
        // Nothing on the servers that Vigie does not account for.
        int expectedMax = 0;
        for (int i = 0; i < kPosts; ++i)
            expectedMax += i % kThreadEvery == 0 ? 3 : 1;
        QVERIFY(mastodon.statuses().size() <= expectedMax);
        QVERIFY(bluesky.records().size() <= expectedMax);
        QVERIFY(states.value("published") > kPosts); // most went out despite the faults
    }
};

QTEST_GUILESS_MAIN(TestPublishFaults)
#include "tst_publishfaults.moc"
