// "Save image (PNG)" and "Save data (CSV)" of the analytics charts: what lands in the file, the
// names offered, the button and menu every chart has, and failures that leave nothing behind.

#include "analytics/analyticsfixture.h"
#include "listening/analyticscontroller.h"
#include "listening/mentionvolumemodel.h"
#include "listening/shareofvoicemodel.h"
#include "support/testsupport.h"
#include "ui/analytics/chartexport.h"
#include "ui/analytics/mentionvolumechart.h"
#include "ui/analytics/shareofvoicechart.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSet>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <memory>

using namespace vigie;
using namespace vigie::test;
using namespace vigie::ui;

namespace {

// The charts helper makes every chart answer exportModel(); these stand-ins make sure the
// export works whatever order the pieces land in.
class VolumeChart : public MentionVolumeChart
{
public:
    explicit VolumeChart(MentionVolumeModel *model)
        : MentionVolumeChart(model)
        , m_model(model)
    {}
    const QAbstractItemModel *exportModel() const override { return m_model; }

private:
    MentionVolumeModel *m_model;
};

class VoiceChart : public ShareOfVoiceChart
{
public:
    explicit VoiceChart(ShareOfVoiceModel *model)
        : ShareOfVoiceChart(model)
        , m_model(model)
    {}
    const QAbstractItemModel *exportModel() const override { return m_model; }

private:
    ShareOfVoiceModel *m_model;
};

const QDate kFrom(2026, 3, 2);
const QDate kTo(2026, 3, 8);
const QSize kViewSize(640, 400);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entriesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void imageIsTheChartAtTwiceItsSize();
    void imageOfAHiddenChartIsDrawnWhole();
    void dataIsTheChartsModel();
    void fileNamesNameTheChartAndPeriod_data();
    void fileNamesNameTheChartAndPeriod();
    void buttonAndMenuOfferBothSaves();
    void failuresSayWhyAndLeaveNothing_data();
    void failuresSayWhyAndLeaveNothing();
    void readOnlyFolderKeepsTheOlderFile();
    void chartWithoutModelSaysSo();

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<AnalyticsFixture> m_fixture;
    std::unique_ptr<AnalyticsController> m_controller;
    std::unique_ptr<VolumeChart> m_chart;
    QTemporaryDir m_dir;
};

void TestChartExport::initTestCase()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    m_fixture = std::make_unique<AnalyticsFixture>(m_store->db());
    QVERIFY(m_fixture->ok());
    for (int day = 0; day < 7; ++day) {
        QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), kFrom.addDays(day), 3 + day,
                                         Sentiment::Positive));
        QVERIFY(m_fixture->addMentionsOn(m_fixture->competitor(), kFrom.addDays(day), 1 + day % 2));
    }
    m_controller = std::make_unique<AnalyticsController>(m_store->db(), m_fixture->workspace());
    m_controller->load({kFrom, kTo});
}

void TestChartExport::init()
{
    m_chart = std::make_unique<VolumeChart>(m_controller->volumeModel());
    m_chart->resize(kViewSize);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void TestChartExport::cleanup()
{
    m_chart.reset();
}

void TestChartExport::imageIsTheChartAtTwiceItsSize()
{
    const QString path = m_dir.filePath(QStringLiteral("volume.png"));
    const Status st = m_chart->saveImage(path);
    QVERIFY2(st.ok(), qPrintable(st.error()));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), kViewSize * 2);
    // Not blank: the own brand's orange line and the title's dark text are in it.
    QSet<QRgb> colors;
    bool brandLine = false;
    const QColor orange(QStringLiteral("#e07b00"));
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor pixel = image.pixelColor(x, y);
            colors.insert(pixel.rgb());
            brandLine = brandLine ||
                        (qAbs(pixel.red() - orange.red()) < 12 && qAbs(pixel.green() - orange.green()) < 12 &&
                         qAbs(pixel.blue() - orange.blue()) < 12);
        }
    }
    QVERIFY2(colors.size() > 20, qPrintable(QString::number(colors.size())));
    QVERIFY(brandLine);
    // The button over the chart is a widget, not part of the chart: it is not in the image.
    QCOMPARE(m_chart->renderImage().size(), image.size());
    image.save(QDir(qEnvironmentVariable("VIGIE_SCREENSHOT_DIR", m_dir.path()))
                   .filePath(QStringLiteral("chart-export.png")));
}

void TestChartExport::imageOfAHiddenChartIsDrawnWhole()
{
    // A chart scrolled out of sight or behind another pane still saves whole.
    m_chart->hide();
    const QImage image = m_chart->renderImage(1.5);
    QCOMPARE(image.size(), kViewSize * 1.5);
    QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2).isValid());
}

void TestChartExport::dataIsTheChartsModel()
{
    const QString path = m_dir.filePath(QStringLiteral("volume.csv"));
    const Status st = m_chart->saveData(path);
    QVERIFY2(st.ok(), qPrintable(st.error()));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 byte-order mark
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 7);
    // The day and each brand's count (the model may add the previous period's columns after).
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Day,Hélianthe,Hélianthe Derma,Medivia")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("2026-03-02,3,0,1")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(7).startsWith(QStringLiteral("2026-03-08,9,0,1")), qPrintable(lines.at(7)));
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char(',')), m_controller->volumeModel()->columnCount() - 1);
}

