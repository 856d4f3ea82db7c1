// What the calendar's requests do to the store: drafts created where the user clicked, posts
// moved and the move recorded, moves refused once publishing started, and wall-clock times that
// survive daylight-saving changes.
#include "calendarfixture.h"
#include "publishing/calendarcontroller.h"
#include "publishing/calendarpostsmodel.h"
#include "storage/auditlog.h"
#include "storage/postrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace vigie;
using test::CalendarFixture;

namespace {
const QTimeZone kUtc = QTimeZone::utc();
}

class TestCalendarController : public QObject
{
    Q_OBJECT

private slots:
    void createDraftPlansItForTheDefaultBrandAndItsChannels()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        CalendarController controller(f.db(), f.clock(), f.workspace(), QStringLiteral("camille"));
        QSignalSpy created(&controller, &CalendarController::draftCreated);
        QSignalSpy changed(&controller, &CalendarController::postsChanged);

        const Id id = controller.createDraftAt({2026, 11, 24}, {9, 0});
        QVERIFY(id != 0);
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.at(0).at(0).value<Id>(), id);
        QCOMPARE(changed.count(), 1);

        const auto post = PostRepository(f.db()).post(id);
        QVERIFY(post);
        QCOMPARE(post->state, PostState::Draft);
        QCOMPARE(post->scheduledAt, QDateTime(QDate(2026, 11, 24), QTime(8, 0), kUtc)); // 09:00 CET
        QCOMPARE(post->brandId, f.aurora.id); // first own brand by name; never the competitor
        QList<Id> channels;
        for (const PostVariant &v : post->variants)
            channels << v.accountId;
        std::sort(channels.begin(), channels.end());
        // Aurora's connected accounts; the one that needs reconnecting and Zéphyr's are left out.
        QList<Id> expected{f.auroraMastodon.id, f.auroraBluesky.id};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(channels, expected);
        QCOMPARE(f.auditCount(id, QStringLiteral("post.created")), 1);
    }

    void newDraftsFollowTheBrandWorkedOnLast()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        CalendarController controller(f.db(), f.clock(), f.workspace(), QStringLiteral("camille"));
        f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("Zéphyr"), {}, f.zephyr.id);
        const Id id = controller.createDraftAt({2026, 11, 24}, {9, 0});
        const auto post = PostRepository(f.db()).post(id);
        QCOMPARE(post->brandId, f.zephyr.id);
        QCOMPARE(post->variants.size(), 1);
        QCOMPARE(post->variants[0].accountId, f.zephyrLinkedIn.id);
        // A competitor is never a default, even if a post was (wrongly) filed under it.
        f.clock().advanceSecs(60);
        f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("?"), {}, f.competitor.id);
        QCOMPARE(controller.defaultBrandId(), f.aurora.id);
    }

    void createDraftWithoutDateGoesToTheDraftsList()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        CalendarController controller(f.db(), f.clock(), f.workspace(), QStringLiteral("camille"));
        const Id id = controller.createDraft(QDateTime());
        QVERIFY(id != 0);
        QVERIFY(!f.storedSchedule(id).isValid());
        QCOMPARE(PostRepository(f.db()).unscheduled(f.workspace().id).size(), 1);
    }

    void createDraftInAnEmptyWorkspace()
    {
        CalendarFixture f(QStringLiteral("Europe/Paris"), /*withAccounts=*/false);
        QVERIFY(f.ok());
        CalendarController controller(f.db(), f.clock(), f.workspace(), QStringLiteral("camille"));
        const Id id = controller.createDraftAt({2026, 11, 24}, {9, 0});
        QVERIFY(id != 0);
        QVERIFY(PostRepository(f.db()).post(id)->variants.isEmpty());
    }

    void rescheduleMovesThePostAndRecordsIt()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 18}, {10, 15}, PostState::Scheduled, QStringLiteral("Grippe"),
                                {f.auroraMastodon.id});
        CalendarController controller(f.db(), f.clock(), f.workspace(), QStringLiteral("camille"));
        QSignalSpy moved(&controller, &CalendarController::postRescheduled);
        QSignalSpy failed(&controller, &CalendarController::failed);

        const QDateTime target = controller.workspaceTime().toUtc({2026, 11, 20}, {10, 15});
        QVERIFY(controller.reschedule(id, target));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(f.storedSchedule(id), QDateTime(QDate(2026, 11, 20), QTime(9, 15), kUtc));

        const auto events = AuditLog(f.db()).eventsFor(QStringLiteral("post"), id);
        QCOMPARE(events.last().action, QStringLiteral("post.rescheduled"));
        QCOMPARE(events.last().actor, QStringLiteral("camille"));
        const QJsonObject detail = QJsonDocument::fromJson(events.last().detail.toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-18T09:15:00Z"));
        QCOMPARE(detail.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-20T09:15:00Z"));

        // Dropped back where it already is: nothing to record.
        QVERIFY(controller.reschedule(id, target));
        QCOMPARE(f.auditCount(id, QStringLiteral("post.rescheduled")), 1);
    }

    void rescheduleFollowsTheState_data()
    {
        QTest::addColumn<PostState>("state");
        QTest::addColumn<bool>("movable");
        QTest::newRow("draft") << PostState::Draft << true;
        QTest::newRow("in review") << PostState::InReview << true;
        QTest::newRow("approved") << PostState::Approved << true;
        QTest::newRow("scheduled") << PostState::Scheduled << true;
        QTest::newRow("failed") << PostState::Failed << true;
        QTest::newRow("publishing") << PostState::Publishing << false;
        QTest::newRow("published") << PostState::Published << false;
        QTest::newRow("unconfirmed") << PostState::Unconfirmed << false;
    }
    void rescheduleFollowsTheState()
    {
        QFETCH(PostState, state);
        QFETCH(bool, movable);
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 18}, {10, 0}, state);
        const QDateTime before = f.storedSchedule(id);
        CalendarController controller(f.db(), f.clock(), f.workspace(), QStringLiteral("camille"));
        QSignalSpy failed(&controller, &CalendarController::failed);
        QSignalSpy changed(&controller, &CalendarController::postsChanged);

        const bool ok = controller.reschedule(id, before.addDays(1));
        QCOMPARE(ok, movable);
        QCOMPARE(f.storedSchedule(id), movable ? before.addDays(1) : before);
        QCOMPARE(f.auditCount(id, QStringLiteral("post.rescheduled")), movable ? 1 : 0);
        QCOMPARE(changed.count(), movable ? 1 : 0);
        QCOMPARE(failed.count(), movable ? 0 : 1);
        if (!movable) {
            const QString message = failed.at(0).at(0).toString();
            QVERIFY2(message.contains(QStringLiteral("cannot be moved")), qPrintable(message));
            QVERIFY2(message.contains(postStateDisplayName(state).toLower()), qPrintable(message));
        }
    }

    void rescheduleOfAMissingPostSaysSo()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        CalendarController controller(f.db(), f.clock(), f.workspace(), QStringLiteral("camille"));
        QSignalSpy failed(&controller, &CalendarController::failed);
        QVERIFY(!controller.reschedule(4242, CalendarFixture::now()));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("no longer exists")));
    }

    // A post planned at 09:00 in Paris stays at 09:00 on the days the clocks change (the last
    // Sundays of March and October), and when moved across the change.
    void nineOClockStaysNineAcrossDaylightSaving_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("movedTo");
        QTest::addColumn<int>("utcHourBefore");
        QTest::addColumn<int>("utcHourAfter");
        QTest::newRow("October change day") << QDate(2026, 10, 25) << QDate(2026, 10, 24) << 8 << 7;
        QTest::newRow("across October change") << QDate(2026, 10, 24) << QDate(2026, 10, 26) << 7 << 8;
        QTest::newRow("March change day") << QDate(2027, 3, 28) << QDate(2027, 3, 27) << 7 << 8;
        QTest::newRow("across March change") << QDate(2027, 3, 27) << QDate(2027, 3, 29) << 8 << 7;
    }
    void nineOClockStaysNineAcrossDaylightSaving()
    {
        QFETCH(QDate, day);
        QFETCH(QDate, movedTo);
        QFETCH(int, utcHourBefore);
        QFETCH(int, utcHourAfter);
        CalendarFixture f;
        QVERIFY(f.ok());
        CalendarController controller(f.db(), f.clock(), f.workspace(), QStringLiteral("camille"));
        const Id id = controller.createDraftAt(day, {9, 0});
        QCOMPARE(f.storedSchedule(id), QDateTime(day, QTime(utcHourBefore, 0), kUtc));

        CalendarPostsModel model(f.db(), f.workspace());
        model.setRange(day.addDays(-3), day.addDays(4));
        QCOMPARE(model.rowCount(), 1);
        QDateTime local = model.index(0, 0).data(PostSummaryModel::LocalDateTimeRole).toDateTime();
        QCOMPARE(local.date(), day);
        QCOMPARE(local.time(), QTime(9, 0));

        // Moving a post to another day keeps its wall-clock time (what the month view asks).
        QVERIFY(controller.reschedule(id, controller.workspaceTime().toUtc(movedTo, local.time())));
        QCOMPARE(f.storedSchedule(id), QDateTime(movedTo, QTime(utcHourAfter, 0), kUtc));
        model.reload();
        local = model.index(0, 0).data(PostSummaryModel::LocalDateTimeRole).toDateTime();
        QCOMPARE(local.date(), movedTo);
        QCOMPARE(local.time(), QTime(9, 0));
    }

    void skippedSpringTimeMovesForward()
    {
        // 02:30 does not exist in Paris on 28 March 2027: the clocks go from 02:00 to 03:00.
        const WorkspaceTime paris(QStringLiteral("Europe/Paris"));
        const QDateTime utc = paris.toUtc({2027, 3, 28}, {2, 30});
        QVERIFY(utc.isValid());
        QCOMPARE(paris.toLocal(utc).time(), QTime(3, 30));
        // The repeated autumn hour is taken once, consistently.
        const QDateTime autumn = paris.toUtc({2026, 10, 25}, {2, 30});
        QCOMPARE(paris.toLocal(autumn).time(), QTime(2, 30));
    }

    void discardIfEmptyOnlyRemovesUntouchedDrafts()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        CalendarController controller(f.db(), f.clock(), f.workspace(), QStringLiteral("camille"));
        const Id empty = controller.createDraftAt({2026, 11, 24}, {9, 0});
        const Id written = f.addPost({2026, 11, 24}, {9, 0}, PostState::Draft, QStringLiteral("Texte"));
        const Id scheduledEmpty = f.addPost({2026, 11, 24}, {9, 0}, PostState::Scheduled, QString());
        QVERIFY(controller.discardIfEmpty(empty));
        QVERIFY(!PostRepository(f.db()).post(empty));
        QCOMPARE(f.auditCount(empty, QStringLiteral("post.deleted")), 1);
        QVERIFY(!controller.discardIfEmpty(written));
        QVERIFY(!controller.discardIfEmpty(scheduledEmpty));
        QCOMPARE(f.postCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCalendarController)
#include "tst_calendarcontroller.moc"
