// The MLR workflow: submit, reviews by role, approval bound to the content, expiry, audit.
#include "publishing/approvalservice.h"
#include "storage/approvalrepository.h"
#include "storage/auditlog.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"

#include <QTest>

using namespace vigie;

class TestApprovalService : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC)};
    Workspace m_ws;
    Brand m_brand;   // requires medical and legal reviews
    Brand m_relaxed; // requires none
    Account m_account;

    Database &db() { return m_store->db(); }

    Post newPost(const QString &text, const Brand &brand, const QDateTime &when = {})
    {
        Post p;
        p.workspaceId = m_ws.id;
        p.brandId = brand.id;
        p.body = text;
        p.scheduledAt = when.isValid() ? when : m_clock.now().addDays(3);
        p.author = QStringLiteral("Camille (CM)");
        p.variants = {PostVariant::forAccount(m_account.id)};
        [&] { QVERIFY(PostRepository(db(), m_clock).create(p, p.author)); }();
        return p;
    }
    Post reload(Id id) { return *PostRepository(db(), m_clock).post(id); }
    Status review(Id postId, ReviewRole role, const QString &who, bool approve = true, QDateTime expires = {})
    {
        ReviewDecision d;
        d.postId = postId;
        d.role = role;
        d.reviewer = who;
        d.approve = approve;
        d.mlrCode = QStringLiteral("MLR-2026-0142");
        d.expiresAt = expires;
        return ApprovalService(db(), m_clock).decide(d);
    }
    QStringList auditActions(Id postId)
    {
        QStringList actions;
        for (const AuditEvent &e : AuditLog(db()).eventsFor(QStringLiteral("post"), postId))
            actions << e.action;
        return actions;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<test::TempStore>();
        QVERIFY(m_store->ok());
        WorkspaceRepository repo(db(), m_clock);
        m_ws.name = QStringLiteral("Laboratoires Aubrac");
        QVERIFY(repo.addWorkspace(m_ws));
        m_brand = Brand::named(m_ws.id, QStringLiteral("Dolizen"), QStringLiteral("#2f6f9f"));
        m_brand.safetyText = QStringLiteral("Lire attentivement la notice.");
        m_brand.requiredReviews = {ReviewRole::Medical, ReviewRole::Legal};
        QVERIFY(repo.addBrand(m_brand));
        m_relaxed = Brand::named(m_ws.id, QStringLiteral("Hydralys"), QStringLiteral("#2f9f6f"));
        m_relaxed.safetyText = QStringLiteral("Cosmétique. Tenir hors de portée des enfants.");
        QVERIFY(repo.addBrand(m_relaxed));
        m_account.workspaceId = m_ws.id;
        m_account.network = Network::Mastodon;
        m_account.handle = QStringLiteral("@dolizen@piaille.fr");
        QVERIFY(repo.addAccount(m_account));
    }

    void reviewedPostBecomesScheduledWhenEveryRoleApproved()
    {
        const Post p = newPost(QStringLiteral("Bien doser le paracétamol chez l'enfant"), m_brand);
        ApprovalService approvals(db(), m_clock);
        QVERIFY(approvals.submit(p.id, p.author));
        QCOMPARE(reload(p.id).state, PostState::InReview);
        QVERIFY(!approvals.publishBlocker(reload(p.id)).isEmpty());

        QVERIFY(review(p.id, ReviewRole::Medical, QStringLiteral("Dr Martin")));
        QCOMPARE(reload(p.id).state, PostState::InReview);
        QCOMPARE(approvals.status(reload(p.id)).missing, QList<ReviewRole>{ReviewRole::Legal});

        QVERIFY(review(p.id, ReviewRole::Legal, QStringLiteral("Me Lefèvre")));
        const Post done = reload(p.id);
        QCOMPARE(done.state, PostState::Scheduled);
        QCOMPARE(done.variants.first().state, PostState::Scheduled);
        QVERIFY(approvals.status(done).isComplete());
        QCOMPARE(approvals.status(done).mlrCodes, QStringList{"MLR-2026-0142"});
        QVERIFY(approvals.publishBlocker(done).isEmpty());
        QCOMPARE(auditActions(p.id),
                 (QStringList{"post.created", "post.submitted", "post.approved", "post.approved"}));
        // Each audit entry names the exact content it was about.
        const auto events = AuditLog(db()).eventsFor(QStringLiteral("post"), p.id);
        QVERIFY(events.last().detail.contains(approvals.status(done).contentHash));
        QVERIFY(AuditLog(db()).verify().intact);
    }

    void approvalWithoutDateLeavesThePostApproved()
    {
        Post p = newPost(QStringLiteral("Conseil de saison"), m_brand);
        p.scheduledAt = {};
        QVERIFY(PostRepository(db(), m_clock).update(p, p.author));
        QVERIFY(ApprovalService(db(), m_clock).submit(p.id, p.author));
        QVERIFY(review(p.id, ReviewRole::Medical, QStringLiteral("Dr Martin")));
        QVERIFY(review(p.id, ReviewRole::Legal, QStringLiteral("Me Lefèvre")));
        QCOMPARE(reload(p.id).state, PostState::Approved);
    }

    void brandWithoutReviewsSchedulesDirectly()
    {
        const Post p = newPost(QStringLiteral("Notre crème solaire arrive"), m_relaxed);
        QVERIFY(ApprovalService(db(), m_clock).submit(p.id, p.author));
        QCOMPARE(reload(p.id).state, PostState::Scheduled);
        QVERIFY(ApprovalService(db(), m_clock).publishBlocker(reload(p.id)).isEmpty());
    }

    void editAfterApprovalSendsBackToReview_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("voids");
        QTest::newRow("text") << "text" << true;
        QTest::newRow("channel text") << "channel" << true;
        QTest::newRow("first comment") << "comment" << true;
        QTest::newRow("media alt text") << "alt" << true;
        QTest::newRow("brand safety text") << "safety" << true;
        QTest::newRow("date only") << "date" << false;
    }
    void editAfterApprovalSendsBackToReview()
    {
        QFETCH(QString, change);
        QFETCH(bool, voids);
        Post p = newPost(QStringLiteral("Bien doser le paracétamol"), m_brand);
        p.extras.media = {
            PostMedia{QStringLiteral("/tmp/dose.png"), QStringLiteral("Tableau des doses"), "ab12"}};
        QVERIFY(PostRepository(db(), m_clock).update(p, p.author));
        ApprovalService approvals(db(), m_clock);
        QVERIFY(approvals.submit(p.id, p.author));
        QVERIFY(review(p.id, ReviewRole::Medical, QStringLiteral("Dr Martin")));
        QVERIFY(review(p.id, ReviewRole::Legal, QStringLiteral("Me Lefèvre")));
        p = reload(p.id);
        QCOMPARE(p.state, PostState::Scheduled);

        if (change == "text")
            p.body += QStringLiteral(" !");
        else if (change == "channel")
            p.variants.first().body = QStringLiteral("Version Mastodon");
        else if (change == "comment")
            p.extras.firstComment = QStringLiteral("Questions ? Demandez à votre pharmacien.");
        else if (change == "alt")
            p.extras.media.first().altText = QStringLiteral("Tableau");
        else if (change == "date")
            p.scheduledAt = p.scheduledAt.addDays(2);
        if (change == "safety") {
            Brand b = *WorkspaceRepository(db(), m_clock).brand(m_brand.id);
            b.safetyText = QStringLiteral("Nouvelle mention légale.");
            QVERIFY(WorkspaceRepository(db(), m_clock).updateBrand(b, QStringLiteral("admin")));
            // The approved text is no longer what would be published: it may not go out.
            QVERIFY(approvals.publishBlocker(reload(p.id)).contains(QStringLiteral("not approved")));
            return;
        }
        QVERIFY(PostRepository(db(), m_clock).update(p, p.author));
        const Post after = reload(p.id);
        QCOMPARE(after.state, voids ? PostState::InReview : PostState::Scheduled);
        QCOMPARE(approvals.status(after).missing.size(), voids ? 2 : 0);
        QCOMPARE(auditActions(p.id).contains(QStringLiteral("post.approval_voided")), voids);
    }

    void expiredApprovalBlocksPublishing()
    {
        const Post p = newPost(QStringLiteral("Campagne d'hiver"), m_brand, m_clock.now().addDays(20));
        ApprovalService approvals(db(), m_clock);
        QVERIFY(approvals.submit(p.id, p.author));
        QVERIFY(
            review(p.id, ReviewRole::Medical, QStringLiteral("Dr Martin"), true, m_clock.now().addDays(10)));
        QVERIFY(
            review(p.id, ReviewRole::Legal, QStringLiteral("Me Lefèvre"), true, m_clock.now().addDays(30)));
        QVERIFY(approvals.publishBlocker(reload(p.id)).isEmpty());
        m_clock.advanceSecs(11 * 24 * 3600);
        const QString blocker = ApprovalService(db(), m_clock).publishBlocker(reload(p.id));
        QVERIFY2(blocker.contains(QStringLiteral("expired on 2026-12-06")), qPrintable(blocker));
        QVERIFY(blocker.contains(QStringLiteral("MLR-2026-0142")));
    }

    void refusedDecisions_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("reviewer");
        QTest::addColumn<int>("expiresInDays");
        QTest::addColumn<QString>("message");
        QTest::newRow("author") << int(ReviewRole::Medical) << "camille (cm)" << 0 << "wrote this post";
        QTest::newRow("role not required")
            << int(ReviewRole::Regulatory) << "Dr Martin" << 0 << "does not require a regulatory review";
        QTest::newRow("no role") << int(ReviewRole::Unknown) << "Dr Martin" << 0 << "Choose the review";
        QTest::newRow("no name") << int(ReviewRole::Medical) << "  " << 0 << "Say who";
        QTest::newRow("expired already") << int(ReviewRole::Medical) << "Dr Martin" << -1 << "already passed";
        QTest::newRow("not a member") << int(ReviewRole::Medical) << "Inconnu" << 0 << "not a member";
        QTest::newRow("member without role")
            << int(ReviewRole::Legal) << "Dr Martin" << 0 << "may not sign the legal";
    }
    void refusedDecisions()
    {
        QFETCH(int, role);
        QFETCH(QString, reviewer);
        QFETCH(int, expiresInDays);
        QFETCH(QString, message);
        MemberRepository members(db(), m_clock);
        Member martin{0, m_ws.id, QStringLiteral("Dr Martin"), {ReviewRole::Medical}};
        QVERIFY(members.save(martin, QStringLiteral("admin")));
        Member lefevre{0, m_ws.id, QStringLiteral("Me Lefèvre"), {ReviewRole::Legal}};
        QVERIFY(members.save(lefevre, QStringLiteral("admin")));
        const Post p = newPost(QStringLiteral("Texte"), m_brand);
        QVERIFY(ApprovalService(db(), m_clock).submit(p.id, p.author));
        const int before = ApprovalRepository(db()).forPost(p.id).size();
        const Status st = review(p.id, ReviewRole(role), reviewer, true,
                                 expiresInDays ? m_clock.now().addDays(expiresInDays) : QDateTime());
        QVERIFY(!st);
        QVERIFY2(st.error().contains(message), qPrintable(st.error()));
        QCOMPARE(ApprovalRepository(db()).forPost(p.id).size(), before);
        QCOMPARE(reload(p.id).state, PostState::InReview);
    }

    void changesRequestedThenResubmitted()
    {
        Post p = newPost(QStringLiteral("Le paracétamol, c'est simple"), m_brand);
        ApprovalService approvals(db(), m_clock);
        QVERIFY(approvals.submit(p.id, p.author));
        QVERIFY(review(p.id, ReviewRole::Medical, QStringLiteral("Dr Martin")));
        QVERIFY(review(p.id, ReviewRole::Legal, QStringLiteral("Me Lefèvre"), false));
        QCOMPARE(reload(p.id).state, PostState::ChangesRequested);
        QVERIFY(!review(p.id, ReviewRole::Legal, QStringLiteral("Me Lefèvre")));
        p = reload(p.id);
        p.body = QStringLiteral("Le paracétamol : respectez les doses");
        QVERIFY(PostRepository(db(), m_clock).update(p, p.author));
        QVERIFY(approvals.submit(p.id, p.author));
        // The medical approval was given on the old text: both reviews are needed again.
        QCOMPARE(approvals.status(reload(p.id)).missing.size(), 2);
    }

    void complianceErrorsBlockSubmission()
    {
        const Post p = newPost(QStringLiteral("Dolizen guérit tout, sans effets secondaires"), m_brand);
        const Status st = ApprovalService(db(), m_clock).submit(p.id, p.author);
        QVERIFY(!st);
        QVERIFY(st.error().contains(QStringLiteral("guérit")));
        QVERIFY(st.error().contains(QStringLiteral("sans effets secondaires")));
        QCOMPARE(reload(p.id).state, PostState::Draft);
        QVERIFY(!auditActions(p.id).contains(QStringLiteral("post.submitted")));
    }

    void seriesIsReviewedOnce()
    {
        Post first = newPost(QStringLiteral("Astuce santé du lundi"), m_brand);
        first.seriesId = first.id;
        QVERIFY(PostRepository(db(), m_clock).update(first, first.author));
        Post second = first;
        second.id = 0;
        second.scheduledAt = first.scheduledAt.addDays(7);
        second.variants = {PostVariant::forAccount(m_account.id)};
        QVERIFY(PostRepository(db(), m_clock).create(second, first.author));
        ApprovalService approvals(db(), m_clock);
        QVERIFY(approvals.submit(first.id, first.author));
        QVERIFY(approvals.submit(second.id, first.author));
        QVERIFY(review(first.id, ReviewRole::Medical, QStringLiteral("Dr Martin")));
        QVERIFY(review(first.id, ReviewRole::Legal, QStringLiteral("Me Lefèvre")));
        QCOMPARE(reload(first.id).state, PostState::Scheduled);
        QCOMPARE(reload(second.id).state, PostState::Scheduled);
    }

    void withdrawGoesBackToDraft()
    {
        const Post p = newPost(QStringLiteral("Texte"), m_brand);
        ApprovalService approvals(db(), m_clock);
        QVERIFY(approvals.submit(p.id, p.author));
        QVERIFY(approvals.withdraw(p.id, p.author));
        QCOMPARE(reload(p.id).state, PostState::Draft);
        QVERIFY(!approvals.withdraw(p.id, p.author));
    }
};

QTEST_GUILESS_MAIN(TestApprovalService)
#include "tst_approvalservice.moc"
