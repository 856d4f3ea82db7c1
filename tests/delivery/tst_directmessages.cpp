// Direct messages from the network into a real store and back: DirectMessageSync on Mastodon
// (conversations) and Bluesky (chat) against the fakes, into a temporary store: one thread per
// conversation, no duplicates on a rerun, resuming after a failure from the stored cursor,
// incoming messages classified, our own left alone; a reply in such a thread goes out as a
// direct message of that conversation (ReplySender) and never comes back twice.
#include "../platforms/bluesky/blueskyharness.h"
#include "../platforms/mastodon/mastodonrig.h"

#include "classify/classifier.h"
#include "delivery/directmessagesync.h"
#include "delivery/replysender.h"
#include "storage/inboxrepository.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"

#include <QTest>

using namespace vigie;
using namespace vigie::platforms;

namespace {

// One network's fake with the brand's account on it, and the same account in the store.
class FakeNetwork
{
public:
    explicit FakeNetwork(const QString &name, Database &db)
        : m_name(name)
    {
        Workspace ws;
        ws.name = QStringLiteral("Laboratoires Test");
        WorkspaceRepository(db).addWorkspace(ws);
        workspaceId = ws.id;
        account.workspaceId = ws.id;
        if (isMastodon()) {
            mastodon = std::make_unique<test::MastodonRig>();
            account.network = vigie::Network::Mastodon;
            account.handle = QStringLiteral("vigie_brand@mastodon.example");
        } else {
            bluesky = std::make_unique<test::BlueskyHarness>();
            account.network = vigie::Network::Bluesky;
            account.handle = QStringLiteral("vigie.test");
        }
        WorkspaceRepository(db).addAccount(account);
    }

    bool isMastodon() const { return m_name == QLatin1String("mastodon"); }

    std::unique_ptr<Adapter> adapter()
    {
        if (isMastodon())
            return mastodon->adapter();
        return bluesky->signedIn();
    }

    // A person writes to the brand; returns the conversation's key ("dm:…").
    QString personWrites(const QString &who, const QString &text, const QString &conversation = {})
    {
        if (isMastodon()) {
            const QString acct = who + QStringLiteral("@piaille.fr");
            QString inReplyTo;
            if (!conversation.isEmpty()) {
                // Answer the conversation's newest status, as a Mastodon client does.
                const auto statuses = mastodon->server.conversationStatusIds(conversation.mid(3));
                inReplyTo = statuses.isEmpty() ? QString() : statuses.last();
            }
            const QString id =
                mastodon->server.addDirectMessage(acct, QStringLiteral("@vigie_brand ") + text, inReplyTo);
            return QStringLiteral("dm:") + mastodon->server.conversationIdOf(id);
        }
        const QString handle = who + QStringLiteral(".patients.test");
        QString did = bluesky->server.account(handle) ? bluesky->server.account(handle)->did : QString();
        if (did.isEmpty())
            did = bluesky->server.addAccount(handle);
        QString convo = conversation.mid(3);
        if (convo.isEmpty())
            convo = bluesky->server.startConvo({bluesky->did, did});
        bluesky->clock.advanceSecs(5);
        bluesky->server.addChatMessage(convo, did, text);
        return QStringLiteral("dm:") + convo;
    }

    // What the brand's account sent to the conversation, as the network has it.
    QStringList sentTexts(const QString &conversation) const
    {
        QStringList texts;
        if (isMastodon()) {
            for (const auto &status : mastodon->server.statuses())
                if (mastodon->server.conversationIdOf(status.id) == conversation.mid(3))
                    texts << status.text;
            return texts;
        }
        for (const auto &message : bluesky->server.convo(conversation.mid(3)).messages)
            if (message.senderDid == bluesky->did)
                texts << message.text;
        return texts;
    }

    void failNextMessagePage()
    {
        if (isMastodon())
            mastodon->server.injectFault("GET", QStringLiteral("/api/v1/statuses/.*/context"),
                                         fakes::Fault{});
        else
            bluesky->server.injectFault("GET", QStringLiteral("/xrpc/chat\\.bsky\\.convo\\.getMessages"),
                                        fakes::Fault{});
    }

