// The import dialog as a community manager uses it: choose a file, read the preview, import.
#include "calendar/calendarfixture.h"
#include "calendar/longlabeltranslator.h"
#include "i18n/language.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"
#include "ui/calendar/importscheduledialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace vigie;
using test::CalendarFixture;

namespace {
// "Now" is Monday 16 November 2026, 09:00 in Paris.
const QByteArray kGood =
    "Date;Message;Lien\r\n"
    "20/11/2026 09:00;Pensez à vous hydrater pendant l'effort.;https://sante.fr/eau\r\n"
    "21/11/2026 18:30;\"Grippe : la vaccination est ouverte, parlez-en à votre pharmacien.\"\r\n"
    "23/11/2026 12:00;Le sommeil, premier allié de l'immunité.\r\n";
const QByteArray kBad = "Date;Message;Lien\r\n"
                        "20/11/2026 09:00;Pensez à vous hydrater pendant l'effort.\r\n"
                        "21/11/2026 18:32;Grippe : la vaccination est ouverte.\r\n"
                        "15/11/2026 12:00;Le sommeil, premier allié de l'immunité.\r\n"
                        "24/11/2026 12:00;Ce sirop guérit la toux en une nuit !\r\n"
                        "25/11/2026 12:00;Pensez à vous hydrater pendant l'effort.\r\n";
} // namespace

class TestImportScheduleDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CalendarFixture> m_fixture;
    QTemporaryDir m_dir;

    QString writeCsv(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("planning.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }
    int postCount() { return m_fixture->postCount(); }

    std::unique_ptr<ui::ImportScheduleDialog> openDialog(const QString &chosenFile)
    {
        auto dialog = std::make_unique<ui::ImportScheduleDialog>(m_fixture->appContext());
        dialog->setFileChooser([chosenFile](QWidget *) { return chosenFile; });
        dialog->setAccount(m_fixture->auroraMastodon.id);
        dialog->setDateOrder(DateOrder::DayMonth);
        dialog->show();
        return dialog;
    }

private slots:
    // English plural forms ("3 posts") come from the English translation.
    void initTestCase() { QVERIFY(installTranslations(QStringLiteral("en"))); }

    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_fixture = std::make_unique<CalendarFixture>();
        QVERIFY(m_fixture->ok());
        Brand aurora = m_fixture->aurora;
        aurora.safetyText = QStringLiteral("Lire attentivement la notice. Déclarez tout effet indésirable.");
        QVERIFY(WorkspaceRepository(m_fixture->db(), m_fixture->clock()).updateBrand(aurora, "test"));
    }
    void cleanup() { m_fixture.reset(); }

    void badFileShowsEveryReasonAndCannotImport()
    {
        auto dialog = openDialog(writeCsv(kBad));
        auto *table = test::child<QTableWidget>(dialog.get(), "previewTable");
        auto *import = test::child<QPushButton>(dialog.get(), "importButton");
        auto *summary = test::child<QLabel>(dialog.get(), "summaryLabel");
        QVERIFY(table && import && summary);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!import->isEnabled());
        QTest::mouseClick(test::child<QPushButton>(dialog.get(), "chooseFileButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 5);
        const auto cell = [&](int row, int column) { return table->item(row, column)->text(); };
        QCOMPARE(cell(0, 0), QStringLiteral("2"));
        QCOMPARE(cell(0, 3), QStringLiteral("✓"));
        QCOMPARE(cell(1, 0), QStringLiteral("3"));
        QVERIFY2(cell(1, 3).contains("multiple of 5"), qPrintable(cell(1, 3)));
        QVERIFY2(cell(2, 3).contains("in the past"), qPrintable(cell(2, 3)));
        QVERIFY2(cell(3, 3).contains("forbidden claim"), qPrintable(cell(3, 3)));
        QVERIFY2(cell(4, 3).contains("same message as line 2"), qPrintable(cell(4, 3)));
        QVERIFY(cell(0, 1).contains("20/11/2026"));
        QVERIFY(!import->isEnabled());
        QVERIFY2(summary->text().contains("4 of 5 lines to correct"), qPrintable(summary->text()));
        test::saveScreenshot(dialog.get(), QStringLiteral("import-schedule-errors"));

        // Choosing the order that does not fit the file explains it on every line.
        dialog->setDateOrder(DateOrder::MonthDay);
        QVERIFY2(cell(0, 3).contains("read month first"), qPrintable(cell(0, 3)));
        QCOMPARE(postCount(), 0);
    }

    void goodFileImportsEveryPost()
    {
        auto dialog = openDialog(writeCsv(kGood));
        QTest::mouseClick(test::child<QPushButton>(dialog.get(), "chooseFileButton"), Qt::LeftButton);
        auto *table = test::child<QTableWidget>(dialog.get(), "previewTable");
        auto *import = test::child<QPushButton>(dialog.get(), "importButton");
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(import->isEnabled());
        QVERIFY2(test::child<QLabel>(dialog.get(), "summaryLabel")->text().contains("3 posts ready"),
                 qPrintable(test::child<QLabel>(dialog.get(), "summaryLabel")->text()));
        // Shown in the workspace's time (Paris), whatever the computer's timezone.
        QVERIFY2(table->item(1, 1)->text().contains("18:30"), qPrintable(table->item(1, 1)->text()));
        test::saveScreenshot(dialog.get(), QStringLiteral("import-schedule-ready"));
        QSignalSpy imported(dialog.get(), &ui::ImportScheduleDialog::postsImported);
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.at(0).at(0).toInt(), 3);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(postCount(), 3);
    }

    void noFileYetSaysWhatToDo()
    {
        auto dialog = openDialog(QString());
        QTest::mouseClick(test::child<QPushButton>(dialog.get(), "chooseFileButton"), Qt::LeftButton);
        QVERIFY(!test::child<QPushButton>(dialog.get(), "importButton")->isEnabled());
        QVERIFY(test::child<QLabel>(dialog.get(), "summaryLabel")->text().contains("Choose a CSV file"));
    }

    // French labels are ~35% longer: nothing may be clipped.
    void longLabelsFit()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        test::LongLabelTranslator translator;
        QCoreApplication::installTranslator(&translator);
        {
            auto dialog = openDialog(writeCsv(kBad));
            QTest::mouseClick(test::child<QPushButton>(dialog.get(), "chooseFileButton"), Qt::LeftButton);
            test::saveScreenshot(dialog.get(), QStringLiteral("import-schedule-errors-long-labels"));
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
};

QTEST_MAIN(TestImportScheduleDialog)
#include "tst_importscheduledialog.moc"
