// A manual channel at its due time: what the person is told to post, told once, and the
// address they give back. Also: such a post goes through review and the scheduled publisher
// leaves it alone, as for any other channel.
#include "delivery/scheduledpublisher.h"
#include "manual/manualpublishing.h"
#include "manualfixture.h"
#include "publishing/approvalservice.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"

#include <QtTest>

using namespace vigie;
using test::ManualFixture;

class TestManualPublishing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualFixture> m_fixture;

    ManualPublishing publishing() { return ManualPublishing(m_fixture->db(), m_fixture->clock(), "camille"); }
    Id onlyVariant(Id postId) { return m_fixture->variantsOf(postId).value(0).id; }

private slots:
    void init()
    {
        m_fixture = std::make_unique<ManualFixture>();
        QVERIFY(m_fixture->ok());
    }
    void cleanup() { m_fixture.reset(); }

    void dueTextIsWhatToPost()
    {
        QTemporaryFile image(m_fixture->dir() + "/XXXXXX.png");
        QVERIFY(image.open());
        image.write("png bytes");
        image.flush();
        PostExtras extras;
        extras.media << PostMedia{image.fileName(), QStringLiteral("Schéma"), fileSha256(image.fileName())};
        extras.firstComment = QStringLiteral("Les références en commentaire.");
        const QDateTime at = ManualFixture::start().addSecs(-60);
        const Id postId =
            m_fixture->addScheduledPost(QStringLiteral("Texte commun"), {m_fixture->sermo.id}, at, extras,
                                        QStringLiteral("Chers confrères, voici l'étude."));
        QVERIFY(postId);
        const QList<ManualDuePost> due = publishing().due();
        QCOMPARE(due.size(), 1);
        const ManualDuePost &p = due.first();
        QCOMPARE(p.variantId, onlyVariant(postId));
        QCOMPARE(p.community, QStringLiteral("Sermo – Cardiologie France"));
        QCOMPARE(p.communityUrl, QStringLiteral("https://www.sermo.com"));
        // The channel's own text, then the brand's safety text, as a network would receive it.
        QCOMPARE(p.text, withSafetyText(QStringLiteral("Chers confrères, voici l'étude."),
                                        ManualFixture::safetyText()));
        QVERIFY(p.text.endsWith(ManualFixture::safetyText()));
        QCOMPARE(p.mediaPaths, QStringList{image.fileName()});
        QCOMPARE(p.followUps, QStringList{extras.firstComment});
        QCOMPARE(p.scheduledAt, at);
        QVERIFY(p.blocker.isEmpty());
        QVERIFY(!p.announcedAt.isValid());
    }

    void onlyManualChannelsWhoseTimeCame()
    {
        const Id past = m_fixture->addScheduledPost("Passé", {m_fixture->sermo.id, m_fixture->mastodon.id},
                                                    ManualFixture::start().addSecs(-3600));
        m_fixture->addScheduledPost("Futur", {m_fixture->sermo.id}, ManualFixture::start().addSecs(3600));
        const QList<ManualDuePost> due = publishing().due();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().postId, past);
        QCOMPARE(due.first().accountId, m_fixture->sermo.id);
    }

    // Told once, even after a restart (a new ManualPublishing on the same store).
    void announcedOnce()
    {
        const Id postId =
            m_fixture->addScheduledPost("Texte", {m_fixture->sermo.id}, ManualFixture::start().addSecs(-60));
        QCOMPARE(publishing().takeUnannounced().size(), 1);
        m_fixture->clock().advanceSecs(60);
        QCOMPARE(publishing().takeUnannounced().size(), 0);
        // Still listed as due until someone marks it published.
        const QList<ManualDuePost> due = publishing().due();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().announcedAt, ManualFixture::start());
        QCOMPARE(m_fixture->variantState(onlyVariant(postId)), QStringLiteral("scheduled"));
    }

    void markPublished_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("error"); // empty = accepted
        QTest::newRow("https") << "https://www.sermo.com/posts/4711" << QString();
        QTest::newRow("http, spaces around") << "  http://community.example.org/t/12  " << QString();
        QTest::newRow("empty") << ""
                               << "Paste the address";
        QTest::newRow("no scheme") << "www.sermo.com/posts/4711"
                                   << "must start with https://";
        QTest::newRow("other scheme") << "ftp://www.sermo.com/x"
                                      << "must start with https://";
        QTest::newRow("no host") << "https:///posts/4711"
                                 << "names no site";
        QTest::newRow("words") << "c'est publié"
                               << "must start with https://";
    }
    void markPublished()
    {
        QFETCH(QString, url);
        QFETCH(QString, error);
        const Id postId =
            m_fixture->addScheduledPost("Texte", {m_fixture->sermo.id}, ManualFixture::start().addSecs(-60));
        const Id variantId = onlyVariant(postId);
        const Status st = publishing().markPublished(variantId, url);
        if (error.isEmpty()) {
            QVERIFY2(st, qPrintable(st.error()));
            QCOMPARE(m_fixture->variantState(variantId), QStringLiteral("published"));
            QCOMPARE(m_fixture->variantUrl(variantId), url.trimmed());
            QCOMPARE(PostRepository(m_fixture->db()).post(postId)->state, PostState::Published);
            QVERIFY(publishing().due().isEmpty());
            QCOMPARE(m_fixture->count("SELECT COUNT(*) FROM audit_events WHERE action = "
                                      "'variant.published_manually' AND actor = 'camille'"),
                     1);
        } else {
            QVERIFY(!st);
            QVERIFY2(st.error().contains(error), qPrintable(st.error()));
            QCOMPARE(m_fixture->variantState(variantId), QStringLiteral("scheduled"));
            QCOMPARE(m_fixture->variantUrl(variantId), QString());
        }
    }

    void markPublishedTwiceOrElsewhereIsRefused()
    {
        const Id postId = m_fixture->addScheduledPost("Texte", {m_fixture->sermo.id, m_fixture->mastodon.id},
                                                      ManualFixture::start().addSecs(-60));
        const QList<PostVariant> variants = m_fixture->variantsOf(postId);
        const Id sermo =
            variants.at(0).accountId == m_fixture->sermo.id ? variants.at(0).id : variants.at(1).id;
        const Id mastodon = sermo == variants.at(0).id ? variants.at(1).id : variants.at(0).id;
        QVERIFY(publishing().markPublished(sermo, "https://www.sermo.com/p/1"));
        const Status again = publishing().markPublished(sermo, "https://www.sermo.com/p/2");
        QVERIFY(!again);
        QCOMPARE(m_fixture->variantUrl(sermo), QStringLiteral("https://www.sermo.com/p/1"));
        QVERIFY(!publishing().markPublished(mastodon, "https://sante.social/@helicard/1"));
        QCOMPARE(m_fixture->variantState(mastodon), QStringLiteral("scheduled"));
    }

    // The same review as any channel: submitted, approved by the required role, then due; the
    // scheduled publisher never sends it (it has no adapter) and never fails it.
    void reviewThenDueThenUntouchedByThePublisher()
    {
        Brand brand = m_fixture->brand;
        brand.requiredReviews = {ReviewRole::Medical};
        QVERIFY(WorkspaceRepository(m_fixture->db()).updateBrand(brand, "test"));
        Post p;
        p.workspaceId = m_fixture->workspace.id;
        p.brandId = brand.id;
        p.body = QStringLiteral("Retrouvez le résumé du congrès.");
        p.scheduledAt = ManualFixture::start().addSecs(600);
        p.author = QStringLiteral("camille");
        p.variants << PostVariant::forAccount(m_fixture->sermo.id);
        QVERIFY(PostRepository(m_fixture->db(), m_fixture->clock()).create(p, "camille"));
        ApprovalService approvals(m_fixture->db(), m_fixture->clock());
        QVERIFY(approvals.submit(p.id, "camille"));
        QCOMPARE(PostRepository(m_fixture->db()).post(p.id)->state, PostState::InReview);
        m_fixture->clock().advanceSecs(900);
        QVERIFY(publishing().due().isEmpty()); // not approved: not due
        ReviewDecision decision;
        decision.postId = p.id;
        decision.role = ReviewRole::Medical;
        decision.reviewer = QStringLiteral("dr-roux");
        QVERIFY(approvals.decide(decision));
        QCOMPARE(publishing().due().size(), 1);

        PublishAccess access;
        access.loadCredentials = [](const Account &, platforms::Credentials *) {
            return Status::failure(QStringLiteral("no credentials"));
        };
        ScheduledPublisher publisher(m_fixture->db(), access, m_fixture->clock());
        const PublishSummary summary = publisher.run();
        QVERIFY(summary.variants.isEmpty());
        QCOMPARE(m_fixture->variantState(onlyVariant(p.id)), QStringLiteral("scheduled"));
        QVERIFY(publishing().markPublished(onlyVariant(p.id), "https://www.sermo.com/p/9"));
    }

    // An approval voided after scheduling (the safety text changed): failed with the reason, as
    // the scheduled publisher does, and no longer due.
    void blockedPostFailsWithTheReason()
    {
        Brand brand = m_fixture->brand;
        brand.requiredReviews = {ReviewRole::Medical};
        QVERIFY(WorkspaceRepository(m_fixture->db()).updateBrand(brand, "test"));
        const Id postId =
            m_fixture->addScheduledPost("Texte", {m_fixture->sermo.id}, ManualFixture::start().addSecs(-60));
        const QList<ManualDuePost> due = publishing().due();
        QCOMPARE(due.size(), 1);
        QVERIFY(!due.first().blocker.isEmpty());
        const QList<ManualDuePost> told = publishing().takeUnannounced();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().blocker, due.first().blocker);
        QCOMPARE(m_fixture->variantState(onlyVariant(postId)), QStringLiteral("failed"));
        QVERIFY(publishing().due().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestManualPublishing)
#include "tst_manualpublishing.moc"
