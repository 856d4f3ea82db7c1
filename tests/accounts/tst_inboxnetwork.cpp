// The inbox talking to the networks: "Sync now" brings the fake servers' mentions into the
// list, a reply goes to the network threaded under the message it answers, and what the network
// did with it shows on the bubble in words — with Retry when it failed. Real keychain.
#include "inbox/conversationlistmodel.h"
#include "inbox/threadmessagesmodel.h"
#include "networkfixture.h"
#include "storage/inboxrepository.h"
#include "ui/inbox/inboxdelivery.h"
#include "ui/inbox/inboxpane.h"
#include "ui/inbox/messagebubbledelegate.h"
#include "ui/inbox/threadview.h"

#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace vigie;
using test::child;
using test::NetworkFixture;

namespace {
void show(ui::InboxPane &pane)
{
    pane.resize(1280, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QApplication::setActiveWindow(&pane);
    QVERIFY(QTest::qWaitForWindowActive(&pane));
}

void openRow(ui::InboxPane &pane, int row)
{
    auto *list = child<QListView>(&pane, "conversationList");
    const QModelIndex index = list->model()->index(row, 0);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
}

DeliveryState lastDeliveryState(ui::InboxPane &pane)
{
    const QModelIndex last = pane.messages()->index(pane.messages()->rowCount() - 1, 0);
    return static_cast<DeliveryState>(last.data(ThreadMessagesModel::DeliveryStateRole).toInt());
}

// The fake's mention, synced into the pane and opened, ready to answer.
QString openSyncedMention(NetworkFixture &f, ui::InboxPane &pane)
{
    const QString mention =
        f.mastodon.addMention(QStringLiteral("marie@piaille.fr"),
                              QStringLiteral("@vigie_brand Bonjour, peut-on prendre Aurora le soir ?"));
    pane.syncNow();
    if (!QTest::qWaitFor([&] { return pane.conversations()->rowCount() == 1; }, 10000))
        return {};
    openRow(pane, 0);
    return mention;
}

void reply(ui::InboxPane &pane, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(&pane, "replyEdit");
    edit->setFocus();
    edit->setPlainText(text);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
}
} // namespace

class TestInboxNetwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        qputenv("VIGIE_HTTP_TIMEOUT", "2");
    }

    void syncNowBringsEveryAccountsMentionsIntoTheList()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        const Account mastodon = f.connectMastodon();
        const Account bluesky = f.connectBluesky();
        QVERIFY(mastodon.id && bluesky.id);
        f.mastodon.addMention(QStringLiteral("marie@piaille.fr"),
                              QStringLiteral("@vigie_brand Merci pour le conseil"));
        f.mastodon.addMention(QStringLiteral("paul"), QStringLiteral("@vigie_brand Où trouver la notice ?"));
        const QString marie = f.bluesky.addAccount(QStringLiteral("marie.test"));
        f.bluesky.createPost(marie, QStringLiteral("@aurora.test une question sur la posologie"));

        ui::InboxPane pane(f.context());
        show(pane);
        QCOMPARE(pane.conversations()->rowCount(), 0);
        auto *button = child<QPushButton>(&pane, "syncNowButton");
        QVERIFY(button->isEnabled());
        QTest::keyClick(&pane, Qt::Key_F5);
        // Never waits on the network: the window answers while the accounts are read.
        QCOMPARE(pane.syncStatusText(), QStringLiteral("Syncing 2 account(s)…"));
        QVERIFY(!button->isEnabled());
        test::saveScreenshot(&pane, QStringLiteral("inbox-syncing"));
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
        QCOMPARE(pane.conversations()->rowCount(), 3);
        const QString status = pane.syncStatusText();
        QVERIFY2(status.contains(mastodon.handle + QStringLiteral(": 2 new message(s)")), qPrintable(status));
        QVERIFY2(status.contains(bluesky.handle + QStringLiteral(": 1 new message(s)")), qPrintable(status));
        QStringList snippets;
        for (int row = 0; row < 3; ++row)
            snippets << pane.conversations()->index(row).data(ConversationListModel::SnippetRole).toString();
        QVERIFY2(snippets.join(QLatin1Char('|')).contains(QStringLiteral("posologie")),
                 qPrintable(snippets.join('|')));
        test::saveScreenshot(&pane, QStringLiteral("inbox-synced"));

        // A second sync fetches only what is new.
        f.mastodon.addMention(QStringLiteral("marie@piaille.fr"),
                              QStringLiteral("@vigie_brand Et le matin ?"));
        pane.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
        QVERIFY2(pane.syncStatusText().contains(mastodon.handle + QStringLiteral(": 1 new message(s)")),
                 qPrintable(pane.syncStatusText()));
        QVERIFY(pane.syncStatusText().contains(bluesky.handle + QStringLiteral(": 0 new message(s)")));
    }

    void aSyncKeepsTheOpenConversationAndItsDraft()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.connectMastodon().id);
        ui::InboxPane pane(f.context());
        show(pane);
        QVERIFY(!openSyncedMention(f, pane).isEmpty());
        auto *thread = child<ui::ThreadView>(&pane, "threadView");
        const Id open = thread->threadId();
        QVERIFY(thread->isVisible());
        child<QPlainTextEdit>(&pane, "replyEdit")->setPlainText(QStringLiteral("Brouillon en cours"));
        f.mastodon.addMention(QStringLiteral("paul"), QStringLiteral("@vigie_brand Autre question"));
        pane.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&pane, "syncNowButton")->isEnabled(), 15000);
        QCOMPARE(pane.conversations()->rowCount(), 2);
        QVERIFY(thread->isVisible());
        QCOMPARE(thread->threadId(), open);
        QCOMPARE(child<QPlainTextEdit>(&pane, "replyEdit")->toPlainText(),
                 QStringLiteral("Brouillon en cours"));
    }

    void anAccountThatNeedsReconnectingIsSaidNotSynced()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        const Account mastodon = f.connectMastodon();
        f.mastodon.setToken(QStringLiteral("rotated")); // the stored token is refused from now on
        ui::InboxPane pane(f.context());
        show(pane);
        pane.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&pane, "syncNowButton")->isEnabled(), 15000);
        QVERIFY2(pane.syncStatusText().contains(QStringLiteral("Tools › Accounts")),
                 qPrintable(pane.syncStatusText()));
        QCOMPARE(f.account(mastodon.id).status, AccountStatus::NeedsReconnect);
        // The next sync does not even try: it says what to do.
        const int before = f.mastodon.requests().size();
        pane.syncNow();
        QTRY_VERIFY(pane.syncStatusText().contains(QStringLiteral("not synced: it needs reconnecting")));
        QCOMPARE(f.mastodon.requests().size(), before);
    }

    void aReplyGoesToTheNetworkUnderTheMessage()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.connectMastodon().id);
        ui::InboxPane pane(f.context());
        show(pane);
        const QString mention = openSyncedMention(f, pane);
        QVERIFY(!mention.isEmpty());
        reply(pane, QStringLiteral("Bonjour Marie, demandez conseil à votre pharmacien."));
        auto *notice = child<QLabel>(&pane, "replyNotice");
        auto *thread = child<ui::ThreadView>(&pane, "threadView");
        QCOMPARE(thread->noticeText(), QStringLiteral("Sending the reply to Mastodon…"));
        QTRY_COMPARE_WITH_TIMEOUT(lastDeliveryState(pane), DeliveryState::Sent, 10000);
        QVERIFY2(thread->noticeText().startsWith(QStringLiteral("Reply sent.")),
                 qPrintable(thread->noticeText()));
        QVERIFY(notice->text().contains(QStringLiteral("href=")));
        QVERIFY(!child<QPushButton>(&pane, "retryReplyButton")->isVisible());

        // On the network: one status, threaded under the mention.
        QCOMPARE(f.mastodon.statuses().size(), 1);
        const auto sent = f.mastodon.statuses().first();
        QCOMPARE(sent.inReplyToId, mention);
        QVERIFY2(sent.text.contains(QStringLiteral("demandez conseil à votre pharmacien")),
                 qPrintable(sent.text));
        // The stored reply took the network's id and link.
        const Message stored = InboxRepository(f.db()).threadMessages(pane.messages()->threadId()).last();
        QCOMPARE(stored.remoteId, sent.id);
        QVERIFY(!stored.url.isEmpty());
        QTest::qWait(50);
        test::saveScreenshot(&pane, QStringLiteral("inbox-reply-sent"));
    }

    void aFailedReplySaysWhyAndRetries()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.connectMastodon().id);
        fakes::Fault fault;
        fault.status = 503;
        f.mastodon.injectFault("POST", QStringLiteral("/api/v1/statuses"), fault);
        ui::InboxPane pane(f.context());
        show(pane);
        const QString mention = openSyncedMention(f, pane);
        QVERIFY(!mention.isEmpty());
        reply(pane, QStringLiteral("Merci, nous revenons vers vous."));
        QTRY_COMPARE_WITH_TIMEOUT(lastDeliveryState(pane), DeliveryState::Failed, 10000);
        auto *thread = child<ui::ThreadView>(&pane, "threadView");
        QVERIFY2(thread->noticeText().startsWith(
                     QStringLiteral("Reply not sent. The network could not be reached")),
                 qPrintable(thread->noticeText()));
        QVERIFY(child<QPushButton>(&pane, "retryReplyButton")->isVisible());
        QCOMPARE(deliveryStateDisplayName(DeliveryState::Failed), QStringLiteral("Not sent"));
        QTest::qWait(50);
        test::saveScreenshot(&pane, QStringLiteral("inbox-reply-failed"));

        // "Retry" on the bubble itself sends it again; this time the network takes it.
        auto *view = child<QListView>(&pane, "threadMessages");
        auto *delegate = qobject_cast<ui::MessageBubbleDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        const QModelIndex last = pane.messages()->index(pane.messages()->rowCount() - 1, 0);
        view->scrollTo(last);
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.widget = view;
        option.rect = view->visualRect(last);
        const QRect retry = delegate->retryRect(option, last);
        QVERIFY(!retry.isEmpty());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, retry.center());
        QCOMPARE(thread->noticeText(), QStringLiteral("Sending the reply again…"));
        QTRY_COMPARE_WITH_TIMEOUT(lastDeliveryState(pane), DeliveryState::Sent, 10000);
        QCOMPARE(f.mastodon.statuses().size(), 1);
        QCOMPARE(f.mastodon.statuses().first().inReplyToId, mention);
        QVERIFY(!child<QPushButton>(&pane, "retryReplyButton")->isVisible());
    }

    void aReplyWithNoAnswerIsNotRetriedBlindly()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.connectMastodon().id);
        fakes::Fault fault;
        fault.kind = fakes::FaultKind::HangAfterAct;
        f.mastodon.injectFault("POST", QStringLiteral("/api/v1/statuses"), fault);
        ui::InboxPane pane(f.context());
        show(pane);
        QVERIFY(!openSyncedMention(f, pane).isEmpty());
        reply(pane, QStringLiteral("Merci !"));
        QTRY_COMPARE_WITH_TIMEOUT(lastDeliveryState(pane), DeliveryState::Unconfirmed, 10000);
        auto *thread = child<ui::ThreadView>(&pane, "threadView");
        QVERIFY2(thread->noticeText().contains(QStringLiteral("before trying again")),
                 qPrintable(thread->noticeText()));
        QVERIFY(!child<QPushButton>(&pane, "retryReplyButton")->isVisible()); // a person checks first
        QCOMPARE(f.mastodon.statuses().size(), 1);                            // the server did create it
        QCOMPARE(deliveryStateDisplayName(DeliveryState::Unconfirmed),
                 QStringLiteral("No answer from the network"));
    }
};

QTEST_MAIN(TestInboxNetwork)
#include "tst_inboxnetwork.moc"