void TestChartExport::fileNamesNameTheChartAndPeriod_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("name");
    QTest::newRow("period") << "Share of voice" << QDate(2026, 3, 1) << QDate(2026, 3, 31)
                            << "Share of voice 2026-03-01 to 2026-03-31.png";
    QTest::newRow("no period") << "Top products" << QDate() << QDate() << "Top products.png";
    QTest::newRow("characters files refuse")
        << "Mentions: a/b \"c\"?" << QDate(2026, 1, 1) << QDate(2026, 1, 2)
        << "Mentions- a-b -c-- 2026-01-01 to 2026-01-02.png";
    QTest::newRow("accents kept") << "Synthèse" << QDate() << QDate() << "Synthèse.png";
}

void TestChartExport::fileNamesNameTheChartAndPeriod()
{
    QFETCH(QString, title);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, name);
    QCOMPARE(chartExportFileName(title, DateRange{from, to}, QStringLiteral("png")), name);
}

void TestChartExport::buttonAndMenuOfferBothSaves()
{
    // The volume chart finds its period in its rows; the share of voice is told by the pane.
    QCOMPARE(m_chart->suggestedFileName(QStringLiteral("csv")),
             QStringLiteral("Mentions per day by brand 2026-03-02 to 2026-03-08.csv"));
    VoiceChart voice(m_controller->shareOfVoiceModel());
    QCOMPARE(voice.suggestedFileName(QStringLiteral("png")), QStringLiteral("Share of voice.png"));
    voice.setPeriod({kFrom, kTo});
    QCOMPARE(voice.suggestedFileName(QStringLiteral("png")),
             QStringLiteral("Share of voice 2026-03-02 to 2026-03-08.png"));

    auto *button = child<QToolButton>(m_chart.get(), "chartExportButton");
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(!button->toolTip().isEmpty());
    // In the top-right corner, whole.
    QVERIFY(m_chart->rect().contains(button->geometry()));
    QVERIFY(button->geometry().right() > kViewSize.width() - 10);
    QVERIFY(button->geometry().top() < 10);
    QVERIFY(button->menu());
    QCOMPARE(button->menu()->actions(),
             (QList<QAction *>{m_chart->saveImageAction(), m_chart->saveDataAction()}));
    QCOMPARE(m_chart->saveImageAction()->text(), QStringLiteral("Save image (PNG)…"));
    QCOMPARE(m_chart->saveDataAction()->text(), QStringLiteral("Save data (CSV)…"));
    QVERIFY(m_chart->actions().contains(m_chart->saveImageAction())); // so its shortcut works
    QCOMPARE(m_chart->saveImageAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
    QCOMPARE(m_chart->saveDataAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QCOMPARE(m_chart->saveImageAction()->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    saveScreenshot(m_chart.get(), QStringLiteral("chart-export-button"));
}

void TestChartExport::failuresSayWhyAndLeaveNothing_data()
{
    QTest::addColumn<bool>("image");
    QTest::addColumn<QString>("target"); // relative to a fresh folder holding "file" and "folder/"
    QTest::newRow("image, missing folder") << true << "no-such-folder/chart.png";
    QTest::newRow("data, missing folder") << false << "no-such-folder/chart.csv";
    QTest::newRow("image, inside a file") << true << "file/chart.png";
    QTest::newRow("data, inside a file") << false << "file/chart.csv";
    QTest::newRow("image, onto a folder") << true << "folder";
    QTest::newRow("data, onto a folder") << false << "folder";
}

void TestChartExport::failuresSayWhyAndLeaveNothing()
{
    QFETCH(bool, image);
    QFETCH(QString, target);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("before");
    file.close();
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QString path = dir.filePath(target);
    const Status st = image ? m_chart->saveImage(path) : m_chart->saveData(path);
    QVERIFY(!st.ok());
    QVERIFY2(st.error().contains(path), qPrintable(st.error()));
    // Nothing new, nothing half-written, what was there is untouched.
    QCOMPARE(entriesIn(dir.path()), (QStringList{QStringLiteral("file"), QStringLiteral("folder")}));
    QCOMPARE(entriesIn(dir.filePath(QStringLiteral("folder"))), QStringList());
    QCOMPARE(readAll(dir.filePath(QStringLiteral("file"))), QByteArray("before"));
}

void TestChartExport::readOnlyFolderKeepsTheOlderFile()
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("chart.png"));
    QFile before(existing);
    QVERIFY(before.open(QIODevice::WriteOnly));
    before.write("before");
    before.close();
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const bool stillWritable = QFileInfo(dir.path()).isWritable();
    const Status st = m_chart->saveImage(existing);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (stillWritable)
        QSKIP("running as root: a read-only folder is still writable");
    QVERIFY(!st.ok());
    QCOMPARE(readAll(existing), QByteArray("before"));
    QCOMPARE(entriesIn(dir.path()), QStringList{QStringLiteral("chart.png")});
}

void TestChartExport::chartWithoutModelSaysSo()
{
    AnalyticsChartView plain(QStringLiteral("No model"));
    const QString path = m_dir.filePath(QStringLiteral("none.csv"));
    const Status st = plain.saveData(path);
    QVERIFY(!st.ok());
    QCOMPARE(st.error(), QStringLiteral("This chart has no data to save."));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
