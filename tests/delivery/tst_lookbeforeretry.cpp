// Networks without an idempotency key (X, Facebook, Instagram, LinkedIn): before any retry the
// publisher looks among the account's posts, so an answer lost in transit never makes a second
// post, and a lost answer is retried instead of left unconfirmed. Also: manual channels are
// never taken by the scheduled publisher, and a person marks them published.
#include "delivery/publishrecovery.h"
#include "delivery/publishvariant.h"
#include "delivery/scheduledpublisher.h"
#include "fakepublishadapter.h"
#include "publisher/publisherfixture.h"
#include "storage/database.h"
#include "storage/postrepository.h"
#include "storage/publishledger.h"
#include "storage/sqlquery.h"

#include <QtTest>

using namespace vigie;
using namespace vigie::platforms;

class TestLookBeforeRetry : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PublisherFixture> f;
    std::unique_ptr<test::FakeNetwork> net;
    Account x;

    PublishSummary publish()
    {
        ScheduledPublisher publisher(f->db(), test::fakeAccess(*net), f->clock());
        return publisher.run();
    }
    PostVariant variantOf(Id postId)
    {
        const auto post = PostRepository(f->db(), f->clock()).post(postId);
        return post && !post->variants.isEmpty() ? post->variants.at(0) : PostVariant();
    }
    // Runs again once the retry's time has come.
    PublishSummary publishAtRetry(Id postId)
    {
        const PostVariant v = variantOf(postId);
        if (v.nextAttemptAt.isValid())
            f->clock().set(v.nextAttemptAt);
        return publish();
    }