    Id workspaceId = 0;
    Account account;
    std::unique_ptr<test::MastodonRig> mastodon;
    std::unique_ptr<test::BlueskyHarness> bluesky;

private:
    QString m_name;
};

QList<ConversationRow> conversations(Database &db, Id workspaceId)
{
    ConversationFilter filter;
    filter.workspaceId = workspaceId;
    return InboxRepository(db).conversations(filter, std::nullopt, 100);
}

std::optional<ConversationRow> threadOf(Database &db, Id workspaceId, const QString &root)
{
    InboxRepository inbox(db);
    for (const ConversationRow &row : conversations(db, workspaceId))
        if (inbox.threadRootRemoteId(row.threadId) == root)
            return row;
    return std::nullopt;
}

// An adapter of a network without direct messages.
class NoDirectMessages final : public Adapter
{
public:
    vigie::Network network() const override { return vigie::Network::Facebook; }
    Capabilities capabilities() const override { return Capability::Text; }
    Limits limits() const override { return {}; }
    Result<AccountProfile> signIn() override { return Result<AccountProfile>::success({}); }
    Credentials credentials() const override { return {}; }
    bool credentialsChanged() const override { return false; }
};

} // namespace

class TestDirectMessages : public QObject
{
    Q_OBJECT

private slots:
    void syncStoresOneThreadPerConversationOnce_data() { networks_data(); }
    void syncStoresOneThreadPerConversationOnce();
    void aFailedSyncResumesFromTheStoredCursor_data() { networks_data(); }
    void aFailedSyncResumesFromTheStoredCursor();
    void incomingMessagesAreClassifiedOursAreNot_data() { networks_data(); }
    void incomingMessagesAreClassifiedOursAreNot();
    void aReplyInAConversationGoesAsADirectMessage_data() { networks_data(); }
    void aReplyInAConversationGoesAsADirectMessage();
    void aNetworkWithoutDirectMessagesIsLeftAlone();

private:
    static void networks_data();
};

void TestDirectMessages::networks_data()
{
    QTest::addColumn<QString>("network");
    QTest::newRow("mastodon") << QStringLiteral("mastodon");
    QTest::newRow("bluesky") << QStringLiteral("bluesky");
}

void TestDirectMessages::syncStoresOneThreadPerConversationOnce()
{
    QFETCH(QString, network);
    test::TempStore store;
    QVERIFY2(store.ok(), qPrintable(store.error()));
    FakeNetwork net(network, store.db());
    const QString camille =
        net.personWrites(QStringLiteral("camille"), QStringLiteral("Bonjour, une question"));
    net.personWrites(QStringLiteral("camille"), QStringLiteral("Et une autre"), camille);
    const QString hugo = net.personWrites(QStringLiteral("hugo"), QStringLiteral("Bonsoir"));

    auto adapter = net.adapter();
    const SyncReport first = DirectMessageSync(store.db()).syncAccount(net.account, *adapter);
    QVERIFY2(first.outcome.ok(), qPrintable(first.outcome.describe()));
    QVERIFY2(first.storeError.isEmpty(), qPrintable(first.storeError));
    QCOMPARE(first.inserted, 3);
    QCOMPARE(conversations(store.db(), net.workspaceId).size(), 2);
    const auto camilleThread = threadOf(store.db(), net.workspaceId, camille);
    QVERIFY(camilleThread);
    QCOMPARE(camilleThread->messageCount, 2);
    QVERIFY(threadOf(store.db(), net.workspaceId, hugo));
    for (const Message &m : InboxRepository(store.db()).threadMessages(camilleThread->threadId)) {
        QCOMPARE(m.kind, QStringLiteral("dm"));
        QCOMPARE(m.direction, MessageDirection::Incoming);
    }
    QVERIFY(
        !InboxRepository(store.db()).syncCursor(net.account.id, DirectMessageSync::kDirectStream).isEmpty());

    // Again, from the start: the same messages come, none is stored twice.
    const SyncCursor fromTheStart{net.account.id, DirectMessageSync::kDirectStream, QString()};
    QVERIFY(InboxRepository(store.db()).ingest({}, nullptr, &fromTheStart));
    QVERIFY(
        InboxRepository(store.db()).syncCursor(net.account.id, DirectMessageSync::kDirectStream).isEmpty());
    const SyncReport again = DirectMessageSync(store.db()).syncAccount(net.account, *net.adapter());
    QVERIFY(again.outcome.ok());
    QVERIFY(again.fetched >= 3);
    QCOMPARE(again.inserted, 0);
    QCOMPARE(conversations(store.db(), net.workspaceId).size(), 2);
}

