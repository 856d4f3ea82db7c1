// The triage pane driven as a reviewer would: the queue in urgency order with overdue and
// due-soon rows coloured, Confirm with Ctrl+Return, the intake saved with Ctrl+S (validity and
// due date following live), Dismiss with Ctrl+D and a reason, the reviewer who comes second,
// Open conversation, exports; screenshots in English and with French-length labels.
#include "../calendar/longlabeltranslator.h"
#include "pharmacovigilance/casequeuemodel.h"
#include "storage/auditlog.h"
#include "support/testsupport.h"
#include "triagefixture.h"
#include "ui/triage/dismissdialog.h"
#include "ui/triage/triagepane.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QtTest>

using namespace vigie;
using test::child;

namespace {
const QTimeZone kParis("Europe/Paris");

// How many pixels of rect look like color (a coloured badge, not anti-aliasing noise).
int pixelsLike(const QImage &image, const QRect &rect, const QColor &color)
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom() && y < image.height(); ++y) {
        for (int x = rect.left(); x <= rect.right() && x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) + qAbs(c.green() - color.green()) +
                    qAbs(c.blue() - color.blue()) <
                40)
                ++n;
        }
    }
    return n;
}
} // namespace

class TestTriagePane : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<test::TempStore>();
        QVERIFY(m_store->ok());
        QVERIFY(test::seedTriageWorkspace(m_store->db(), &m_seeded));
        // Today is 16 November: one case overdue (due 4 Nov), one due tomorrow, one in 13 days.
        m_overdue = test::ingestFlagged(db(), m_seeded, QDateTime(QDate(2026, 10, 20), QTime(10, 0), kParis));
        test::FlaggedText soon;
        soon.text =
            QStringLiteral("Mon fils a des plaques rouges depuis qu'il prend Apaisyl, c'est normal ?");
        soon.authorHandle = QStringLiteral("@paul@mastodon.social");
        soon.authorName = QStringLiteral("Paul");
        const auto span = [&](EvidenceKind kind, const QString &word) {
            return EvidenceSpan{kind, int(soon.text.indexOf(word)), int(word.size()), word};
        };
        soon.evidence = {span(EvidenceKind::Experience, QStringLiteral("Mon fils")),
                         span(EvidenceKind::Symptom, QStringLiteral("plaques rouges")),
                         span(EvidenceKind::Product, QStringLiteral("Apaisyl"))};
        m_dueSoon =
            test::ingestFlagged(db(), m_seeded, QDateTime(QDate(2026, 11, 2), QTime(9, 0), kParis), soon);
        m_onTime = test::ingestFlagged(db(), m_seeded, QDateTime(QDate(2026, 11, 14), QTime(18, 0), kParis));
        QVERIFY(m_overdue && m_dueSoon && m_onTime);
        m_clock.set(QDateTime(QDate(2026, 11, 16), QTime(10, 0), kParis));
    }

    void queueInUrgencyOrderWithColours()
    {
        ui::TriagePane pane(context());
        QAbstractItemModelTester tester(pane.queue(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        show(pane);
        auto *tabs = child<QTabBar>(&pane, "caseTabs");
        QCOMPARE(tabs->tabText(0), QStringLiteral("To review (3)"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Overdue (1)"));
        QCOMPARE(caseIds(pane), (QList<Id>{m_overdue, m_dueSoon, m_onTime}));
        QCOMPARE(pane.shownCaseId(), m_overdue); // the most urgent case opens first

        auto *list = child<QListView>(&pane, "caseList");
        const QImage image = list->viewport()->grab().toImage();
        const auto rowRect = [&](int row) { return list->visualRect(pane.queue()->index(row)); };
        const QColor red(0xc6, 0x28, 0x28), amber(0xc7, 0x7c, 0x00);
        QVERIFY2(pixelsLike(image, rowRect(0), red) > 100, "the overdue row shows a red badge");
        QVERIFY2(pixelsLike(image, rowRect(1), amber) > 100, "the row due tomorrow shows an amber badge");
        QCOMPARE(pixelsLike(image, rowRect(2), red) + pixelsLike(image, rowRect(2), amber), 0);
        QCOMPARE(pane.queue()->index(0).data(CaseQueueModel::DeadlineTextRole).toString().left(12),
                 QStringLiteral("Overdue by 1"));
        test::saveScreenshot(&pane, QStringLiteral("triage-queue"));

        QSignalSpy counts(&pane, &ui::TriagePane::caseCountsChanged);
        pane.reload();
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.at(0).at(0).toInt(), 3);
        QCOMPARE(counts.at(0).at(1).toInt(), 1);

        QCOMPARE(child<QLabel>(&pane, "evidenceLegend")->isVisible(), true);
        clickRow(pane, 1);
        QCOMPARE(pane.shownCaseId(), m_dueSoon);
        QVERIFY(child<QLabel>(&pane, "caseHeader")->text().contains(QStringLiteral("Due tomorrow")) ||
                child<QLabel>(&pane, "caseHeader")->text().contains(QStringLiteral("Due in 1 day")));
        test::saveScreenshot(&pane, QStringLiteral("triage-detail-pending"));
    }

    void confirmThenIntakeWithTheKeyboard()
    {
        ui::TriagePane pane(context());
        show(pane);
        QSignalSpy counts(&pane, &ui::TriagePane::caseCountsChanged);
        QCOMPARE(pane.shownCaseId(), m_overdue);
        QTest::keyClick(child<QListView>(&pane, "caseList"), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(AdverseCaseRepository(db()).detail(m_overdue)->adverseCase.status, CaseStatus::Confirmed);
        QCOMPARE(AdverseCaseRepository(db()).detail(m_overdue)->adverseCase.decidedBy,
                 QStringLiteral("Alice Martin"));
        QCOMPARE(caseIds(pane), (QList<Id>{m_dueSoon, m_onTime})); // it left the queue…
        QCOMPARE(pane.shownCaseId(), m_overdue);                   // …and its intake opens
        QVERIFY(child<QWidget>(&pane, "intakeForm")->isVisible());
        QVERIFY(!child<QPushButton>(&pane, "confirmButton")->isVisible());
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.at(0).at(0).toInt(), 2); // pending
        QCOMPARE(counts.at(0).at(1).toInt(), 1); // still overdue until submitted or reassessed
        QCOMPARE(child<QTabBar>(&pane, "caseTabs")->tabText(1), QStringLiteral("Confirmed (1)"));

        // Prefilled from the text; nothing ticked.
        QCOMPARE(child<QLineEdit>(&pane, "detail_reporter")->text(),
                 QStringLiteral("@marie@piaille.fr (Marie)"));
        QCOMPARE(child<QLineEdit>(&pane, "detail_product")->text(), QStringLiteral("Apaisyl"));
        QCOMPARE(child<QLineEdit>(&pane, "detail_event")->text(), QStringLiteral("vertiges"));
        auto *validity = child<QLabel>(&pane, "intakeValidity");
        QVERIFY(validity->text().contains(QStringLiteral("identifiable reporter, identifiable patient")));
        auto *due = child<QLabel>(&pane, "intakeDueDate");
        QVERIFY2(due->text().contains(QStringLiteral("2026-11-04")), qPrintable(due->text()));

        for (const char *name : {"met_reporter", "met_patient", "met_product", "met_event"})
            QTest::mouseClick(child<QCheckBox>(&pane, name), Qt::LeftButton, {}, QPoint(6, 6));
        child<QLineEdit>(&pane, "detail_patient")->setText(QStringLiteral("the author herself"));
        QCOMPARE(validity->text(), QStringLiteral("Valid report: the four minimum criteria are met."));
        auto *serious = child<QComboBox>(&pane, "seriousCombo");
        QVERIFY(!child<QCheckBox>(&pane, "seriousness_hospitalisation")->isEnabled());
        serious->setCurrentIndex(1); // not serious: 90 days
        QVERIFY2(due->text().contains(QStringLiteral("2027-01-18")), qPrintable(due->text()));
        child<QPlainTextEdit>(&pane, "narrative")
            ->setPlainText(QStringLiteral("Vertiges depuis le début du traitement."));
        test::saveScreenshot(&pane, QStringLiteral("triage-intake"));

        QTest::keyClick(child<QPlainTextEdit>(&pane, "narrative"), Qt::Key_S, Qt::ControlModifier);
        const auto saved = AdverseCaseRepository(db()).detail(m_overdue);
        QCOMPARE(saved->adverseCase.intake.serious, std::optional<bool>(false));
        QCOMPARE(saved->adverseCase.intake.patient.detail, QStringLiteral("the author herself"));
        QVERIFY(saved->adverseCase.intake.reporter.met);
        QCOMPARE(saved->adverseCase.dueAt.toTimeZone(kParis).date(), QDate(2027, 1, 18));
        QCOMPARE(counts.constLast().at(1).toInt(), 0); // no longer overdue
        QVERIFY(pane.messageText().contains(QStringLiteral("saved")));

        // Submission closes the clock; the form becomes read-only.
        child<QLineEdit>(&pane, "submissionReference")->setText(QStringLiteral("PV-2026-0042"));
        QTest::mouseClick(child<QPushButton>(&pane, "markSubmittedButton"), Qt::LeftButton);
        QCOMPARE(AdverseCaseRepository(db()).detail(m_overdue)->adverseCase.status, CaseStatus::Submitted);
        QVERIFY(!child<QLineEdit>(&pane, "detail_patient")->isEnabled());
        QVERIFY(due->text().contains(QStringLiteral("PV-2026-0042")));

        // Export what the safety department receives.
        const QString pdf = m_store->dir() + QStringLiteral("/case.pdf");
        QVERIFY(pane.exportShownCasePdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(pane.exportShownCaseCsv(m_store->dir() + QStringLiteral("/case.csv")));
        QVERIFY(AuditLog(db()).verify().intact);
        test::saveScreenshot(&pane, QStringLiteral("triage-submitted"));
    }

    void dismissAsksForAReason()
    {
        ui::TriagePane pane(context());
        show(pane);
        clickRow(pane, 1);
        QCOMPARE(pane.shownCaseId(), m_dueSoon);
        QTest::keyClick(child<QListView>(&pane, "caseList"), Qt::Key_D, Qt::ControlModifier);
        auto *dialog = pane.findChild<ui::DismissDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *ok = child<QPushButton>(dialog, "dismissConfirmButton");
        QVERIFY(!ok->isEnabled()); // no reason yet
        QTest::mouseClick(child<QRadioButton>(dialog, "reason_other"), Qt::LeftButton, {}, QPoint(6, 6));
        QVERIFY(!ok->isEnabled()); // "Other" needs words
        QVERIFY(child<QLabel>(dialog, "dismissHint")->isVisible());
        test::saveScreenshot(dialog, QStringLiteral("triage-dismiss-dialog"));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "dismissNote"),
                         QStringLiteral("Question about a rash, no intake"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        const auto d = AdverseCaseRepository(db()).detail(m_dueSoon);
        QCOMPARE(d->adverseCase.status, CaseStatus::Dismissed);
        QCOMPARE(d->adverseCase.dismissal->reason, std::optional<DismissReason>(DismissReason::Other));
        QCOMPARE(d->adverseCase.dismissal->note, QStringLiteral("Question about a rash, no intake"));
        // The next case of the queue opens.
        QCOMPARE(caseIds(pane), (QList<Id>{m_overdue, m_onTime}));
        QCOMPARE(pane.shownCaseId(), m_onTime);
        QCOMPARE(child<QTabBar>(&pane, "caseTabs")->tabText(2), QStringLiteral("Dismissed (1)"));

        // Cancelling the dialog changes nothing.
        QTest::keyClick(child<QListView>(&pane, "caseList"), Qt::Key_D, Qt::ControlModifier);
        dialog = pane.findChild<ui::DismissDialog *>();
        QVERIFY(dialog);
        dialog->reject();
        QCOMPARE(AdverseCaseRepository(db()).detail(m_onTime)->adverseCase.status, CaseStatus::Pending);

        // The dismissed tab shows the reason and offers Reopen.
        pane.showView(CaseView::Dismissed);
        QCOMPARE(caseIds(pane), QList<Id>{m_dueSoon});
        QVERIFY(
            child<QLabel>(&pane, "caseDecision")->text().contains(QStringLiteral("Question about a rash")));
        QVERIFY(child<QPushButton>(&pane, "reopenButton")->isVisible());
        QVERIFY(!child<QPushButton>(&pane, "dismissButton")->isVisible());
        test::saveScreenshot(&pane, QStringLiteral("triage-dismissed"));
    }

    void theSecondReviewerSeesWhoDecided()
    {
        ui::TriagePane pane(context());
        show(pane);
        QCOMPARE(pane.shownCaseId(), m_overdue);
        // Bob confirms the same case from another window, on another connection.
        Database other;
        QVERIFY(other.openSqlite(m_store->path()));
        FixedClock bobClock(QDateTime(QDate(2026, 11, 16), QTime(9, 42), kParis));
        QVERIFY(AdverseCaseRepository(other, bobClock).confirm(m_overdue, QStringLiteral("Bob Durand")));
        QTest::keyClick(child<QListView>(&pane, "caseList"), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(pane.messageText(),
                 QStringLiteral("Case %1 was already confirmed by Bob Durand at 09:42.").arg(m_overdue));
        QCOMPARE(AuditLog(db()).eventsFor(QStringLiteral("adverse_case"), m_overdue).size(), 1);
        // The view follows what happened: the case left the queue, its detail shows Bob's decision.
        QCOMPARE(caseIds(pane), (QList<Id>{m_dueSoon, m_onTime}));
        QVERIFY(child<QLabel>(&pane, "caseDecision")->text().contains(QStringLiteral("Bob Durand")));
        QCOMPARE(child<QTabBar>(&pane, "caseTabs")->tabText(0), QStringLiteral("To review (2)"));
        QCOMPARE(child<QTabBar>(&pane, "caseTabs")->tabText(1), QStringLiteral("Confirmed (1)"));
        test::saveScreenshot(&pane, QStringLiteral("triage-second-reviewer"));
    }

    void openConversationAndMentions()
    {
        const Id mention =
            test::insertFlaggedMention(db(), m_seeded, m_clock.now().addSecs(-3600),
                                       QStringLiteral("Apaisyl m'a donné des boutons partout"));
        ui::TriagePane pane(context());
        show(pane);
        QSignalSpy open(&pane, &ui::TriagePane::openConversationRequested);
        QTest::mouseClick(child<QPushButton>(&pane, "openConversationButton"), Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).value<Id>(),
                 AdverseCaseRepository(db()).detail(m_overdue)->source.threadId);
        clickRow(pane, pane.queue()->rowOf(mention));
        QCOMPARE(pane.shownCaseId(), mention);
        QVERIFY(!child<QPushButton>(&pane, "openConversationButton")
                     ->isVisible()); // a mention has no conversation
        QVERIFY(child<QLabel>(&pane, "caseMeta")->text().contains(QStringLiteral("found by #apaisyl")));
    }

    void frenchLengthLabels()
    {
        test::LongLabelTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QVERIFY(AdverseCaseRepository(db(), m_clock).confirm(m_overdue, QStringLiteral("Alice Martin")));
        {
            ui::TriagePane pane(context());
            show(pane);
            test::saveScreenshot(&pane, QStringLiteral("triage-queue-long"));
            pane.showView(CaseView::Confirmed);
            QCOMPARE(pane.shownCaseId(), m_overdue);
            test::saveScreenshot(&pane, QStringLiteral("triage-intake-long"));
            // Every visible button shows its whole label.
            for (QPushButton *b : pane.findChildren<QPushButton *>()) {
                if (b->isVisible())
                    QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->objectName()));
            }
            pane.showView(CaseView::Pending);
            QTest::keyClick(child<QListView>(&pane, "caseList"), Qt::Key_D, Qt::ControlModifier);
            auto *dialog = pane.findChild<ui::DismissDialog *>();
            QVERIFY(dialog);
            QTest::qWait(50);
            test::saveScreenshot(dialog, QStringLiteral("triage-dismiss-dialog-long"));
            dialog->reject();
        }
        QCoreApplication::removeTranslator(&translator);
    }

private:
    Database &db() { return m_store->db(); }
    ui::AppContext context()
    {
        ui::AppContext c;
        c.db = &db();
        c.workspace = m_seeded.workspace;
        c.clock = &m_clock;
        c.actor = QStringLiteral("Alice Martin");
        return c;
    }
    static void show(QWidget &pane)
    {
        pane.resize(1280, 820);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QApplication::setActiveWindow(&pane);
        QVERIFY(QTest::qWaitForWindowActive(&pane));
    }
    static void clickRow(ui::TriagePane &pane, int row)
    {
        auto *list = child<QListView>(&pane, "caseList");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(pane.queue()->index(row)).center());
    }
    static QList<Id> caseIds(ui::TriagePane &pane)
    {
        QList<Id> ids;
        for (int i = 0; i < pane.queue()->rowCount(); ++i)
            ids << pane.queue()->index(i).data(CaseQueueModel::CaseIdRole).value<Id>();
        return ids;
    }

    std::unique_ptr<test::TempStore> m_store;
    test::TriageWorkspace m_seeded;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 16), QTime(10, 0), kParis)};
    Id m_overdue = 0;
    Id m_dueSoon = 0;
    Id m_onTime = 0;
};

QTEST_MAIN(TestTriagePane)
#include "tst_triagepane.moc"