private slots:
    void init()
    {
        f = std::make_unique<test::PublisherFixture>();
        QVERIFY(f->ok());
        net = std::make_unique<test::FakeNetwork>(f->clock(), Network::X);
        Credentials c;
        c.accessToken = "token";
        x = f->addAccount(Network::X, "https://api.x.test", "aurora_x", "42", c);
        QVERIFY(x.id);
    }

    void aFirstAttemptDoesNotLook()
    {
        const Id post = f->addScheduledPost("Semaine du cœur", {x.id});
        QCOMPARE(publish().count(PostState::Published), 1);
        QCOMPARE(net->findCalls, 0);
        QCOMPARE(net->onlineCount(), 1);
        QCOMPARE(variantOf(post).remoteUrl, test::FakeAdapter::urlOf(net->online.at(0).id));
    }

    void aLostAnswerIsRetriedAndLooksFirst_data()
    {
        QTest::addColumn<bool>("created");
        QTest::addColumn<int>("publishCalls");
        QTest::newRow("the post was created: found, not sent again") << true << 1;
        QTest::newRow("the post was not created: sent") << false << 2;
    }
    void aLostAnswerIsRetriedAndLooksFirst()
    {
        QFETCH(bool, created);
        QFETCH(int, publishCalls);
        net->publishFaults.insert(1, created ? test::FakeNetwork::Fault::CreateThenLoseAnswer
                                             : test::FakeNetwork::Fault::LoseBeforeCreate);
        const Id post = f->addScheduledPost("Lost answer", {x.id});
        const QDateTime firstClaim = f->clock().now();
        PublishSummary first = publish();
        QCOMPARE(first.count(PostState::Scheduled), 1); // no longer a dead end
        QVERIFY(!first.needsAttention());
        QVERIFY(variantOf(post).nextAttemptAt > f->clock().now());

        const PublishSummary second = publishAtRetry(post);
        QCOMPARE(second.count(PostState::Published), 1);
        QCOMPARE(net->findCalls, 1);
        QCOMPARE(net->findSince.at(0), firstClaim.addSecs(-VariantPublication::kLookMarginSeconds));
        QCOMPARE(net->publishCalls, publishCalls);
        QCOMPARE(net->onlineCount(), 1); // exactly one post on the network
        QCOMPARE(variantOf(post).state, PostState::Published);
        QCOMPARE(variantOf(post).remoteId, net->online.at(0).id);
        QCOMPARE(PostRepository(f->db(), f->clock()).post(post)->state, PostState::Published);
    }

    void aFailedLookIsRetriedLater_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("5xx") << 503 << int(OutcomeKind::Transient);
        QTest::newRow("429") << 429 << int(OutcomeKind::RateLimited);
    }
    void aFailedLookIsRetriedLater()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        net->publishFaults.insert(1, test::FakeNetwork::Fault::Transient);
        Outcome lookFailed = Outcome::failure(OutcomeKind(kind), "Service Unavailable", status);
        if (lookFailed.kind == OutcomeKind::RateLimited)
            lookFailed.retryAt = f->clock().now().addSecs(900);
        net->findFailures << lookFailed;
        const Id post = f->addScheduledPost("Look fails", {x.id});
        QCOMPARE(publish().count(PostState::Scheduled), 1);
        // The retry looks, the look fails: nothing is sent, it waits again.
        const PublishSummary second = publishAtRetry(post);
        QCOMPARE(second.count(PostState::Scheduled), 1);
        QCOMPARE(net->publishCalls, 1);
        QCOMPARE(net->findCalls, 1);
        QCOMPARE(variantOf(post).state, PostState::Scheduled);
        if (lookFailed.kind == OutcomeKind::RateLimited)
            QVERIFY(variantOf(post).nextAttemptAt >= lookFailed.retryAt);
        // Next time the look works, finds nothing, and the post goes out once.
        QCOMPARE(publishAtRetry(post).count(PostState::Published), 1);
        QCOMPARE(net->publishCalls, 2);
        QCOMPARE(net->onlineCount(), 1);
    }

    void aPublisherThatCannotLookLeavesItUnconfirmed()
    {
        net->finds = false;
        net->publishFaults.insert(1, test::FakeNetwork::Fault::CreateThenLoseAnswer);
        const Id post = f->addScheduledPost("Cannot look", {x.id});
        QCOMPARE(publish().count(PostState::Unconfirmed), 1);
        f->clock().advanceSecs(7200);
        QCOMPARE(publish().variants.size(), 0);
        QCOMPARE(net->publishCalls, 1);
        QCOMPARE(net->findCalls, 0);
        QCOMPARE(variantOf(post).state, PostState::Unconfirmed);
    }

    void lostAnswersUntilTheLastAttemptEndUnconfirmed()
    {
        for (int call = 1; call <= 10; ++call)
            net->publishFaults.insert(call, test::FakeNetwork::Fault::LoseBeforeCreate);
        const Id post = f->addScheduledPost("Never answered", {x.id});
        PublishSummary summary;
        for (int run = 0; run < 10 && variantOf(post).state == PostState::Scheduled; ++run)
            summary = publishAtRetry(post);
        // Six attempts (the policy's limit), each looking first after the first: still not a
        // failure, because the network may have it.
        QCOMPARE(variantOf(post).state, PostState::Unconfirmed);
        QCOMPARE(net->publishCalls, 6);
        QCOMPARE(net->findCalls, 5);
    }

    void aThreadPartWhoseAnswerWasLostIsFoundNotDoubled()
    {
        PostExtras extras;
        extras.threadParts = {"Part two"};
        extras.firstComment = "First comment";
        net->publishFaults.insert(2, test::FakeNetwork::Fault::CreateThenLoseAnswer); // part two
        const Id post = f->addScheduledPost("Part one", {x.id}, {}, extras);
        QCOMPARE(publish().count(PostState::Scheduled), 1);
        QCOMPARE(net->onlineCount(), 2);
        QCOMPARE(publishAtRetry(post).count(PostState::Published), 1);
        // Main (recorded, not looked for), part two (found), comment (looked for, then sent).
        QCOMPARE(net->onlineCount(), 3);
        QCOMPARE(net->findCalls, 2);
        QCOMPARE(net->publishCalls, 3);
        const auto &online = net->online;
        QCOMPARE(online.at(1).inReplyTo, online.at(0).id);
        QCOMPARE(online.at(2).inReplyTo, online.at(0).id);
        QCOMPARE(online.at(2).text, QString("First comment"));
    }

    void aStaleClaimIsResentAndFoundNotDoubled()
    {
        const Id post = f->addScheduledPost("Sent before the crash", {x.id});
        const Id variantId = variantOf(post).id;
        PostVariant claimed;
        QVERIFY(
            PublishLedger(f->db(), f->clock()).claim(variantId, newPublishKey(f->clock()), "cron", &claimed));
        // The dead publisher's request reached the network.
        {
            test::FakeAdapter adapter(*net);
            OutgoingPost content;
            content.text = withSafetyText("Sent before the crash", test::PublisherFixture::safetyText());
            QVERIFY(adapter.publish(content).ok());
        }
        f->clock().advanceSecs(11 * 60); // past the lease
        const PublishSummary summary = publish();
        QCOMPARE(summary.count(PostState::Published), 1);
        QCOMPARE(net->onlineCount(), 1);
        QCOMPARE(net->findCalls, 1);
        QCOMPARE(variantOf(post).remoteId, net->online.at(0).id);
        QCOMPARE(f->auditCount("variant.claim_recovered"), 1);
    }

    void recoveryResendsOnlyWhereThatCannotDouble_data()
    {
        QTest::addColumn<int>("network");
        QTest::addColumn<bool>("resends");
        QTest::newRow("X looks") << int(Network::X) << true;
        QTest::newRow("Facebook looks") << int(Network::Facebook) << true;
        QTest::newRow("Instagram looks") << int(Network::Instagram) << true;
        QTest::newRow("LinkedIn looks") << int(Network::LinkedIn) << true;
        QTest::newRow("Bluesky record key") << int(Network::Bluesky) << true;
        QTest::newRow("Manual: a person") << int(Network::Manual) << false;
        QTest::newRow("Unknown") << int(Network::Unknown) << false;
    }
    void recoveryResendsOnlyWhereThatCannotDouble()
    {
        QFETCH(int, network);
        QFETCH(bool, resends);
        const QDateTime now = f->clock().now();
        QCOMPARE(resendsIdempotently(Network(network), now.addSecs(-3 * 3600), now), resends);
    }

    void manualChannelsAreNeverTakenByThePublisher()
    {
        Account manual = f->addAccount(Network::Manual, {}, "Sermo Aurora", {}, {});
        QVERIFY(manual.id);
        const Id post = f->addScheduledPost("By hand", {manual.id, x.id});
        const PublishSummary summary = publish();
        QCOMPARE(summary.count(PostState::Published), 1); // X only
        QCOMPARE(summary.count(PostState::Failed), 0);
        const auto stored = PostRepository(f->db(), f->clock()).post(post);
        QCOMPARE(stored->variants.at(0).state, PostState::Scheduled); // waits for its person
        QCOMPARE(stored->variants.at(0).attempts, 0);
        QCOMPARE(publish().variants.size(), 0);

        PublishLedger ledger(f->db(), f->clock());
        QCOMPARE(ledger.dueVariants(f->clock().now(), 10).size(), 0);
        const QList<DueVariant> due = ledger.dueManualVariants(f->clock().now(), 10);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).variantId, stored->variants.at(0).id);
        QCOMPARE(due.at(0).accountId, manual.id);
        // Not due before its time.
        QCOMPARE(ledger.dueManualVariants(f->clock().now().addSecs(-60), 10).size(), 0);
    }

    void aPersonMarksAManualChannelPublished_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("with its address") << "https://www.sermo.com/posts/8812" << true;
        QTest::newRow("without address") << "" << true;
        QTest::newRow("not an address") << "posted this morning" << false;
        QTest::newRow("not the web") << "ftp://sermo.com/8812" << false;
    }
    void aPersonMarksAManualChannelPublished()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        Account manual = f->addAccount(Network::Manual, {}, "Sermo Aurora", {}, {});
        const Id post = f->addScheduledPost("By hand", {manual.id});
        const Id variantId = variantOf(post).id;
        PublishLedger ledger(f->db(), f->clock());
        const Status st = ledger.markPublishedManually(variantId, url, "camille");
        QCOMPARE(bool(st), accepted);
        if (!accepted) {
            QVERIFY(st.error().contains(url));
            QCOMPARE(variantOf(post).state, PostState::Scheduled);
            return;
        }
        QCOMPARE(variantOf(post).state, PostState::Published);
        QCOMPARE(variantOf(post).remoteUrl, url);
        QCOMPARE(PostRepository(f->db(), f->clock()).post(post)->state, PostState::Published);
        QCOMPARE(f->auditCount("variant.published_manually"), 1);
        QCOMPARE(ledger.dueManualVariants(f->clock().now(), 10).size(), 0);
        // Twice is refused, in words.
        const Status again = ledger.markPublishedManually(variantId, url, "camille");
        QVERIFY(!again);
        QVERIFY(again.error().contains("published"));
        QCOMPARE(f->auditCount("variant.published_manually"), 1);
    }
};

QTEST_GUILESS_MAIN(TestLookBeforeRetry)
#include "tst_lookbeforeretry.moc"
