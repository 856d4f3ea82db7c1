// Queue times per channel and "Add to queue": the next free slot in the workspace's zone,
// across daylight-saving changes, skipping times a channel already publishes at; and the
// calendar controller moving posts (queue or drag) without losing their approval.
#include "calendarfixture.h"
#include "publishing/calendarcontroller.h"
#include "publishing/queueplanner.h"
#include "storage/auditlog.h"
#include "storage/postrepository.h"

#include <QSignalSpy>
#include <QtTest>

using namespace vigie;
using test::CalendarFixture;

namespace {
const QTimeZone kParis("Europe/Paris");

QDateTime paris(QDate date, QTime time)
{
    return WorkspaceTime(QStringLiteral("Europe/Paris")).toUtc(date, time);
}

QueueSlot slotAt(int weekday, int hour, int minute = 0)
{
    QueueSlot slot;
    slot.weekday = weekday;
    slot.minuteOfDay = hour * 60 + minute;
    return slot;
}

// Monday to Friday at 09:00 and 17:30.
QList<QueueSlot> weekdays()
{
    QList<QueueSlot> slots_;
    for (int day = 1; day <= 5; ++day)
        slots_ << slotAt(day, 9) << slotAt(day, 17, 30);
    return slots_;
}
} // namespace

class TestQueuePlanner : public QObject
{
    Q_OBJECT

private slots:
    void slotsAreStoredOrderedAndRecorded()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        QueuePlanner planner(f.db(), f.clock());
        const QList<QueueSlot> wanted = {slotAt(3, 17, 30), slotAt(1, 9), slotAt(1, 9), slotAt(3, 9)};
        QVERIFY(planner.setSlots(f.auroraMastodon.id, wanted, QStringLiteral("camille")).ok());
        const QList<QueueSlot> stored = planner.slotsOf(f.auroraMastodon.id);
        QCOMPARE(stored.size(), 3); // the repeated Monday 09:00 once
        QCOMPARE(stored[0].weekday, 1);
        QCOMPARE(stored[1].minuteOfDay, 9 * 60);
        QCOMPARE(stored[2].minuteOfDay, 17 * 60 + 30);
        QVERIFY(planner.slotsOf(f.auroraBluesky.id).isEmpty());
        const auto events = AuditLog(f.db()).eventsFor(QStringLiteral("account"), f.auroraMastodon.id);
        QCOMPARE(events.size(), 1);

