// The calendar's planning features as a user meets them: the list view and the keyboard
// switches, filters on every view, queue times and "Add to queue", export to .ics, the
// import request, the week of a daylight-saving change, and screenshots in both languages.
#include "calendarfixture.h"
#include "longlabeltranslator.h"
#include "publishing/calendarlistmodel.h"
#include "publishing/calendarpostsmodel.h"
#include "publishing/queueplanner.h"
#include "publishing/recurrence.h"
#include "publishing/unscheduleddraftsmodel.h"
#include "ui/calendar/calendarfilterbar.h"
#include "ui/calendar/calendarlistview.h"
#include "ui/calendar/calendarpane.h"
#include "ui/calendar/draftspanel.h"
#include "ui/calendar/monthview.h"
#include "ui/calendar/queuetimesdialog.h"
#include "ui/calendar/weekview.h"
#include "ui/composer/composerdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QToolButton>
#include <QtTest>

using namespace vigie;
using test::CalendarFixture;

namespace {
QDateTime parisUtc(QDate date, QTime time)
{
    return WorkspaceTime(QStringLiteral("Europe/Paris")).toUtc(date, time);
}

QAction *filterAction(ui::CalendarPane *pane, const QString &name)
{
    return pane->filterBar()->findChild<QAction *>(name);
}

// Posts of several brands, networks and states in November 2026, one of them recurring.
void plantAMonth(CalendarFixture &f)
{
    f.addPost({2026, 11, 16}, {9, 30}, PostState::Scheduled, QStringLiteral("Grippe : vaccinez-vous"),
              {f.auroraMastodon.id, f.auroraBluesky.id});
    f.addPost({2026, 11, 17}, {11, 0}, PostState::InReview, QStringLiteral("Semaine du rein"),
              {f.auroraMastodon.id});
    f.addPost({2026, 11, 18}, {14, 0}, PostState::ChangesRequested, QStringLiteral("Sommeil et écrans"),
              {f.zephyrLinkedIn.id}, f.zephyr.id);
    f.addPost({2026, 11, 19}, {10, 0}, PostState::Approved, QStringLiteral("Diabète : dépistage"),
              {f.zephyrLinkedIn.id}, f.zephyr.id);
    f.addPost({2026, 11, 10}, {8, 0}, PostState::Published, QStringLiteral("Déjà publié"),
              {f.auroraBluesky.id});
    f.addPost({2026, 11, 12}, {8, 0}, PostState::Failed, QStringLiteral("Échec réseau"),
              {f.auroraMastodon.id});
    f.addPost({2026, 11, 13}, {8, 0}, PostState::Unconfirmed, QStringLiteral("À vérifier"),
              {f.auroraMastodon.id});
    f.addPost({2026, 11, 20}, {16, 0}, PostState::Draft, QStringLiteral("Brouillon daté"),
              {f.auroraBluesky.id});
    Post tip;
    tip.workspaceId = f.workspace().id;
    tip.brandId = f.aurora.id;
    tip.body = QStringLiteral("Conseil de la semaine");
    tip.state = PostState::Scheduled;
    tip.scheduledAt = parisUtc({2026, 11, 4}, {9, 0});
    tip.variants << PostVariant::forAccount(f.auroraMastodon.id);
    RecurrencePlanner(f.db(), f.clock())
        .createSeries(tip, Recurrence{Recurrence::Frequency::Weekly, 1, 4}, QTimeZone("Europe/Paris"),
                      QStringLiteral("camille"));
}
} // namespace

class TestPlanningPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::CalendarPane> openPane(CalendarFixture &f)
    {
        auto pane = std::make_unique<ui::CalendarPane>(f.appContext());
        pane->resize(1180, 800);
        pane->show();
        if (!QTest::qWaitForWindowExposed(pane.get()))
            return nullptr;
        return pane;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        qRegisterMetaType<ui::ComposerDialog *>();
    }

    void keyboardSwitchesViewsAndEnterOpensTheComposer()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        plantAMonth(f);
        auto pane = openPane(f);
        QVERIFY(pane);
        pane->monthView()->setFocus();
        QTest::keyClick(pane.get(), Qt::Key_3, Qt::ControlModifier);
        QVERIFY(pane->isListShown());
        QVERIFY(pane->listView()->isVisible());
        QCOMPARE(pane->listModel()->rowCount(), 12); // 8 posts + 4 of the series, all in November
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("periodTitle"))->text(),
                 QStringLiteral("November 2026"));
        QTest::keyClick(pane.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(!pane->isListShown());
        QCOMPARE(pane->currentView(), pane->weekView());
        QTest::keyClick(pane.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(pane->currentView(), pane->monthView());
        QVERIFY(pane->monthView()->isVisible());

        QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("listButton")), Qt::LeftButton);
        QVERIFY(pane->isListShown());
        ui::CalendarListView *list = pane->listView();
        list->setFocus();
        QVERIFY(list->selectPost(pane->listModel()->postIdAt(0)));
        QSignalSpy opened(pane.get(), &ui::CalendarPane::composerOpened);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        auto *composer = opened.at(0).at(0).value<ui::ComposerDialog *>();
        QCOMPARE(composer->postId(), list->currentPostId());
        composer->reject();
    }

    void filtersApplyToEveryView()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        plantAMonth(f);
        auto pane = openPane(f);
        QVERIFY(pane);
        QVERIFY(!pane->monthView()->postRect(pane->postsModel()->postIdAt(0)).isEmpty());

        // Brand Zéphyr only: two posts remain on the month, the week and the list.
        QAction *zephyr = filterAction(pane.get(), QStringLiteral("brandFilter_%1").arg(f.zephyr.id));
        QVERIFY(zephyr);
        zephyr->trigger();
        QCOMPARE(pane->filterBar()->filter().brands, QSet<Id>{f.zephyr.id});
        int shown = 0;
        for (int row = 0; row < pane->postsModel()->rowCount(); ++row)
            shown += pane->monthView()->postRect(pane->postsModel()->postIdAt(row)).isEmpty() ? 0 : 1;
        QCOMPARE(shown, 2);
        pane->showList();
        QCOMPARE(pane->listView()->model()->rowCount(), 2);
        test::saveScreenshot(pane.get(), QStringLiteral("planning-list-filtered-brand"));

        // Add a state: Zéphyr and approved.
        filterAction(pane.get(), QStringLiteral("stateFilter_approved"))->trigger();
        QCOMPARE(pane->listView()->model()->rowCount(), 1);
        QVERIFY(pane->findChild<QToolButton *>(QStringLiteral("stateFilterButton"))->text().contains("(1)"));
        pane->setKind(CalendarPeriod::Kind::Week);
        // Week of 16 November: only the approved Zéphyr post of the 19th.
        shown = 0;
        for (int row = 0; row < pane->postsModel()->rowCount(); ++row)
            shown += pane->weekView()->postRect(pane->postsModel()->postIdAt(row)).isEmpty() ? 0 : 1;
        QCOMPARE(shown, 1);

        // Network filter; then "Show all" brings everything back.
        QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("clearFiltersButton")),
                          Qt::LeftButton);
        QVERIFY(pane->filterBar()->filter().isEmpty());
        filterAction(pane.get(), QStringLiteral("networkFilter_bluesky"))->trigger();
        pane->showList();
        for (int row = 0; row < pane->listView()->model()->rowCount(); ++row)
            QVERIFY(pane->listView()->model()->index(row, 2).data().toString().contains("Bluesky"));
        QCOMPARE(pane->listView()->model()->rowCount(), 3);
        QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("clearFiltersButton")),
                          Qt::LeftButton);
        QCOMPARE(pane->listView()->model()->rowCount(), 12);
    }

    void queueTimesDialogSavesAChannelsTimes()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        auto pane = openPane(f);
        QVERIFY(pane);
        ui::QueueTimesDialog *dialog = pane->openQueueTimes();
        QVERIFY(dialog && dialog->isVisible());
        dialog->setCurrentChannel(f.auroraMastodon.id);
        for (int day = 1; day <= 5; ++day)
            dialog->findChild<QCheckBox *>(QStringLiteral("queueDay%1").arg(day))->setChecked(true);
        auto *time = dialog->findChild<QTimeEdit *>(QStringLiteral("queueNewTime"));
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("queueAddTime"));
        time->setTime(QTime(9, 0));
        QTest::mouseClick(add, Qt::LeftButton);
        time->setTime(QTime(17, 30));
        QTest::mouseClick(add, Qt::LeftButton);
        time->setTime(QTime(9, 0)); // already there: not twice
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("queueTimes"))->count(), 2);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("queueSave")), Qt::LeftButton);
        QCOMPARE(QueuePlanner(f.db(), f.clock()).slotsOf(f.auroraMastodon.id).size(), 10);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("queueStatus"))->text().contains("Saved"));
        test::saveScreenshot(dialog, QStringLiteral("planning-queue-times"));

        // Another channel shows its own (none), and coming back shows what was saved.
        dialog->setCurrentChannel(f.auroraBluesky.id);
        QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("queueTimes"))->count(), 0);
        dialog->setCurrentChannel(f.auroraMastodon.id);
        QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("queueTimes"))->count(), 2);
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("queueDay5"))->isChecked());
        QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("queueDay6"))->isChecked());
        dialog->reject();
    }

    void addToQueueFromTheDraftsPanel()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        QueueSlot slot;
        slot.weekday = 2;
        slot.minuteOfDay = 10 * 60;
        QVERIFY(QueuePlanner(f.db(), f.clock())
                    .setSlots(f.auroraMastodon.id, {slot}, QStringLiteral("camille"))
                    .ok());
        const Id draft =
            f.addPost({}, {}, PostState::Draft, QStringLiteral("Idée à planifier"), {f.auroraMastodon.id});
        auto pane = openPane(f);
        QVERIFY(pane);
        auto *button = pane->findChild<QPushButton *>(QStringLiteral("addToQueueButton"));
        QVERIFY(!button->isEnabled()); // nothing selected yet
        QListView *drafts = pane->draftsPanel()->listView();
        drafts->setCurrentIndex(drafts->model()->index(0, 0));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(f.storedSchedule(draft), parisUtc({2026, 11, 17}, {10, 0}));
        QCOMPARE(f.auditCount(draft, QStringLiteral("post.rescheduled")), 1);
        QVERIFY2(pane->notice().contains("queue"), qPrintable(pane->notice()));
        QVERIFY(!pane->monthView()->postRect(draft).isEmpty()); // now on the calendar
        QCOMPARE(pane->draftsModel()->rowCount(), 0);
        test::saveScreenshot(pane.get(), QStringLiteral("planning-added-to-queue"));

        // A second draft when the only slot is taken on the following weeks too: it gets the next week's.
        const Id second =
            f.addPost({}, {}, PostState::Draft, QStringLiteral("Encore une"), {f.auroraMastodon.id});
        pane->reload();
        pane->addToQueue(second);
        QCOMPARE(f.storedSchedule(second), parisUtc({2026, 11, 24}, {10, 0}));
    }

    void exportWritesAnICalendarFileAndImportIsRequested()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        plantAMonth(f);
        auto pane = openPane(f);
        QVERIFY(pane);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.ics"));
        QVERIFY(pane->exportCalendarTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 12);
        QVERIFY(pane->notice().contains("12 posts"));
        QVERIFY(!pane->exportCalendarTo(dir.filePath(QStringLiteral("missing/folder/plan.ics"))));
        QVERIFY(!pane->message().isEmpty());

        QSignalSpy import(pane.get(), &ui::CalendarPane::importScheduleRequested);
        QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("importCsvButton")), Qt::LeftButton);
        QCOMPARE(import.count(), 1);
    }

    // The week of 29 March 2026 (clocks go from 02:00 to 03:00 in Paris).
    void weekOfTheSpringChangeShowsPostsOnTheirDayAndHour()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id before = f.addPost({2026, 3, 28}, {9, 0}, PostState::Scheduled, QStringLiteral("samedi 9 h"),
                                    {f.auroraMastodon.id});
        const Id sunday = f.addPost({2026, 3, 29}, {9, 0}, PostState::Scheduled,
                                    QStringLiteral("dimanche 9 h"), {f.auroraMastodon.id});
        const Id gap = f.addPost({2026, 3, 29}, {2, 30}, PostState::Scheduled,
                                 QStringLiteral("02:30 devient 03:30"), {f.auroraMastodon.id});
        auto pane = openPane(f);
        QVERIFY(pane);
        pane->setKind(CalendarPeriod::Kind::Week);
        pane->goToDate({2026, 3, 29});
        ui::WeekView *week = pane->weekView();
        for (const auto &[post, date, time] : {std::tuple{before, QDate(2026, 3, 28), QTime(9, 0)},
                                               std::tuple{sunday, QDate(2026, 3, 29), QTime(9, 0)},
                                               std::tuple{gap, QDate(2026, 3, 29), QTime(3, 30)}}) {
            week->scrollToHour(time.hour() - 1); // the night hours scroll
            const QRect chip = week->postRect(post);
            QVERIFY(!chip.isEmpty());
            QVERIFY(week->dayRect(date).contains(chip.center()));
            QVERIFY2(
                qAbs(chip.top() - week->pointAt(date, time).y()) <= 2,
                qPrintable(QStringLiteral("%1 vs %2").arg(chip.top()).arg(week->pointAt(date, time).y())));
        }
        week->scrollToHour(2);
        test::saveScreenshot(pane.get(), QStringLiteral("planning-week-dst-spring"));
    }

    void screenshotsInEnglishAndFrench()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        plantAMonth(f);
        f.addPost({}, {}, PostState::Draft, QStringLiteral("Idée : semaine du sommeil"),
                  {f.auroraMastodon.id});
        for (const bool french : {false, true}) {
            test::LongLabelTranslator translator;
            if (french) {
                QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
                QCoreApplication::installTranslator(&translator);
            }
            const QString suffix = french ? QStringLiteral("-fr-long") : QStringLiteral("-en");
            {
                auto pane = openPane(f);
                QVERIFY(pane);
                filterAction(pane.get(), QStringLiteral("brandFilter_%1").arg(f.aurora.id))->trigger();
                QCoreApplication::processEvents(); // the layout takes the button's new text
                test::saveScreenshot(pane.get(), QStringLiteral("planning-month-filtered") + suffix);
                pane->setKind(CalendarPeriod::Kind::Week);
                test::saveScreenshot(pane.get(), QStringLiteral("planning-week-filtered") + suffix);
                pane->showList();
                test::saveScreenshot(pane.get(), QStringLiteral("planning-list-filtered") + suffix);
                ui::QueueTimesDialog *dialog = pane->openQueueTimes();
                test::saveScreenshot(dialog, QStringLiteral("planning-queue-times") + suffix);
                dialog->reject();
            }
            if (french) {
                QCoreApplication::removeTranslator(&translator);
                QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
            }
        }
    }
};

QTEST_MAIN(TestPlanningPane)
#include "tst_planningpane.moc"
