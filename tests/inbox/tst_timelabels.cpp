// The short times of the inbox list and of messages, in the workspace's time zone.
#include "ui/inbox/timelabels.h"

#include <QtTest>

using namespace vigie::ui;

class TestTimeLabels : public QObject
{
    Q_OBJECT

private:
    const QTimeZone m_paris{"Europe/Paris"};
    // Monday 16 November 2026, 17:00 in Paris.
    const QDateTime m_now{QDate(2026, 11, 16), QTime(16, 0), QTimeZone::utc()};

    static QDateTime utc(int year, int month, int day, int hour, int minute)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
    }

private slots:
    void conversationTimes_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("today") << utc(2026, 11, 16, 13, 5) << "en_GB"
                               << "14:05";
        QTest::newRow("today after midnight in Paris, still yesterday in UTC")
            << utc(2026, 11, 15, 23, 30) << "en_GB"
            << "00:30";
        QTest::newRow("a little in the future") << utc(2026, 11, 16, 16, 30) << "en_GB"
                                                << "17:30";
        QTest::newRow("yesterday") << utc(2026, 11, 15, 9, 0) << "en_GB"
                                   << "Yesterday";
        QTest::newRow("this week") << utc(2026, 11, 13, 9, 0) << "en_GB"
                                   << "Fri";
        QTest::newRow("this year, day first") << utc(2026, 3, 2, 9, 0) << "en_GB"
                                              << "2 Mar";
        QTest::newRow("this year, month first") << utc(2026, 3, 2, 9, 0) << "en_US"
                                                << "Mar 2";
        QTest::newRow("this year, French") << utc(2026, 3, 2, 9, 0) << "fr_FR"
                                           << "2 mars";
        QTest::newRow("last year") << utc(2025, 12, 24, 9, 0) << "en_GB"
                                   << "24/12/2025";
        QTest::newRow("no time") << QDateTime() << "en_GB"
                                 << "";
    }

    void conversationTimes()
    {
        QFETCH(QDateTime, at);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(conversationTimeLabel(at, m_now, m_paris, QLocale(locale)), expected);
    }

    void messageTimes_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("expected");
        QTest::newRow("today") << utc(2026, 11, 16, 13, 5) << "14:05";
        QTest::newRow("earlier this year") << utc(2026, 11, 12, 8, 45) << "12 Nov, 09:45";
        QTest::newRow("last year") << utc(2025, 6, 1, 10, 0) << "01/06/2025, 12:00";
    }

    void messageTimes()
    {
        QFETCH(QDateTime, at);
        QFETCH(QString, expected);
        QCOMPARE(messageTimeLabel(at, m_now, m_paris, QLocale(QStringLiteral("en_GB"))), expected);
    }
};

QTEST_GUILESS_MAIN(TestTimeLabels)
#include "tst_timelabels.moc"