        // Replacing them leaves exactly the new ones.
        QVERIFY(planner.setSlots(f.auroraMastodon.id, {slotAt(7, 10)}, QStringLiteral("camille")).ok());
        QCOMPARE(planner.slotsOf(f.auroraMastodon.id).size(), 1);
    }

    void badSlotsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("minute");
        QTest::newRow("weekday 0") << 0 << 540;
        QTest::newRow("weekday 8") << 8 << 540;
        QTest::newRow("24:00") << 1 << 24 * 60;
        QTest::newRow("negative time") << 1 << -1;
    }
    void badSlotsAreRefusedAndChangeNothing()
    {
        QFETCH(int, weekday);
        QFETCH(int, minute);
        CalendarFixture f;
        QVERIFY(f.ok());
        QueuePlanner planner(f.db(), f.clock());
        QVERIFY(planner.setSlots(f.auroraMastodon.id, {slotAt(1, 9)}, QStringLiteral("camille")).ok());
        QueueSlot bad;
        bad.weekday = weekday;
        bad.minuteOfDay = minute;
        const Status st =
            planner.setSlots(f.auroraMastodon.id, {slotAt(2, 9), bad}, QStringLiteral("camille"));
        QVERIFY(!st.ok());
        QVERIFY(!st.error().isEmpty());
        QCOMPARE(planner.slotsOf(f.auroraMastodon.id).size(), 1);
        QCOMPARE(planner.slotsOf(f.auroraMastodon.id).first().weekday, 1);
    }

    void nextFreeSlotSkipsTakenTimes()
    {
        CalendarFixture f; // now: Monday 16 November 2026, 09:00 in Paris
        QVERIFY(f.ok());
        QueuePlanner planner(f.db(), f.clock());
        QVERIFY(planner.setSlots(f.auroraMastodon.id, weekdays(), QStringLiteral("camille")).ok());
        const QList<Id> mastodon = {f.auroraMastodon.id};
        // 09:00 is now, not after it: the next one is 17:30 today.
        QCOMPARE(planner.nextFreeSlot(mastodon, kParis, f.clock().now()), paris({2026, 11, 16}, {17, 30}));
        f.addPost({2026, 11, 16}, {17, 30}, PostState::Scheduled, QStringLiteral("pris"),
                  {f.auroraMastodon.id});
        QCOMPARE(planner.nextFreeSlot(mastodon, kParis, f.clock().now()), paris({2026, 11, 17}, {9, 0}));
        // A post on another channel does not take a Mastodon-only slot…
        f.addPost({2026, 11, 17}, {9, 0}, PostState::Scheduled, QStringLiteral("autre"),
                  {f.zephyrLinkedIn.id});
        QCOMPARE(planner.nextFreeSlot(mastodon, kParis, f.clock().now()), paris({2026, 11, 17}, {9, 0}));
        // …but it does for a post that goes to both.
        QCOMPARE(planner.nextFreeSlot({f.auroraMastodon.id, f.zephyrLinkedIn.id}, kParis, f.clock().now()),
                 paris({2026, 11, 17}, {17, 30}));
        // Friday 17:30 is followed by Monday 09:00.
        QCOMPARE(planner.nextFreeSlot(mastodon, kParis, paris({2026, 11, 20}, {17, 30})),
                 paris({2026, 11, 23}, {9, 0}));
    }

    void noSlotsMeansNoTime()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        QueuePlanner planner(f.db(), f.clock());
        QVERIFY(!planner.nextFreeSlot({f.auroraMastodon.id}, kParis, f.clock().now()).isValid());
        QVERIFY(!planner.nextFreeSlot({}, kParis, f.clock().now()).isValid());
    }

    // Slot times are wall-clock times in the workspace: the same on both sides of a change.
    void nextFreeSlotAcrossDaylightSaving_data()
    {
        QTest::addColumn<QueueSlot>("slot");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QDateTime>("expectedLocal");
        QTest::newRow("02:30 on spring-forward Sunday moves to 03:30")
            << slotAt(7, 2, 30) << paris({2026, 3, 28}, {12, 0})
            << QDateTime(QDate(2026, 3, 29), QTime(3, 30), kParis);
        QTest::newRow("09:00 the Monday after spring forward")
            << slotAt(1, 9) << paris({2026, 3, 27}, {12, 0})
            << QDateTime(QDate(2026, 3, 30), QTime(9, 0), kParis);
        QTest::newRow("09:00 the Monday after fall back")
            << slotAt(1, 9) << paris({2026, 10, 24}, {12, 0})
            << QDateTime(QDate(2026, 10, 26), QTime(9, 0), kParis);
        QTest::newRow("09:00 on fall-back Sunday") << slotAt(7, 9) << paris({2026, 10, 24}, {12, 0})
                                                   << QDateTime(QDate(2026, 10, 25), QTime(9, 0), kParis);
    }
    void nextFreeSlotAcrossDaylightSaving()
    {
        QFETCH(QueueSlot, slot);
        QFETCH(QDateTime, after);
        QFETCH(QDateTime, expectedLocal);
        CalendarFixture f;
        QVERIFY(f.ok());
        QueuePlanner planner(f.db(), f.clock());
        QVERIFY(planner.setSlots(f.auroraMastodon.id, {slot}, QStringLiteral("camille")).ok());
        const QDateTime next = planner.nextFreeSlot({f.auroraMastodon.id}, kParis, after);
        QCOMPARE(next.toUTC(), expectedLocal.toUTC());
        QCOMPARE(next.toTimeZone(kParis).time(), expectedLocal.time());
    }

    void addToQueuePlansTheDraftAndRecordsIt()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        QVERIFY(QueuePlanner(f.db(), f.clock())
                    .setSlots(f.auroraMastodon.id, weekdays(), QStringLiteral("camille"))
                    .ok());
        const Id draft = f.addPost({}, {}, PostState::Draft, QStringLiteral("Idée"), {f.auroraMastodon.id});
        CalendarController controller(f.db(), f.clock(), f.workspace(), QStringLiteral("camille"));
        QSignalSpy queued(&controller, &CalendarController::postQueued);
        QSignalSpy changed(&controller, &CalendarController::postsChanged);
        QVERIFY(controller.addToQueue(draft));
        QCOMPARE(f.storedSchedule(draft), paris({2026, 11, 16}, {17, 30}));
        QCOMPARE(queued.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.auditCount(draft, QStringLiteral("post.rescheduled")), 1);

        // The next draft takes the next slot.
        const Id second = f.addPost({}, {}, PostState::Draft, QStringLiteral("Autre"), {f.auroraMastodon.id});
        QVERIFY(controller.addToQueue(second));
        QCOMPARE(f.storedSchedule(second), paris({2026, 11, 17}, {9, 0}));
    }

    void addToQueueSaysWhyItCannot_data()
    {
        QTest::addColumn<bool>("withChannel");
        QTest::addColumn<bool>("withSlots");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no channel") << false << true << "channel";
        QTest::newRow("no queue times") << true << false << "Queue times";
    }
    void addToQueueSaysWhyItCannot()
    {
        QFETCH(bool, withChannel);
        QFETCH(bool, withSlots);
        QFETCH(QString, reason);
        CalendarFixture f;
        QVERIFY(f.ok());
        if (withSlots)
            QVERIFY(QueuePlanner(f.db(), f.clock())
                        .setSlots(f.auroraMastodon.id, weekdays(), QStringLiteral("camille"))
                        .ok());
        const Id draft = f.addPost({}, {}, PostState::Draft, QStringLiteral("Idée"),
                                   withChannel ? QList<Id>{f.auroraMastodon.id} : QList<Id>{});
        CalendarController controller(f.db(), f.clock(), f.workspace(), QStringLiteral("camille"));
        QSignalSpy failed(&controller, &CalendarController::failed);
        QVERIFY(!controller.addToQueue(draft));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(reason), qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!f.storedSchedule(draft).isValid());
        QCOMPARE(f.auditCount(draft, QStringLiteral("post.rescheduled")), 0);
    }

    // Moving only the date keeps the approval: an approved or scheduled post stays so.
    void movingAnApprovedPostKeepsItsApproval_data()
    {
        QTest::addColumn<PostState>("state");
        QTest::newRow("approved") << PostState::Approved;
        QTest::newRow("scheduled") << PostState::Scheduled;
    }
    void movingAnApprovedPostKeepsItsApproval()
    {
        QFETCH(PostState, state);
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id post =
            f.addPost({2026, 11, 18}, {10, 0}, state, QStringLiteral("Validé MLR"), {f.auroraMastodon.id});
        CalendarController controller(f.db(), f.clock(), f.workspace(), QStringLiteral("camille"));
        QVERIFY(controller.reschedule(post, paris({2026, 11, 19}, {15, 0})));
        const auto stored = PostRepository(f.db()).post(post);
        QVERIFY(stored);
        QCOMPARE(stored->state, state);
        QCOMPARE(stored->variants.first().state, state);
        QCOMPARE(f.auditCount(post, QStringLiteral("post.approval_voided")), 0);
        QCOMPARE(f.auditCount(post, QStringLiteral("post.rescheduled")), 1);
    }
};

QTEST_GUILESS_MAIN(TestQueuePlanner)
#include "tst_queueplanner.moc"