void TestDirectMessages::aFailedSyncResumesFromTheStoredCursor()
{
    QFETCH(QString, network);
    test::TempStore store;
    FakeNetwork net(network, store.db());
    const QString first = net.personWrites(QStringLiteral("camille"), QStringLiteral("Premier"));
    QVERIFY(DirectMessageSync(store.db()).syncAccount(net.account, *net.adapter()).outcome.ok());
    const QString cursor =
        InboxRepository(store.db()).syncCursor(net.account.id, DirectMessageSync::kDirectStream);

    net.personWrites(QStringLiteral("camille"), QStringLiteral("Deuxième"), first);
    net.failNextMessagePage();
    const SyncReport failed = DirectMessageSync(store.db()).syncAccount(net.account, *net.adapter());
    QCOMPARE(failed.outcome.kind, OutcomeKind::Transient);
    QCOMPARE(failed.inserted, 0);
    QCOMPARE(InboxRepository(store.db()).syncCursor(net.account.id, DirectMessageSync::kDirectStream),
             cursor);

    const SyncReport resumed = DirectMessageSync(store.db()).syncAccount(net.account, *net.adapter());
    QVERIFY(resumed.outcome.ok());
    QCOMPARE(resumed.inserted, 1);
    QCOMPARE(threadOf(store.db(), net.workspaceId, first)->messageCount, 2);
    QVERIFY(InboxRepository(store.db()).syncCursor(net.account.id, DirectMessageSync::kDirectStream) !=
            cursor);
}

void TestDirectMessages::incomingMessagesAreClassifiedOursAreNot()
{
    QFETCH(QString, network);
    test::TempStore store;
    FakeNetwork net(network, store.db());
    Product product;
    product.name = QStringLiteral("Apaisyl");
    product.inn = QStringLiteral("paracétamol");
    const classify::Classifier classifier(classify::ProductTerms::fromProducts({product}));
    const QString said = QStringLiteral("Depuis que je prends Apaisyl j'ai des vertiges et des maux de tête");
    const classify::Classification expected = classifier.classify(said);
    QVERIFY2(expected.adverseEvent, "the classifier no longer flags the test sentence");

    const QString conversation = net.personWrites(QStringLiteral("camille"), said);
    const SyncReport report =
        DirectMessageSync(store.db()).syncAccount(net.account, *net.adapter(), &classifier);
    QVERIFY(report.outcome.ok());
    const auto thread = threadOf(store.db(), net.workspaceId, conversation);
    QVERIFY(thread);
    QVERIFY(thread->adverseEvent);
    const QList<Message> messages = InboxRepository(store.db()).threadMessages(thread->threadId);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().adverseEvent);
    QCOMPARE(messages.first().sentiment, expected.sentiment);
    QCOMPARE(messages.first().evidence.size(), expected.evidence.size());

    // The brand quoting the same words in its answer is not an adverse event of its own.
    InboxRepository inbox(store.db());
    Id replyId = 0;
    QVERIFY(inbox.queueReply(thread->threadId, QStringLiteral("Vous dites : ") + said,
                             QStringLiteral("Alice"), &replyId));
    QVERIFY(ReplySender(store.db()).send(replyId, *net.adapter()).ok());
    QVERIFY(DirectMessageSync(store.db()).syncAccount(net.account, *net.adapter(), &classifier).outcome.ok());
    for (const Message &m : inbox.threadMessages(thread->threadId))
        if (m.direction == MessageDirection::Outgoing)
            QVERIFY(!m.adverseEvent);
}

