// The PDF report read back as a person would read it (pdftotext): the workspace, the period,
// every brand with the store's own totals, every chart, page numbers, the interface language;
// and a report that cannot be written leaves nothing behind.

#include "listening/analyticscontroller.h"
#include "reporttext.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"
#include "ui/analytics/analyticschartview.h"
#include "ui/report/analyticsreport.h"
#include "ui/report/reportcharts.h"
#include "ui/report/reportexporter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>
#include <memory>

using namespace vigie;
using namespace vigie::test;
using namespace vigie::ui;

namespace {

// Stands in for the French translation (done later by someone else): a few strings of the
// report and of a chart, so the test sees them go through tr() and print with their accents.
class FakeFrenchTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QHash<QString, QString> french{
            {QStringLiteral("Brand listening report"), QStringLiteral("Rapport d’écoute des marques")},
            {QStringLiteral("Summary by brand"), QStringLiteral("Synthèse par marque")},
            {QStringLiteral("Share of voice"), QStringLiteral("Part de voix")},
            {QStringLiteral("All brands"), QStringLiteral("Toutes les marques")},
            {QStringLiteral("Page %1 of %2"), QStringLiteral("Page %1 sur %2")},
            {QStringLiteral("Adverse-event mentions"), QStringLiteral("Effets indésirables")},
            {QStringLiteral("Mentions per day by brand"), QStringLiteral("Mentions par jour et par marque")},
        };
        if (QByteArray(context).startsWith('Q'))
            return {};
        return french.value(QString::fromUtf8(source));
    }
};

struct BrandTotals
{
    qint64 total = 0;
    qint64 adverse = 0;
};

} // namespace

class TestAnalyticsReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void firstPageNamesWorkspacePeriodAndEveryBrandsTotals();
    void everyChartIsPrintedWithPageNumbers();
    void textGoesThroughTheTranslatorAndDatesThroughTheLocale();
    void emptyPeriodIsOnePageThatSaysSo();
    void manyBrandsContinueTheTableOnTheNextPage();
    void cannotWriteLeavesNothing_data();
    void cannotWriteLeavesNothing();
    void cancellingKeepsTheOlderFile();
    void exporterWritesWithoutAsking();

private:
    QString writeReport(const DateRange &range, const QString &name, int *pages = nullptr);
    QHash<Id, BrandTotals> storeTotals(const DateRange &range);

    QTemporaryDir m_dir;
    Database m_db;
    Workspace m_workspace;
    QList<Brand> m_brands;
    DateRange m_range;
};

void TestAnalyticsReport::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is missing: run dev.sh (poppler-utils)");
    const QString path = demoDatabaseCopy(m_dir.path());
    QVERIFY(!path.isEmpty());
    QVERIFY(m_db.openSqlite(path));
    const auto workspace = WorkspaceRepository(m_db).primaryWorkspace();
    QVERIFY(workspace);
    m_workspace = *workspace;
    m_brands = WorkspaceRepository(m_db).brands(m_workspace.id);
    QVERIFY(m_brands.size() >= 2);
    m_range = DateRange{demoToday().addDays(-29), demoToday()};
}

void TestAnalyticsReport::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

QString TestAnalyticsReport::writeReport(const DateRange &range, const QString &name, int *pages)
{
    ReportRequest request;
    request.workspace = m_workspace;
    request.range = range;
    AnalyticsReport report(m_db, request);
    const QString path = m_dir.filePath(name);
    const Status st = report.write(path);
    if (!st) {
        qWarning() << st.error();
        return {};
    }
    if (pages)
        *pages = report.pageCount();
    return path;
}

QHash<Id, BrandTotals> TestAnalyticsReport::storeTotals(const DateRange &range)
{
    // Straight from the aggregate table, independently of the report's code.
    QHash<Id, BrandTotals> totals;
    SqlQuery q(m_db, QStringLiteral("SELECT brand_id, SUM(total), SUM(adverse) FROM mention_daily "
                                    "WHERE workspace_id = ? AND day >= ? AND day <= ? GROUP BY brand_id"));
    if (!q.exec(m_workspace.id, range.from.toJulianDay(), range.to.toJulianDay()))
        return totals;
    while (q.next())
        totals.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    return totals;
}

