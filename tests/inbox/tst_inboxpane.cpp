// The inbox pane the way a user meets it: open a conversation, reply, filter, mark done.
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxcontroller.h"
#include "inbox/threadmessagesmodel.h"
#include "inboxfixture.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"
#include "ui/inbox/inboxpane.h"

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTranslator>
#include <QtTest>

using namespace vigie;

namespace {
// Makes every translated string about 40% longer, as French tends to be, to catch clipping
// before the real translation exists.
class LongLabelTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (source.isEmpty())
            return {};
        return source + QLatin1Char(' ') + QString(qMax(2, int(source.size() * 0.4)), QChar(0x00e9));
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestInboxPane : public QObject
{
    Q_OBJECT

private:
    // Every test starts from the same fresh inbox: replies and status changes in one test do
    // not leak into the next one's expectations.
    struct Fixture
    {
        test::TempStore store;
        test::SeededInbox seed;
    };
    std::unique_ptr<Fixture> m_fixture;
    test::SeededInbox m_seed;
    FixedClock m_clock{QDateTime()};

    ui::AppContext contextFor(Database &db, const Workspace &workspace)
    {
        ui::AppContext context;
        context.db = &db;
        context.workspace = workspace;
        context.clock = &m_clock;
        context.actor = QStringLiteral("camille.martin");
        return context;
    }

    template<typename T> static T *child(QWidget *pane, const char *name)
    {
        T *widget = pane->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning() << "no child named" << name;
        return widget;
    }

    static void show(QWidget *pane)
    {
        pane->resize(1280, 820);
        pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(pane));
    }

    static void clickRow(QWidget *pane, int row)
    {
        auto *list = child<QListView>(pane, "conversationList");
        QVERIFY(list);
        const QModelIndex index = list->model()->index(row, 0);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    }

    static QList<Id> listedIds(ui::InboxPane &pane)
    {
        QList<Id> ids;
        for (int row = 0; row < pane.conversations()->rowCount(); ++row)
            ids << pane.conversations()->threadIdAt(row);
        return ids;
    }

    ConversationFilter openIn(Network network = Network::Unknown, Id brandId = 0) const
    {
        return ConversationFilter{m_seed.workspace.id, network, brandId, ThreadStatus::Open};
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<Fixture>();
        QVERIFY2(m_fixture->store.ok(), qPrintable(m_fixture->store.error()));
        QVERIFY(test::seedInbox(m_fixture->store.db(), 120, &m_fixture->seed));
        m_seed = m_fixture->seed;
        m_clock.set(m_seed.newest.addSecs(2 * 3600));
    }

    void cleanup() { m_fixture.reset(); }

    void opensOnOpenConversationsWithNothingSelected()
    {
        ui::InboxPane pane(contextFor(m_fixture->store.db(), m_seed.workspace));
        show(&pane);
        QCOMPARE(listedIds(pane),
                 m_seed.expectedOrder(openIn()).mid(0, ConversationListModel::kDefaultPageSize));
        QVERIFY(child<QListView>(&pane, "conversationList")->isVisible());
        QVERIFY(child<QLabel>(&pane, "noSelectionState")->isVisible());
        QCOMPARE(child<QLabel>(&pane, "noSelectionState")->text(),
                 QStringLiteral("Select a conversation to read it and reply."));
        test::saveScreenshot(&pane, QStringLiteral("inbox-list"));
    }

    void openingAConversationShowsItsMessagesAndMarksItRead()
    {
        ui::InboxPane pane(contextFor(m_fixture->store.db(), m_seed.workspace));
        show(&pane);
        const Id threadId = pane.conversations()->threadIdAt(4);
        const auto *seeded = m_seed.thread(threadId);
        QVERIFY(seeded);
        QVERIFY(!InboxRepository(m_fixture->store.db()).conversation(threadId)->read);

        clickRow(&pane, 4);
        QVERIFY(child<QWidget>(&pane, "threadView")->isVisible());
        auto *messages = child<QListView>(&pane, "threadMessages");
        QCOMPARE(messages->model()->rowCount(), seeded->messageCount);
        QCOMPARE(messages->model()
                     ->index(seeded->messageCount - 1, 0)
                     .data(ThreadMessagesModel::BodyRole)
                     .toString(),
                 seeded->lastBody);
        QVERIFY(child<QLabel>(&pane, "threadTitle")->text().contains(m_seed.accounts.at(0).handle) ||
                child<QLabel>(&pane, "threadTitle")->text().contains(networkDisplayName(seeded->network)));
        QVERIFY(InboxRepository(m_fixture->store.db()).conversation(threadId)->read);
        QCOMPARE(pane.conversations()->threadIdAt(4), threadId); // reading does not move it
        QVERIFY(pane.conversations()->index(4).data(ConversationListModel::ReadRole).toBool());
    }

