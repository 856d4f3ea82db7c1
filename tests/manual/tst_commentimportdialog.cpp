// Inbox › Import comments as a community manager uses it: choose the file and the community,
// read the preview (or the lines to correct), import.
#include "calendar/longlabeltranslator.h"
#include "i18n/language.h"
#include "manualfixture.h"
#include "ui/manual/commentimportdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace vigie;
using test::ManualFixture;

namespace {
const QByteArray kGood =
    "\xEF\xBB\xBF"
    "Date;Auteur;Commentaire;Lien\r\n"
    "15/11/2026 10:30;Dr Martin;Très bon résumé, merci.;https://www.sermo.com/c/1\r\n"
    "15/11/2026 11:00;Patient anonyme;Depuis que je prends Hélicard j'ai des vertiges et "
    "le pouls à 45 le matin;\r\n"
    "15/11/2026 11:20;Dr Durand;\"Je partage ;\r\navec mes internes.\";\r\n";
const QByteArray kBad = "Date;Auteur;Commentaire\r\n"
                        "31/02/2026 10:30;Dr Martin;Texte\r\n"
                        "15/11/2026 11:00;;Sans auteur\r\n"
                        "15/11/2026 11:20;Dr Durand;\r\n";
} // namespace

class TestCommentImportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualFixture> m_fixture;

    ui::AppContext context()
    {
        ui::AppContext c;
        c.db = &m_fixture->db();
        c.workspace = m_fixture->workspace;
        c.clock = &m_fixture->clock();
        c.actor = QStringLiteral("camille");
        return c;
    }
    std::unique_ptr<ui::CommentImportDialog> openDialog(const QString &chosenFile)
    {
        auto dialog = std::make_unique<ui::CommentImportDialog>(context());
        dialog->setFileChooser([chosenFile](QWidget *) { return chosenFile; });
        dialog->show();
        QTest::mouseClick(test::child<QPushButton>(dialog.get(), "chooseFileButton"), Qt::LeftButton);
        return dialog;
    }
    int messages() { return m_fixture->count(QStringLiteral("SELECT COUNT(*) FROM messages")); }

private slots:
    void initTestCase() { QVERIFY(installTranslations(QStringLiteral("en"))); }
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_fixture = std::make_unique<ManualFixture>();
        QVERIFY(m_fixture->ok());
    }
    void cleanup() { m_fixture.reset(); }

    void offersOnlyManualChannels()
    {
        ui::CommentImportDialog dialog(context());
        auto *combo = test::child<QComboBox>(&dialog, "accountCombo");
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentData().toLongLong(), m_fixture->sermo.id);
        QVERIFY(test::child<QLabel>(&dialog, "summaryLabel")->text().contains("Choose a CSV file"));
        QVERIFY(!test::child<QPushButton>(&dialog, "importButton")->isEnabled());
    }

    void goodFileImportsAndFlags()
    {
        auto dialog = openDialog(m_fixture->writeFile("sermo.csv", kGood));
        auto *table = test::child<QTableWidget>(dialog.get(), "previewTable");
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *summary = test::child<QLabel>(dialog.get(), "summaryLabel");
        auto *import = test::child<QPushButton>(dialog.get(), "importButton");
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("4"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Dr Martin"));
        // Wall-clock time of the workspace, as written in the file.
        QVERIFY2(table->item(0, 1)->text().contains("10:30"), qPrintable(table->item(0, 1)->text()));
        // "3 comment(s)" until vigie_en.ts has the English plural forms of the new strings.
        QVERIFY2(summary->text().contains("3 comment"), qPrintable(summary->text()));
        QVERIFY(import->isEnabled());
        test::saveScreenshot(dialog.get(), QStringLiteral("comment-import-ready"));
        QSignalSpy imported(dialog.get(), &ui::CommentImportDialog::commentsImported);
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.at(0).at(0).toInt(), 3);
        QCOMPARE(imported.at(0).at(1).toInt(), 1);
        QCOMPARE(summary->text(),
                 "3 new comments in the inbox; 1 flagged as a possible adverse event, with a "
                 "case to review.");
        QVERIFY(!import->isEnabled());
        QCOMPARE(messages(), 3);
        QCOMPARE(m_fixture->count("SELECT COUNT(*) FROM adverse_cases"), 1);
        test::saveScreenshot(dialog.get(), QStringLiteral("comment-import-done"));
    }

    void badFileListsEveryLineAndImportsNothing()
    {
        auto dialog = openDialog(m_fixture->writeFile("sermo.csv", kBad));
        auto *table = test::child<QTableWidget>(dialog.get(), "previewTable");
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2"));
        QVERIFY(table->item(0, 3)->text().contains("cannot be read"));
        QVERIFY(table->item(1, 3)->text().contains("author is empty"));
        QVERIFY(table->item(2, 3)->text().contains("text is empty"));
        QVERIFY(!test::child<QPushButton>(dialog.get(), "importButton")->isEnabled());
        const QString summary = test::child<QLabel>(dialog.get(), "summaryLabel")->text();
        QVERIFY2(summary.contains("3 problem") && summary.contains("nothing will be imported"),
                 qPrintable(summary));
        test::saveScreenshot(dialog.get(), QStringLiteral("comment-import-errors"));
        QCOMPARE(messages(), 0);
    }

    void screenshotsInFrench()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(installTranslations(QStringLiteral("fr")));
        {
            auto dialog = openDialog(m_fixture->writeFile("sermo.csv", kGood));
            test::saveScreenshot(dialog.get(), QStringLiteral("comment-import-ready-fr"));
        }
        test::LongLabelTranslator longer;
        QCoreApplication::installTranslator(&longer);
        {
            auto dialog = openDialog(m_fixture->writeFile("sermo.csv", kBad));
            test::saveScreenshot(dialog.get(), QStringLiteral("comment-import-errors-long-labels"));
        }
        QCoreApplication::removeTranslator(&longer);
        QVERIFY(installTranslations(QStringLiteral("en")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
};

QTEST_MAIN(TestCommentImportDialog)
#include "tst_commentimportdialog.moc"
