// The crisis banner and the tray notifier, on alerts stored in a real store.
#include "analytics/analyticsfixture.h"
#include "calendar/longlabeltranslator.h"
#include "crisis/crisismonitor.h"
#include "storage/auditlog.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"
#include "ui/analytics/crisisbanner.h"
#include "ui/listening/crisisnotifier.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtTest>
#include <memory>

using namespace vigie;
using namespace vigie::test;
using namespace vigie::ui;

namespace {
const QDate kToday(2026, 3, 20);
}

class TestCrisisUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hiddenWithoutAlerts();
    void namesBrandFiguresAndTerms();
    void showMentionsAsksForTheBrandAndDay();
    void dismissAcknowledgesEveryAlertOfTheDay();
    void stacksTwoAndCountsTheRest();
    void longLabelsFit();
    void notifierWithoutTrayOnlyReports();

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<AnalyticsFixture> m_fixture;
    std::unique_ptr<FixedClock> m_clock;
    AppContext m_context;

    // total mentions of brand on day, negative of them negative, plus its stored alerts.
    Id addAlert(const Brand &brand, const QDate &day, const QString &kind, double observed, double expected,
                const QString &terms);
    void addDay(const Brand &brand, const QDate &day, int total, int negative);
    QWidget *host(CrisisBanner *banner, int width);
};

void TestCrisisUi::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY(m_store->ok());
    m_fixture = std::make_unique<AnalyticsFixture>(m_store->db());
    QVERIFY(m_fixture->ok());
    m_clock =
        std::make_unique<FixedClock>(QDateTime(kToday, QTime(15, 0), QTimeZone("Europe/Paris")).toUTC());
    m_context = AppContext();
    m_context.db = &m_store->db();
    m_context.workspace = m_fixture->workspace();
    m_context.clock = m_clock.get();
    m_context.actor = "Camille Durand";
}

void TestCrisisUi::cleanup()
{
    qDeleteAll(QApplication::topLevelWidgets());
}

void TestCrisisUi::addDay(const Brand &brand, const QDate &day, int total, int negative)
{
    QVERIFY(m_fixture->addMentionsOn(brand, day, negative, Sentiment::Negative));
    QVERIFY(m_fixture->addMentionsOn(brand, day, total - negative, Sentiment::Neutral));
}

Id TestCrisisUi::addAlert(const Brand &brand, const QDate &day, const QString &kind, double observed,
                          double expected, const QString &terms)
{
    SqlQuery q(m_store->db(),
               "INSERT INTO crisis_alerts (workspace_id, brand_id, day, kind, observed, expected, "
               "threshold, terms, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q.exec(m_fixture->workspace().id, brand.id, day.toJulianDay(), kind, observed, expected,
                expected * 2, terms, m_clock->now().toSecsSinceEpoch()))
        return 0;
    return q.lastInsertId();
}

QWidget *TestCrisisUi::host(CrisisBanner *banner, int width)
{
    // At the top of a window, as MainWindow places it.
    auto *window = new QWidget;
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(banner);
    layout->addStretch(1);
    window->resize(width, 260);
    window->show();
    return window;
}

void TestCrisisUi::hiddenWithoutAlerts()
{
    auto *banner = new CrisisBanner(m_context);
    host(banner, 900);
    banner->refresh();
    QVERIFY(!banner->isVisible());
}

void TestCrisisUi::namesBrandFiguresAndTerms()
{
    const Brand &brand = m_fixture->ownBrand();
    addDay(brand, kToday, 225, 137);
    QVERIFY(addAlert(brand, kToday, "volume", 180, 22.4, QString::fromUtf8("rupture pénurie #helianthe")));
    QVERIFY(addAlert(brand, kToday, "negative", 0.6, 0.2, QString::fromUtf8("rupture pénurie #helianthe")));
    auto *banner = new CrisisBanner(m_context);
    QWidget *window = host(banner, 1000);
    banner->refresh();
    QVERIFY(banner->isVisible());
    const auto labels = banner->findChildren<QLabel *>("crisisText");
    QCOMPARE(labels.size(), 1);
    const QString text = labels.first()->text();
    QVERIFY2(text.contains(QString::fromUtf8("Possible crisis: Hélianthe")), qPrintable(text));
    // The day's count now (225), not when the alert was raised (180).
    QVERIFY2(text.contains("225 mentions today, usually about 22"), qPrintable(text));
    QVERIFY2(text.contains(QString::fromUtf8("negative 61\u00A0%, usually 20\u00A0%")), qPrintable(text));
    QVERIFY2(text.contains(QString::fromUtf8("Driving terms: rupture, pénurie, #helianthe")),
             qPrintable(text));
    QVERIFY(!banner->findChild<QLabel *>("crisisMoreLabel")->isVisible());
    saveScreenshot(window, "crisis-banner");
}

void TestCrisisUi::showMentionsAsksForTheBrandAndDay()
{
    const Brand &brand = m_fixture->secondOwnBrand();
    addDay(brand, kToday.addDays(-1), 90, 20);
    QVERIFY(addAlert(brand, kToday.addDays(-1), "volume", 90, 20, "rumeur"));
    auto *banner = new CrisisBanner(m_context);
    host(banner, 900);
    banner->refresh();
    QSignalSpy spy(banner, &CrisisBanner::showMentionsRequested);
    auto *button = child<QPushButton>(banner, "showMentionsButton");
    QVERIFY(button);
    button->click();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), brand.id);
    QCOMPARE(spy.at(0).at(1).toDate(), kToday.addDays(-1));
    // A past day is named rather than called "today".
    QVERIFY(child<QLabel>(banner, "crisisText")->text().contains("90 mentions on 19 March"));
}

