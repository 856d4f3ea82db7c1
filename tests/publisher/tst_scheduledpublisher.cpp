// The scheduled publisher against the fake Mastodon and Bluesky servers: what goes out, with
// what text, as what thread; what is refused before any request (approval, media); how a
// rate-limited account waits alone; how a claim left by a dead publisher is taken back.
#include "accounts/accountservice.h"
#include "delivery/publishrecovery.h"
#include "delivery/scheduledpublisher.h"
#include "fakes/bluesky/fakeblueskyserver.h"
#include "fakes/mastodon/fakemastodonserver.h"
#include "publisherfixture.h"
#include "publishing/approvalservice.h"
#include "storage/database.h"
#include "storage/postrepository.h"
#include "storage/publishledger.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QtTest>

using namespace vigie;
using namespace vigie::platforms;

namespace {
const QString kBlueskyHandle = QStringLiteral("aurora.test");
const QString kBlueskyPassword = QStringLiteral("abcd-efgh-ijkl-mnop");

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestScheduledPublisher : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PublisherFixture> f;
    std::unique_ptr<fakes::FakeMastodonServer> mastodon;
    std::unique_ptr<fakes::FakeBlueskyServer> bluesky;
    Account m; // on mastodon
    Account b; // on bluesky

    PublishSummary publish()
    {
        ScheduledPublisher publisher(f->db(), f->access(), f->clock());
        return publisher.run();
    }
    PostVariant variantOf(Id postId, int index = 0)
    {
        const auto post = PostRepository(f->db(), f->clock()).post(postId);
        return post && post->variants.size() > index ? post->variants.at(index) : PostVariant();
    }
    int statusesWith(const QString &text)
    {
        int n = 0;
        for (const auto &s : mastodon->statuses())
            n += s.text.contains(text) ? 1 : 0;
        return n;
    }
    int recordsWith(const QString &text)
    {
        int n = 0;
        for (const auto &r : bluesky->records())
            n += r.value.value("text").toString().contains(text) ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase() { qputenv("VIGIE_HTTP_TIMEOUT", "0.3"); }

    void init()
    {
        f = std::make_unique<test::PublisherFixture>();
        QVERIFY(f->ok());
        mastodon = std::make_unique<fakes::FakeMastodonServer>();
        bluesky = std::make_unique<fakes::FakeBlueskyServer>();
        QVERIFY(!mastodon->start().isEmpty());
        QVERIFY(!bluesky->start().isEmpty());
        bluesky->setClock(&f->clock());
        const QString did = bluesky->addAccount(kBlueskyHandle, kBlueskyPassword);
        Credentials mc;
        mc.accessToken = mastodon->token();
        m = f->addAccount(Network::Mastodon, mastodon->url().toString(), QStringLiteral("aurora"),
                          mastodon->ownAccount().id, mc);
        Credentials bc;
        bc.appPassword = kBlueskyPassword;
        b = f->addAccount(Network::Bluesky, bluesky->url().toString(), kBlueskyHandle, did, bc);
        QVERIFY(m.id && b.id);
    }

    void publishesWhatIsDueWithTheSafetyText()
    {
        const Id due = f->addScheduledPost("Semaine du cœur #1", {m.id, b.id});
        const Id later = f->addScheduledPost("Not yet #2", {m.id}, f->clock().now().addSecs(3600));
        const PublishSummary summary = publish();
        QCOMPARE(summary.count(PostState::Published), 2);
        QVERIFY(!summary.needsAttention());
        QCOMPARE(mastodon->statuses().size(), 1);
        QVERIFY(mastodon->statuses().at(0).text.contains("Semaine du cœur #1"));
        QVERIFY(mastodon->statuses().at(0).text.contains(test::PublisherFixture::safetyText()));
        QCOMPARE(recordsWith(test::PublisherFixture::safetyText()), 1);
        QCOMPARE(PostRepository(f->db(), f->clock()).post(due)->state, PostState::Published);
        QCOMPARE(variantOf(due).remoteId, mastodon->statuses().at(0).id);
        QCOMPARE(variantOf(later).state, PostState::Scheduled);

        // An hour later the second one goes, and the first is not sent again.
        f->clock().advanceSecs(3600);
        QCOMPARE(publish().count(PostState::Published), 1);
        QCOMPARE(mastodon->statuses().size(), 2);
        QCOMPARE(statusesWith("#1"), 1);
        QCOMPARE(publish().variants.size(), 0);
    }

    void publishesThreadPartsAndFirstCommentAsReplies()
    {
        PostExtras extras;
        extras.threadParts = {"Part two", "Part three"};
        extras.firstComment = "Sources: HAS 2026";
        const Id post = f->addScheduledPost("Thread start", {m.id, b.id}, {}, extras);
        QCOMPARE(publish().count(PostState::Published), 2);

        const auto statuses = mastodon->statuses();
        QCOMPARE(statuses.size(), 4);
        QCOMPARE(statuses.at(1).inReplyToId, statuses.at(0).id);
        QCOMPARE(statuses.at(2).inReplyToId, statuses.at(1).id);
        QCOMPARE(statuses.at(3).inReplyToId, statuses.at(0).id);
        QSet<QString> keys;
        for (const auto &s : statuses)
            keys.insert(s.idempotencyKey);
        QCOMPARE(keys.size(), 4);
        QVERIFY(keys.contains(variantOf(post, 0).idempotencyKey));

        // Bluesky: four records whose keys follow the variant's TID.
        const PostVariant bv = variantOf(post, 1);
        QCOMPARE(bluesky->records().size(), 4);
        for (int i = 0; i < 4; ++i) {
            const QString rkey = derivedIdempotencyKey(bv.idempotencyKey, i);
            QVERIFY2(
                bluesky->record(QStringLiteral("at://%1/app.bsky.feed.post/%2").arg(b.remoteUserId, rkey)),
                qPrintable(rkey));
        }
        QVERIFY(bv.remoteId.endsWith(bv.idempotencyKey));
    }

    void derivedKeysStayValidTids()
    {
        QCOMPARE(derivedIdempotencyKey("3jzfcijpj2z2a", 0), "3jzfcijpj2z2a");
        QCOMPARE(derivedIdempotencyKey("3jzfcijpj2z2a", 1), "3jzfcijpj2z2b");
        QCOMPARE(derivedIdempotencyKey("3jzfcijpj2z2z", 1), "3jzfcijpj2z32");
        QCOMPARE(derivedIdempotencyKey("not-a-tid", 2), "not-a-tid-2");
    }

    void aRetryGoesOnFromThePartAfterThoseOnline()
    {
        PostExtras extras;
        extras.threadParts = {"Part two"};
        extras.firstComment = "Comment";
        const Id post = f->addScheduledPost("Resumed thread", {m.id}, {}, extras);
        mastodon->setRateLimitRemaining(1); // the main post goes, then 429
        const PublishSummary first = publish();
        QCOMPARE(first.count(PostState::Scheduled), 1);
        QCOMPARE(mastodon->statuses().size(), 1);
        const PostVariant waiting = variantOf(post);
        QCOMPARE(waiting.state, PostState::Scheduled);
        QVERIFY(waiting.nextAttemptAt > f->clock().now());
        QVERIFY(waiting.progress.contains(mastodon->statuses().at(0).id));

        mastodon->setRateLimit(300);
        mastodon->setRateLimitRemaining(300);
        QCOMPARE(publish().variants.size(), 0); // not before its time
        f->clock().set(waiting.nextAttemptAt);
        QCOMPARE(publish().count(PostState::Published), 1);
        const auto statuses = mastodon->statuses();
        QCOMPARE(statuses.size(), 3);
        QCOMPARE(statusesWith("Resumed thread"), 1);
        QCOMPARE(statuses.at(1).inReplyToId, statuses.at(0).id);
        QCOMPARE(variantOf(post).remoteId, statuses.at(0).id);
    }

    void aRateLimitedAccountWaitsAloneAndHonoursRetryAfter()
    {
        fakes::Fault tooMany;
        tooMany.status = 429;
        tooMany.body = "{\"error\":\"Too many requests\"}";
        tooMany.headers = {{"Retry-After", "120"}};
        mastodon->injectFault("POST", "/api/v1/statuses", tooMany);
        QList<Id> posts;
        for (int i = 0; i < 3; ++i)
            posts << f->addScheduledPost(QStringLiteral("Both #%1").arg(i), {m.id, b.id});
        const PublishSummary summary = publish();
        QCOMPARE(summary.count(PostState::Published), 3); // Bluesky did not wait
        QCOMPARE(summary.count(PostState::Scheduled), 3);
        QCOMPARE(mastodon->requestCount("POST", "/api/v1/statuses"), 1); // the others were not sent
        for (const PublishReport &r : summary.variants)
            if (r.state == PostState::Scheduled)
                QVERIFY(r.nextAttemptAt >= f->clock().now().addSecs(120));
        f->clock().advanceSecs(119);
        QCOMPARE(publish().variants.size(), 0);
        f->clock().advanceSecs(3600);
        QCOMPARE(publish().count(PostState::Published), 3);
        QCOMPARE(mastodon->statuses().size(), 3);
        for (const Id p : posts)
            QCOMPARE(PostRepository(f->db(), f->clock()).post(p)->state, PostState::Published);
    }

    void aFinalFailureIsReportedInWords()
    {
        mastodon->injectFault(
            "POST", "/api/v1/statuses",
            {fakes::FaultKind::Status, 422, "{\"error\":\"Validation failed: Text too long\"}", {}});
        const Id post = f->addScheduledPost("Refused", {m.id});
        const PublishSummary summary = publish();
        QCOMPARE(summary.count(PostState::Failed), 1);
        QVERIFY(summary.needsAttention());
        QVERIFY(!summary.variants.at(0).error.isEmpty());
        QVERIFY(summary.variants.at(0).channel.contains("Mastodon"));
        QCOMPARE(variantOf(post).state, PostState::Failed);
        QCOMPARE(publish().variants.size(), 0); // never retried
    }

    void anUnconfirmedVariantIsNeverRetried()
    {
        mastodon->injectFault("POST", "/api/v1/statuses", {fakes::FaultKind::HangAfterAct, 0, {}, {}});
        const Id post = f->addScheduledPost("Timed out after acting", {m.id});
        QCOMPARE(publish().count(PostState::Unconfirmed), 1);
        QCOMPARE(variantOf(post).state, PostState::Unconfirmed);
        f->clock().advanceSecs(7200);
        QCOMPARE(publish().variants.size(), 0);
        QCOMPARE(mastodon->requestCount("POST", "/api/v1/statuses"), 1);
        QCOMPARE(mastodon->statuses().size(), 1); // it was online all along: a person checks
    }

    void aClaimedVariantIsNotTakenByAnotherPublisher()
    {
        const Id post = f->addScheduledPost("Claimed elsewhere", {m.id});
        PostVariant claimed;
        QVERIFY(
            PublishLedger(f->db(), f->clock()).claim(variantOf(post).id, "3jzfcijpj2z2a", "cron", &claimed));
        QCOMPARE(claimed.claimedBy, PublishLedger::thisClaimer()); // alive: not stale
        QCOMPARE(claimed.attempts, 1);
        QCOMPARE(publish().variants.size(), 0);
        QCOMPARE(mastodon->statuses().size(), 0);
    }

    // --- refused before any request
    void anExpiredApprovalBlocksPublishing()
    {
        f->brand.requiredReviews = {ReviewRole::Medical};
        QVERIFY(WorkspaceRepository(f->db()).updateBrand(f->brand, "admin"));
        const Id post = f->addScheduledPost("Needs review", {m.id});
        SqlQuery q(f->db(), "UPDATE posts SET state = 'in_review' WHERE id = ?");
        QVERIFY(q.exec(post));
        SqlQuery v(f->db(), "UPDATE post_variants SET state = 'in_review' WHERE post_id = ?");
        QVERIFY(v.exec(post));
        ReviewDecision d;
        d.postId = post;
        d.role = ReviewRole::Medical;
        d.reviewer = "dr-martin";
        d.mlrCode = "MLR-2026-0142";
        d.expiresAt = f->clock().now().addSecs(600);
        QVERIFY(ApprovalService(f->db(), f->clock()).decide(d));
        QCOMPARE(PostRepository(f->db(), f->clock()).post(post)->state, PostState::Scheduled);

        f->clock().advanceSecs(3600);
        const PublishSummary summary = publish();
        QCOMPARE(summary.count(PostState::Failed), 1);
        QVERIFY2(summary.variants.at(0).error.contains("expired"), qPrintable(summary.variants.at(0).error));
        QVERIFY(summary.variants.at(0).error.contains("MLR-2026-0142"));
        QCOMPARE(mastodon->requestCount("POST", "/api/v1/statuses"), 0);
        QCOMPARE(variantOf(post).state, PostState::Failed);
        QCOMPARE(f->auditCount("variant.refused"), 1);
    }

    void anApprovalVoidedByAnEditBlocksPublishing()
    {
        f->brand.requiredReviews = {ReviewRole::Medical};
        QVERIFY(WorkspaceRepository(f->db()).updateBrand(f->brand, "admin"));
        const Id edited = f->addScheduledPost("Approved text", {m.id});
        const Id tampered = f->addScheduledPost("Approved too", {m.id});
        for (const Id post : {edited, tampered}) {
            SqlQuery q(f->db(), "UPDATE posts SET state = 'in_review' WHERE id = ?");
            QVERIFY(q.exec(post));
            SqlQuery v(f->db(), "UPDATE post_variants SET state = 'in_review' WHERE post_id = ?");
            QVERIFY(v.exec(post));
            ReviewDecision d;
            d.postId = post;
            d.role = ReviewRole::Medical;
            d.reviewer = "dr-martin";
            QVERIFY(ApprovalService(f->db(), f->clock()).decide(d));
        }
        // Edited in the composer: back to review, not due.
        Post p = *PostRepository(f->db(), f->clock()).post(edited);
        p.body = "Approved text, now cures everything";
        QVERIFY(PostRepository(f->db(), f->clock()).update(p, "camille"));
        // Edited behind Vigie's back (still marked scheduled): the content hash no longer matches.
        SqlQuery raw(f->db(), "UPDATE posts SET body = 'Changed behind the approval' WHERE id = ?");
        QVERIFY(raw.exec(tampered));

        const PublishSummary summary = publish();
        QCOMPARE(summary.variants.size(), 1);
        QCOMPARE(summary.variants.at(0).postId, tampered);
        QCOMPARE(summary.variants.at(0).state, PostState::Failed);
        QVERIFY2(summary.variants.at(0).error.contains("not approved"),
                 qPrintable(summary.variants.at(0).error));
        QCOMPARE(PostRepository(f->db(), f->clock()).post(edited)->state, PostState::InReview);
        QCOMPARE(mastodon->requestCount("POST", "/api/v1/statuses"), 0);
    }

    void aChangedOrMissingMediaFileBlocksPublishing_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::addColumn<QString>("expected");
        QTest::newRow("changed") << false << "changed";
        QTest::newRow("missing") << true << "missing";
    }
    void aChangedOrMissingMediaFileBlocksPublishing()
    {
        QFETCH(bool, remove);
        QFETCH(QString, expected);
        const QString path = f->dir() + "/leaflet.png";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64, 'a'));
        file.close();
        PostExtras extras;
        extras.media = {{path, "The leaflet", sha256Of(path)}};
        const Id post = f->addScheduledPost("With a picture", {m.id, b.id}, {}, extras);
        if (remove) {
            QVERIFY(QFile::remove(path));
        } else {
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(64, 'b'));
            file.close();
        }
        const PublishSummary summary = publish();
        QCOMPARE(summary.count(PostState::Failed), 2);
        QVERIFY2(summary.variants.at(0).error.contains(expected), qPrintable(summary.variants.at(0).error));
        QVERIFY(summary.variants.at(0).error.contains("leaflet.png"));
        QCOMPARE(mastodon->requests().size(), 0);
        QCOMPARE(bluesky->records().size(), 0);
        QCOMPARE(PostRepository(f->db(), f->clock()).post(post)->state, PostState::Failed);
    }

    // --- stale claims
    void aClaimOfADeadPublisherIsResentWithTheSameKey_data()
    {
        QTest::addColumn<bool>("onBluesky");
        QTest::newRow("mastodon: Idempotency-Key") << false;
        QTest::newRow("bluesky: record key") << true;
    }
    void aClaimOfADeadPublisherIsResentWithTheSameKey()
    {
        QFETCH(bool, onBluesky);
        const Account &account = onBluesky ? b : m;
        const Id post = f->addScheduledPost("Sent before the crash", {account.id});
        const Id variantId = variantOf(post).id;
        // A publisher claimed it, sent it, and was killed before recording the answer.
        PostVariant claimed;
        QVERIFY(PublishLedger(f->db(), f->clock()).claim(variantId, "3jzfcijpj2z2a", "window", &claimed));
        QNetworkAccessManager manager;
        HttpTransport http(manager, QUrl(account.baseUrl));
        Credentials credentials;
        QVERIFY(f->access().loadCredentials(account, &credentials));
        auto adapter = makeAdapter(account, credentials, http, f->clock());
        OutgoingPost content;
        content.text = withSafetyText("Sent before the crash", test::PublisherFixture::safetyText());
        content.idempotencyKey = claimed.idempotencyKey;
        QVERIFY(adapter->publisher()->publish(content).ok());
        QProcess gone;
        gone.start("true");
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        SqlQuery q(f->db(), "UPDATE post_variants SET claimed_by = ? WHERE id = ?");
        QVERIFY(q.exec(QSysInfo::machineHostName() + ":" + QString::number(deadPid), variantId));

        f->clock().advanceSecs(60); // well within the lease: only the dead pid makes it stale
        const PublishSummary summary = publish();
        QCOMPARE(summary.count(PostState::Published), 1);
        QCOMPARE(onBluesky ? recordsWith("Sent before the crash") : statusesWith("Sent before the crash"), 1);
        QCOMPARE(variantOf(post).state, PostState::Published);
        QCOMPARE(variantOf(post).idempotencyKey, claimed.idempotencyKey);
        QCOMPARE(f->auditCount("variant.claim_recovered"), 1);
    }

    void aStaleClaimBeyondTheKeysLifetimeBecomesUnconfirmed()
    {
        const Id post = f->addScheduledPost("Claimed long ago", {m.id});
        QVERIFY(
            PublishLedger(f->db(), f->clock()).claim(variantOf(post).id, "3jzfcijpj2z2a", "window", nullptr));
        f->clock().advanceSecs(2 * 3600); // lease and Idempotency-Key both gone
        const PublishSummary summary = publish();
        QCOMPARE(summary.count(PostState::Unconfirmed), 1);
        QCOMPARE(variantOf(post).state, PostState::Unconfirmed);
        QCOMPARE(mastodon->requests().size(), 0);
    }

    void aLiveClaimWithinItsLeaseIsLeftAlone()
    {
        const Id post = f->addScheduledPost("Being published", {b.id});
        QVERIFY(
            PublishLedger(f->db(), f->clock()).claim(variantOf(post).id, "3jzfcijpj2z2a", "window", nullptr));
        f->clock().advanceSecs(300);
        QCOMPARE(publish().variants.size(), 0);
        QCOMPARE(variantOf(post).state, PostState::Publishing);
        f->clock().advanceSecs(600); // past the lease: Bluesky resends under the same record key
        QCOMPARE(publish().count(PostState::Published), 1);
        QCOMPARE(bluesky->records().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScheduledPublisher)
#include "tst_scheduledpublisher.moc"
