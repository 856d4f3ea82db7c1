// The queue model: keyset pages through fetchMore in the repository's order, a decided case
// leaving its view without a reset, checked by QAbstractItemModelTester throughout.
#include "pharmacovigilance/caseassessment.h"
#include "pharmacovigilance/casequeuemodel.h"
#include "support/testsupport.h"
#include "triagefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace vigie;

class TestCaseQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesAndDecisions_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("7 per page") << 7;
        QTest::newRow("1 per page") << 1;
        QTest::newRow("one page") << 100;
    }
    void pagesAndDecisions()
    {
        QFETCH(int, pageSize);
        test::TempStore store;
        test::TriageWorkspace seeded;
        QVERIFY(test::seedTriageWorkspace(store.db(), &seeded));
        const QTimeZone paris("Europe/Paris");
        const QDateTime start(QDate(2026, 11, 2), QTime(9, 0), paris);
        QList<Id> ids; // received one hour apart, oldest first = most urgent first
        for (int i = 0; i < 30; ++i)
            ids << test::ingestFlagged(store.db(), seeded, start.addSecs(3600 * i));
        const FixedClock clock(start.addDays(1));
        CaseQueueModel model(store.db(), clock, paris);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(pageSize);
        model.setView(seeded.workspace.id, CaseView::Pending);
        QCOMPARE(model.rowCount(), qMin(pageSize, 30));
        int guard = 0;
        while (model.canFetchMore({}) && ++guard < 100)
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 30);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(model.index(i).data(CaseQueueModel::CaseIdRole).value<Id>(), ids.at(i));
        QCOMPARE(model.index(0).data(CaseQueueModel::DueDateRole).toDate(), QDate(2026, 11, 17));
        QCOMPARE(model.index(0).data(CaseQueueModel::UrgencyRole).toInt(), int(CaseUrgency::OnTime));

        // A decided case leaves the pending view with a row removal, not a reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(AdverseCaseRepository(store.db(), clock).confirm(ids.at(3), QStringLiteral("alice")));
        model.refreshCase(ids.at(3));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 29);
        QCOMPARE(model.rowOf(ids.at(3)), -1);

        // In the confirmed view, a change stays in place as a dataChanged.
        model.setView(seeded.workspace.id, CaseView::Confirmed);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        CaseIntake intake;
        intake.serious = false;
        QVERIFY(
            AdverseCaseRepository(store.db(), clock).saveIntake(ids.at(3), intake, QStringLiteral("alice")));
        model.refreshCase(ids.at(3));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data(CaseQueueModel::DueDateRole).toDate(), QDate(2027, 1, 31));
    }
};

QTEST_GUILESS_MAIN(TestCaseQueueModel)
#include "tst_casequeuemodel.moc"