void TestAnalyticsReport::firstPageNamesWorkspacePeriodAndEveryBrandsTotals()
{
    const QString path = writeReport(m_range, QStringLiteral("report.pdf"));
    QVERIFY(!path.isEmpty());
    const QString page1 = pdfText(path, 1, 1);
    QVERIFY2(page1.contains(QStringLiteral("Brand listening report")), qPrintable(page1));
    QVERIFY(page1.contains(QStringLiteral("Workspace: %1").arg(m_workspace.name)));
    QVERIFY(page1.contains(QLocale().toString(m_range.from, QLocale::LongFormat)));
    QVERIFY(page1.contains(QLocale().toString(m_range.to, QLocale::LongFormat)));
    QVERIFY(page1.contains(QStringLiteral("Summary by brand")));

    const auto totals = storeTotals(m_range);
    qint64 all = 0;
    qint64 allAdverse = 0;
    for (const Brand &brand : std::as_const(m_brands)) {
        const QString label =
            brand.isCompetitor ? QStringLiteral("%1 (competitor)").arg(brand.name) : brand.name;
        const QStringList row = tableRow(page1, label);
        QVERIFY2(row.size() == 7,
                 qPrintable(label + QStringLiteral(": ") + row.join(QLatin1Char('|')) + page1));
        const BrandTotals expected = totals.value(brand.id);
        QVERIFY(expected.total > 0); // the demo talks about every brand every month
        QCOMPARE(row.at(1), QLocale().toString(expected.total));
        QCOMPARE(row.at(6), QLocale().toString(expected.adverse));
        all += expected.total;
        allAdverse += expected.adverse;
    }
    const QStringList allRow = tableRow(page1, QStringLiteral("All brands"));
    QCOMPARE(allRow.size(), 7);
    QCOMPARE(allRow.at(1), QLocale().toString(all));
    QCOMPARE(allRow.at(3), QStringLiteral("100.0%"));
    QCOMPARE(allRow.at(6), QLocale().toString(allAdverse));
}

void TestAnalyticsReport::everyChartIsPrintedWithPageNumbers()
{
    int pages = 0;
    const QString path = writeReport(m_range, QStringLiteral("charts.pdf"), &pages);
    QVERIFY(!path.isEmpty());
    const int charts = int(reportCharts().size());
    const int expectedPages = 1 + (charts + 1) / 2;
    QCOMPARE(pages, expectedPages);
    QCOMPARE(pdfPageCount(path), expectedPages);
    const QString chartPages = pdfText(path, 2);
    AnalyticsController controller(m_db, m_workspace);
    controller.load(m_range);
    for (const ReportChart &entry : reportCharts()) {
        std::unique_ptr<AnalyticsChartView> chart(entry.make(controller));
        QVERIFY2(chartPages.contains(chart->title()), qPrintable(chart->title()));
    }
    // Brand names in the legends, drawn as text (vectors), not as a picture.
    QVERIFY(chartPages.contains(m_brands.constFirst().name));
    const QString all = pdfText(path);
    for (int page = 1; page <= expectedPages; ++page)
        QVERIFY(all.contains(QStringLiteral("Page %1 of %2").arg(page).arg(expectedPages)));
    // For people to look at, like the screenshots.
    if (const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
        !dir.isEmpty() && QDir().mkpath(dir)) {
        QFile::remove(QDir(dir).filePath(QStringLiteral("analytics-report.pdf")));
        QFile::copy(path, QDir(dir).filePath(QStringLiteral("analytics-report.pdf")));
    }
}

void TestAnalyticsReport::textGoesThroughTheTranslatorAndDatesThroughTheLocale()
{
    FakeFrenchTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    int pages = 0;
    const QString path = writeReport(m_range, QStringLiteral("rapport.pdf"), &pages);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    // A column header may wrap: "Effets" and "indésirables" on two lines.
    for (const char *french :
         {"Rapport d’écoute des marques", "Synthèse par marque", "Part de voix", "Toutes les marques",
          "Effets", "indésirables", "Mentions par jour et par marque"})
        QVERIFY2(text.contains(QString::fromUtf8(french)), french);
    QVERIFY(text.contains(QStringLiteral("Page 1 sur %1").arg(pages)));
    QVERIFY(!text.contains(QStringLiteral("Summary by brand")));
    // French dates and numbers: "lundi 19 octobre 2026", "100,0%".
    const QLocale french(QLocale::French, QLocale::France);
    QVERIFY(text.contains(french.toString(m_range.from, QLocale::LongFormat)));
    QVERIFY(text.contains(french.monthName(m_range.to.month())));
    QVERIFY(text.contains(QStringLiteral("100,0")));
}

void TestAnalyticsReport::emptyPeriodIsOnePageThatSaysSo()
{
    int pages = 0;
    const DateRange before{QDate(2001, 1, 1), QDate(2001, 1, 31)};
    const QString path = writeReport(before, QStringLiteral("empty.pdf"), &pages);
    QVERIFY(!path.isEmpty());
    QCOMPARE(pages, 1);
    QCOMPARE(pdfPageCount(path), 1);
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("No mentions in this period")));
    QCOMPARE(tableRow(text, QStringLiteral("All brands")).value(1), QStringLiteral("0"));
}