    static int firstRowOn(ui::InboxPane &pane, Network network)
    {
        for (int row = 0; row < pane.conversations()->rowCount(); ++row) {
            if (pane.conversations()->index(row).data(ConversationListModel::NetworkRole).toInt() ==
                int(network))
                return row;
        }
        return -1;
    }

    void typingAReplyAndSendingItQueuesItAndSaysSo()
    {
        // A manual channel's conversation (comments imported from a community without API):
        // nothing can send the reply, so it is kept and the pane says where to answer instead.
        // The seed's Facebook account stands in for it during this test.
        const Id facebookId = m_seed.accounts.at(2).id;
        QCOMPARE(m_seed.accounts.at(2).network, Network::Facebook);
        QSqlQuery toManual(m_fixture->store.db().connection());
        QVERIFY(toManual.exec(
            QStringLiteral("UPDATE accounts SET network = 'manual' WHERE id = %1").arg(facebookId)));
        const auto restore = qScopeGuard([&] {
            QSqlQuery back(m_fixture->store.db().connection());
            back.exec(
                QStringLiteral("UPDATE accounts SET network = 'facebook' WHERE id = %1").arg(facebookId));
        });
        ui::InboxPane pane(contextFor(m_fixture->store.db(), m_seed.workspace));
        show(&pane);
        const int row = firstRowOn(pane, Network::Manual);
        QVERIFY(row >= 0);
        clickRow(&pane, row);
        const Id threadId = pane.conversations()->threadIdAt(row);
        const int before = InboxRepository(m_fixture->store.db()).threadMessages(threadId).size();
        auto *edit = child<QPlainTextEdit>(&pane, "replyEdit");
        auto *button = child<QPushButton>(&pane, "replyButton");
        auto *notice = child<QLabel>(&pane, "replyNotice");
        QVERIFY(!button->isEnabled()); // nothing to send yet
        QVERIFY(!notice->isVisible());

        const QString text = QStringLiteral(
            "Bonjour, merci pour votre message. Pouvez-vous nous contacter en message prive ?");
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);

