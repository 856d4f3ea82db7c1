// Hiding and deleting from the inbox (MessageModeration) against the fakes and a real store:
// what the network did is recorded on the message with who asked (audit log), the text stays;
// what a network cannot do is refused in words before anything is sent; a network failure
// records nothing.
#include "../platforms/bluesky/blueskyharness.h"
#include "../platforms/mastodon/mastodonrig.h"

#include "delivery/inboxsync.h"
#include "delivery/moderation.h"
#include "delivery/replysender.h"
#include "storage/auditlog.h"
#include "storage/inboxrepository.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"

#include <QTest>

using namespace vigie;
using namespace vigie::platforms;

namespace {

const QString kActor = QStringLiteral("Alice Martin");

Account addAccount(Database &db, vigie::Network network, const QString &handle)
{
    Workspace ws;
    ws.name = QStringLiteral("Laboratoires Test");
    WorkspaceRepository(db).addWorkspace(ws);
    Account account;
    account.workspaceId = ws.id;
    account.network = network;
    account.handle = handle;
    WorkspaceRepository(db).addAccount(account);
    return account;
}

std::optional<Message> storedMessage(Database &db, Id workspaceId, const QString &remoteId)
{
    for (const Message &m : InboxRepository(db).messages(workspaceId, 500))
        if (m.remoteId == remoteId)
            return m;
    return std::nullopt;
}

QStringList auditActions(Database &db, Id threadId)
{
    QStringList actions;
    for (const AuditEvent &event : AuditLog(db).eventsFor(QStringLiteral("thread"), threadId))
        if (event.action.startsWith(QLatin1String("message.")))
            actions << event.action + QLatin1Char(' ') + event.actor;
    return actions;
}

// A Bluesky store with the brand's post and a patient's reply synced into the inbox.
struct BlueskyCase
{
    test::TempStore store;
    test::BlueskyHarness h;
    Account account;
    QString post;
    QString reply;
    Message stored;

    bool seed()
    {
        account = addAccount(store.db(), vigie::Network::Bluesky, QStringLiteral("vigie.test"));
        const QString patient = h.server.addAccount(QStringLiteral("camille.patients.test"));
        post = h.server.createPost(h.did, QStringLiteral("Notre campagne"));
        reply = h.server.createPost(patient, QStringLiteral("Votre produit m'a donné des boutons, arnaque !"),
                                    post);
        auto adapter = h.signedIn();
        const SyncReport report = InboxSync(store.db()).syncAccount(account, *adapter);
        const auto found = storedMessage(store.db(), account.workspaceId, reply);
        if (!report.outcome.ok() || !found)
            return false;
        stored = *found;
        return true;
    }
};

// A Mastodon store with a patient's mention synced and the brand's answer sent.
struct MastodonCase
{
    test::TempStore store;
    test::MastodonRig rig;
    Account account;
    QString mention;
    Message incoming;
    Id replyId = 0;
    QString replyRemoteId;

    bool seed()
    {
        account =
            addAccount(store.db(), vigie::Network::Mastodon, QStringLiteral("vigie_brand@mastodon.example"));
        mention =
            rig.server.addMention(QStringLiteral("marie@piaille.fr"), QStringLiteral("@vigie_brand bof"));
        if (!InboxSync(store.db()).syncAccount(account, *rig.adapter()).outcome.ok())
            return false;
        const auto found = storedMessage(store.db(), account.workspaceId, mention);
        if (!found)
            return false;
        incoming = *found;
        if (!InboxRepository(store.db())
                 .queueReply(incoming.threadId, QStringLiteral("Merci Marie"), kActor, &replyId))
            return false;
        const auto sent = ReplySender(store.db()).send(replyId, *rig.adapter());
        replyRemoteId = sent.value.remoteId;
        return sent.ok();
    }
};

} // namespace

class TestModeration : public QObject
{
    Q_OBJECT

private slots:
    void hidingOnBlueskyIsRecordedWithWhoAsked();
    void hidingOnMastodonIsRefusedInWords();
    void aFailedHideRecordsNothing();
    void deletingTheAccountsOwnReplyKeepsItsText();
    void whatCannotBeDeletedIsRefusedBeforeAsking_data();
    void whatCannotBeDeletedIsRefusedBeforeAsking();
};

