// The calendar pane the way a user meets it: the month of today with its posts, a click on a
// day that creates a draft, a drag that moves a post (and is recorded), a double-click that opens
// the composer, the week view, the keyboard, and the empty states.
#include "calendarfixture.h"
#include "longlabeltranslator.h"
#include "publishing/calendarcontroller.h"
#include "publishing/calendarpostsmodel.h"
#include "publishing/unscheduleddraftsmodel.h"
#include "storage/auditlog.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"
#include "ui/calendar/calendarpane.h"
#include "ui/calendar/calendartoolbar.h"
#include "ui/calendar/monthview.h"
#include "ui/calendar/weekview.h"
#include "ui/composer/composerdialog.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace vigie;
using test::CalendarFixture;

namespace {
// Press, move in steps (as a hand does) and release: the view's own drag, no QDrag.
void drag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 6; ++step)
        QTest::mouseMove(widget, from + (to - from) * step / 6);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

// A point of a month cell below its chips: where a click plans a new post.
QPoint emptySpotOf(ui::MonthView *view, QDate date)
{
    const QRect cell = view->dayRect(date);
    return QPoint(cell.center().x(), cell.bottom() - 4);
}

QDateTime parisUtc(QDate date, QTime time)
{
    return WorkspaceTime(QStringLiteral("Europe/Paris")).toUtc(date, time);
}
} // namespace

class TestCalendarPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::CalendarPane> openPane(CalendarFixture &f)
    {
        auto pane = std::make_unique<ui::CalendarPane>(f.appContext());
        pane->resize(1110, 800);
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

    void showsTheMonthOfTodayWithItsPosts()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id post = f.addPost({2026, 11, 18}, {10, 15}, PostState::Scheduled, QStringLiteral("Grippe"),
                                  {f.auroraMastodon.id, f.auroraBluesky.id});
        auto pane = openPane(f);
        QVERIFY(pane);
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("periodTitle"))->text(),
                 QStringLiteral("November 2026"));
        QCOMPARE(pane->currentView(), pane->monthView());
        QCOMPARE(pane->monthView()->today(), QDate(2026, 11, 16));
        const QRect chip = pane->monthView()->postRect(post);
        QVERIFY(!chip.isEmpty());
        QVERIFY(pane->monthView()->dayRect({2026, 11, 18}).contains(chip));
        QVERIFY(!pane->isAccountsBannerShown());
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("timezoneLabel"))->text().contains("Europe/Paris"));
        test::saveScreenshot(pane.get(), QStringLiteral("calendar-month-one-post"));
    }

    void clickingAnEmptySpotCreatesADraftThere()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        auto pane = openPane(f);
        QVERIFY(pane);
        QSignalSpy opened(pane.get(), &ui::CalendarPane::composerOpened);
        const int before = f.postCount();

        QTest::mouseClick(pane->monthView(), Qt::LeftButton, {},
                          emptySpotOf(pane->monthView(), {2026, 11, 24}));
        QCOMPARE(f.postCount(), before + 1);
        QCOMPARE(opened.count(), 1);
        auto *composer = opened.at(0).at(0).value<ui::ComposerDialog *>();
        QVERIFY(composer && composer->isVisible());
        const Id created = composer->postId();
        QCOMPARE(f.storedSchedule(created), parisUtc({2026, 11, 24}, {9, 0}));
        QCOMPARE(f.auditCount(created, QStringLiteral("post.created")), 1);
        QVERIFY(!pane->monthView()->postRect(created).isEmpty()); // already on the calendar

        // The author writes something and saves: the draft stays, with its text.
        composer->findChild<QPlainTextEdit *>(QStringLiteral("mainText"))
            ->setPlainText(QStringLiteral("Semaine du rein"));
        QTest::mouseClick(composer->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY(!composer->isVisible());
        QCOMPARE(f.storedBody(created), QStringLiteral("Semaine du rein"));
        QCOMPARE(f.postCount(), before + 1);
    }

    void cancellingAnUntouchedNewDraftLeavesNothingBehind()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        auto pane = openPane(f);
        QVERIFY(pane);
        QSignalSpy opened(pane.get(), &ui::CalendarPane::composerOpened);
        QTest::mouseClick(pane->monthView(), Qt::LeftButton, {},
                          emptySpotOf(pane->monthView(), {2026, 11, 25}));
        QCOMPARE(opened.count(), 1);
        auto *composer = opened.at(0).at(0).value<ui::ComposerDialog *>();
        const Id created = composer->postId();
        QCOMPARE(f.postCount(), 1);
        composer->reject();
        QCOMPARE(f.postCount(), 0);
        QCOMPARE(f.auditCount(created, QStringLiteral("post.deleted")), 1);
        QVERIFY(pane->monthView()->postRect(created).isEmpty());
    }

    void draggingAPostToAnotherDayReschedulesIt()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id post = f.addPost({2026, 11, 18}, {10, 15}, PostState::Scheduled, QStringLiteral("Grippe"),
                                  {f.auroraMastodon.id});
        auto pane = openPane(f);
        QVERIFY(pane);
        ui::MonthView *month = pane->monthView();
        QSignalSpy requests(month, &ui::CalendarView::rescheduleRequested);

        drag(month, month->postRect(post).center(), month->dayRect({2026, 11, 20}).center());
        QCOMPARE(requests.count(), 1);
        QCOMPARE(f.storedSchedule(post), parisUtc({2026, 11, 20}, {10, 15})); // same time, new day
        QCOMPARE(f.auditCount(post, QStringLiteral("post.rescheduled")), 1);
        QVERIFY(month->dayRect({2026, 11, 20}).contains(month->postRect(post)));
        QVERIFY(pane->message().isEmpty());
        QVERIFY(!month->isDragging());
        test::saveScreenshot(pane.get(), QStringLiteral("calendar-month-after-drag"));
    }

    void draggingInTheWeekSnapsToQuarterHours()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id post = f.addPost({2026, 11, 18}, {10, 0}, PostState::Draft, QStringLiteral("Sommeil"),
                                  {f.auroraBluesky.id});
        auto pane = openPane(f);
        QVERIFY(pane);
        QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("weekButton")), Qt::LeftButton);
        QCOMPARE(pane->period().kind(), CalendarPeriod::Kind::Week);
        ui::WeekView *week = pane->weekView();
        QCOMPARE(pane->currentView(), week);
        QCOMPARE(week->firstVisibleHour(), ui::WeekView::kDayStartHour);
        const QRect chip = week->postRect(post);
        QVERIFY(!chip.isEmpty());
        QCOMPARE(chip.top(), week->pointAt({2026, 11, 18}, {10, 0}).y());

        // Grab the chip 5 px below its top and drop it so its top is at 14:20 on Thursday.
        const QPoint grab = chip.topLeft() + QPoint(10, 5);
        const QPoint drop = week->pointAt({2026, 11, 19}, {14, 20}) + QPoint(10, 5);
        drag(week, grab, drop);
        QCOMPARE(f.storedSchedule(post), parisUtc({2026, 11, 19}, {14, 15}));
        QCOMPARE(f.auditCount(post, QStringLiteral("post.rescheduled")), 1);
        QCOMPARE(week->postRect(post).top(), week->pointAt({2026, 11, 19}, {14, 15}).y());
        test::saveScreenshot(pane.get(), QStringLiteral("calendar-week-after-drag"));
    }

    void publishedPostsStayWhereTheyAre()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id post = f.addPost({2026, 11, 10}, {9, 0}, PostState::Published, QStringLiteral("Déjà publié"),
                                  {f.auroraMastodon.id});
        auto pane = openPane(f);
        QVERIFY(pane);
        ui::MonthView *month = pane->monthView();
        QSignalSpy requests(month, &ui::CalendarView::rescheduleRequested);
        const QDateTime before = f.storedSchedule(post);
        const QPoint from = month->postRect(post).center();
        const QPoint to = month->dayRect({2026, 11, 12}).center();
        QTest::mousePress(month, Qt::LeftButton, {}, from);
        QTest::mouseMove(month, (from + to) / 2);
        QCOMPARE(month->cursor().shape(), Qt::ForbiddenCursor); // the cursor says it cannot move
        QVERIFY(!month->isDragging());
        QTest::mouseMove(month, to);
        QTest::mouseRelease(month, Qt::LeftButton, {}, to);
        QCOMPARE(requests.count(), 0);
        QCOMPARE(f.storedSchedule(post), before);
        QCOMPARE(f.auditCount(post, QStringLiteral("post.rescheduled")), 0);
    }

    void refusedMoveShowsWhyAndThePostStays()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id post = f.addPost({2026, 11, 18}, {11, 0}, PostState::Scheduled, QStringLiteral("Vaccins"),
                                  {f.auroraMastodon.id});
        auto pane = openPane(f);
        QVERIFY(pane);
        // The publisher starts on it while the calendar still shows it as movable.
        f.setState(post, PostState::Publishing);
        ui::MonthView *month = pane->monthView();
        const QDateTime before = f.storedSchedule(post);
        drag(month, month->postRect(post).center(), month->dayRect({2026, 11, 21}).center());
        QCOMPARE(f.storedSchedule(post), before);
        QVERIFY2(pane->message().contains(QStringLiteral("cannot be moved")), qPrintable(pane->message()));
        QVERIFY(month->dayRect({2026, 11, 18}).contains(month->postRect(post)));
        test::saveScreenshot(pane.get(), QStringLiteral("calendar-refused-move"));
    }

    void doubleClickOpensTheComposerAndSavingUpdatesTheCalendar()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id post = f.addPost({2026, 11, 19}, {9, 30}, PostState::Draft, QStringLiteral("Brouillon"),
                                  {f.auroraMastodon.id});
        auto pane = openPane(f);
        QVERIFY(pane);
        QSignalSpy opened(pane.get(), &ui::CalendarPane::composerOpened);
        QSignalSpy edits(pane->monthView(), &ui::CalendarView::editRequested);
        QTest::mouseDClick(pane->monthView(), Qt::LeftButton, {}, pane->monthView()->postRect(post).center());
        QCOMPARE(edits.count(), 1);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(f.postCount(), 1); // a double-click on a post creates nothing
        auto *composer = opened.at(0).at(0).value<ui::ComposerDialog *>();
        QCOMPARE(composer->postId(), post);
        auto *text = composer->findChild<QPlainTextEdit *>(QStringLiteral("mainText"));
        QCOMPARE(text->toPlainText(), QStringLiteral("Brouillon"));
        text->setPlainText(QStringLiteral("Journée mondiale du diabète : faites-vous dépister."));
        test::saveScreenshot(composer, QStringLiteral("composer-from-calendar"));
        QApplication::setActiveWindow(composer); // shortcuts go to the active window
        QTRY_VERIFY(composer->isActiveWindow());
        QTest::keyClick(text, Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves and closes
        QTRY_VERIFY(!composer->isVisible());
        QCOMPARE(f.storedBody(post), QStringLiteral("Journée mondiale du diabète : faites-vous dépister."));
        const int row = pane->postsModel()->rowOf(post);
        QCOMPARE(pane->postsModel()->index(row, 0).data().toString(),
                 QStringLiteral("Journée mondiale du diabète : faites-vous dépister."));
    }

    void crowdedDayShowsMoreAndOpensItsWeek()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        for (int i = 0; i < 15; ++i)
            f.addPost({2026, 11, 19}, QTime(8 + i % 12, (i * 10) % 60), PostState::Scheduled,
                      QStringLiteral("Post %1").arg(i), {f.auroraMastodon.id});
        auto pane = openPane(f);
        QVERIFY(pane);
        ui::MonthView *month = pane->monthView();
        const int hidden = month->hiddenCount({2026, 11, 19});
        QVERIFY(hidden > 0 && hidden < 15);
        QVERIFY(month->dayRect({2026, 11, 19}).contains(month->moreRect({2026, 11, 19}).topLeft()));
        QTest::mouseClick(month, Qt::LeftButton, {}, month->moreRect({2026, 11, 19}).center());
        QCOMPARE(f.postCount(), 15); // the link creates nothing
        QCOMPARE(pane->period().kind(), CalendarPeriod::Kind::Week);
        QVERIFY(pane->period().contains({2026, 11, 19}));
        QCOMPARE(pane->weekView()->selectedDate(), QDate(2026, 11, 19));
        test::saveScreenshot(pane.get(), QStringLiteral("calendar-week-crowded"));
    }

    void keyboardMovesTheSelectionAndEnterCreates()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        auto pane = openPane(f);
        QVERIFY(pane);
        ui::MonthView *month = pane->monthView();
        month->setFocus();
        QCOMPARE(month->selectedDate(), QDate(2026, 11, 16));
        QTest::keyClick(month, Qt::Key_Right);
        QTest::keyClick(month, Qt::Key_Right);
        QTest::keyClick(month, Qt::Key_Down);
        QCOMPARE(month->selectedDate(), QDate(2026, 11, 25));
        // Past the end of the grid, the calendar follows to the next month.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(month, Qt::Key_Down);
        QCOMPARE(month->selectedDate(), QDate(2026, 12, 16));
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("periodTitle"))->text(),
                 QStringLiteral("December 2026"));
        QSignalSpy opened(pane.get(), &ui::CalendarPane::composerOpened);
        QTest::keyClick(month, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        const Id created = opened.at(0).at(0).value<ui::ComposerDialog *>()->postId();
        QCOMPARE(f.storedSchedule(created), parisUtc({2026, 12, 16}, {9, 0}));
    }

    void navigationTitlesFollowTheLocale()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        auto pane = openPane(f);
        QVERIFY(pane);
        auto *title = pane->findChild<QLabel *>(QStringLiteral("periodTitle"));
        QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
        QCOMPARE(title->text(), QStringLiteral("December 2026"));
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("todayButton")), Qt::LeftButton);
        QCOMPARE(title->text(), QStringLiteral("November 2026"));
        QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("weekButton")), Qt::LeftButton);
        QCOMPARE(title->text(), QStringLiteral("16 – 22 Nov 2026"));
        QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("previousButton")), Qt::LeftButton);
        QCOMPARE(title->text(), QStringLiteral("9 – 15 Nov 2026"));

        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(ui::CalendarToolbar::periodTitle(CalendarPeriod::month({2026, 11, 16})),
                 QStringLiteral("Novembre 2026"));
        auto french = openPane(f);
        QVERIFY(french);
        QCOMPARE(french->findChild<QLabel *>(QStringLiteral("periodTitle"))->text(),
                 QStringLiteral("Novembre 2026"));
        QCOMPARE(french->period().firstDay().dayOfWeek(), int(Qt::Monday));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void postAtNineStaysAtNineOnTheDaylightSavingSunday()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id post =
            f.addPost({2026, 10, 25}, {9, 0}, PostState::Scheduled, QStringLiteral("Heure d'hiver"));
        auto pane = openPane(f);
        QVERIFY(pane);
        pane->setKind(CalendarPeriod::Kind::Week);
        pane->goToDate({2026, 10, 25});
        QCOMPARE(pane->weekView()->postRect(post).top(),
                 pane->weekView()->pointAt({2026, 10, 25}, {9, 0}).y());
        pane->setKind(CalendarPeriod::Kind::Month);
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("periodTitle"))->text(),
                 QStringLiteral("October 2026"));
        QVERIFY(pane->monthView()->dayRect({2026, 10, 25}).contains(pane->monthView()->postRect(post)));
    }

    // A realistic month (brands, networks, every state, a crowded day) to look at.
    void screenshotsOfAPlannedMonth()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const QStringList texts = {
            QStringLiteral("Journée mondiale du diabète : faites-vous dépister"),
            QStringLiteral("Vaccination antigrippale : c'est le moment"),
            QStringLiteral("Sleep week: five habits for better nights"),
            QStringLiteral("Nos conseils pour bien s'hydrater en hiver"),
            QStringLiteral("Live Q&A with our pharmacist on Thursday"),
            QStringLiteral("Mois sans tabac : les ressources utiles"),
        };
        const QList<PostState> states = allPostStates();
        const QList<QList<Id>> channelSets = {{f.auroraMastodon.id, f.auroraBluesky.id},
                                              {f.zephyrLinkedIn.id},
                                              {f.auroraBluesky.id},
                                              {f.auroraMastodon.id, f.auroraBluesky.id, f.zephyrLinkedIn.id}};
        for (int i = 0; i < 44; ++i) {
            const QDate day = QDate(2026, 11, 2).addDays((i * 7) % 33);
            // Before "today" posts are out (published, failed, unconfirmed); after, they are planned.
            const PostState state = day < QDate(2026, 11, 16) ? states.at(6 + i % 3) : states.at(i % 5);
            const QList<Id> &channels = channelSets.at(i % channelSets.size());
            f.addPost(day, QTime(8 + (i * 3) % 11, (i % 4) * 15), state, texts.at(i % texts.size()), channels,
                      channels.first() == f.zephyrLinkedIn.id ? f.zephyr.id : f.aurora.id);
        }
        for (int i = 0; i < 3; ++i)
            f.addPost({}, {}, PostState::Draft, texts.at(i));
        auto pane = openPane(f);
        QVERIFY(pane);
        test::saveScreenshot(pane.get(), QStringLiteral("calendar-month"));
        pane->setKind(CalendarPeriod::Kind::Week);
        test::saveScreenshot(pane.get(), QStringLiteral("calendar-week"));
        QCOMPARE(pane->draftsModel()->rowCount(), 3);
    }

    // The demo workspace (whatever the demo generator puts in it): the pane opens on it, shows
    // its posts and takes a new draft.
    void opensOnTheDemoWorkspace()
    {
        QTemporaryDir dir;
        const QString path = test::demoDatabaseCopy(dir.path());
        QVERIFY(!path.isEmpty());
        Database db;
        QVERIFY(db.openSqlite(path));
        const auto workspace = WorkspaceRepository(db).primaryWorkspace();
        QVERIFY(workspace);
        FixedClock clock(QDateTime(test::demoToday(), QTime(9, 0), QTimeZone::utc()));
        ui::AppContext context{&db, *workspace, &clock, QStringLiteral("test"), true};
        ui::CalendarPane pane(context);
        pane.resize(1110, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.period().contains(test::demoToday()));
        const auto planned = PostRepository(db).scheduledBetween(
            workspace->id, pane.postsModel()->workspaceTime().startOfDay(pane.period().firstDay()),
            pane.postsModel()->workspaceTime().startOfDay(pane.period().endDay()));
        QCOMPARE(pane.postsModel()->rowCount(), planned.size());
        test::saveScreenshot(&pane, QStringLiteral("calendar-month-demo"));
        pane.setKind(CalendarPeriod::Kind::Week);
        test::saveScreenshot(&pane, QStringLiteral("calendar-week-demo"));

        // Plan a post in a free hour two days from "today", write it and save it.
        ui::WeekView *week = pane.weekView();
        const WorkspaceTime &time = pane.postsModel()->workspaceTime();
        const QDate day = test::demoToday().addDays(2);
        auto isFree = [&](const QPoint &point) {
            for (int row = 0; row < pane.postsModel()->rowCount(); ++row) {
                if (week->postRect(pane.postsModel()->postIdAt(row)).adjusted(-2, -2, 2, 2).contains(point))
                    return false;
            }
            return true;
        };
        int hour = 8;
        while (hour < 20 && !isFree(week->pointAt(day, QTime(hour, 10)) + QPoint(20, 0)))
            ++hour;
        QVERIFY2(hour < 20, "no free hour on the demo day");
        QSignalSpy opened(&pane, &ui::CalendarPane::composerOpened);
        QTest::mouseClick(week, Qt::LeftButton, {}, week->pointAt(day, QTime(hour, 10)) + QPoint(20, 0));
        QCOMPARE(opened.count(), 1);
        auto *composer = opened.at(0).at(0).value<ui::ComposerDialog *>();
        const Id created = composer->postId();
        QCOMPARE(time.toLocal(PostRepository(db).post(created)->scheduledAt),
                 QDateTime(day, QTime(hour, 0), time.zone()));
        composer->findChild<QPlainTextEdit *>(QStringLiteral("mainText"))
            ->setPlainText(QStringLiteral("Conseil du pharmacien : l'automédication en hiver"));
        test::saveScreenshot(composer, QStringLiteral("composer-demo"));
        composer->accept();
        QTRY_VERIFY(!composer->isVisible());

        // Drag it to the next day, an hour later: moved, and the move is in the audit log.
        const QRect chip = week->postRect(created);
        QVERIFY(!chip.isEmpty());
        const QPoint grab = chip.topLeft() + QPoint(6, 4);
        drag(week, grab, week->pointAt(day.addDays(1), QTime(hour + 1, 0)) + QPoint(6, 4));
        QCOMPARE(time.toLocal(PostRepository(db).post(created)->scheduledAt),
                 QDateTime(day.addDays(1), QTime(hour + 1, 0), time.zone()));
        const auto events = AuditLog(db).eventsFor(QStringLiteral("post"), created);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const AuditEvent &e) {
            return e.action == QStringLiteral("post.rescheduled");
        }));

        // Double-click a post of the demo: the composer opens on it.
        const Id demoPost = pane.postsModel()->postIdAt(0);
        const QDateTime demoLocal = time.toLocal(PostRepository(db).post(demoPost)->scheduledAt);
        pane.goToDate(demoLocal.date());
        week->scrollToHour(demoLocal.time().hour());
        QTest::mouseDClick(week, Qt::LeftButton, {}, week->postRect(demoPost).topLeft() + QPoint(6, 4));
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1).at(0).value<ui::ComposerDialog *>()->postId(), demoPost);
    }

    // Opening a month of 1,000 posts in the view: reading it, laying it out and painting it.
    void thousandPostMonthOpensInstantly()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        for (int i = 0; i < 1000; ++i)
            f.addPost(QDate(2026, 12, 1 + i % 31), QTime(7 + i % 14, (i * 5) % 60), allPostStates().at(i % 9),
                      QStringLiteral("Conseil santé n°%1").arg(i),
                      {f.auroraMastodon.id, f.zephyrLinkedIn.id});
        auto pane = openPane(f);
        QVERIFY(pane);
        QList<qint64> timings;
        for (int run = 0; run < 5; ++run) {
            pane->goToDate({2026, 11, 16});
            QElapsedTimer timer;
            timer.start();
            pane->goToDate({2026, 12, 15}); // reads the month: one query for posts, one for channels
            const QPixmap painted = pane->monthView()->grab();
            timings << timer.nsecsElapsed();
            QVERIFY(!painted.isNull());
        }
        QCOMPARE(pane->postsModel()->rowCount(), 1000);
        QVERIFY(pane->monthView()->hiddenCount({2026, 12, 15}) > 0);
        std::sort(timings.begin(), timings.end());
        const double medianMs = timings.at(timings.size() / 2) / 1e6;
        qInfo("Opening a month of 1000 posts in the month view (read, lay out, paint): median %.1f ms",
              medianMs);
        QVERIFY2(medianMs < 1000, qPrintable(QString::number(medianMs)));
        test::saveScreenshot(pane.get(), QStringLiteral("calendar-month-1000-posts"));
    }

    // French dates and ~35% longer labels: screenshots to check nothing gets clipped.
    void longFrenchLikeLabelsFit()
    {
        CalendarFixture f(QStringLiteral("Europe/Paris"), /*withAccounts=*/false);
        QVERIFY(f.ok());
        f.addPost({2026, 11, 18}, {10, 15}, PostState::InReview, QStringLiteral("Vaccination antigrippale"));
        f.addPost({}, {}, PostState::Draft, QStringLiteral("Idée : semaine du sommeil"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        test::LongLabelTranslator translator;
        QCoreApplication::installTranslator(&translator);
        {
            auto pane = openPane(f);
            QVERIFY(pane);
            QVERIFY(pane->isAccountsBannerShown());
            test::saveScreenshot(pane.get(), QStringLiteral("calendar-month-long-labels"));
            pane->setKind(CalendarPeriod::Kind::Week);
            test::saveScreenshot(pane.get(), QStringLiteral("calendar-week-long-labels"));
            QSignalSpy opened(pane.get(), &ui::CalendarPane::composerOpened);
            pane->openComposer(pane->postsModel()->postIdAt(0));
            QCOMPARE(opened.count(), 1);
            auto *composer = opened.at(0).at(0).value<ui::ComposerDialog *>();
            test::saveScreenshot(composer, QStringLiteral("composer-long-labels"));
            composer->reject();
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void emptyWorkspaceSaysWhatToDoNext()
    {
        CalendarFixture f(QStringLiteral("Europe/Paris"), /*withAccounts=*/false);
        QVERIFY(f.ok());
        auto pane = openPane(f);
        QVERIFY(pane);
        QVERIFY(pane->isAccountsBannerShown());
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("draftsEmpty"))->isVisible());
        QVERIFY(!pane->monthView()->dayRect({2026, 11, 16}).isEmpty()); // the grid still shows
        test::saveScreenshot(pane.get(), QStringLiteral("calendar-empty-workspace"));

        // "New draft" makes an undated draft, listed on the side once it has text.
        QSignalSpy opened(pane.get(), &ui::CalendarPane::composerOpened);
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("newDraftButton")), Qt::LeftButton);
        QCOMPARE(opened.count(), 1);
        auto *composer = opened.at(0).at(0).value<ui::ComposerDialog *>();
        composer->findChild<QPlainTextEdit *>(QStringLiteral("mainText"))
            ->setPlainText(QStringLiteral("Idée"));
        composer->accept();
        QCOMPARE(pane->draftsModel()->rowCount(), 1);
        QCOMPARE(pane->draftsModel()->index(0, 0).data().toString(), QStringLiteral("Idée"));
        QVERIFY(!pane->findChild<QLabel *>(QStringLiteral("draftsEmpty"))->isVisible());
    }
};

QTEST_MAIN(TestCalendarPane)
#include "tst_calendarpane.moc"
