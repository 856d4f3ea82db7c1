// When the automatic inbox sync tries an account again after failures.
#include "delivery/syncbackoff.h"

#include <QtTest>

using namespace vigie;

class TestSyncBackoff : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now{QDate(2026, 11, 16), QTime(9, 0), QTimeZone::utc()};

private slots:
    void waitsGrowFromTheIntervalUpToTheCap_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("expectedSeconds");
        // Interval 5 min, cap 1 h, jitter takes off up to 20 %.
        QTest::newRow("first failure, no jitter") << 1 << 0.0 << 300;
        QTest::newRow("second failure") << 2 << 0.0 << 600;
        QTest::newRow("third failure") << 3 << 0.0 << 1200;
        QTest::newRow("fourth failure") << 4 << 0.0 << 2400;
        QTest::newRow("fifth failure reaches the cap") << 5 << 0.0 << 3600;
        QTest::newRow("twentieth failure stays at the cap") << 20 << 0.0 << 3600;
        QTest::newRow("hundredth failure does not overflow") << 100 << 0.0 << 3600;
        QTest::newRow("full jitter takes a fifth off") << 2 << 0.9999 << 481;
        QTest::newRow("half jitter") << 3 << 0.5 << 1080;
        QTest::newRow("jitter at the cap stays below it") << 9 << 0.5 << 3240;
    }

    void waitsGrowFromTheIntervalUpToTheCap()
    {
        QFETCH(int, failures);
        QFETCH(double, random);
        QFETCH(int, expectedSeconds);
        SyncBackoff backoff({300, 3600, 0.2}, [random] { return random; });
        QDateTime next;
        for (int i = 0; i < failures; ++i)
            next = backoff.recordFailure(7, m_now);
        QCOMPARE(backoff.failures(7), failures);
        QCOMPARE(m_now.secsTo(next), qint64(expectedSeconds));
        QCOMPARE(backoff.nextSyncAt(7), next);
        QVERIFY(!backoff.isDue(7, next.addSecs(-1)));
        QVERIFY(backoff.isDue(7, next));
    }

    void neverBeforeTheNetworkAllows_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("rateLimitedInSeconds"); // 0 = the network said nothing
        QTest::addColumn<int>("expectedSeconds");
        QTest::newRow("no rate limit") << 1 << 0 << 300;
        QTest::newRow("rate limit later than the backoff wins") << 1 << 2000 << 2000;
        QTest::newRow("rate limit earlier than the backoff is not enough") << 3 << 100 << 1200;
        QTest::newRow("rate limit in the past is ignored") << 1 << -500 << 300;
        QTest::newRow("rate limit beyond the cap still wins") << 9 << 7200 << 7200;
    }

    void neverBeforeTheNetworkAllows()
    {
        QFETCH(int, failures);
        QFETCH(int, rateLimitedInSeconds);
        QFETCH(int, expectedSeconds);
        SyncBackoff backoff({300, 3600, 0.2}, [] { return 0.0; });
        const QDateTime until = rateLimitedInSeconds ? m_now.addSecs(rateLimitedInSeconds) : QDateTime();
        QDateTime next;
        for (int i = 0; i < failures; ++i)
            next = backoff.recordFailure(3, m_now, until);
        QCOMPARE(m_now.secsTo(next), qint64(expectedSeconds));
    }

    void aSuccessPutsTheAccountBackOnTheInterval()
    {
        SyncBackoff backoff({300, 3600, 0.2}, [] { return 0.0; });
        QVERIFY(backoff.isDue(1, m_now)); // never synced: due at once
        QVERIFY(!backoff.nextSyncAt(1).isValid());
        for (int i = 0; i < 4; ++i)
            backoff.recordFailure(1, m_now);
        QCOMPARE(backoff.failures(1), 4);
        backoff.recordSuccess(1, m_now);
        QCOMPARE(backoff.failures(1), 0);
        QCOMPARE(backoff.nextSyncAt(1), m_now.addSecs(300));
        // The next failure starts again from the interval.
        QCOMPARE(m_now.secsTo(backoff.recordFailure(1, m_now)), qint64(300));
    }

    void accountsBackOffIndependently()
    {
        SyncBackoff backoff({60, 3600, 0.0});
        backoff.recordFailure(1, m_now);
        backoff.recordFailure(1, m_now);
        backoff.recordSuccess(2, m_now);
        QCOMPARE(backoff.failures(1), 2);
        QCOMPARE(backoff.failures(2), 0);
        QCOMPARE(backoff.nextSyncAt(1), m_now.addSecs(120));
        QCOMPARE(backoff.nextSyncAt(2), m_now.addSecs(60));
        QVERIFY(backoff.isDue(3, m_now));
        backoff.forget(1);
        QVERIFY(backoff.isDue(1, m_now));
    }

    void nonsenseSettingsAreMadeSafe()
    {
        SyncBackoff backoff({0, -5, 7.0}, [] { return 0.99; });
        QCOMPARE(backoff.settings().intervalSeconds, 1);
        QCOMPARE(backoff.settings().capSeconds, 1);
        QCOMPARE(backoff.settings().jitter, 1.0);
        // Never "now again": at least one second.
        QVERIFY(m_now.secsTo(backoff.recordFailure(1, m_now)) >= 1);
        backoff.setIntervalSeconds(600);
        QCOMPARE(backoff.baseDelaySeconds(0), 600);
        QCOMPARE(backoff.baseDelaySeconds(3), 600); // the cap follows the interval up
    }
};

QTEST_GUILESS_MAIN(TestSyncBackoff)
#include "tst_syncbackoff.moc"