void TestCrisisUi::dismissAcknowledgesEveryAlertOfTheDay()
{
    const Brand &brand = m_fixture->ownBrand();
    addDay(brand, kToday, 120, 80);
    const Id volume = addAlert(brand, kToday, "volume", 120, 25, "");
    const Id negative = addAlert(brand, kToday, "negative", 0.66, 0.2, "");
    QVERIFY(volume && negative);
    auto *banner = new CrisisBanner(m_context);
    host(banner, 900);
    banner->refresh();
    QSignalSpy spy(banner, &CrisisBanner::dismissed);
    child<QPushButton>(banner, "dismissButton")->click();
    QCOMPARE(spy.size(), 1);
    QVERIFY(!banner->isVisible());
    CrisisMonitor monitor(m_store->db(), *m_clock);
    QCOMPARE(monitor.active(m_fixture->workspace().id, kToday).size(), 0);
    QCOMPARE(monitor.alert(volume)->acknowledgedBy, "Camille Durand");
    QCOMPARE(AuditLog(m_store->db()).eventsFor("crisis_alert", negative).size(), 1);
    // Still hidden after the next refresh.
    banner->refresh();
    QVERIFY(!banner->isVisible());
}

void TestCrisisUi::stacksTwoAndCountsTheRest()
{
    WorkspaceRepository repo(m_store->db());
    QList<Brand> brands{m_fixture->ownBrand(), m_fixture->secondOwnBrand()};
    for (const char *name : {"Noctélia", "Hélicard"}) {
        Brand b = Brand::named(m_fixture->workspace().id, QString::fromUtf8(name), "#336699");
        QVERIFY(repo.addBrand(b));
        brands << b;
    }
    for (int i = 0; i < brands.size(); ++i) {
        addDay(brands.at(i), kToday.addDays(-i), 100 + 10 * i, 30);
        QVERIFY(addAlert(brands.at(i), kToday.addDays(-i), "volume", 100 + 10 * i, 20, "rappel lot"));
    }
    auto *banner = new CrisisBanner(m_context);
    QWidget *window = host(banner, 1000);
    banner->refresh();
    QCOMPARE(banner->findChildren<QLabel *>("crisisText").size(), CrisisBanner::kMaxRows);
    auto *more = child<QLabel>(banner, "crisisMoreLabel");
    QVERIFY(more->isVisible());
    QCOMPARE(more->text(), "and 2 more");
    // Newest day first: today's brand leads.
    QVERIFY(banner->findChildren<QLabel *>("crisisText").first()->text().contains(brands.first().name));
    saveScreenshot(window, "crisis-banner-stacked");
}

void TestCrisisUi::longLabelsFit()
{
    LongLabelTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const Brand &brand = m_fixture->ownBrand();
    addDay(brand, kToday, 225, 137);
    QVERIFY(addAlert(brand, kToday, "volume", 225, 22, QString::fromUtf8("rupture pénurie #helianthe")));
    QVERIFY(addAlert(brand, kToday, "negative", 0.6, 0.2, QString::fromUtf8("rupture pénurie #helianthe")));
    addDay(m_fixture->secondOwnBrand(), kToday, 60, 40);
    QVERIFY(addAlert(m_fixture->secondOwnBrand(), kToday, "negative", 0.66, 0.2, "avis"));
    auto *banner = new CrisisBanner(m_context);
    QWidget *window = host(banner, 900);
    banner->refresh();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (auto *button : banner->findChildren<QPushButton *>()) {
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        QVERIFY(button->text().contains(QChar(0x00E9)));
    }
    for (auto *label : banner->findChildren<QLabel *>("crisisText")) {
        QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
        QVERIFY(label->geometry().right() < label->parentWidget()->width());
    }
    QVERIFY(banner->geometry().bottom() < window->height());
    saveScreenshot(window, "crisis-banner-long-labels");
    QCoreApplication::removeTranslator(&translator);
}

void TestCrisisUi::notifierWithoutTrayOnlyReports()
{
    CrisisNotifier notifier;
    QCOMPARE(notifier.isAvailable(), QSystemTrayIcon::isSystemTrayAvailable());
    QSignalSpy spy(&notifier, &CrisisNotifier::notified);
    CrisisAlert volume;
    volume.id = 1;
    volume.brandId = m_fixture->ownBrand().id;
    volume.brandName = QString::fromUtf8("Hélidol");
    volume.day = kToday;
    volume.kind = CrisisKind::Volume;
    volume.observed = 225;
    volume.expected = 22;
    volume.terms = QStringList{"rupture", QString::fromUtf8("pénurie")};
    volume.dayTotal = 225;
    volume.dayNegative = 137;
    CrisisAlert negative = volume;
    negative.id = 2;
    negative.kind = CrisisKind::Negative;
    negative.observed = 0.61;
    negative.expected = 0.2;
    CrisisAlert other = volume;
    other.id = 3;
    other.brandId = m_fixture->secondOwnBrand().id;
    other.brandName = "Noctelia";
    notifier.notifyRaised({volume, negative, other}, kToday);
    QCOMPARE(spy.size(), 2); // one message per brand and day
    QCOMPARE(spy.at(0).at(0).toString(), QString::fromUtf8("Possible crisis: Hélidol"));
    QCOMPARE(spy.at(0).at(1).toString(),
             QString::fromUtf8("225 mentions today, usually about 22; negative 61\u00A0%, "
                               "usually 20\u00A0%.\nDriving terms: rupture, pénurie"));
    QCOMPARE(spy.at(1).at(0).toString(), "Possible crisis: Noctelia");
    notifier.notifyRaised({}, kToday);
    QCOMPARE(spy.size(), 2);
}

QTEST_MAIN(TestCrisisUi)
#include "tst_crisisui.moc"
