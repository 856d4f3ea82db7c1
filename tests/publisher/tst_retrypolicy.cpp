// When a failed publication is tried again: which outcomes, how long the waits grow, the cap,
// the server's own Retry-After, and when Vigie gives up.
#include "delivery/retrypolicy.h"

#include <QTimeZone>
#include <QtTest>

using namespace vigie;
using namespace vigie::platforms;

Q_DECLARE_METATYPE(vigie::platforms::OutcomeKind)
Q_DECLARE_METATYPE(vigie::RetryPolicy::Jitter)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

    const QDateTime m_now{QDate(2026, 11, 16), QTime(8, 0), QTimeZone::utc()};

private slots:
    void retriesOnlyWhatMaySucceedLater_data()
    {
        QTest::addColumn<OutcomeKind>("kind");
        QTest::addColumn<bool>("retried");
        QTest::newRow("rate limited") << OutcomeKind::RateLimited << true;
        QTest::newRow("5xx / reset / timeout before sending") << OutcomeKind::Transient << true;
        QTest::newRow("unconfirmed: may be online") << OutcomeKind::Unconfirmed << false;
        QTest::newRow("expired credentials") << OutcomeKind::AuthExpired << false;
        QTest::newRow("refused content") << OutcomeKind::Validation << false;
        QTest::newRow("permanent") << OutcomeKind::Permanent << false;
    }
    void retriesOnlyWhatMaySucceedLater()
    {
        QFETCH(OutcomeKind, kind);
        QFETCH(bool, retried);
        const RetryPolicy policy({}, [] { return 0.5; });
        const auto d = policy.decide(Outcome::failure(kind), 1, m_now);
        QCOMPARE(d.retry, retried);
        QCOMPARE(RetryPolicy::isRetryable(kind), retried);
        if (retried)
            QVERIFY(d.at > m_now);
    }

    void backsOffExponentiallyWithJitter_data()
    {
        QTest::addColumn<RetryPolicy::Jitter>("jitter");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("previousDelay");
        QTest::addColumn<int>("expectedDelay");
        using J = RetryPolicy::Jitter;
        // Full jitter: random × min(3600, 30 × 2^(n-1)).
        QTest::newRow("full, 1st, top") << J::Full << 1 << 0.999999 << 0 << 30;
        QTest::newRow("full, 1st, half") << J::Full << 1 << 0.5 << 0 << 15;
        QTest::newRow("full, 3rd, half") << J::Full << 3 << 0.5 << 0 << 60;
        QTest::newRow("full, 5th, top") << J::Full << 5 << 0.999999 << 0 << 480;
        QTest::newRow("full, never below a second") << J::Full << 2 << 0.0 << 0 << 1;
        // Decorrelated: uniform in [30, 3 × previous], capped at an hour.
        QTest::newRow("decorrelated, first") << J::Decorrelated << 1 << 0.0 << 0 << 30;
        QTest::newRow("decorrelated, grows") << J::Decorrelated << 2 << 0.5 << 100 << 165;
        QTest::newRow("decorrelated, capped") << J::Decorrelated << 5 << 0.999999 << 3000 << 3600;
    }
    void backsOffExponentiallyWithJitter()
    {
        QFETCH(RetryPolicy::Jitter, jitter);
        QFETCH(int, attempts);
        QFETCH(double, random);
        QFETCH(int, previousDelay);
        QFETCH(int, expectedDelay);
        RetryPolicy::Settings settings;
        settings.jitter = jitter;
        settings.maxAttempts = 10;
        const RetryPolicy policy(settings, [random] { return random; });
        const auto d =
            policy.decide(Outcome::failure(OutcomeKind::Transient, {}, 503), attempts, m_now, previousDelay);
        QVERIFY(d.retry);
        QCOMPARE(d.delaySeconds, expectedDelay);
        QCOMPARE(d.at, m_now.addSecs(expectedDelay));
    }

    void neverWaitsMoreThanTheCap()
    {
        RetryPolicy::Settings settings;
        settings.maxAttempts = 100;
        const RetryPolicy policy(settings, [] { return 0.999999; });
        for (int attempt = 1; attempt < 60; ++attempt)
            QVERIFY(policy.decide(Outcome::failure(OutcomeKind::Transient), attempt, m_now).delaySeconds <=
                    3600);
    }

    void honoursTheServersRetryAfterWhenLater_data()
    {
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("expectedDelay");
        QTest::newRow("server asks for longer") << 900 << 900;
        QTest::newRow("server asks beyond the cap") << 7200 << 7200;
        QTest::newRow("backoff already longer") << 5 << 15;
    }
    void honoursTheServersRetryAfterWhenLater()
    {
        QFETCH(int, retryAfter);
        QFETCH(int, expectedDelay);
        const RetryPolicy policy({}, [] { return 0.5; });
        const auto d = policy.decide(Outcome::rateLimited(m_now.addSecs(retryAfter)), 1, m_now);
        QVERIFY(d.retry);
        QCOMPARE(d.at, m_now.addSecs(expectedDelay));
    }

    void givesUpAfterTheLastAttempt_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("retried");
        QTest::newRow("5 attempts made") << 5 << true;
        QTest::newRow("6 attempts made") << 6 << false;
        QTest::newRow("more") << 9 << false;
    }
    void givesUpAfterTheLastAttempt()
    {
        QFETCH(int, attempts);
        QFETCH(bool, retried);
        const RetryPolicy policy({}, [] { return 0.5; });
        QCOMPARE(policy.decide(Outcome::failure(OutcomeKind::Transient), attempts, m_now).retry, retried);
        QCOMPARE(policy.decide(Outcome::rateLimited(m_now.addSecs(60)), attempts, m_now).retry, retried);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
