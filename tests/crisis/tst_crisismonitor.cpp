// CrisisMonitor against real stores: alerts stored once with the terms driving the spike,
// acknowledged with an audit entry, and where it alerts on the demo world.
#include "analytics/analyticsfixture.h"
#include "crisis/crisismonitor.h"
#include "demo/demoworld.h"
#include "listening/listeningsettings.h"
#include "storage/auditlog.h"
#include "storage/mentionrepository.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QtTest>
#include <memory>

using namespace vigie;
using namespace vigie::test;

namespace {

const QDate kToday(2026, 3, 20); // a Friday
const QTimeZone kParis("Europe/Paris");

const char *const kOrdinary[] = {
    "Hélianthe marche bien contre mes maux de tête",
    "Pris un Hélianthe ce matin, efficace comme d'habitude",
    "Quelqu'un a essayé Hélianthe pour la fièvre des enfants ?",
    "Hélianthe ou paracétamol pour le dos ? Avis bienvenus",
    "Ma pharmacienne conseille Hélianthe, je teste",
};
const char *const kCrisis[] = {
    "Rupture de Hélianthe partout, pénurie en pharmacie #helianthe",
    "Encore une pénurie de Hélianthe ? Rupture de stock dans trois pharmacies #helianthe",
    "Rupture Hélianthe : aucune info du labo, inadmissible #helianthe",
};

} // namespace

class TestCrisisMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void raisesTheSpikeOnceWithItsDrivingTerms();
    void acknowledgingIsAuditedAndNeverRaisesAgain();
    void acknowledgingAMissingAlertSaysSo();
    void competitorsAreNotWatched();
    void thresholdsComeFromTheWorkspaceSettings();
    void todayAlertsAsSoonAsItCrosses();
    void demoWorldAlertsInTheCrisis();

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<AnalyticsFixture> m_fixture;
    std::unique_ptr<FixedClock> m_clock;
    qint64 m_serial = 0;

    // count mentions of brand on day (noon, Paris), negative ones first, texts in turn.
    void add(const Brand &brand, const QDate &day, int count, int negative, const char *const *texts,
             int textCount);
    // 120 ordinary days up to yesterday for brand: ~30 a weekday, ~12 at weekends, 20 % negative.
    void addOrdinaryTraffic(const Brand &brand, const QDate &lastDay);
};

void TestCrisisMonitor::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY(m_store->ok());
    m_fixture = std::make_unique<AnalyticsFixture>(m_store->db());
    QVERIFY(m_fixture->ok());
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(15, 0), kParis).toUTC());
}

void TestCrisisMonitor::add(const Brand &brand, const QDate &day, int count, int negative,
                            const char *const *texts, int textCount)
{
    QList<Mention> mentions;
    for (int i = 0; i < count; ++i) {
        Mention m;
        m.workspaceId = m_fixture->workspace().id;
        m.brandId = brand.id;
        m.network = Network::Bluesky;
        m.remoteId = QStringLiteral("c%1").arg(++m_serial);
        m.body = QString::fromUtf8(texts[i % textCount]).replace(QStringLiteral("Hélianthe"), brand.name);
        m.sentiment = i < negative ? Sentiment::Negative : i % 3 ? Sentiment::Neutral : Sentiment::Positive;
        m.createdAt = QDateTime(day, QTime(12, 0), kParis).addSecs(i).toUTC();
        mentions << m;
    }
    QVERIFY(MentionRepository(m_store->db()).insert(mentions));
}

void TestCrisisMonitor::addOrdinaryTraffic(const Brand &brand, const QDate &lastDay)
{
    QRandomGenerator rng(quint32(brand.id) * 7 + 1);
    for (QDate day = lastDay.addDays(-119); day <= lastDay; day = day.addDays(1)) {
        const int usual = day.dayOfWeek() >= 6 ? 12 : 30;
        const int count = usual + int(rng.bounded(7)) - 3;
        add(brand, day, count, count / 5, kOrdinary, 5);
    }
}

