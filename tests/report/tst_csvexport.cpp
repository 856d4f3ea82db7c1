// The CSV every chart's "Save data" writes: exact bytes a spreadsheet opens right.

#include "listening/analyticsroles.h"
#include "listening/csvexport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace vigie;

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

// One row, one column holding value (header "Value").
QByteArray csvOfOneCell(const QVariant &value)
{
    QStandardItemModel model(1, 1);
    model.setHeaderData(0, Qt::Horizontal, QStringLiteral("Value"));
    model.setData(model.index(0, 0), value);
    return modelToCsv(model);
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void field_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("plain text") << QVariant(QStringLiteral("Hélianthe")) << QByteArray("Hélianthe");
        QTest::newRow("comma") << QVariant(QStringLiteral("Solaris, 500 mg"))
                               << QByteArray("\"Solaris, 500 mg\"");
        QTest::newRow("quotes doubled")
            << QVariant(QStringLiteral("le \"vrai\" prix")) << QByteArray("\"le \"\"vrai\"\" prix\"");
        QTest::newRow("line break kept inside quotes")
            << QVariant(QStringLiteral("ligne 1\nligne 2")) << QByteArray("\"ligne 1\nligne 2\"");
        QTest::newRow("semicolon needs no quotes") << QVariant(QStringLiteral("a;b")) << QByteArray("a;b");
        QTest::newRow("integer without separators") << QVariant(qint64(1234567)) << QByteArray("1234567");
        QTest::newRow("negative integer") << QVariant(-42) << QByteArray("-42");
        QTest::newRow("double with a point, full precision")
            << QVariant(100.0 / 3.0) << QByteArray("33.333333333333336");
        QTest::newRow("whole double") << QVariant(50.0) << QByteArray("50");
        QTest::newRow("date ISO") << QVariant(QDate(2026, 3, 9)) << QByteArray("2026-03-09");
        QTest::newRow("UTC time ISO") << QVariant(QDateTime(QDate(2026, 3, 9), QTime(8, 5), QTimeZone::utc()))
                                      << QByteArray("2026-03-09T08:05:00Z");
        QTest::newRow("bool") << QVariant(true) << QByteArray("true");
        QTest::newRow("empty") << QVariant() << QByteArray("");
    }

    void field()
    {
        QFETCH(QVariant, value);
        QFETCH(QByteArray, field);
        QCOMPARE(csvOfOneCell(value), kBom + "Value\r\n" + field + "\r\n");
    }

    void wholeTableIsExact()
    {
        QStandardItemModel model(2, 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Marque"), QStringLiteral("Mentions, total"), QStringLiteral("Part (%)")});
        model.setData(model.index(0, 0), QStringLiteral("Hélianthe \"Derma\""));
        model.setData(model.index(0, 1), qint64(1200));
        model.setData(model.index(0, 2), 62.5);
        model.setData(model.index(1, 0), QStringLiteral("Médivia\r\nRhume"));
        model.setData(model.index(1, 1), qint64(0));
        model.setData(model.index(1, 2), 0.0);
        const QByteArray expected = kBom + "Marque,\"Mentions, total\",Part (%)\r\n"
                                           "\"Hélianthe \"\"Derma\"\"\",1200,62.5\r\n"
                                           "\"Médivia\r\nRhume\",0,0\r\n";
        QCOMPARE(modelToCsv(model), expected);
        QVERIFY(modelToCsv(model).startsWith(kBom)); // Excel reads UTF-8 only with it
    }

    void dayShownAsChartTimeIsWrittenAsTheDay()
    {
        // The volume model's day column: noon UTC for the date axis, PeriodStartRole the day.
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Day"), QStringLiteral("Hélianthe")});
        const QDate day(2026, 10, 25);
        model.setData(model.index(0, 0), QDateTime(day, QTime(12, 0), QTimeZone::utc()));
        model.setData(model.index(0, 0), day, PeriodStartRole);
        model.setData(model.index(0, 0), day, PeriodEndRole);
        model.setData(model.index(0, 1), 7);
        QCOMPARE(modelToCsv(model), kBom + "Day,Hélianthe\r\n2026-10-25,7\r\n");
    }

    void periodRowsGetTheirDates()
    {
        // The sentiment model: weeks named only by the vertical header.
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Positive"), QStringLiteral("Negative")});
        const QDate starts[] = {QDate(2026, 3, 4), QDate(2026, 3, 9)};
        const QDate ends[] = {QDate(2026, 3, 8), QDate(2026, 3, 15)};
        for (int row = 0; row < 2; ++row) {
            model.setHeaderData(row, Qt::Vertical, QStringLiteral("label %1").arg(row));
            model.setHeaderData(row, Qt::Vertical, starts[row], PeriodStartRole);
            model.setHeaderData(row, Qt::Vertical, ends[row], PeriodEndRole);
            model.setData(model.index(row, 0), 10 + row);
            model.setData(model.index(row, 1), 2 * row);
        }
        QCOMPARE(modelToCsv(model), kBom + "Period start,Period end,Positive,Negative\r\n"
                                           "2026-03-04,2026-03-08,10,0\r\n"
                                           "2026-03-09,2026-03-15,11,2\r\n");
    }

    void emptyModelGivesTheHeaderOnly()
    {
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Produit"), QStringLiteral("Mentions")});
        QCOMPARE(modelToCsv(model), kBom + "Produit,Mentions\r\n");
    }

    void writesTheFileWhole()
    {
        QTemporaryDir dir;
        QStandardItemModel model(1, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("A")});
        model.setData(model.index(0, 0), 1);
        const QString path = dir.filePath(QStringLiteral("data.csv"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older, longer export that must be replaced entirely\n");
        old.close();
        const Status st = writeModelCsv(model, path);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), kBom + "A\r\n1\r\n");
    }

    void unwritablePathFailsInWordsAndLeavesNothing()
    {
        QTemporaryDir dir;
        QStandardItemModel model(1, 1);
        const QString path = dir.filePath(QStringLiteral("missing-folder/data.csv"));
        const Status st = writeModelCsv(model, path);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(path), qPrintable(st.error()));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
