// The network's own scheduler (Facebook Pages) kept in step with Vigie's calendar by the
// scheduled publisher: what is handed over and when, moves, withdrawals, a cancel that fails,
// and the check at the post's time. Against an in-memory fake NativeScheduler.
#include "delivery/nativeschedulesync.h"
#include "delivery/publishvariant.h"
#include "delivery/scheduledpublisher.h"
#include "fakepublishadapter.h"
#include "publisher/publisherfixture.h"
#include "publishing/approvalservice.h"
#include "storage/database.h"
#include "storage/nativeschedulerepository.h"
#include "storage/postrepository.h"
#include "storage/publishledger.h"
#include "storage/workspacerepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vigie;
using namespace vigie::platforms;

namespace {
constexpr qint64 kDay = 24 * 3600;
} // namespace

class TestNativeSchedule : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PublisherFixture> f;
    std::unique_ptr<test::FakeNetwork> net;
    Account fb;

    PublishSummary publish()
    {
        PublishAccess access = test::fakeAccess(*net);
        access.schedulesNatively = [](Network n) { return n == Network::Facebook; };
        ScheduledPublisher publisher(f->db(), access, f->clock());
        return publisher.run();
    }
    NativeSyncReport nativeReport(const PublishSummary &summary)
    {
        for (const PublishAccountJob &job : summary.accounts)
            if (job.account.id == fb.id)
                return job.native;
        return {};
    }
    std::optional<Post> postOf(Id postId) { return PostRepository(f->db(), f->clock()).post(postId); }
    PostVariant variantOf(Id postId)
    {
        const auto post = postOf(postId);
        return post && !post->variants.isEmpty() ? post->variants.at(0) : PostVariant();
    }
    QJsonObject progressOf(Id postId)
    {
        return QJsonDocument::fromJson(variantOf(postId).progress.toUtf8()).object();
    }
    QList<NativeSchedule> rows() { return NativeScheduleRepository(f->db(), f->clock()).rows(fb.id); }
    // A post handed over at now + offset, checked.
    Id handedOver(const QString &body, qint64 offset = kDay)
    {
        const Id post = f->addScheduledPost(body, {fb.id}, f->clock().now().addSecs(offset));
        const PublishSummary summary = publish();
        if (nativeReport(summary).handedOver != 1 || rows().isEmpty() ||
            rows().last().state != NativeSchedule::State::Scheduled)
            return 0;
        return post;
    }