void TestModeration::hidingOnBlueskyIsRecordedWithWhoAsked()
{
    BlueskyCase c;
    QVERIFY(c.seed());
    MessageModeration moderation(c.store.db());
    const Status hidden = moderation.hide(c.stored.id, *c.h.signedIn(), kActor);
    QVERIFY2(hidden, qPrintable(hidden.error()));
    // On the network: the reply is in the post's threadgate.
    const auto gate = c.h.server.record(QStringLiteral("at://%1/app.bsky.feed.threadgate/%2")
                                            .arg(c.h.did, bluesky::AtUri::parse(c.post)->rkey));
    QVERIFY(gate);
    QCOMPARE(gate->value.value(QStringLiteral("hiddenReplies")).toArray().first().toString(), c.reply);
    // In the store: hidden, with who asked, and the text kept (it may be an adverse event).
    const auto after = InboxRepository(c.store.db()).message(c.stored.id);
    QCOMPARE(after->moderation, QStringLiteral("hidden"));
    QCOMPARE(after->body, c.stored.body);
    QCOMPARE(auditActions(c.store.db(), c.stored.threadId),
             QStringList{QStringLiteral("message.hide ") + kActor});

    // Asking again changes nothing, on the network or in the log.
    c.h.server.clearRequests();
    QVERIFY(moderation.hide(c.stored.id, *c.h.signedIn(), kActor));
    QCOMPARE(c.h.server.requestCount("POST", QStringLiteral("/xrpc/com\\.atproto\\.repo\\.putRecord")), 0);
    QCOMPARE(auditActions(c.store.db(), c.stored.threadId).size(), 1);
}

void TestModeration::hidingOnMastodonIsRefusedInWords()
{
    MastodonCase c;
    QVERIFY(c.seed());
    c.rig.server.clearRequests();
    const Status hidden = MessageModeration(c.store.db()).hide(c.incoming.id, *c.rig.adapter(), kActor);
    QVERIFY(!hidden);
    QCOMPARE(hidden.error(), QStringLiteral("Mastodon does not let an account hide replies to its posts."));
    QVERIFY(c.rig.server.requests().isEmpty());
    QVERIFY(InboxRepository(c.store.db()).message(c.incoming.id)->moderation.isEmpty());
    QVERIFY(auditActions(c.store.db(), c.incoming.threadId).isEmpty());
}

void TestModeration::aFailedHideRecordsNothing()
{
    BlueskyCase c;
    QVERIFY(c.seed());
    c.h.server.injectFault("POST", QStringLiteral("/xrpc/com\\.atproto\\.repo\\.putRecord"), fakes::Fault{});
    const Status hidden = MessageModeration(c.store.db()).hide(c.stored.id, *c.h.signedIn(), kActor);
    QVERIFY(!hidden);
    QVERIFY2(hidden.error().contains(QStringLiteral("temporary problem")), qPrintable(hidden.error()));
    QVERIFY(InboxRepository(c.store.db()).message(c.stored.id)->moderation.isEmpty());
    QVERIFY(auditActions(c.store.db(), c.stored.threadId).isEmpty());
}

void TestModeration::deletingTheAccountsOwnReplyKeepsItsText()
{
    MastodonCase c;
    QVERIFY(c.seed());
    QVERIFY(c.rig.server.hasStatus(c.replyRemoteId));
    const Status removed = MessageModeration(c.store.db()).remove(c.replyId, *c.rig.adapter(), kActor);
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(!c.rig.server.hasStatus(c.replyRemoteId));
    const auto after = InboxRepository(c.store.db()).message(c.replyId);
    QCOMPARE(after->moderation, QStringLiteral("deleted"));
    QCOMPARE(after->body, QStringLiteral("Merci Marie"));
    QCOMPARE(auditActions(c.store.db(), c.incoming.threadId),
             QStringList{QStringLiteral("message.delete ") + kActor});
    // Deleted already: nothing more to do, nothing asked.
    c.rig.server.clearRequests();
    QVERIFY(MessageModeration(c.store.db()).remove(c.replyId, *c.rig.adapter(), kActor));
    QVERIFY(c.rig.server.requests().isEmpty());
}

void TestModeration::whatCannotBeDeletedIsRefusedBeforeAsking_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("words");
    QTest::newRow("someone else's message")
        << "incoming"
        << "delete only its own messages: this one was written by marie@piaille.fr";
    QTest::newRow("a reply never sent") << "queued"
                                        << "never sent";
    QTest::newRow("a reply whose sending is unconfirmed") << "unconfirmed"
                                                          << "does not know whether";
}

void TestModeration::whatCannotBeDeletedIsRefusedBeforeAsking()
{
    QFETCH(QString, which);
    QFETCH(QString, words);
    MastodonCase c;
    QVERIFY(c.seed());
    InboxRepository inbox(c.store.db());
    Id target = c.incoming.id;
    if (which != QLatin1String("incoming")) {
        QVERIFY(inbox.queueReply(c.incoming.threadId, QStringLiteral("Brouillon"), kActor, &target));
        if (which == QLatin1String("unconfirmed"))
            QVERIFY(
                inbox.markReplyFailed(target, QStringLiteral("unconfirmed"), QStringLiteral("no answer")));
    }
    c.rig.server.clearRequests();
    const Status removed = MessageModeration(c.store.db()).remove(target, *c.rig.adapter(), kActor);
    QVERIFY(!removed);
    QVERIFY2(removed.error().contains(words), qPrintable(removed.error()));
    QVERIFY(c.rig.server.requests().isEmpty());
    QVERIFY(inbox.message(target)->moderation.isEmpty());
    QVERIFY(auditActions(c.store.db(), c.incoming.threadId).isEmpty());
}

QTEST_GUILESS_MAIN(TestModeration)
#include "tst_moderation.moc"
