// The whole window on the demo workspace, in English and French, the way a user meets it.
#include "i18n/language.h"
#include "inbox/threadmessagesmodel.h"
#include "storage/adversecaserepository.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"
#include "ui/inbox/inboxpane.h"
#include "ui/mainwindow.h"
#include "ui/manual/commentimportdialog.h"
#include "ui/manual/manualduenotifier.h"
#include "ui/settings/settingsdialog.h"
#include "ui/triage/triagepane.h"
#include "ui/windowhost.h"

#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QtTest>

using namespace vigie;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    Database m_db;
    ui::AppContext m_context;
    // The demo is anchored at demoToday(): the window sees the same day, as it would on the day
    // `vigie --demo` generated it.
    FixedClock m_clock{QDateTime(test::demoToday(), QTime(12, 0), QTimeZone("Europe/Paris"))};

    static QStringList navigationLabels(ui::MainWindow *window)
    {
        auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QStringList labels;
        for (int i = 0; nav && i < nav->count(); ++i)
            labels << nav->item(i)->text();
        return labels;
    }
    static QStringList menuTitles(ui::MainWindow *window)
    {
        QStringList titles;
        for (QAction *action : window->menuBar()->actions())
            titles << action->text();
        return titles;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // keep the user's settings out of it
        const QString path = test::demoDatabaseCopy(m_dir.path());
        QVERIFY(!path.isEmpty());
        QVERIFY(m_db.openSqlite(path));
        const auto workspace = WorkspaceRepository(m_db).primaryWorkspace();
        QVERIFY(workspace);
        m_context.db = &m_db;
        m_context.workspace = *workspace;
        m_context.demo = true;
        m_context.clock = &m_clock;
        m_context.actor = QStringLiteral("test");
        QVERIFY(installTranslations(QStringLiteral("en")));
    }

    void showsFourPanesInEnglish()
    {
        ui::MainWindow window(m_context);
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The adverse-event entry says how many cases wait for a reviewer.
        const int pending = AdverseCaseRepository(m_db).counts(m_context.workspace.id).pending;
        QVERIFY(pending > 0);
        QCOMPARE(navigationLabels(&window),
                 (QStringList{"Calendar", "Inbox", "Analytics",
                              QStringLiteral("Adverse events (%1)").arg(pending)}));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("demo")), qPrintable(window.windowTitle()));
        const char *names[] = {"calendar", "inbox", "analytics", "triage"};
        for (int pane = 0; pane < 4; ++pane) {
            window.showPane(pane);
            QCOMPARE(window.currentPane(), pane);
            QTest::qWait(50);
            test::saveScreenshot(&window, QStringLiteral("window-en-%1").arg(QLatin1String(names[pane])));
        }
    }

    void keyboardShortcutsSwitchPanes()
    {
        ui::MainWindow window(m_context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPane(), int(ui::MainWindow::InboxIndex));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPane(), int(ui::MainWindow::AnalyticsIndex));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPane(), int(ui::MainWindow::TriageIndex));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPane(), int(ui::MainWindow::CalendarIndex));
    }

    // File › Import comments (Ctrl+Shift+I) and Tools › Manual posts due (Ctrl+Shift+M): the
    // manual channels' two doors, each opened once however often the keys are pressed.
    void manualChannelShortcutsOpenTheirDialogs()
    {
        ui::MainWindow window(m_context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        auto *import = window.findChild<ui::CommentImportDialog *>();
        QVERIFY(import);
        QTRY_VERIFY(import->isVisible());
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.findChildren<ui::CommentImportDialog *>().size(), 1);
        import->close();

        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        ui::ManualPostDialog *due = window.manualDue()->dialog();
        QVERIFY(due);
        QTRY_VERIFY(due->isVisible());
        // The demo's Sermo post of the previous weekday morning is still waiting for a person.
        QCOMPARE(due->postCount(), 1);
        const QString heading = test::child<QLabel>(due, "headingLabel")->text();
        QVERIFY2(heading.contains(QStringLiteral("Communauté Sermo des cardiologues")), qPrintable(heading));
        test::saveScreenshot(due, QStringLiteral("demo-manual-due"));
        due->close();
    }

    // A flagged message in the inbox leads to its case; the case leads back to the conversation.
    void inboxAndTriageLeadToEachOther()
    {
        ui::MainWindow window(m_context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT c.id, c.message_id, m.thread_id FROM adverse_cases c "
                           "JOIN messages m ON m.id = c.message_id WHERE c.status = 'pending' LIMIT 1")));
        QVERIFY(q.next());
        const Id caseId = q.value(0).toLongLong();
        const Id messageId = q.value(1).toLongLong();
        const Id threadId = q.value(2).toLongLong();
        emit window.inboxPane()->openCaseRequested(messageId);
        QCOMPARE(window.currentPane(), int(ui::MainWindow::TriageIndex));
        QCOMPARE(window.triagePane()->shownCaseId(), caseId);
        emit window.triagePane()->openConversationRequested(threadId);
        QCOMPARE(window.currentPane(), int(ui::MainWindow::InboxIndex));
        QVERIFY(window.inboxPane()->messages()->rowCount() > 0);
    }

    // Tools › Settings changes how often the inbox syncs by itself; 0 turns it off.
    void settingsSetTheInboxSyncInterval()
    {
        ui::SettingsDialog dialog(QString(), 5);
        auto *spin = test::child<QSpinBox>(&dialog, "syncMinutesSpin");
        QVERIFY(spin);
        QCOMPARE(spin->value(), 5);
        spin->setValue(0);
        QCOMPARE(spin->text(), QStringLiteral("Never (Sync now only)"));
        QCOMPARE(dialog.syncMinutes(), 0);
        spin->setValue(15);
        QCOMPARE(dialog.syncMinutes(), 15);
    }

    void switchingToFrenchRebuildsTheWindowInFrench()
    {
        ui::WindowHost host(m_context);
        host.show(ui::MainWindow::InboxIndex);
        QVERIFY(host.window());
        QCOMPARE(menuTitles(host.window()).value(0), QStringLiteral("&File"));

        QSignalSpy replaced(&host, &ui::WindowHost::windowReplaced);
        emit host.window()->languageChangeRequested(QStringLiteral("fr"));
        QCOMPARE(replaced.count(), 1);
        ui::MainWindow *french = host.window();
        QVERIFY(QTest::qWaitForWindowExposed(french));
        QCOMPARE(savedLanguage(), QStringLiteral("fr"));
        QCOMPARE(navigationLabels(french).mid(0, 3),
                 (QStringList{"Calendrier", "Boîte de réception", "Analyses"}));
        QVERIFY2(navigationLabels(french).value(3).startsWith(QStringLiteral("Effets indésirables (")),
                 qPrintable(navigationLabels(french).value(3)));
        QCOMPARE(menuTitles(french).value(0), QStringLiteral("&Fichier"));
        QVERIFY2(french->windowTitle().contains(QStringLiteral("démo")), qPrintable(french->windowTitle()));
        QCOMPARE(french->currentPane(), int(ui::MainWindow::InboxIndex)); // the open pane carries over

        const char *names[] = {"calendar", "inbox", "analytics", "triage"};
        french->resize(1280, 820);
        for (int pane = 0; pane < 4; ++pane) {
            french->showPane(pane);
            QTest::qWait(50);
            test::saveScreenshot(french, QStringLiteral("window-fr-%1").arg(QLatin1String(names[pane])));
        }
        // The menus do not show in a window grab: each is opened and grabbed on its own.
        const QList<QAction *> menus = french->menuBar()->actions();
        for (qsizetype i = 0; i < menus.size(); ++i) {
            QMenu *menu = menus.at(i)->menu();
            QVERIFY(menu);
            menu->popup(french->mapToGlobal(QPoint(0, 0)));
            QTRY_VERIFY(menu->isVisible());
            test::saveScreenshot(menu, QStringLiteral("window-fr-menu-%1").arg(i));
            menu->hide();
        }
        // Every label in the French window is translated: none of the English navigation remains.
        for (auto *label : french->findChildren<QLabel *>()) {
            QVERIFY2(label->text() != QStringLiteral("Calendar") && label->text() != QStringLiteral("Inbox"),
                     qPrintable(label->text()));
        }
        emit french->languageChangeRequested(QStringLiteral("en"));
        QCOMPARE(navigationLabels(host.window()).mid(0, 3), (QStringList{"Calendar", "Inbox", "Analytics"}));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