void TestCrisisMonitor::raisesTheSpikeOnceWithItsDrivingTerms()
{
    const Brand &brand = m_fixture->ownBrand();
    addOrdinaryTraffic(brand, kToday.addDays(-2));
    add(brand, kToday.addDays(-1), 150, 100, kCrisis, 3); // yesterday: the rumour
    add(brand, kToday, 10, 2, kOrdinary, 5);              // this morning: calm again

    CrisisMonitor monitor(m_store->db(), *m_clock);
    Status status = Status::success();
    const QList<CrisisAlert> raised =
        monitor.evaluate(m_fixture->workspace(), kToday, CrisisMonitor::kRecentDays, &status);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(raised.size(), 2);
    QCOMPARE(raised.at(0).kind, CrisisKind::Volume);
    QCOMPARE(raised.at(1).kind, CrisisKind::Negative);
    for (const CrisisAlert &a : raised) {
        QCOMPARE(a.brandId, brand.id);
        QCOMPARE(a.brandName, brand.name);
        QCOMPARE(a.day, kToday.addDays(-1));
        QVERIFY(a.id > 0);
        QCOMPARE(a.raisedAt, m_clock->now());
        // The words of the rumour, not the brand's name every mention carries.
        QVERIFY2(a.terms.mid(0, 3).contains("rupture"), qPrintable(a.terms.join(' ')));
        QVERIFY2(a.terms.mid(0, 3).contains(QString::fromUtf8("pénurie")), qPrintable(a.terms.join(' ')));
        QVERIFY2(a.terms.contains("#helianthe"), qPrintable(a.terms.join(' ')));
        QVERIFY(!a.terms.contains(brand.name.toLower()));
    }
    QCOMPARE(raised.at(0).observed, 150.0);
    QVERIFY2(raised.at(0).expected > 22 && raised.at(0).expected < 40,
             qPrintable(QString::number(raised.at(0).expected)));
    QVERIFY(raised.at(1).observed > 0.6 && raised.at(1).expected < 0.3);

    // After the next collection: nothing new, the alerts are stored once.
    QCOMPARE(monitor.evaluate(m_fixture->workspace(), kToday).size(), 0);
    const QList<CrisisAlert> active = monitor.active(m_fixture->workspace().id, kToday);
    QCOMPARE(active.size(), 2);
    QCOMPARE(active.at(0).dayTotal, 150);
    QCOMPARE(active.at(0).dayNegative, 100);
    QCOMPARE(active.at(0).terms, raised.at(0).terms);
    const QList<CrisisSignal> signalList = crisisSignals(active);
    QCOMPARE(signalList.size(), 1);
    QCOMPARE(signalList.at(0).alertIds.size(), 2);
    QCOMPARE(signalList.at(0).total, 150);
    QVERIFY(signalList.at(0).usualTotal > 0 && signalList.at(0).usualNegativeShare > 0);
}

void TestCrisisMonitor::acknowledgingIsAuditedAndNeverRaisesAgain()
{
    const Brand &brand = m_fixture->ownBrand();
    addOrdinaryTraffic(brand, kToday.addDays(-1));
    add(brand, kToday, 160, 40, kCrisis, 3);
    CrisisMonitor monitor(m_store->db(), *m_clock);
    const QList<CrisisAlert> raised = monitor.evaluate(m_fixture->workspace(), kToday);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.at(0).kind, CrisisKind::Volume);

    QVERIFY(monitor.acknowledge(raised.at(0).id, "Camille Durand"));
    QCOMPARE(monitor.active(m_fixture->workspace().id, kToday).size(), 0);
    const auto stored = monitor.alert(raised.at(0).id);
    QVERIFY(stored);
    QCOMPARE(stored->acknowledgedBy, "Camille Durand");
    QCOMPARE(stored->acknowledgedAt, m_clock->now());
    const QList<AuditEvent> events = AuditLog(m_store->db()).eventsFor("crisis_alert", raised.at(0).id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).action, "crisis.acknowledged");
    QCOMPARE(events.at(0).actor, "Camille Durand");
    QVERIFY(AuditLog(m_store->db()).verify().intact);

    // Twice is harmless and not audited twice; more mentions later today raise nothing new.
    QVERIFY(monitor.acknowledge(raised.at(0).id, "Someone else"));
    QCOMPARE(AuditLog(m_store->db()).eventsFor("crisis_alert", raised.at(0).id).size(), 1);
    add(brand, kToday, 100, 10, kCrisis, 3);
    QCOMPARE(monitor.evaluate(m_fixture->workspace(), kToday).size(), 0);
}

void TestCrisisMonitor::acknowledgingAMissingAlertSaysSo()
{
    CrisisMonitor monitor(m_store->db(), *m_clock);
    const Status st = monitor.acknowledge(4242, "Camille");
    QVERIFY(!st.ok());
    QVERIFY(st.error().contains("no longer exists"));
}

void TestCrisisMonitor::competitorsAreNotWatched()
{
    const Brand &competitor = m_fixture->competitor();
    addOrdinaryTraffic(competitor, kToday.addDays(-1));
    add(competitor, kToday, 200, 150, kCrisis, 3);
    CrisisMonitor monitor(m_store->db(), *m_clock);
    QCOMPARE(monitor.evaluate(m_fixture->workspace(), kToday).size(), 0);
}

