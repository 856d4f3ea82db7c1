// The rules a reviewer works by: due dates (15 or 90 calendar days from day 0 in the
// workspace's zone, across daylight-saving changes), overdue from the day after the due date,
// the four minimum criteria, the prefilled intake.
#include "pharmacovigilance/caseassessment.h"
#include "storage/database.h"
#include "support/testsupport.h"
#include "triagefixture.h"

#include <QtTest>

using namespace vigie;

Q_DECLARE_METATYPE(CaseUrgency)

class TestCaseAssessment : public QObject
{
    Q_OBJECT

private slots:
    void deadlines_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("day0"); // wall-clock time in zone
        QTest::addColumn<int>("serious");    // -1 not assessed, 0 no, 1 yes
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<CaseUrgency>("urgency");
        QTest::addColumn<QString>("text");
        const QString paris = QStringLiteral("Europe/Paris");
        const auto at = [](const QString &zone, int y, int mo, int d, int h, int mi) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(zone.toUtf8()));
        };
        const QDateTime nov = at(paris, 2026, 11, 2, 9, 0);
        QTest::newRow("not assessed: 15 days")
            << paris << nov << -1 << QDate(2026, 11, 2) << QDate(2026, 11, 17) << CaseUrgency::OnTime
            << "Due in 15 day";
        QTest::newRow("serious: 15 days") << paris << nov << 1 << QDate(2026, 11, 10) << QDate(2026, 11, 17)
                                          << CaseUrgency::OnTime << "Due in 7 day";
        QTest::newRow("not serious: 90 days") << paris << nov << 0 << QDate(2026, 11, 10)
                                              << QDate(2027, 1, 31) << CaseUrgency::OnTime << "Due in 82 day";
        QTest::newRow("four days left") << paris << nov << 1 << QDate(2026, 11, 13) << QDate(2026, 11, 17)
                                        << CaseUrgency::OnTime << "Due in 4 day";
        QTest::newRow("three days left: soon")
            << paris << nov << 1 << QDate(2026, 11, 14) << QDate(2026, 11, 17) << CaseUrgency::DueSoon
            << "Due in 3 day";
        QTest::newRow("on the due date: not yet overdue")
            << paris << nov << -1 << QDate(2026, 11, 17) << QDate(2026, 11, 17) << CaseUrgency::DueSoon
            << "Due today";
        QTest::newRow("the day after: overdue")
            << paris << nov << -1 << QDate(2026, 11, 18) << QDate(2026, 11, 17) << CaseUrgency::Overdue
            << "Overdue by 1 day";
        QTest::newRow("a week after") << paris << nov << 0 << QDate(2027, 2, 7) << QDate(2027, 1, 31)
                                      << CaseUrgency::Overdue << "Overdue by 7 day";
        // Late evening before the spring change (29 March): 15 days later is 4 April, not the
        // 5th that adding 15 x 24 h would give once clocks moved forward.
        QTest::newRow("across spring DST, late evening")
            << paris << at(paris, 2026, 3, 20, 23, 30) << -1 << QDate(2026, 4, 5) << QDate(2026, 4, 4)
            << CaseUrgency::Overdue << "Overdue by 1 day";
        QTest::newRow("across autumn DST, just after midnight")
            << paris << at(paris, 2026, 10, 20, 0, 30) << 1 << QDate(2026, 11, 4) << QDate(2026, 11, 4)
            << CaseUrgency::DueSoon << "Due today";
        QTest::newRow("across autumn DST, 90 days")
            << paris << at(paris, 2026, 10, 20, 0, 30) << 0 << QDate(2026, 11, 4) << QDate(2027, 1, 18)
            << CaseUrgency::OnTime << "Due in 75 day";
        const QString newYork = QStringLiteral("America/New_York");
        QTest::newRow("New York across its spring DST")
            << newYork << at(newYork, 2026, 3, 1, 23, 30) << -1 << QDate(2026, 3, 16) << QDate(2026, 3, 16)
            << CaseUrgency::DueSoon << "Due today";
    }
    void deadlines()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, day0);
        QFETCH(int, serious);
        QFETCH(QDate, today);
        QFETCH(QDate, due);
        QFETCH(CaseUrgency, urgency);
        QFETCH(QString, text);
        const QTimeZone tz(zone.toUtf8());
        AdverseCase c;
        c.status = CaseStatus::Confirmed;
        c.day0 = day0.toUTC();
        if (serious >= 0)
            c.intake.serious = serious == 1;
        c.dueAt = caseDueAt(c.day0, c.intake.serious, tz);
        QCOMPARE(dueDateFor(c, c.intake.serious, tz), due);
        const CaseDeadline d = caseDeadline(c, tz, today);
        QCOMPARE(d.day0, day0.date());
        QCOMPARE(d.dueDate, due);
        QCOMPARE(d.urgency, urgency);
        // Plural endings come from vigie_en.ts once lupdate has run: the words before them are checked.
        QVERIFY2(CaseText::deadline(d, c.status).startsWith(text),
                 qPrintable(CaseText::deadline(d, c.status)));
        // Submitted or dismissed: the clock is closed whatever the date.
        c.status = CaseStatus::Submitted;
        QCOMPARE(caseDeadline(c, tz, today).urgency, CaseUrgency::Closed);
        c.status = CaseStatus::Dismissed;
        QCOMPARE(caseDeadline(c, tz, today).urgency, CaseUrgency::Closed);
    }

    // The store's overdue count turns at midnight in the workspace's zone, not in UTC.
    void overdueTurnsAtMidnightInTheWorkspaceZone_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("overdue");
        const QTimeZone paris("Europe/Paris");
        QTest::newRow("due date, 23:59") << QDateTime(QDate(2026, 11, 17), QTime(23, 59), paris) << 0;
        QTest::newRow("next day, 00:00") << QDateTime(QDate(2026, 11, 18), QTime(0, 0), paris) << 1;
        QTest::newRow("next day, still the 17th in UTC")
            << QDateTime(QDate(2026, 11, 17), QTime(23, 30), QTimeZone::utc()) << 1;
    }
    void overdueTurnsAtMidnightInTheWorkspaceZone()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, overdue);
        test::TempStore store;
        test::TriageWorkspace seeded;
        QVERIFY(test::seedTriageWorkspace(store.db(), &seeded));
        QVERIFY(test::ingestFlagged(store.db(), seeded,
                                    QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone("Europe/Paris"))));
        const FixedClock clock(now);
        QCOMPARE(AdverseCaseRepository(store.db(), clock).counts(seeded.workspace.id).overdue, overdue);
    }

    // The case the ingest opens carries the same due date as the rule, across DST too.
    void ingestedCaseDueDateAcrossDst()
    {
        test::TempStore store;
        test::TriageWorkspace seeded;
        QVERIFY(test::seedTriageWorkspace(store.db(), &seeded));
        const QTimeZone paris("Europe/Paris");
        const Id id =
            test::ingestFlagged(store.db(), seeded, QDateTime(QDate(2026, 3, 20), QTime(23, 30), paris));
        const auto d = AdverseCaseRepository(store.db()).detail(id);
        QVERIFY(d);
        QCOMPARE(d->adverseCase.dueAt.toTimeZone(paris).date(), QDate(2026, 4, 4));
    }

    void validity_data()
    {
        QTest::addColumn<bool>("reporter");
        QTest::addColumn<bool>("patient");
        QTest::addColumn<bool>("product");
        QTest::addColumn<bool>("event");
        QTest::addColumn<QString>("text");
        QTest::newRow("all four") << true << true << true << true
                                  << "Valid report: the four minimum criteria are met.";
        QTest::newRow("none")
            << false << false << false << false
            << "Not yet a valid report. Missing: identifiable reporter, identifiable patient, "
               "suspect product, adverse event or reaction.";
        QTest::newRow("no reporter") << false << true << true << true
                                     << "Not yet a valid report. Missing: identifiable reporter.";
        QTest::newRow("no patient") << true << false << true << true
                                    << "Not yet a valid report. Missing: identifiable patient.";
        QTest::newRow("no product") << true << true << false << true
                                    << "Not yet a valid report. Missing: suspect product.";
        QTest::newRow("no event") << true << true << true << false
                                  << "Not yet a valid report. Missing: adverse event or reaction.";
        QTest::newRow("patient and event missing")
            << true << false << true << false
            << "Not yet a valid report. Missing: identifiable patient, adverse event or reaction.";
    }
    void validity()
    {
        QFETCH(bool, reporter);
        QFETCH(bool, patient);
        QFETCH(bool, product);
        QFETCH(bool, event);
        QFETCH(QString, text);
        CaseIntake intake;
        intake.reporter.met = reporter;
        intake.patient.met = patient;
        intake.product.met = product;
        intake.event.met = event;
        // Words alone do not make a criterion met: the reviewer ticks it.
        intake.patient.detail = QStringLiteral("her son, 8");
        const IntakeValidity v = intakeValidity(intake);
        QCOMPARE(v.valid(), reporter && patient && product && event);
        QCOMPARE(CaseText::validity(v), text);
    }

    void prefillFromTheEvidence()
    {
        CaseSource source;
        source.authorHandle = QStringLiteral("@marie@piaille.fr");
        source.authorName = QStringLiteral("Marie");
        source.text = test::FlaggedText().text;
        source.evidence = test::defaultEvidence();
        source.evidence << EvidenceSpan{EvidenceKind::Product, 0, 7,
                                        QStringLiteral("apaisyl")}; // same, other case
        const CaseIntake intake = prefilledIntake(source);
        QCOMPARE(intake.reporter.detail, QStringLiteral("@marie@piaille.fr (Marie)"));
        QCOMPARE(intake.product.detail, QStringLiteral("Apaisyl"));
        QCOMPARE(intake.event.detail, QStringLiteral("vertiges"));
        QVERIFY(intake.patient.detail.isEmpty());
        QVERIFY(!intake.reporter.met && !intake.patient.met && !intake.product.met && !intake.event.met);
        QVERIFY(!intake.serious);
    }

    void intakeSurvivesItsJson()
    {
        CaseIntake intake;
        intake.reporter = {true, QStringLiteral("@marie")};
        intake.patient = {true, QStringLiteral("son fils, 8 ans")};
        intake.product = {true, QStringLiteral("Apaisyl 10 mg")};
        intake.event = {false, QStringLiteral("éruption \"cutanée\"\nvertiges")};
        intake.serious = true;
        intake.seriousnessCriteria = {SeriousnessCriterion::LifeThreatening,
                                      SeriousnessCriterion::Hospitalisation};
        intake.patientAge = QStringLiteral("8");
        intake.patientSex = QStringLiteral("male");
        intake.narrative = QStringLiteral("Hospitalisé 2 jours 🏥");
        intake.submittedOn = QDate(2026, 11, 5);
        intake.submissionReference = QStringLiteral("PV-7");
        const QString json = QString::fromUtf8(QJsonDocument(intake.toJson()).toJson());
        QCOMPARE(CaseIntake::fromJson(json), intake);
        // Broken or newer input reads as an empty intake, never a crash.
        QCOMPARE(CaseIntake::fromJson(QStringLiteral("{not json")), CaseIntake{});
        const CaseIntake newer = CaseIntake::fromJson(
            QStringLiteral("{\"serious\": true, \"seriousness\": [\"death\", \"alien\"]}"));
        QCOMPARE(newer.seriousnessCriteria, QList<SeriousnessCriterion>{SeriousnessCriterion::Death});
        QCOMPARE(CaseText::seriousness(newer), QStringLiteral("Serious: Death"));
    }
};

QTEST_GUILESS_MAIN(TestCaseAssessment)
#include "tst_caseassessment.moc"
