// Reading CSV files as spreadsheets write them: the parser under the schedule import.
#include "publishing/scheduleimportcsv.h"

#include <QtTest>

using namespace vigie;

namespace {
// "line:field|field|…" per record: compact to write in the data table and readable on failure.
QStringList describe(const QList<CsvRecord> &records)
{
    QStringList lines;
    for (const CsvRecord &r : records)
        lines << QString::number(r.line) + QLatin1Char(':') + r.fields.join(QLatin1Char('|'));
    return lines;
}
} // namespace

class TestScheduleImportCsv : public QObject
{
    Q_OBJECT

private slots:
    void read_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QStringList>("records");

        QTest::newRow("LF") << QByteArray("20/11/2026 09:00,Bonjour\n21/11/2026 09:00,Salut\n") << ","
                            << QStringList{"1:20/11/2026 09:00|Bonjour", "2:21/11/2026 09:00|Salut"};
        QTest::newRow("CRLF, no final line break")
            << QByteArray("20/11/2026 09:00,Bonjour\r\n21/11/2026 09:00,Salut") << ","
            << QStringList{"1:20/11/2026 09:00|Bonjour", "2:21/11/2026 09:00|Salut"};
        QTest::newRow("quoted comma and link")
            << QByteArray("20/11/2026 09:00,\"Bonjour, le monde\",https://a.fr/x?y=1\n") << ","
            << QStringList{"1:20/11/2026 09:00|Bonjour, le monde|https://a.fr/x?y=1"};
        QTest::newRow("doubled quotes") << QByteArray("20/11/2026 09:00,\"Le \"\"bon\"\" geste\"\n") << ","
                                        << QStringList{"1:20/11/2026 09:00|Le \"bon\" geste"};
        QTest::newRow("line breaks inside quotes keep physical line numbers")
            << QByteArray("20/11/2026 09:00,\"un\ndeux\r\ntrois\"\n21/11/2026 09:00,quatre\n") << ","
            << QStringList{"1:20/11/2026 09:00|un\ndeux\ntrois", "4:21/11/2026 09:00|quatre"};
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF"
                          "20/11/2026 09:00,Été sûr\n")
            << "," << QStringList{QString::fromUtf8("1:20/11/2026 09:00|Été sûr")};
        QTest::newRow("semicolons from French Excel")
            << QByteArray("20/11/2026 09:00;Bonjour, le monde;https://a.fr\n") << ";"
            << QStringList{"1:20/11/2026 09:00|Bonjour, le monde|https://a.fr"};
        QTest::newRow("semicolons with a header")
            << QByteArray("Date;Message;Lien\r\n20/11/2026 09:00;\"Vous; nous\"\r\n") << ";"
            << QStringList{"1:Date|Message|Lien", "2:20/11/2026 09:00|Vous; nous"};
        QTest::newRow("Windows-1252")
            << QByteArray("20/11/2026 09:00;\xC9t\xE9 \x80 \x9C\x75vre \x93ok\x94\n") << ";"
            << QStringList{QString::fromUtf8("1:20/11/2026 09:00|Été € œuvre “ok”")};
        QTest::newRow("empty line counted")
            << QByteArray("20/11/2026 09:00,a\n\n21/11/2026 09:00,b\n") << ","
            << QStringList{"1:20/11/2026 09:00|a", "2:", "3:21/11/2026 09:00|b"};
        QTest::newRow("empty trailing fields")
            << QByteArray("20/11/2026 09:00;a;;\n") << ";" << QStringList{"1:20/11/2026 09:00|a||"};
    }
    void read()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, separator);
        QFETCH(QStringList, records);
        const CsvDocument document = CsvReader::read(bytes);
        QCOMPARE(QString(document.separator), separator);
        QCOMPARE(describe(document.records), records);
        QCOMPARE(document.unterminatedQuoteLine, 0);
    }

    void encodingIsReported()
    {
        CsvDocument::Encoding encoding = CsvDocument::Encoding::Utf8;
        QCOMPARE(CsvReader::decode("caf\xC3\xA9", &encoding), QString::fromUtf8("café"));
        QCOMPARE(encoding, CsvDocument::Encoding::Utf8);
        QCOMPARE(CsvReader::decode("caf\xE9", &encoding), QString::fromUtf8("café"));
        QCOMPARE(encoding, CsvDocument::Encoding::Windows1252);
    }

    void unterminatedQuoteNamesItsLine()
    {
        const CsvDocument document =
            CsvReader::read("20/11/2026 09:00,ok\n21/11/2026 09:00,\"jamais fermé\n22/11/2026 09:00,x\n");
        QCOMPARE(document.unterminatedQuoteLine, 2);
        QCOMPARE(document.records.size(), 2);
        QCOMPARE(document.records.at(1).line, 2);
    }
};

QTEST_GUILESS_MAIN(TestScheduleImportCsv)
#include "tst_scheduleimportcsv.moc"