void TestCrisisMonitor::thresholdsComeFromTheWorkspaceSettings()
{
    const Brand &brand = m_fixture->ownBrand();
    addOrdinaryTraffic(brand, kToday.addDays(-1));
    add(brand, kToday, 60, 12, kOrdinary, 5); // twice a usual Friday
    ListeningSettings settings;
    settings.crisis.volumeSigmas = 8;
    QVERIFY(saveListeningSettings(m_store->db(), m_fixture->workspace().id, settings));
    CrisisMonitor monitor(m_store->db(), *m_clock);
    QCOMPARE(monitor.evaluate(m_fixture->workspace(), kToday).size(), 0);
    settings.crisis.enabled = false;
    settings.crisis.volumeSigmas = 3;
    QVERIFY(saveListeningSettings(m_store->db(), m_fixture->workspace().id, settings));
    QCOMPARE(monitor.evaluate(m_fixture->workspace(), kToday).size(), 0);
    settings.crisis.enabled = true;
    QVERIFY(saveListeningSettings(m_store->db(), m_fixture->workspace().id, settings));
    QCOMPARE(monitor.evaluate(m_fixture->workspace(), kToday).size(), 1);
}

void TestCrisisMonitor::todayAlertsAsSoonAsItCrosses()
{
    const Brand &brand = m_fixture->ownBrand();
    addOrdinaryTraffic(brand, kToday.addDays(-1));
    CrisisMonitor monitor(m_store->db(), *m_clock);
    add(brand, kToday, 25, 5, kCrisis, 3); // a busy morning, not yet abnormal for a whole day
    QCOMPARE(monitor.evaluate(m_fixture->workspace(), kToday).size(), 0);
    add(brand, kToday, 40, 8, kCrisis, 3); // 65 by the afternoon: more than a whole usual day can be
    const QList<CrisisAlert> raised = monitor.evaluate(m_fixture->workspace(), kToday);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.at(0).day, kToday);
    QCOMPARE(raised.at(0).observed, 65.0);
}

// The demo world tells of a false recall rumour about Hélidol (kCrisisStartDaysAgo days ago, for
// kCrisisDays days) and of a positive campaign for Noctélia: judged over the whole year, alerts
// must fall in the crisis and (almost) nowhere else. Where it alerts is printed for the record.
void TestCrisisMonitor::demoWorldAlertsInTheCrisis()
{
    QTemporaryDir dir;
    const QString path = demoDatabaseCopy(dir.path());
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY(db.openSqlite(path));
    const auto workspace = WorkspaceRepository(db).primaryWorkspace();
    QVERIFY(workspace);
    const QDate today = demoToday();
    FixedClock clock(QDateTime(today, QTime(12, 0), kParis).toUTC());
    CrisisMonitor monitor(db, clock);

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(monitor.evaluate(*workspace, today).size(), 0); // the crisis is a month old
    qInfo("evaluate() after a collection on the demo store (3 recent days, no alert): %.2f ms",
          timer.nsecsElapsed() / 1e6);

    timer.restart();
    const QList<CrisisAlert> alerts = monitor.evaluate(*workspace, today, 330);
    qInfo("evaluate() over 330 days of the demo store: %.1f ms, %d alerts", timer.nsecsElapsed() / 1e6,
          int(alerts.size()));
    const QDate crisisStart = today.addDays(-demo::kCrisisStartDaysAgo);
    const QDate crisisEnd = crisisStart.addDays(demo::kCrisisDays - 1);
    int inCrisis = 0, elsewhere = 0;
    QSet<QDate> crisisDaysAlerted;
    for (const CrisisAlert &a : alerts) {
        const bool crisis =
            a.brandName == QString::fromUtf8("Hélidol") && a.day >= crisisStart && a.day <= crisisEnd;
        qInfo("%s %s %s: observed %.2f, expected %.2f, threshold %.2f, terms %s%s",
              qPrintable(a.day.toString(Qt::ISODate)), qPrintable(a.brandName),
              qPrintable(crisisKindKey(a.kind)), a.observed, a.expected, a.threshold,
              qPrintable(a.terms.join(' ')), crisis ? " [crisis]" : " [FALSE ALERT]");
        if (crisis) {
            ++inCrisis;
            crisisDaysAlerted.insert(a.day);
        } else {
            ++elsewhere;
        }
    }
    qInfo("demo: %d alerts in the crisis (%d of its %d days), %d elsewhere over 330 days", inCrisis,
          int(crisisDaysAlerted.size()), demo::kCrisisDays, elsewhere);
    QVERIFY(crisisDaysAlerted.contains(crisisStart));
    QVERIFY(crisisDaysAlerted.contains(crisisStart.addDays(1)));
    QVERIFY2(elsewhere <= 2, "more than two false alerts over the demo year");
    // The first day names the rumour: a recall ("rappel").
    for (const CrisisAlert &a : alerts) {
        if (a.day == crisisStart)
            QVERIFY2(a.terms.contains("rappel"), qPrintable(a.terms.join(' ')));
    }
}

QTEST_GUILESS_MAIN(TestCrisisMonitor)
#include "tst_crisismonitor.moc"
