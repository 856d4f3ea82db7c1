// The case store: paging in the order reviewers work, counts, decisions with their rules and
// audit entries, two reviewers deciding the same case, mention cases.
#include "storage/adversecaserepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "support/testsupport.h"
#include "triagefixture.h"

#include <QtTest>
#include <algorithm>

using namespace vigie;

namespace {
const QDateTime kStart(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::utc()); // 09:00 in Paris

QStringList auditActions(Database &db, Id caseId)
{
    QStringList actions;
    for (const AuditEvent &e : AuditLog(db).eventsFor(QStringLiteral("adverse_case"), caseId))
        actions << e.action;
    return actions;
}
} // namespace

class TestAdverseCaseRepository : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<test::TempStore>();
        QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
        QVERIFY(test::seedTriageWorkspace(m_store->db(), &m_seeded));
        m_clock.set(kStart.addDays(1));
    }

    void ingestOpensAPendingCaseWithItsSource()
    {
        const Id id = test::ingestFlagged(db(), m_seeded, kStart);
        QVERIFY(id > 0);
        const auto d = repo().detail(id);
        QVERIFY(d);
        QCOMPARE(d->adverseCase.status, CaseStatus::Pending);
        QCOMPARE(d->adverseCase.day0, kStart);
        QCOMPARE(d->source.text, test::FlaggedText().text);
        QCOMPARE(d->source.authorHandle, QStringLiteral("@marie@piaille.fr"));
        QCOMPARE(d->source.authorName, QStringLiteral("Marie"));
        QCOMPARE(d->source.network, Network::Mastodon);
        QCOMPARE(d->source.accountHandle, QStringLiteral("@apaisyl@piaille.fr"));
        QCOMPARE(d->source.receivedAt, kStart);
        QCOMPARE(d->source.createdAt, kStart.addSecs(-120));
        QCOMPARE(d->source.evidence, test::defaultEvidence());
        QVERIFY(d->source.threadId > 0);
        QVERIFY(d->source.url.startsWith(QStringLiteral("https://piaille.fr/")));
        QCOMPARE(d->adverseCase.dueAt.toTimeZone(QTimeZone("Europe/Paris")).date(), QDate(2026, 11, 17));
    }

    void pagesFollowTheReviewersOrder_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1 per page") << 1;
        QTest::newRow("4 per page") << 4;
        QTest::newRow("page larger than the list") << 50;
    }
    void pagesFollowTheReviewersOrder()
    {
        QFETCH(int, pageSize);
        // 12 cases: received in shuffled order, some at the same second; 4 assessed not serious.
        QList<int> minutes = {5, 1, 9, 1, 7, 3, 11, 3, 0, 8, 2, 6};
        QList<Id> ids;
        for (int m : minutes)
            ids << test::ingestFlagged(db(), m_seeded, kStart.addSecs(60 * m));
        QVERIFY(!ids.contains(0));
        for (int i : {0, 3, 6, 9}) {
            QVERIFY(repo().confirm(ids[i], QStringLiteral("alice")));
            CaseIntake intake;
            intake.serious = false;
            QVERIFY(repo().saveIntake(ids[i], intake, QStringLiteral("alice")));
        }
        QVERIFY(repo().dismiss(ids[1], {DismissReason::NoAdverseEvent, 0, {}}, QStringLiteral("bob")));

        const auto readAll = [&](CaseView view) {
            QList<Id> seen;
            std::optional<CaseCursor> after;
            for (int guard = 0; guard < 100; ++guard) {
                const auto page = repo().list(m_seeded.workspace.id, view, after, pageSize);
                for (const auto &d : page)
                    seen << d.adverseCase.id;
                if (page.size() < pageSize)
                    break;
                after = AdverseCaseRepository::cursorAfter(page.constLast().adverseCase, view);
            }
            return seen;
        };
        // Pending: most urgent due date first (all 15 days here: earliest day 0 first), ties by id.
        QList<QPair<qint64, Id>> pending;
        QList<QPair<qint64, Id>> confirmed;
        for (int i = 0; i < ids.size(); ++i) {
            const qint64 day0 = kStart.addSecs(60 * minutes[i]).toSecsSinceEpoch();
            if (i == 0 || i == 3 || i == 6 || i == 9)
                confirmed << qMakePair(-day0, -ids[i]);
            else if (i != 1)
                pending << qMakePair(day0, ids[i]);
        }
        std::sort(pending.begin(), pending.end());
        std::sort(confirmed.begin(), confirmed.end());
        QList<Id> expectedPending, expectedConfirmed;
        for (const auto &p : pending)
            expectedPending << p.second;
        for (const auto &p : confirmed)
            expectedConfirmed << -p.second;
        QCOMPARE(readAll(CaseView::Pending), expectedPending);
        QCOMPARE(readAll(CaseView::Confirmed), expectedConfirmed);
        QCOMPARE(readAll(CaseView::Dismissed), QList<Id>{ids[1]});
        QCOMPARE(readAll(CaseView::All).size(), ids.size());
    }

    void countsPerStatusAndOverdue()
    {
        QList<Id> ids;
        for (int i = 0; i < 6; ++i)
            ids << test::ingestFlagged(db(), m_seeded, kStart.addDays(i));
        QVERIFY(repo().confirm(ids[0], QStringLiteral("alice")));
        QVERIFY(repo().confirm(ids[1], QStringLiteral("alice")));
        QVERIFY(
            repo().dismiss(ids[2], {DismissReason::FigurativeOrHypothetical, 0, {}}, QStringLiteral("bob")));
        CaseCounts c = repo().counts(m_seeded.workspace.id);
        QCOMPARE(c.pending, 3);
        QCOMPARE(c.confirmed, 2);
        QCOMPARE(c.dismissed, 1);
        QCOMPARE(c.overdue, 0);
        // Case 0 is due on 17 November (Paris): overdue from the 18th, with case 1 from the 19th.
        m_clock.set(QDateTime(QDate(2026, 11, 18), QTime(0, 30), QTimeZone("Europe/Paris")));
        QCOMPARE(repo().counts(m_seeded.workspace.id).overdue, 1);
        m_clock.set(QDateTime(QDate(2026, 11, 19), QTime(0, 30), QTimeZone("Europe/Paris")));
        QCOMPARE(repo().counts(m_seeded.workspace.id).overdue, 2);
        QCOMPARE(repo().list(m_seeded.workspace.id, CaseView::Overdue, std::nullopt, 10).size(), 2);
        // Submitting closes the clock; a dismissed case never counts.
        QVERIFY(repo().markSubmitted(ids[0], QDate(2026, 11, 18), QStringLiteral("PV-2026-0042"),
                                     QStringLiteral("alice")));
        c = repo().counts(m_seeded.workspace.id);
        QCOMPARE(c.overdue, 1);
        QCOMPARE(c.submitted, 1);
        QCOMPARE(c.confirmed, 2);
    }

    void theSecondReviewerIsToldWhoDecided()
    {
        const Id id = test::ingestFlagged(db(), m_seeded, kStart);
        // Two reviewers, two connections to the same store, both looking at the pending case.
        Database other;
        QVERIFY(other.openSqlite(m_store->path()));
        m_clock.set(QDateTime(QDate(2026, 11, 3), QTime(14, 5), QTimeZone("Europe/Paris")));
        AdverseCaseRepository alice(db(), m_clock);
        AdverseCaseRepository bob(other, m_clock);
        QCOMPARE(bob.detail(id)->adverseCase.status, CaseStatus::Pending);
        QVERIFY(alice.confirm(id, QStringLiteral("Alice Martin")));
        Status st = bob.confirm(id, QStringLiteral("Bob Durand"));
        QVERIFY(!st);
        QCOMPARE(st.error(),
                 QStringLiteral("Case %1 was already confirmed by Alice Martin at 14:05.").arg(id));
        st = bob.dismiss(id, {DismissReason::NoAdverseEvent, 0, {}}, QStringLiteral("Bob Durand"));
        QVERIFY(!st);
        QVERIFY(st.error().contains(QStringLiteral("already confirmed by Alice Martin")));
        QCOMPARE(auditActions(db(), id), QStringList{QStringLiteral("adverse_case.confirmed")});
        QCOMPARE(repo().detail(id)->adverseCase.decidedBy, QStringLiteral("Alice Martin"));
    }

    void dismissNeedsAReason_data()
    {
        QTest::addColumn<int>("reason");      // -1 = none
        QTest::addColumn<int>("duplicateOf"); // -1 = the case itself, -2 = the other case
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("error"); // empty = accepted
        QTest::newRow("no reason") << -1 << 0 << ""
                                   << "Choose why";
        QTest::newRow("other without words") << int(DismissReason::Other) << 0 << "   "
                                             << "a few words";
        QTest::newRow("other with words") << int(DismissReason::Other) << 0 << "Advert for a pharmacy"
                                          << "";
        QTest::newRow("duplicate of nothing") << int(DismissReason::Duplicate) << 0 << ""
                                              << "number of the case";
        QTest::newRow("duplicate of itself") << int(DismissReason::Duplicate) << -1 << ""
                                             << "of itself";
        QTest::newRow("duplicate of a missing case") << int(DismissReason::Duplicate) << 9999 << ""
                                                     << "no case 9999";
        QTest::newRow("duplicate of the other case") << int(DismissReason::Duplicate) << -2 << ""
                                                     << "";
        QTest::newRow("not about a medicine") << int(DismissReason::NotAboutMedicine) << 0 << ""
                                              << "";
        QTest::newRow("competitor, forwarded")
            << int(DismissReason::CompetitorForwarded) << 0 << "to Sanofi PV"
            << "";
    }
    void dismissNeedsAReason()
    {
        QFETCH(int, reason);
        QFETCH(int, duplicateOf);
        QFETCH(QString, note);
        QFETCH(QString, error);
        const Id original = test::ingestFlagged(db(), m_seeded, kStart);
        const Id id = test::ingestFlagged(db(), m_seeded, kStart.addSecs(60));
        CaseDismissal d;
        if (reason >= 0)
            d.reason = DismissReason(reason);
        d.duplicateOf = duplicateOf == -1 ? id : duplicateOf == -2 ? original : duplicateOf;
        d.note = note;
        const Status st = repo().dismiss(id, d, QStringLiteral("bob"));
        const auto after = repo().detail(id);
        if (!error.isEmpty()) {
            QVERIFY(!st);
            QVERIFY2(st.error().contains(error), qPrintable(st.error()));
            QCOMPARE(after->adverseCase.status, CaseStatus::Pending);
            QVERIFY(auditActions(db(), id).isEmpty());
            return;
        }
        QVERIFY2(st, qPrintable(st.error()));
        QCOMPARE(after->adverseCase.status, CaseStatus::Dismissed);
        QVERIFY(after->adverseCase.dismissal);
        QCOMPARE(after->adverseCase.dismissal->reason, d.reason);
        QCOMPARE(after->adverseCase.dismissal->note, note.trimmed());
        QCOMPARE(after->adverseCase.decidedBy, QStringLiteral("bob"));
        QCOMPARE(auditActions(db(), id), QStringList{QStringLiteral("adverse_case.dismissed")});
    }

    void decisionsFollowTheLifeCycleAndAreAudited()
    {
        const Id id = test::ingestFlagged(db(), m_seeded, kStart);
        CaseIntake intake;
        intake.reporter = {true, QStringLiteral("@marie@piaille.fr")};
        QVERIFY(repo()
                    .saveIntake(id, intake, QStringLiteral("alice"))
                    .error()
                    .contains(QStringLiteral("pending")));
        QVERIFY(repo()
                    .reopen(id, QStringLiteral("why not"), QStringLiteral("alice"))
                    .error()
                    .contains(QStringLiteral("only a dismissed case")));
        QVERIFY(repo().dismiss(id, {DismissReason::NoAdverseEvent, 0, {}}, QStringLiteral("bob")));
        QVERIFY(!repo().reopen(id, QStringLiteral("  "), QStringLiteral("alice")));
        QVERIFY(
            repo().reopen(id, QStringLiteral("She describes dizziness after all"), QStringLiteral("alice")));
        QCOMPARE(repo().detail(id)->adverseCase.status, CaseStatus::Pending);
        QCOMPARE(repo().detail(id)->adverseCase.day0, kStart); // the clock did not restart
        QVERIFY(repo().confirm(id, QStringLiteral("alice")));
        intake.serious = true;
        intake.seriousnessCriteria = {SeriousnessCriterion::Hospitalisation};
        intake.narrative = QStringLiteral("Vertiges, hospitalisée deux jours.");
        QVERIFY(repo().saveIntake(id, intake, QStringLiteral("alice")));
        QVERIFY(repo().saveIntake(id, intake, QStringLiteral("alice"))); // unchanged: no second entry
        auto d = repo().detail(id);
        QCOMPARE(d->adverseCase.intake.narrative, intake.narrative);
        QCOMPARE(d->adverseCase.intake.serious, std::optional<bool>(true));
        QCOMPARE(d->adverseCase.intake.seriousnessCriteria, intake.seriousnessCriteria);
        QVERIFY(
            !repo().markSubmitted(id, QDate(2026, 11, 1), QStringLiteral("PV-1"), QStringLiteral("alice")));
        QVERIFY(
            !repo().markSubmitted(id, QDate(2026, 12, 1), QStringLiteral("PV-1"), QStringLiteral("alice")));
        QVERIFY(!repo().markSubmitted(id, QDate(2026, 11, 3), QString(), QStringLiteral("alice")));
        QVERIFY(
            repo().markSubmitted(id, QDate(2026, 11, 3), QStringLiteral("PV-1"), QStringLiteral("alice")));
        d = repo().detail(id);
        QCOMPARE(d->adverseCase.status, CaseStatus::Submitted);
        QCOMPARE(d->adverseCase.intake.submissionReference, QStringLiteral("PV-1"));
        QCOMPARE(d->adverseCase.intake.narrative, intake.narrative);
        const Status late = repo().saveIntake(id, CaseIntake{}, QStringLiteral("alice"));
        QVERIFY(late.error().contains(QStringLiteral("already submitted")));
        QCOMPARE(auditActions(db(), id), (QStringList{QStringLiteral("adverse_case.dismissed"),
                                                      QStringLiteral("adverse_case.reopened"),
                                                      QStringLiteral("adverse_case.confirmed"),
                                                      QStringLiteral("adverse_case.intake_saved"),
                                                      QStringLiteral("adverse_case.submitted")}));
        const auto events = AuditLog(db()).eventsFor(QStringLiteral("adverse_case"), id);
        QCOMPARE(events.at(1).actor, QStringLiteral("alice"));
        QVERIFY(events.at(1).detail.contains(QStringLiteral("dizziness")));
        const auto verification = AuditLog(db()).verify();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
    }

    void seriousnessSetsTheDueDate_data()
    {
        QTest::addColumn<int>("serious"); // -1 not assessed
        QTest::addColumn<QDate>("due");
        QTest::newRow("not assessed: 15 days") << -1 << QDate(2026, 11, 17);
        QTest::newRow("serious: 15 days") << 1 << QDate(2026, 11, 17);
        QTest::newRow("not serious: 90 days") << 0 << QDate(2027, 1, 31);
    }
    void seriousnessSetsTheDueDate()
    {
        QFETCH(int, serious);
        QFETCH(QDate, due);
        const Id id = test::ingestFlagged(db(), m_seeded, kStart);
        QVERIFY(repo().confirm(id, QStringLiteral("alice")));
        CaseIntake intake;
        intake.narrative = QStringLiteral("assessed");
        if (serious >= 0)
            intake.serious = serious == 1;
        QVERIFY(repo().saveIntake(id, intake, QStringLiteral("alice")));
        QCOMPARE(repo().detail(id)->adverseCase.dueAt.toTimeZone(QTimeZone("Europe/Paris")).date(), due);
    }

    void mentionCasesShowTheMention()
    {
        const Id id = test::insertFlaggedMention(db(), m_seeded, kStart,
                                                 QStringLiteral("Apaisyl m'a donné des boutons"));
        QVERIFY(id > 0);
        // Opening again is harmless.
        QVERIFY(repo().counts(m_seeded.workspace.id).pending == 1);
        const auto d = repo().detail(id);
        QVERIFY(d->source.isMention);
        QCOMPARE(d->source.text, QStringLiteral("Apaisyl m'a donné des boutons"));
        QCOMPARE(d->source.authorHandle, QStringLiteral("jeanne.bsky.social"));
        QCOMPARE(d->source.network, Network::Bluesky);
        QCOMPARE(d->source.accountHandle, QStringLiteral("#apaisyl"));
        QCOMPARE(d->source.receivedAt, kStart);
        QCOMPARE(d->source.createdAt, kStart.addSecs(-600));
        QCOMPARE(d->adverseCase.dueAt.toTimeZone(QTimeZone("Europe/Paris")).date(), QDate(2026, 11, 17));
        QVERIFY(repo().confirm(id, QStringLiteral("alice")));
        QVERIFY(AuditLog(db()).verify().intact);
    }

private:
    Database &db() { return m_store->db(); }
    AdverseCaseRepository repo() { return AdverseCaseRepository(db(), m_clock); }

    std::unique_ptr<test::TempStore> m_store;
    test::TriageWorkspace m_seeded;
    FixedClock m_clock{kStart};
};

QTEST_GUILESS_MAIN(TestAdverseCaseRepository)
#include "tst_adversecaserepository.moc"