void TestDirectMessages::aReplyInAConversationGoesAsADirectMessage()
{
    QFETCH(QString, network);
    test::TempStore store;
    FakeNetwork net(network, store.db());
    const QString conversation =
        net.personWrites(QStringLiteral("camille"), QStringLiteral("Mon fils a de la fièvre"));
    QVERIFY(DirectMessageSync(store.db()).syncAccount(net.account, *net.adapter()).outcome.ok());
    const auto thread = threadOf(store.db(), net.workspaceId, conversation);
    QVERIFY(thread);

    InboxRepository inbox(store.db());
    Id replyId = 0;
    QVERIFY(inbox.queueReply(thread->threadId, QStringLiteral("Merci, pouvez-vous nous écrire ?"),
                             QStringLiteral("Alice"), &replyId));
    if (net.isMastodon())
        net.mastodon->server.clearRequests();
    const auto sent = ReplySender(store.db()).send(replyId, *net.adapter());
    QVERIFY2(sent.ok(), qPrintable(sent.outcome.describe()));
    if (net.isMastodon()) {
        // Through the conversation (its participants), not as a reply to one status.
        QCOMPARE(net.mastodon->server.requestCount("GET", QStringLiteral("/api/v1/conversations")), 1);
        QCOMPARE(net.mastodon->server.requestCount("GET", QStringLiteral("/api/v1/statuses/[0-9]+")), 0);
    }
    const QStringList texts = net.sentTexts(conversation);
    QCOMPARE(texts.size(), 1); // in the conversation, not a public reply
    QVERIFY(texts.first().endsWith(QStringLiteral("Merci, pouvez-vous nous écrire ?")));
    if (net.isMastodon())
        QCOMPARE(net.mastodon->server.status(sent.value.remoteId).visibility, QStringLiteral("direct"));
    const auto stored = inbox.message(replyId);
    QCOMPARE(stored->deliveryState, QStringLiteral("sent"));
    QCOMPARE(stored->remoteId, sent.value.remoteId);

    // The next sync brings the sent message back: it is the same one, not a second.
    const SyncReport report = DirectMessageSync(store.db()).syncAccount(net.account, *net.adapter());
    QVERIFY(report.outcome.ok());
    QCOMPARE(report.inserted, 0);
    QCOMPARE(inbox.threadMessages(thread->threadId).size(), 2);
    // Sending it again is refused.
    QCOMPARE(ReplySender(store.db()).send(replyId, *net.adapter()).outcome.kind, OutcomeKind::Permanent);
    QCOMPARE(net.sentTexts(conversation).size(), 1);
}

void TestDirectMessages::aNetworkWithoutDirectMessagesIsLeftAlone()
{
    test::TempStore store;
    Workspace ws;
    ws.name = QStringLiteral("Test");
    WorkspaceRepository(store.db()).addWorkspace(ws);
    Account account;
    account.workspaceId = ws.id;
    account.network = vigie::Network::Facebook;
    account.handle = QStringLiteral("Apaisyl France");
    WorkspaceRepository(store.db()).addAccount(account);
    NoDirectMessages adapter;
    const SyncReport report = DirectMessageSync(store.db()).syncAccount(account, adapter);
    QVERIFY(report.outcome.ok());
    QCOMPARE(report.fetched, 0);
    QCOMPARE(report.pages, 0);
    QVERIFY(InboxRepository(store.db()).syncCursor(account.id, DirectMessageSync::kDirectStream).isEmpty());
}

QTEST_GUILESS_MAIN(TestDirectMessages)
#include "tst_directmessages.moc"
