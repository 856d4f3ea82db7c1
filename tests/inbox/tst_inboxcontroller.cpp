// What the inbox controller does to the store, and the messages of one conversation.
#include "inbox/inboxcontroller.h"
#include "inbox/threadmessagesmodel.h"
#include "inboxfixture.h"
#include "storage/auditlog.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace vigie;

class TestInboxController : public QObject
{
    Q_OBJECT

private:
    test::TempStore m_store;
    test::SeededInbox m_seed;
    FixedClock m_clock{QDateTime()};

    const test::SeededThread &threadWithMessages(int count) const
    {
        for (const auto &t : m_seed.threads) {
            if (t.messageCount == count)
                return t;
        }
        return m_seed.threads.first();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_store.ok(), qPrintable(m_store.error()));
        QVERIFY(test::seedInbox(m_store.db(), 30, &m_seed));
        m_clock.set(m_seed.newest.addSecs(3600));
    }

    void messagesModelShowsOneConversationOldestFirst()
    {
        ThreadMessagesModel model(m_store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const auto &thread = threadWithMessages(3);
        QCOMPARE(thread.messageCount, 3);
        model.setThread(thread.threadId);
        QCOMPARE(model.rowCount(), 3);
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QDateTime at = index.data(ThreadMessagesModel::CreatedAtRole).toDateTime();
            QVERIFY(!previous.isValid() || previous <= at);
            previous = at;
            QVERIFY(!index.data(ThreadMessagesModel::OutgoingRole).toBool());
            QCOMPARE(static_cast<DeliveryState>(index.data(ThreadMessagesModel::DeliveryStateRole).toInt()),
                     DeliveryState::None);
            QVERIFY(index.data(ThreadMessagesModel::AuthorRole)
                        .toString()
                        .startsWith(QStringLiteral("Patient ")));
        }
        QCOMPARE(model.index(2).data(ThreadMessagesModel::BodyRole).toString(), thread.lastBody);
        QCOMPARE(previous, thread.lastMessageAt);
        model.setThread(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void replyIsStoredQueuedAndShownInTheThread()
    {
        const auto &thread = threadWithMessages(2);
        ThreadMessagesModel messages(m_store.db());
        QAbstractItemModelTester tester(&messages, QAbstractItemModelTester::FailureReportingMode::QtTest);
        messages.setThread(thread.threadId);
        QCOMPARE(messages.rowCount(), 2);

        InboxController controller(m_store.db(), m_clock, QStringLiteral("camille.martin"));
        connect(&controller, &InboxController::threadChanged, &messages, &ThreadMessagesModel::reload);
        QSignalSpy queued(&controller, &InboxController::replyQueued);
        QSignalSpy failures(&controller, &InboxController::failed);
        QSignalSpy inserted(&messages, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&messages, &QAbstractItemModel::modelReset);
        const QString text =
            QStringLiteral("Bonjour, merci de votre retour. Pouvez-vous nous écrire en privé ?");
        controller.sendReply(thread.threadId, QStringLiteral("  ") + text + QStringLiteral("\n"));

        QCOMPARE(failures.count(), 0);
        QCOMPARE(queued.count(), 1);
        QCOMPARE(queued.first().at(0).toLongLong(), thread.threadId);
        QVERIFY(queued.first().at(1).toLongLong() > 0);

        // Appended to what was shown, not a reset of the conversation.
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(messages.rowCount(), 3);
        const QModelIndex reply = messages.index(2);
        QCOMPARE(reply.data(ThreadMessagesModel::BodyRole).toString(), text);
        QVERIFY(reply.data(ThreadMessagesModel::OutgoingRole).toBool());
        QCOMPARE(static_cast<DeliveryState>(reply.data(ThreadMessagesModel::DeliveryStateRole).toInt()),
                 DeliveryState::Queued);
        QCOMPARE(reply.data(ThreadMessagesModel::CreatedAtRole).toDateTime(), m_clock.now());
        QCOMPARE(reply.data(ThreadMessagesModel::MessageIdRole).toLongLong(),
                 queued.first().at(1).toLongLong());

        const auto stored = InboxRepository(m_store.db()).threadMessages(thread.threadId);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.last().deliveryState, QStringLiteral("queued"));
        QCOMPARE(stored.last().direction, MessageDirection::Outgoing);
        QCOMPARE(stored.last().authorName, QStringLiteral("camille.martin"));
    }

    void emptyReplyOrMissingConversationFailsAndStoresNothing_data()
    {
        QTest::addColumn<bool>("missingThread");
        QTest::addColumn<QString>("text");
        QTest::newRow("blank reply") << false << QStringLiteral(" \n\t ");
        QTest::newRow("deleted conversation") << true << QStringLiteral("Bonjour");
    }

    void emptyReplyOrMissingConversationFailsAndStoresNothing()
    {
        QFETCH(bool, missingThread);
        QFETCH(QString, text);
        const auto &thread = threadWithMessages(1);
        const Id threadId = missingThread ? 999999 : thread.threadId;
        const int before = InboxRepository(m_store.db()).threadMessages(thread.threadId).size();
        InboxController controller(m_store.db(), m_clock, QStringLiteral("camille.martin"));
        QSignalSpy queued(&controller, &InboxController::replyQueued);
        QSignalSpy changed(&controller, &InboxController::threadChanged);
        QSignalSpy failures(&controller, &InboxController::failed);
        controller.sendReply(threadId, text);
        QCOMPARE(queued.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(failures.count(), 1);
        QVERIFY(!failures.first().at(0).toString().isEmpty());
        QCOMPARE(InboxRepository(m_store.db()).threadMessages(thread.threadId).size(), before);
    }

    void statusChangesAreAuditedWithWhoMadeThem()
    {
        const auto &thread = threadWithMessages(1);
        InboxController controller(m_store.db(), m_clock, QStringLiteral("camille.martin"));
        QSignalSpy changed(&controller, &InboxController::threadChanged);
        const ThreadStatus from = InboxRepository(m_store.db()).conversation(thread.threadId)->status;
        const ThreadStatus to = from == ThreadStatus::Pending ? ThreadStatus::Done : ThreadStatus::Pending;
        controller.setStatus(thread.threadId, to);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(InboxRepository(m_store.db()).conversation(thread.threadId)->status, to);
        const auto events = AuditLog(m_store.db()).eventsFor(QStringLiteral("thread"), thread.threadId);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().actor, QStringLiteral("camille.martin"));
        QCOMPARE(events.last().action, QStringLiteral("thread.status"));
        QVERIFY(events.last().detail.contains(threadStatusKey(to)));

        QSignalSpy failures(&controller, &InboxController::failed);
        controller.setStatus(thread.threadId, ThreadStatus::Unknown);
        controller.setStatus(424242, ThreadStatus::Done);
        QCOMPARE(failures.count(), 2);
        QCOMPARE(InboxRepository(m_store.db()).conversation(thread.threadId)->status, to);
    }

    void readStateFollowsTheRequests()
    {
        const auto &thread = threadWithMessages(2);
        InboxController controller(m_store.db(), m_clock, QStringLiteral("camille.martin"));
        controller.markRead(thread.threadId);
        QVERIFY(InboxRepository(m_store.db()).conversation(thread.threadId)->read);
        controller.markUnread(thread.threadId);
        QVERIFY(!InboxRepository(m_store.db()).conversation(thread.threadId)->read);
    }

    void deliveryStatesFromTheStoreMapToKnownValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("state");
        QTest::newRow("none") << QString() << int(DeliveryState::None);
        QTest::newRow("queued") << QStringLiteral("queued") << int(DeliveryState::Queued);
        QTest::newRow("sent") << QStringLiteral("sent") << int(DeliveryState::Sent);
        QTest::newRow("failed") << QStringLiteral("failed") << int(DeliveryState::Failed);
        QTest::newRow("unconfirmed") << QStringLiteral("unconfirmed") << int(DeliveryState::Unconfirmed);
        QTest::newRow("from a newer Vigie") << QStringLiteral("scheduled") << int(DeliveryState::Unknown);
    }

    void deliveryStatesFromTheStoreMapToKnownValues()
    {
        QFETCH(QString, key);
        QFETCH(int, state);
        QCOMPARE(int(deliveryStateFromKey(key)), state);
        QCOMPARE(deliveryStateDisplayName(deliveryStateFromKey(key)).isEmpty(), key.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInboxController)
#include "tst_inboxcontroller.moc"