void TestAnalyticsReport::manyBrandsContinueTheTableOnTheNextPage()
{
    TempStore store;
    QVERIFY(store.ok());
    Workspace workspace;
    workspace.name = QStringLiteral("Many brands");
    WorkspaceRepository repo(store.db());
    QVERIFY(repo.addWorkspace(workspace));
    for (int i = 1; i <= 70; ++i) {
        Brand brand = Brand::named(workspace.id, QStringLiteral("Brand %1").arg(i, 2, 10, QLatin1Char('0')),
                                   QStringLiteral("#336699"));
        QVERIFY(repo.addBrand(brand));
    }
    ReportRequest request;
    request.workspace = workspace;
    request.range = m_range;
    AnalyticsReport report(store.db(), request);
    const QString path = m_dir.filePath(QStringLiteral("many.pdf"));
    const Status st = report.write(path);
    QVERIFY2(st.ok(), qPrintable(st.error()));
    const int pages = report.pageCount();
    QVERIFY(pages >= 2);
    QCOMPARE(pdfPageCount(path), pages);
    const QString page2 = pdfText(path, 2, 2);
    // The header again (wrapped headers such as "Share of / voice" span two lines).
    QVERIFY(page2.contains(QStringLiteral("Mentions")));
    QVERIFY(page2.contains(QStringLiteral("Negative")));
    QVERIFY(tableRow(page2, QStringLiteral("Brand 01")).isEmpty());
    const QString last = pdfText(path, pages, pages);
    QCOMPARE(tableRow(last, QStringLiteral("Brand 70")).size(), 7);
    QCOMPARE(tableRow(last, QStringLiteral("All brands")).size(), 7);
    QVERIFY(last.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

void TestAnalyticsReport::cannotWriteLeavesNothing_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("missing folder") << "no-such-folder/report.pdf";
    QTest::newRow("inside a file") << "file/report.pdf";
    QTest::newRow("onto a folder") << "folder";
}

void TestAnalyticsReport::cannotWriteLeavesNothing()
{
    QFETCH(QString, target);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    ReportRequest request;
    request.workspace = m_workspace;
    request.range = m_range;
    AnalyticsReport report(m_db, request);
    const QString path = dir.filePath(target);
    const Status st = report.write(path);
    QVERIFY(!st.ok());
    QVERIFY2(st.error().contains(path), qPrintable(st.error()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             (QStringList{QStringLiteral("file"), QStringLiteral("folder")}));
    QVERIFY(QDir(dir.filePath(QStringLiteral("folder"))).isEmpty());
}

void TestAnalyticsReport::cancellingKeepsTheOlderFile()
{
    const QString path = m_dir.filePath(QStringLiteral("older.pdf"));
    QFile older(path);
    QVERIFY(older.open(QIODevice::WriteOnly));
    older.write("older report");
    older.close();
    ReportRequest request;
    request.workspace = m_workspace;
    request.range = m_range;
    AnalyticsReport report(m_db, request);
    QList<int> seen;
    const Status st = report.write(path, [&seen](int done, int total) {
        seen << done;
        return done < total - 1; // stop before the last page
    });
    QVERIFY(!st.ok());
    QVERIFY(seen.size() >= 2);
    QVERIFY(older.open(QIODevice::ReadOnly));
    QCOMPARE(older.readAll(), QByteArray("older report"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("older.pdf*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("older.pdf")});
}

void TestAnalyticsReport::exporterWritesWithoutAsking()
{
    AppContext context;
    context.db = &m_db;
    context.workspace = m_workspace;
    QWidget window;
    auto *exporter = new AnalyticsReportExporter(context, &window);
    QSignalSpy written(exporter, &AnalyticsReportExporter::reportWritten);
    QCOMPARE(AnalyticsReportExporter::suggestedFileName(m_range),
             QStringLiteral("Brand listening report %1 to %2.pdf")
                 .arg(m_range.from.toString(Qt::ISODate), m_range.to.toString(Qt::ISODate)));
    const QString path = m_dir.filePath(QStringLiteral("from-window.pdf"));
    const Status st = exporter->exportReportTo(m_range, path);
    QVERIFY2(st.ok(), qPrintable(st.error()));
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.at(0).at(0).toString(), path);
    QVERIFY(pdfText(path).contains(m_brands.constFirst().name));
}

QTEST_MAIN(TestAnalyticsReport)
#include "tst_analyticsreport.moc"