private slots:
    void init()
    {
        f = std::make_unique<test::PublisherFixture>();
        QVERIFY(f->ok());
        net = std::make_unique<test::FakeNetwork>(f->clock(), Network::Facebook);
        net->native = true;
        fb = f->addAccount(Network::Facebook, "https://graph.facebook.test/v21.0", "Aurora Page", "1001", {});
        QVERIFY(fb.id);
    }

    void handsOverWithinTheWindowOnly_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("handed");
        const qint64 earliest = 10 * 60 + NativeScheduleSync::kLeadMarginSeconds;
        QTest::newRow("inside the margin") << earliest - 1 << false;
        QTest::newRow("minimum lead + margin") << earliest << true;
        QTest::newRow("a week ahead") << 7 * kDay << true;
        QTest::newRow("maximum lead") << 30 * kDay << true;
        QTest::newRow("beyond the maximum lead") << 30 * kDay + 1 << false;
    }
    void handsOverWithinTheWindowOnly()
    {
        QFETCH(qint64, offset);
        QFETCH(bool, handed);
        const QDateTime at = f->clock().now().addSecs(offset);
        const Id post = f->addScheduledPost("Journée du cœur", {fb.id}, at);
        const PublishSummary summary = publish();
        QCOMPARE(summary.variants.size(), 0); // nothing due
        QCOMPARE(net->scheduleCalls, handed ? 1 : 0);
        QCOMPARE(variantOf(post).state, PostState::Scheduled);
        if (!handed) {
            QVERIFY(rows().isEmpty());
            QVERIFY(!progressOf(post).contains("native"));
            return;
        }
        QCOMPARE(rows().size(), 1);
        QCOMPARE(rows().at(0).state, NativeSchedule::State::Scheduled);
        QCOMPARE(rows().at(0).scheduledFor, at);
        QCOMPARE(rows().at(0).variantId, variantOf(post).id);
        QCOMPARE(progressOf(post).value("native").toString(), net->scheduled.at(0).id);
        QCOMPARE(net->scheduled.at(0).at, at);
        // Handed over once: the next runs leave it.
        publish();
        QCOMPARE(net->scheduleCalls, 1);
    }

    void handsOverWhatVigieWouldSend()
    {
        const QString image = f->dir() + "/heart.png";
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG not really");
        file.close();
        PostExtras extras;
        extras.media = {{image, "A heart drawn in chalk", fileSha256(image)}};
        f->addScheduledPost("Prenez soin de vous", {fb.id}, f->clock().now().addSecs(kDay), extras);
        publish();
        QCOMPARE(net->scheduled.size(), 1);
        const OutgoingPost &sent = net->scheduled.at(0).post;
        QCOMPARE(sent.text, withSafetyText("Prenez soin de vous", test::PublisherFixture::safetyText()));
        QCOMPARE(sent.media.size(), 1);
        QCOMPARE(sent.media.at(0).filePath, image);
        QCOMPARE(sent.media.at(0).altText, QString("A heart drawn in chalk"));
    }

    void threadsAndFirstCommentsStayWithVigie_data()
    {
        QTest::addColumn<bool>("thread");
        QTest::newRow("thread parts") << true;
        QTest::newRow("first comment") << false;
    }
    void threadsAndFirstCommentsStayWithVigie()
    {
        QFETCH(bool, thread);
        PostExtras extras;
        if (thread)
            extras.threadParts = {"Part two"};
        else
            extras.firstComment = "More in the comments";
        const Id post = f->addScheduledPost("Not for the network's scheduler", {fb.id},
                                            f->clock().now().addSecs(kDay), extras);
        publish();
        QCOMPARE(net->scheduleCalls, 0);
        // At its time Vigie publishes it itself, replies included.
        f->clock().advanceSecs(kDay);
        QCOMPARE(publish().count(PostState::Published), 1);
        QCOMPARE(net->onlineCount(), 2);
        QCOMPARE(variantOf(post).state, PostState::Published);
    }

    void aPostNotApprovedForItsContentIsNotHandedOver()
    {
        // The brand now requires a medical review: the fixture's post has none.
        Brand brand = f->brand;
        brand.requiredReviews = {ReviewRole::Medical};
        QVERIFY(WorkspaceRepository(f->db()).updateBrand(brand, "admin"));
        f->addScheduledPost("Needs a review", {fb.id}, f->clock().now().addSecs(kDay));
        publish();
        QCOMPARE(net->scheduleCalls, 0);
    }

    void aMoveInVigieMovesItOnTheNetwork()
    {
        const Id post = handedOver("Moved");
        QVERIFY(post);
        const QDateTime later = f->clock().now().addSecs(2 * kDay);
        QVERIFY(PostRepository(f->db(), f->clock()).reschedule(post, later, "camille"));
        const PublishSummary summary = publish();
        QCOMPARE(nativeReport(summary).rescheduled, 1);
        QCOMPARE(net->rescheduleCalls, 1);
        QCOMPARE(net->scheduled.at(0).at, later);
        QCOMPARE(rows().at(0).scheduledFor, later);
        publish();
        QCOMPARE(net->rescheduleCalls, 1); // in step: nothing more to say
    }

    void aMoveTooCloseWithdrawsItAndVigiePublishesItself()
    {
        const Id post = handedOver("Moved too close");
        QVERIFY(post);
        const QDateTime soon = f->clock().now().addSecs(5 * 60);
        QVERIFY(PostRepository(f->db(), f->clock()).reschedule(post, soon, "camille"));
        PublishSummary summary = publish();
        QCOMPARE(nativeReport(summary).cancelled, 1);
        QCOMPARE(net->rescheduleCalls, 0);
        QCOMPARE(net->liveScheduled(), 0);
        QCOMPARE(rows().at(0).state, NativeSchedule::State::Cancelled);
        QVERIFY(!progressOf(post).contains("native"));
        QCOMPARE(net->scheduleCalls, 1); // not handed over again
        f->clock().set(soon);
        summary = publish();
        QCOMPARE(summary.count(PostState::Published), 1);
        QCOMPARE(net->publishCalls, 1);
        QCOMPARE(net->onlineCount(), 1);
        QCOMPARE(variantOf(post).state, PostState::Published);
    }

    void aMoveBeyondTheMaximumLeadWithdrawsIt()
    {
        const Id post = handedOver("Moved far away");
        QVERIFY(post);
        QVERIFY(PostRepository(f->db(), f->clock())
                    .reschedule(post, f->clock().now().addSecs(40 * kDay), "camille"));
        publish();
        QCOMPARE(net->liveScheduled(), 0);
        QCOMPARE(rows().at(0).state, NativeSchedule::State::Cancelled);
        // Within reach again eleven days later: handed over anew.
        f->clock().advanceSecs(11 * kDay);
        publish();
        QCOMPARE(net->scheduleCalls, 2);
        QCOMPARE(net->liveScheduled(), 1);
    }

    void aPostWithdrawnInVigieIsCancelledOnTheNetwork_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("post deleted") << "delete";
        QTest::newRow("back to draft (unapproved)") << "withdraw";
        QTest::newRow("changes requested") << "changes";
        QTest::newRow("channel removed") << "channel";
    }
    void aPostWithdrawnInVigieIsCancelledOnTheNetwork()
    {
        QFETCH(QString, how);
        const Id post = handedOver("Withdrawn");
        QVERIFY(post);
        PostRepository posts(f->db(), f->clock());
        if (how == "delete") {
            QVERIFY(posts.remove(post, "camille"));
        } else if (how == "withdraw") {
            QVERIFY(ApprovalService(f->db(), f->clock()).withdraw(post, "camille"));
        } else {
            Post p = *posts.post(post);
            if (how == "changes") {
                p.state = PostState::ChangesRequested;
                p.variants[0].state = PostState::ChangesRequested;
            } else {
                Account other = f->addAccount(Network::Mastodon, "https://mastodon.test", "aurora", "7", {});
                p.variants = {PostVariant::forAccount(other.id)};
                p.variants[0].state = PostState::Scheduled;
            }
            QVERIFY(posts.update(p, "camille"));
        }
        const PublishSummary summary = publish();
        QCOMPARE(nativeReport(summary).cancelled, 1);
        QCOMPARE(net->cancelCalls, 1);
        QCOMPARE(net->liveScheduled(), 0);
        QCOMPARE(rows().at(0).state, NativeSchedule::State::Cancelled);
        publish();
        QCOMPARE(net->cancelCalls, 1);
    }

    void anEditedPostIsHandedOverAgainWithItsNewText()
    {
        const Id post = handedOver("First wording");
        QVERIFY(post);
        PostRepository posts(f->db(), f->clock());
        Post p = *posts.post(post);
        p.body = "Second wording";
        QVERIFY(posts.update(p, "camille")); // the brand requires no review: still scheduled
        publish();
        QCOMPARE(net->liveScheduled(), 1);
        QCOMPARE(net->scheduleCalls, 2);
        QVERIFY(net->scheduled.last().post.text.startsWith("Second wording"));
        QVERIFY(net->scheduled.first().cancelled);
    }

    void anEditKeepingTheContentKeepsTheHandOver()
    {
        const Id post = handedOver("Same words");
        QVERIFY(post);
        PostRepository posts(f->db(), f->clock());
        Post p = *posts.post(post);
        QVERIFY(posts.update(p, "camille")); // rewrites the variant row, progress kept
        publish();
        QCOMPARE(net->cancelCalls, 0);
        QCOMPARE(net->scheduleCalls, 1);
        QCOMPARE(rows().at(0).variantId, variantOf(post).id);
        QCOMPARE(rows().at(0).state, NativeSchedule::State::Scheduled);
    }

    void aFailedCancelIsRetriedAtTheNextRun()
    {
        const Id post = handedOver("Cancel fails once");
        QVERIFY(post);
        net->failCancels = 1;
        QVERIFY(PostRepository(f->db(), f->clock()).remove(post, "camille"));
        PublishSummary summary = publish();
        QCOMPARE(nativeReport(summary).cancelsPending, 1);
        QVERIFY(!nativeReport(summary).problems.isEmpty());
        QCOMPARE(rows().at(0).state, NativeSchedule::State::CancelPending);
        QVERIFY(!rows().at(0).lastError.isEmpty());
        QCOMPARE(net->liveScheduled(), 1);
        summary = publish();
        QCOMPARE(nativeReport(summary).cancelled, 1);
        QCOMPARE(rows().at(0).state, NativeSchedule::State::Cancelled);
        QCOMPARE(net->liveScheduled(), 0);
        QCOMPARE(net->cancelCalls, 2);
    }

    void atItsTimeTheNetworkPublishesItAndVigieChecks()
    {
        const Id post = handedOver("Online by itself");
        QVERIFY(post);
        f->clock().advanceSecs(kDay);
        const PublishSummary summary = publish();
        QCOMPARE(summary.count(PostState::Published), 1);
        QCOMPARE(net->publishCalls, 0); // never sent by Vigie
        QCOMPARE(net->stateCalls, 1);
        const PostVariant v = variantOf(post);
        QCOMPARE(v.state, PostState::Published);
        QCOMPARE(v.remoteId, net->scheduled.at(0).id);
        QCOMPARE(v.remoteUrl, test::FakeAdapter::urlOf(net->scheduled.at(0).id));
        QCOMPARE(rows().at(0).state, NativeSchedule::State::Published);
        QCOMPARE(postOf(post)->state, PostState::Published);
        QCOMPARE(publish().variants.size(), 0);
    }

    void removedOnTheNetworkBeforeItsTimeFails()
    {
        const Id post = handedOver("Removed by someone on the Page");
        QVERIFY(post);
        net->scheduled[0].removedOnNetwork = true;
        f->clock().advanceSecs(kDay);
        const PublishSummary summary = publish();
        QCOMPARE(summary.count(PostState::Failed), 1);
        QVERIFY(summary.variants.at(0).error.contains("removed"));
        QCOMPARE(net->publishCalls, 0);
        QCOMPARE(variantOf(post).state, PostState::Failed);
        QCOMPARE(rows().at(0).state, NativeSchedule::State::Failed);
    }

    void aLateNetworkIsCheckedAgainThenGivenUp()
    {
        const Id post = handedOver("Late");
        QVERIFY(post);
        net->late = true;
        f->clock().advanceSecs(kDay);
        PublishSummary summary = publish();
        QCOMPARE(summary.count(PostState::Scheduled), 1);
        const QDateTime recheck = variantOf(post).nextAttemptAt;
        QCOMPARE(recheck, f->clock().now().addSecs(VariantPublication::kRecheckSeconds));
        QCOMPARE(publish().variants.size(), 0); // not before the recheck
        // Online at the recheck: published.
        net->late = false;
        f->clock().set(recheck);
        QCOMPARE(publish().count(PostState::Published), 1);

        // Another one never appears: failed after the grace period, and withdrawn.
        const Id never = handedOver("Never appears");
        QVERIFY(never);
        net->late = true;
        f->clock().advanceSecs(kDay);
        for (int i = 0; i < 20 && variantOf(never).state == PostState::Scheduled; ++i) {
            f->clock().advanceSecs(VariantPublication::kRecheckSeconds);
            summary = publish();
        }
        QCOMPARE(variantOf(never).state, PostState::Failed);
        QCOMPARE(net->publishCalls, 0);
        QVERIFY(net->scheduled.last().cancelled); // withdrawn: it cannot appear later
        QVERIFY(variantOf(never).error.contains("withdrew"));
        QCOMPARE(rows().last().state, NativeSchedule::State::Cancelled);
    }

    void publishingNowWithdrawsTheNetworksCopyFirst()
    {
        const Id post = handedOver("Publish now instead");
        QVERIFY(post);
        RetryPolicy::Settings once;
        once.maxAttempts = 1;
        const RetryPolicy policy(once);
        const VariantPublication publication(f->db(), f->clock(), policy, "camille");
        test::FakeAdapter adapter(*net);
        Outcome last;
        QDateTime rateLimited;
        const PublishReport report =
            publication.publish(*postOf(post), variantOf(post).id, test::PublisherFixture::safetyText(),
                                adapter, &last, &rateLimited);
        QCOMPARE(report.state, PostState::Published);
        QCOMPARE(net->liveScheduled(), 0);
        QCOMPARE(net->onlineCount(), 1);
        QCOMPARE(rows().at(0).state, NativeSchedule::State::Cancelled);
    }

    void theWindowKnowsWhenThereIsNativeWork()
    {
        const auto facebookOnly = [](Network n) { return n == Network::Facebook; };
        QVERIFY(!NativeScheduleSync::anyAccountMayHaveWork(f->db(), f->clock().now(), facebookOnly));
        Account other = f->addAccount(Network::Mastodon, "https://mastodon.test", "aurora", "7", {});
        f->addScheduledPost("Mastodon only", {other.id}, f->clock().now().addSecs(kDay));
        QVERIFY(!NativeScheduleSync::anyAccountMayHaveWork(f->db(), f->clock().now(), facebookOnly));
        const Id post = handedOver("On the Page");
        QVERIFY(post);
        QVERIFY(NativeScheduleSync::anyAccountMayHaveWork(f->db(), f->clock().now(), facebookOnly));
        // Deleted: still work (the cancel) until the network confirmed it.
        net->failCancels = 1;
        QVERIFY(PostRepository(f->db(), f->clock()).remove(post, "camille"));
        publish();
        QVERIFY(NativeScheduleSync::anyAccountMayHaveWork(f->db(), f->clock().now(), facebookOnly));
        publish();
        QVERIFY(!NativeScheduleSync::anyAccountMayHaveWork(f->db(), f->clock().now(), facebookOnly));
    }

    void twoSyncsNeverBothHandItOver()
    {
        const Id post = f->addScheduledPost("Raced", {fb.id}, f->clock().now().addSecs(kDay));
        NativeScheduleRepository repo(f->db(), f->clock());
        Id first = 0;
        Id second = 0;
        bool gotFirst = false;
        bool gotSecond = false;
        QVERIFY(repo.reserve(fb.id, variantOf(post).id, f->clock().now().addSecs(kDay), &first, &gotFirst));
        QVERIFY(repo.reserve(fb.id, variantOf(post).id, f->clock().now().addSecs(kDay), &second, &gotSecond));
        QVERIFY(gotFirst);
        QVERIFY(!gotSecond);
        // The holder died: after the lease the variant is unknown (never handed over twice), and
        // at its time a person is asked to check.
        publish();
        QCOMPARE(net->scheduleCalls, 0);
        f->clock().advanceSecs(NativeScheduleSync::kReservationLeaseSeconds + 1);
        publish();
        QCOMPARE(rows().at(0).state, NativeSchedule::State::Unknown);
        QCOMPARE(net->scheduleCalls, 0);
        f->clock().advanceSecs(kDay);
        QCOMPARE(publish().count(PostState::Unconfirmed), 1);
        QCOMPARE(net->publishCalls, 0);
    }
};

QTEST_GUILESS_MAIN(TestNativeSchedule)
#include "tst_nativeschedule.moc"
