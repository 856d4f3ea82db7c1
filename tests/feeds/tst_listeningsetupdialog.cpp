// The listening set-up dialog on a copy of the demo workspace, driven with the keyboard and
// the mouse as a person would: what is saved on OK/Apply, what Cancel drops, what a refused save
// shows; the models under QAbstractItemModelTester; screenshots in English and with long labels.
#include "i18n/language.h"
#include "listening/listeningfeedmodel.h"
#include "listening/listeningquerymodel.h"
#include "listening/listeningsettings.h"
#include "longlabeltranslator.h"
#include "storage/listeningrepository.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"
#include "ui/listening/listeningsetupdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace vigie;
using test::child;

namespace {
// Runs fn on the next modal dialog once it shows (exec() blocks the test until then).
void onNextModal(QObject *context, std::function<void(QWidget *)> fn)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, fn] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal->objectName() == QLatin1String("listeningSetupDialog"))
            return;
        timer->stop();
        timer->deleteLater();
        fn(modal);
    });
    timer->start();
}

void answerMessageBox(QObject *context, QMessageBox::StandardButton button, QString *text = nullptr)
{
    onNextModal(context, [button, text](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

struct Fixture
{
    QTemporaryDir dir;
    Database db;
    ui::AppContext context;

    bool open()
    {
        const QString path = test::demoDatabaseCopy(dir.path());
        if (path.isEmpty() || !db.openSqlite(path))
            return false;
        const auto ws = WorkspaceRepository(db).primaryWorkspace();
        if (!ws)
            return false;
        context.db = &db;
        context.workspace = *ws;
        context.actor = QStringLiteral("test");
        return true;
    }
    QList<ListeningQuery> queries() { return ListeningRepository(db).queries(context.workspace.id); }
    QList<ListeningFeed> feeds() { return ListeningRepository(db).feeds(context.workspace.id); }
};

int rowNamed(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}
} // namespace

class TestListeningSetupDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void modelsUnderTester();
    void showsTheStoredSetUp();
    void newQueryWithCtrlN();
    void cancelDiscardsEverything();
    void refusedSaveKeepsDialogAndEdits();
    void deleteAsksFirst();
    void feedsAddedAndPaused();
    void alertSettingsSaved();
    void minimumMentionsSuffixFollowsTheValue_data();
    void minimumMentionsSuffixFollowsTheValue();
    void screenshots_data();
    void screenshots();
};

void TestListeningSetupDialog::modelsUnderTester()
{
    Fixture f;
    QVERIFY(f.open());
    ListeningQueryModel queries;
    QAbstractItemModelTester queryTester(&queries, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queries.load(f.db, f.context.workspace.id);
    QVERIFY(queries.rowCount() > 0);
    ListeningQuery q = queries.query(0);
    q.name = QStringLiteral("ZZZ last of its brand");
    const int row = queries.addQuery(q);
    QCOMPARE(queries.query(row).name, q.name);
    QVERIFY(queries.setData(queries.index(row, ListeningQueryModel::EnabledColumn), Qt::Unchecked,
                            Qt::CheckStateRole));
    queries.removeQuery(0);
    QVERIFY(queries.isModified());

    ListeningFeedModel feeds;
    QAbstractItemModelTester feedTester(&feeds, QAbstractItemModelTester::FailureReportingMode::QtTest);
    feeds.load(f.db, f.context.workspace.id);
    QVERIFY(feeds.rowCount() > 0);
    QVERIFY(feeds.addFeed(QStringLiteral("https://example.org/rss"), {}));
    QVERIFY(!feeds.addFeed(QStringLiteral("https://example.org/rss"), {})); // twice
    QVERIFY(!feeds.addFeed(QStringLiteral("javascript:alert(1)"), {}));     // not http
    QVERIFY(!feeds.setData(feeds.index(0, ListeningFeedModel::TitleColumn), QStringLiteral("  "))); // empty
    QVERIFY(feeds.setData(feeds.index(0, ListeningFeedModel::TitleColumn), QStringLiteral("Renamed")));
    feeds.removeFeed(1);
}

void TestListeningSetupDialog::showsTheStoredSetUp()
{
    Fixture f;
    QVERIFY(f.open());
    // One feed broke at its last read: the dialog must show it.
    const ListeningFeed broken = f.feeds().at(0);
    QVERIFY(ListeningRepository(f.db).recordFeedFetch(
        broken.id, {}, {}, QDateTime::currentDateTimeUtc(),
        QStringLiteral("No answer from example.org within 20 seconds.")));
    ui::ListeningSetupDialog dialog(f.context);
    dialog.show();
    auto *queryList = child<QTableView>(&dialog, "queryList");
    QVERIFY(queryList);
    QCOMPARE(queryList->model()->rowCount(), f.queries().size());
    // Own brands come before the competitor.
    const int last = queryList->model()->rowCount() - 1;
    QCOMPARE(
        queryList->model()->index(last, ListeningQueryModel::BrandColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Orvalis (competitor)"));

    auto *feedList = child<QTableView>(&dialog, "feedList");
    QVERIFY(feedList);
    QCOMPARE(feedList->model()->rowCount(), f.feeds().size());
    const int row = rowNamed(feedList->model(), ListeningFeedModel::TitleColumn, broken.title);
    QVERIFY(row >= 0);
    QCOMPARE(feedList->model()->index(row, ListeningFeedModel::ProblemColumn).data().toString(),
             QStringLiteral("No answer from example.org within 20 seconds."));
    QCOMPARE(feedList->model()
                 ->index(row, ListeningFeedModel::ProblemColumn)
                 .data(Qt::ForegroundRole)
                 .value<QColor>(),
             QColor(0xc0, 0x39, 0x2b));
    const QList<ListeningFeed> stored = f.feeds();
    const auto brokenCount = std::count_if(stored.cbegin(), stored.cend(),
                                           [](const ListeningFeed &feed) { return !feed.error.isEmpty(); });
    QCOMPARE(child<QLabel>(&dialog, "feedSummary")->text(),
             QStringLiteral("Feeds with a problem: %1 of %2. Select one to read its last problem in full.")
                 .arg(brokenCount)
                 .arg(stored.size()));
    // Selecting it shows the whole sentence the column may cut.
    feedList->selectRow(row);
    QCOMPARE(child<QLabel>(&dialog, "feedDetail")->text(),
             QStringLiteral("Last problem with \u201c%1\u201d: No answer from example.org within 20 seconds.")
                 .arg(broken.title));
    // Nothing to apply yet.
    QVERIFY(!child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Apply)->isEnabled());
}

void TestListeningSetupDialog::newQueryWithCtrlN()
{
    Fixture f;
    QVERIFY(f.open());
    const int before = f.queries().size();
    ui::ListeningSetupDialog dialog(f.context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *queryList = child<QTableView>(&dialog, "queryList");
    queryList->setFocus();

    onNextModal(&dialog, [](QWidget *editor) {
        QCOMPARE(editor->objectName(), QStringLiteral("queryEditor"));
        auto *brand = child<QComboBox>(editor, "queryBrand");
        brand->setCurrentIndex(brand->findText(QStringLiteral("Orvalis (competitor)")));
        auto *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // No name yet: OK waits.
        QVERIFY(!ok->isEnabled());
        child<QLineEdit>(editor, "queryName")->setText(QStringLiteral("Rappels et ruptures"));
        child<QLineEdit>(editor, "queryKeywords")->setText(QStringLiteral("rupture de stock, rappel de lot"));
        child<QLineEdit>(editor, "queryHashtags")->setText(QStringLiteral("#orvalis, #rupture"));
        child<QLineEdit>(editor, "queryExclusions")->setText(QStringLiteral("recette"));
        child<QCheckBox>(editor, "queryProducts")->setChecked(false);
        child<QCheckBox>(editor, "queryMastodon")->setChecked(false);
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    QTest::keyClick(queryList, Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(queryList->model()->rowCount(), before + 1);
    QCOMPARE(f.queries().size(), before); // not saved until Apply
    auto *apply = child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Apply);
    QVERIFY(apply->isEnabled());
    apply->click();
    QVERIFY2(!child<QLabel>(&dialog, "saveError")->isVisible(),
             qPrintable(child<QLabel>(&dialog, "saveError")->text()));
    QVERIFY(!apply->isEnabled());

    const QList<ListeningQuery> after = f.queries();
    QCOMPARE(after.size(), before + 1);
    const auto added = std::find_if(after.cbegin(), after.cend(),
                                    [](const ListeningQuery &q) { return q.name == "Rappels et ruptures"; });
    QVERIFY(added != after.cend());
    QCOMPARE(added->keywords, (QStringList{"rupture de stock", "rappel de lot"}));
    QCOMPARE(added->hashtags, (QStringList{"orvalis", "rupture"}));
    QCOMPARE(added->exclusions, QStringList{"recette"});
    QCOMPARE(added->includeProducts, false);
    QCOMPARE(added->networks, QList<Network>{Network::Bluesky});
    QCOMPARE(added->enabled, true);
}

void TestListeningSetupDialog::cancelDiscardsEverything()
{
    Fixture f;
    QVERIFY(f.open());
    const QList<ListeningQuery> queriesBefore = f.queries();
    const QList<ListeningFeed> feedsBefore = f.feeds();
    const ListeningSettings settingsBefore = loadListeningSettings(f.db, f.context.workspace.id);
    ui::ListeningSetupDialog dialog(f.context);
    dialog.show();
    dialog.queryModel()->removeQuery(0);
    child<QLineEdit>(&dialog, "feedUrl")->setText(QStringLiteral("https://example.org/new.xml"));
    QTest::mouseClick(child<QPushButton>(&dialog, "addFeed"), Qt::LeftButton);
    child<QDoubleSpinBox>(&dialog, "volumeSigmas")->setValue(6.5);
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(f.queries().size(), queriesBefore.size());
    QCOMPARE(f.feeds().size(), feedsBefore.size());
    QCOMPARE(loadListeningSettings(f.db, f.context.workspace.id).crisis.volumeSigmas,
             settingsBefore.crisis.volumeSigmas);
}

void TestListeningSetupDialog::refusedSaveKeepsDialogAndEdits()
{
    Fixture f;
    QVERIFY(f.open());
    const QList<ListeningQuery> before = f.queries();
    const QList<ListeningFeed> feedsBefore = f.feeds();
    ui::ListeningSetupDialog dialog(f.context);
    dialog.show();
    // A feed added (valid on its own) and a query whose name its brand already uses.
    child<QLineEdit>(&dialog, "feedUrl")->setText(QStringLiteral("https://example.org/ok.xml"));
    QTest::mouseClick(child<QPushButton>(&dialog, "addFeed"), Qt::LeftButton);
    ListeningQuery duplicate = before.at(0);
    duplicate.keywords = {QStringLiteral("autre chose")};
    dialog.queryModel()->addQuery(duplicate);
    const int rows = dialog.queryModel()->rowCount();

    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // still open
    auto *error = child<QLabel>(&dialog, "saveError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("Nothing was saved") &&
                 error->text().contains("already has a query named"),
             qPrintable(error->text()));
    QCOMPARE(child<QTabWidget>(&dialog, "listeningTabs")->currentIndex(),
             int(ui::ListeningSetupDialog::QueriesTab));
    // Nothing half-written: the valid feed is not stored either, and every edit is still there.
    QCOMPARE(f.queries().size(), before.size());
    QCOMPARE(f.feeds().size(), feedsBefore.size());
    QCOMPARE(dialog.queryModel()->rowCount(), rows);
    QCOMPARE(dialog.feedModel()->rowCount(), feedsBefore.size() + 1);
    test::saveScreenshot(&dialog, QStringLiteral("listening-setup-refused-en"));

    // Fixing the name saves everything.
    for (int row = 0; row < dialog.queryModel()->rowCount(); ++row) {
        ListeningQuery q = dialog.queryModel()->query(row);
        if (q.id == 0) {
            q.name += QStringLiteral(" (2)");
            dialog.queryModel()->setQuery(row, q);
        }
    }
    QVERIFY(dialog.apply());
    QVERIFY(!error->isVisible());
    QCOMPARE(f.queries().size(), before.size() + 1);
    QCOMPARE(f.feeds().size(), feedsBefore.size() + 1);
}

void TestListeningSetupDialog::deleteAsksFirst()
{
    Fixture f;
    QVERIFY(f.open());
    const QList<ListeningQuery> before = f.queries();
    ui::ListeningSetupDialog dialog(f.context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *queryList = child<QTableView>(&dialog, "queryList");
    queryList->setFocus();
    queryList->selectRow(0);
    const QString name = queryList->model()->index(0, ListeningQueryModel::NameColumn).data().toString();
    const Id removedId = queryList->model()->index(0, 0).data(ListeningQueryModel::QueryIdRole).toLongLong();

    QString asked;
    answerMessageBox(&dialog, QMessageBox::Cancel, &asked);
    QTest::keyClick(queryList, Qt::Key_Delete);
    QVERIFY2(asked.contains(name), qPrintable(asked));
    QCOMPARE(queryList->model()->rowCount(), before.size()); // Cancel: kept

    // The question took the focus away: back to the list, as after closing it by hand.
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    queryList->setFocus();
    asked.clear();
    answerMessageBox(&dialog, QMessageBox::Yes, &asked);
    QTest::keyClick(queryList, Qt::Key_Delete);
    QVERIFY(!asked.isEmpty());
    QCOMPARE(queryList->model()->rowCount(), before.size() - 1);
    QCOMPARE(f.queries().size(), before.size()); // only on OK
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(f.queries().size(), before.size() - 1);
    for (const ListeningQuery &q : f.queries())
        QVERIFY(q.id != removedId);
}

void TestListeningSetupDialog::feedsAddedAndPaused()
{
    Fixture f;
    QVERIFY(f.open());
    const int before = f.feeds().size();
    ui::ListeningSetupDialog dialog(f.context);
    dialog.showTab(ui::ListeningSetupDialog::FeedsTab);
    dialog.show();
    auto *url = child<QLineEdit>(&dialog, "feedUrl");
    auto *problem = child<QLabel>(&dialog, "feedProblem");
    url->setText(QStringLiteral("agence-sante.example.fr/alertes"));
    QTest::keyClick(url, Qt::Key_Return);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains("is not a web address"), qPrintable(problem->text()));
    QCOMPARE(dialog.feedModel()->rowCount(), before);

    url->setText(QStringLiteral("https://agence-sante.example.fr/alertes.atom"));
    child<QLineEdit>(&dialog, "feedTitle")->setText(QStringLiteral("Alertes de sécurité"));
    QTest::keyClick(url, Qt::Key_Return);
    QVERIFY(!problem->isVisible());
    QVERIFY(url->text().isEmpty());
    QCOMPARE(dialog.feedModel()->rowCount(), before + 1);
    // Pause the first stored feed.
    auto *feedList = child<QTableView>(&dialog, "feedList");
    const Id pausedId = feedList->model()->index(0, 0).data(ListeningFeedModel::FeedIdRole).toLongLong();
    QVERIFY(feedList->model()->setData(feedList->model()->index(0, ListeningFeedModel::EnabledColumn),
                                       Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(dialog.apply());

    const QList<ListeningFeed> after = f.feeds();
    QCOMPARE(after.size(), before + 1);
    bool found = false;
    for (const ListeningFeed &feed : after) {
        if (feed.url == "https://agence-sante.example.fr/alertes.atom") {
            found = true;
            QCOMPARE(feed.title, QStringLiteral("Alertes de sécurité"));
            QVERIFY(feed.enabled);
        }
        if (feed.id == pausedId)
            QVERIFY(!feed.enabled);
    }
    QVERIFY(found);
}

void TestListeningSetupDialog::alertSettingsSaved()
{
    Fixture f;
    QVERIFY(f.open());
    ui::ListeningSetupDialog dialog(f.context);
    dialog.showTab(ui::ListeningSetupDialog::AlertsTab);
    dialog.show();
    child<QDoubleSpinBox>(&dialog, "volumeSigmas")->setValue(4.5);
    child<QSpinBox>(&dialog, "minimumNegativeShare")->setValue(40);
    child<QSpinBox>(&dialog, "collectMinutes")->setValue(30);
    // Alerts off greys the thresholds out.
    child<QCheckBox>(&dialog, "crisisEnabled")->setChecked(false);
    QVERIFY(!child<QDoubleSpinBox>(&dialog, "volumeSigmas")->isEnabled());
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ListeningSettings saved = loadListeningSettings(f.db, f.context.workspace.id);
    QCOMPARE(saved.collectMinutes, 30);
    QCOMPARE(saved.crisis.enabled, false);
    QCOMPARE(saved.crisis.volumeSigmas, 4.5);
    QCOMPARE(saved.crisis.minimumNegativeShare, 0.40);
    // Every field says what it does.
    for (const char *hint : {"collectMinutesHint", "volumeSigmasHint", "negativeSigmasHint",
                             "minimumMentionsHint", "minimumNegativeShareHint", "baselineDaysHint"})
        QVERIFY2(!child<QLabel>(&dialog, hint)->text().isEmpty(), hint);
}

void TestListeningSetupDialog::minimumMentionsSuffixFollowsTheValue_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("many");
    QTest::newRow("en") << "en"
                        << " mention"
                        << " mentions";
    QTest::newRow("fr") << "fr"
                        << " mention"
                        << " mentions";
}

void TestListeningSetupDialog::minimumMentionsSuffixFollowsTheValue()
{
    QFETCH(QString, language);
    QFETCH(QString, one);
    QFETCH(QString, many);
    QVERIFY(installTranslations(language));
    Fixture f;
    QVERIFY(f.open());
    ui::ListeningSetupDialog dialog(f.context);
    auto *spin = child<QSpinBox>(&dialog, "minimumMentions");
    spin->setValue(1);
    QCOMPARE(spin->suffix(), one); // not "1 mentions"
    spin->setValue(20);
    QCOMPARE(spin->suffix(), many);
    installTranslations(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestListeningSetupDialog::screenshots_data()
{
    QTest::addColumn<bool>("longLabels");
    QTest::newRow("en") << false;
    QTest::newRow("long") << true;
}

void TestListeningSetupDialog::screenshots()
{
    QFETCH(bool, longLabels);
    test::LongLabelTranslator translator;
    if (longLabels)
        QCoreApplication::installTranslator(&translator);
    const QString suffix = longLabels ? QStringLiteral("-long") : QStringLiteral("-en");
    {
        Fixture f;
        QVERIFY(f.open());
        const ListeningFeed broken = f.feeds().at(1);
        QVERIFY(ListeningRepository(f.db).recordFeedFetch(
            broken.id, {}, {}, QDateTime::currentDateTimeUtc(),
            QStringLiteral(
                "The server at www.lefilsante.fr failed (HTTP 503); the feed will be tried again at the "
                "next collection.")));
        ui::ListeningSetupDialog dialog(f.context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::saveScreenshot(&dialog, QStringLiteral("listening-setup-queries") + suffix);
        dialog.showTab(ui::ListeningSetupDialog::FeedsTab);
        child<QTableView>(&dialog, "feedList")->selectRow(1);
        test::saveScreenshot(&dialog, QStringLiteral("listening-setup-feeds") + suffix);
        dialog.showTab(ui::ListeningSetupDialog::AlertsTab);
        test::saveScreenshot(&dialog, QStringLiteral("listening-setup-alerts") + suffix);
        // The query editor as it opens on an existing query.
        dialog.showTab(ui::ListeningSetupDialog::QueriesTab);
        auto *queryList = child<QTableView>(&dialog, "queryList");
        queryList->selectRow(0);
        onNextModal(&dialog, [suffix](QWidget *editor) {
            test::saveScreenshot(editor, QStringLiteral("listening-query-editor") + suffix);
            qobject_cast<QDialog *>(editor)->reject();
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "editQuery"), Qt::LeftButton);
    }
    if (longLabels)
        QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestListeningSetupDialog)
#include "tst_listeningsetupdialog.moc"