        const auto stored = InboxRepository(m_fixture->store.db()).threadMessages(threadId);
        QCOMPARE(stored.size(), before + 1);
        QCOMPARE(stored.last().body, text);
        QCOMPARE(stored.last().direction, MessageDirection::Outgoing);
        QCOMPARE(stored.last().deliveryState, QStringLiteral("queued"));
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(),
                 QStringLiteral("Reply saved. This community has no API: post the reply there yourself, "
                                "then mark the conversation done."));
        QVERIFY(edit->toPlainText().isEmpty());

        // The reply is in the thread with its state, and its conversation is now the newest.
        auto *messages = child<QListView>(&pane, "threadMessages")->model();
        const QModelIndex last = messages->index(messages->rowCount() - 1, 0);
        QCOMPARE(last.data(ThreadMessagesModel::BodyRole).toString(), text);
        QCOMPARE(static_cast<DeliveryState>(last.data(ThreadMessagesModel::DeliveryStateRole).toInt()),
                 DeliveryState::Queued);
        QCOMPARE(pane.conversations()->threadIdAt(0), threadId);
        QCOMPARE(child<QListView>(&pane, "conversationList")->currentIndex().row(), 0);
        test::saveScreenshot(&pane, QStringLiteral("inbox-reply-queued"));

        // Ctrl+Return sends too.
        QTest::keyClicks(edit, QStringLiteral("Second message"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(InboxRepository(m_fixture->store.db()).threadMessages(threadId).last().body,
                 QStringLiteral("Second message"));
        QCOMPARE(messages->rowCount(), before + 2);
    }

    void aReplyWithoutAKeychainStaysQueuedAndOffersRetry()
    {
        // No keychain in this context: the reply is kept, the pane says why it did not go, and
        // offers to try again once one runs.
        ui::InboxPane pane(contextFor(m_fixture->store.db(), m_seed.workspace));
        show(&pane);
        const int row = firstRowOn(pane, Network::Mastodon);
        QVERIFY(row >= 0);
        clickRow(&pane, row);
        const Id threadId = pane.conversations()->threadIdAt(row);
        QTest::keyClicks(child<QPlainTextEdit>(&pane, "replyEdit"), QStringLiteral("Merci"));
        QTest::keyClick(child<QPlainTextEdit>(&pane, "replyEdit"), Qt::Key_Return, Qt::ControlModifier);
        auto *notice = child<QLabel>(&pane, "replyNotice");
        QCOMPARE(notice->text(), QStringLiteral("Sending the reply to Mastodon…"));
        auto *retry = child<QPushButton>(&pane, "retryReplyButton");
        QTRY_VERIFY(retry->isVisible());
        QVERIFY2(notice->text().startsWith(QStringLiteral("Reply saved but not sent: No system keychain")),
                 qPrintable(notice->text()));
        QCOMPARE(InboxRepository(m_fixture->store.db()).threadMessages(threadId).last().deliveryState,
                 QStringLiteral("queued"));
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(notice->text(), QStringLiteral("Sending the reply again…"));
        QTRY_VERIFY(retry->isVisible()); // still no keychain: same answer, same offer
    }

    void aDraftSurvivesLookingAtAnotherConversation()
    {
        ui::InboxPane pane(contextFor(m_fixture->store.db(), m_seed.workspace));
        show(&pane);
        clickRow(&pane, 2);
        auto *edit = child<QPlainTextEdit>(&pane, "replyEdit");
        QTest::keyClicks(edit, QStringLiteral("Brouillon"));
        clickRow(&pane, 3);
        QVERIFY(edit->toPlainText().isEmpty());
        clickRow(&pane, 2);
        QCOMPARE(edit->toPlainText(), QStringLiteral("Brouillon"));
    }

    void filtersNarrowTheList()
    {
        ui::InboxPane pane(contextFor(m_fixture->store.db(), m_seed.workspace));
        show(&pane);
        auto *network = child<QComboBox>(&pane, "networkFilter");
        auto *brand = child<QComboBox>(&pane, "brandFilter");
        auto *status = child<QComboBox>(&pane, "statusFilter");
        QCOMPARE(network->itemText(0), QStringLiteral("All networks"));
        QCOMPARE(brand->itemText(0), QStringLiteral("All brands"));
        QCOMPARE(network->count(), 4); // the three networks with an account
        QCOMPARE(brand->count(), 4);

        network->setCurrentIndex(network->findData(int(Network::Mastodon)));
        QCOMPARE(listedIds(pane), m_seed.expectedOrder(openIn(Network::Mastodon)).mid(0, 50));
        brand->setCurrentIndex(brand->findData(m_seed.brandB.id));
        const auto expected = m_seed.expectedOrder(openIn(Network::Mastodon, m_seed.brandB.id));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(listedIds(pane), expected.mid(0, 50));
        status->setCurrentIndex(status->findData(int(ThreadStatus::Done)));
        auto done =
            ConversationFilter{m_seed.workspace.id, Network::Mastodon, m_seed.brandB.id, ThreadStatus::Done};
        QCOMPARE(listedIds(pane), m_seed.expectedOrder(done).mid(0, 50));
        for (Id id : listedIds(pane))
            QCOMPARE(InboxRepository(m_fixture->store.db()).conversation(id)->status, ThreadStatus::Done);
    }

    void filtersThatMatchNothingOfferToClearThem()
    {
        ui::InboxPane pane(contextFor(m_fixture->store.db(), m_seed.workspace));
        show(&pane);
        clickRow(&pane, 0);
        auto *brand = child<QComboBox>(&pane, "brandFilter");
        brand->setCurrentIndex(brand->findData(m_seed.quietBrand.id));
        QCOMPARE(pane.conversations()->rowCount(), 0);
        auto *empty = child<QLabel>(&pane, "inboxEmptyState");
        auto *clear = child<QPushButton>(&pane, "clearFiltersButton");
        QVERIFY(empty->isVisible());
        // It names the filter that hides everything (the brand: the status alone would not).
        QCOMPARE(empty->text(),
                 QStringLiteral("No conversation matches these filters. \u201cBrand: Nocturnia\u201d "
                                "hides every conversation: clear it to see them."));
        QVERIFY(clear->isVisible());
        QVERIFY(!child<QWidget>(&pane, "threadView")->isVisible()); // the open conversation was closed
        test::saveScreenshot(&pane, QStringLiteral("inbox-no-match"));

        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(!empty->isVisible());
        QCOMPARE(brand->currentIndex(), 0);
        QCOMPARE(child<QComboBox>(&pane, "statusFilter")->currentText(), QStringLiteral("All statuses"));
        QCOMPARE(listedIds(pane), m_seed.expectedOrder({m_seed.workspace.id, {}, 0, {}}).mid(0, 50));
    }

    void markDoneReopenAndUnreadKeepTheRowInPlace()
    {
        ui::InboxPane pane(contextFor(m_fixture->store.db(), m_seed.workspace));
        show(&pane);
        clickRow(&pane, 5);
        const Id threadId = pane.conversations()->threadIdAt(5);
        const QList<Id> before = listedIds(pane);
        auto *markDone = child<QPushButton>(&pane, "markDoneButton");
        auto *reopen = child<QPushButton>(&pane, "reopenButton");
        auto *unread = child<QPushButton>(&pane, "markUnreadButton");
        QVERIFY(markDone->isVisible());
        QVERIFY(!reopen->isVisible());

        QTest::mouseClick(markDone, Qt::LeftButton);
        QCOMPARE(InboxRepository(m_fixture->store.db()).conversation(threadId)->status, ThreadStatus::Done);
        QCOMPARE(listedIds(pane), before);
        QCOMPARE(static_cast<ThreadStatus>(
                     pane.conversations()->index(5).data(ConversationListModel::StatusRole).toInt()),
                 ThreadStatus::Done);
        QVERIFY(!markDone->isVisible());
        QVERIFY(reopen->isVisible());
        QVERIFY(child<QLabel>(&pane, "threadSubtitle")->text().contains(QStringLiteral("Done")));

        QTest::mouseClick(reopen, Qt::LeftButton);
        QCOMPARE(InboxRepository(m_fixture->store.db()).conversation(threadId)->status, ThreadStatus::Open);

        QVERIFY(unread->isEnabled());
        QTest::mouseClick(unread, Qt::LeftButton);
        QVERIFY(!InboxRepository(m_fixture->store.db()).conversation(threadId)->read);
        QVERIFY(!pane.conversations()->index(5).data(ConversationListModel::ReadRole).toBool());
        QVERIFY(!unread->isEnabled());
        QCOMPARE(listedIds(pane), before);
        QCOMPARE(child<QListView>(&pane, "conversationList")->currentIndex().row(), 5);
    }

    void keyboardMovesThroughTheList()
    {
        ui::InboxPane pane(contextFor(m_fixture->store.db(), m_seed.workspace));
        show(&pane);
        auto *list = child<QListView>(&pane, "conversationList");
        clickRow(&pane, 0);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(list->currentIndex().row(), 2);
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 2);
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(list->currentIndex().row(), 1);
        // The conversation under the cursor is the one open.
        QCOMPARE(pane.messages()->threadId(), pane.conversations()->threadIdAt(1));
    }

    void scrollingToTheEndLoadsTheNextPage()
    {
        ui::InboxPane pane(contextFor(m_fixture->store.db(), m_seed.workspace));
        show(&pane);
        child<QComboBox>(&pane, "statusFilter")->setCurrentText(QStringLiteral("All statuses"));
        QCOMPARE(pane.conversations()->rowCount(), 50);
        auto *list = child<QListView>(&pane, "conversationList");
        list->scrollToBottom();
        QTRY_VERIFY(pane.conversations()->rowCount() > 50);
        QVERIFY(pane.conversations()->rowCount() <= 120);
    }

    void emptyWorkspaceSaysToConnectAnAccount()
    {
        test::TempStore store;
        const Workspace workspace = test::seedEmptyWorkspace(store.db());
        ui::InboxPane pane(contextFor(store.db(), workspace));
        show(&pane);
        auto *empty = child<QLabel>(&pane, "inboxEmptyState");
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No conversations yet. Connect an account to bring comments, "
                                               "mentions and messages here."));
        QVERIFY(!child<QPushButton>(&pane, "clearFiltersButton")->isVisible());
        test::saveScreenshot(&pane, QStringLiteral("inbox-empty"));
    }

    void longLabelsAreNotClipped()
    {
        LongLabelTranslator translator;
        QCoreApplication::installTranslator(&translator);
        {
            ui::InboxPane pane(contextFor(m_fixture->store.db(), m_seed.workspace));
            show(&pane);
            // An adverse-event conversation shows every part of the detail.
            int flagged = -1;
            for (int row = 0; row < pane.conversations()->rowCount() && flagged < 0; ++row) {
                if (pane.conversations()->index(row).data(ConversationListModel::AdverseEventRole).toBool())
                    flagged = row;
            }
            QVERIFY(flagged >= 0);
            clickRow(&pane, flagged);
            QTest::keyClicks(child<QPlainTextEdit>(&pane, "replyEdit"), QStringLiteral("Merci"));
            QTest::mouseClick(child<QPushButton>(&pane, "replyButton"), Qt::LeftButton);
            test::saveScreenshot(&pane, QStringLiteral("inbox-long-labels"));
            for (auto *button : pane.findChildren<QPushButton *>()) {
                if (button->isVisible())
                    QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            }
            for (auto *combo : pane.findChildren<QComboBox *>())
                QVERIFY2(combo->width() >= combo->sizeHint().width(), qPrintable(combo->currentText()));
            for (auto *label : pane.findChildren<QLabel *>()) {
                if (label->isVisible() && !label->wordWrap())
                    QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
            }
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void demoWorkspace()
    {
        QTemporaryDir dir;
        const QString path = test::demoDatabaseCopy(dir.path());
        QVERIFY(!path.isEmpty());
        Database db;
        QVERIFY(db.openSqlite(path));
        const auto workspace = WorkspaceRepository(db).primaryWorkspace();
        QVERIFY(workspace);
        FixedClock demoNow(QDateTime(test::demoToday(), QTime(17, 0), QTimeZone("Europe/Paris")));
        ui::AppContext context = contextFor(db, *workspace);
        context.clock = &demoNow;
        context.demo = true;
        ui::InboxPane pane(context);
        show(&pane);
        if (pane.conversations()->rowCount() == 0) {
            // The demo holds no conversation (yet): the pane says what to do instead of staying blank.
            QVERIFY(child<QLabel>(&pane, "inboxEmptyState")->isVisible());
            QVERIFY(child<QLabel>(&pane, "inboxEmptyState")
                        ->text()
                        .startsWith(QStringLiteral("No conversations yet.")));
            test::saveScreenshot(&pane, QStringLiteral("inbox-demo"));
            return;
        }
        test::saveScreenshot(&pane, QStringLiteral("inbox-demo-list"));
        int chosen = 0;
        for (int row = 0; row < pane.conversations()->rowCount(); ++row) {
            if (pane.conversations()->index(row).data(ConversationListModel::AdverseEventRole).toBool()) {
                chosen = row;
                break;
            }
        }
        clickRow(&pane, chosen);
        QVERIFY(pane.messages()->rowCount() > 0);
        test::saveScreenshot(&pane, QStringLiteral("inbox-demo"));
        // The longest conversation loaded, for a look at a back-and-forth.
        int longest = 0;
        for (int row = 0; row < pane.conversations()->rowCount(); ++row) {
            if (pane.conversations()->index(row).data(ConversationListModel::MessageCountRole).toInt() >
                pane.conversations()->index(longest).data(ConversationListModel::MessageCountRole).toInt())
                longest = row;
        }
        clickRow(&pane, longest);
        QCOMPARE(pane.messages()->rowCount(),
                 pane.conversations()->index(longest).data(ConversationListModel::MessageCountRole).toInt());
        test::saveScreenshot(&pane, QStringLiteral("inbox-demo-conversation"));
        // Every network in the filter narrows the list to that network.
        auto *network = child<QComboBox>(&pane, "networkFilter");
        for (int i = 1; i < network->count(); ++i) {
            network->setCurrentIndex(i);
            const auto wanted = static_cast<Network>(network->itemData(i).toInt());
            for (int row = 0; row < pane.conversations()->rowCount(); ++row)
                QCOMPARE(
                    static_cast<Network>(
                        pane.conversations()->index(row).data(ConversationListModel::NetworkRole).toInt()),
                    wanted);
        }
    }
};

QTEST_MAIN(TestInboxPane)
#include "tst_inboxpane.moc"
