// Bluesky direct messages against the fake PDS and its chat service: every chat call names the
// chat service (atproto-proxy), the sync reads every conversation page and every message page
// and resumes from the newest sentAt it saw, an app password without DM access is said in
// words (never "reconnect"), answers go to the conversation, and the errors of the new calls.
// The documented shapes come from tests/data/bluesky/chat-*.json (chat.bsky.convo lexicons).
#include "blueskyharness.h"

#include <QTest>

using namespace vigie;
using namespace vigie::platforms;
using namespace vigie::platforms::bluesky;
using vigie::fakes::Fault;
using vigie::fakes::FaultKind;

namespace {

const QString kListConvos = QStringLiteral("/xrpc/chat\\.bsky\\.convo\\.listConvos");
const QString kGetMessages = QStringLiteral("/xrpc/chat\\.bsky\\.convo\\.getMessages");
const QString kSendMessage = QStringLiteral("/xrpc/chat\\.bsky\\.convo\\.sendMessage");
const QString kRefreshSession = QStringLiteral("/xrpc/com\\.atproto\\.server\\.refreshSession");
const QString kCreateSession = QStringLiteral("/xrpc/com\\.atproto\\.server\\.createSession");

using Walk = test::InboxWalk;

Walk syncDirect(BlueskyAdapter &adapter, const QString &cursor, int stopAfterPages = -1)
{
    Walk walk;
    walk.outcome = adapter.syncDirectMessages(cursor, [&](const InboxPage &page) {
        if (stopAfterPages >= 0 && walk.pages.size() >= stopAfterPages)
            return false;
        walk.pages.append(page);
        return true;
    });
    return walk;
}

int chatRequestsFor(const fakes::FakeBlueskyServer &server, const QString &convoId)
{
    int count = 0;
    for (const auto &request : server.requests())
        if (request.path.endsWith("getMessages") && request.query.queryItemValue("convoId") == convoId)
            ++count;
    return count;
}

} // namespace

class TestBlueskyDirect : public QObject
{
    Q_OBJECT

private slots:
    void capabilitiesSayWhatBlueskyAllows();
    void syncReadsEveryConversationThroughTheChatProxy();
    void syncPagesThroughManyConversationsAndLongOnes();
    void syncResumesFromTheNewestMessageItSaw();
    void aStoppedSyncKeepsTheStoredCursor();
    void readsTheDocumentedShapes();
    void appPasswordWithoutDirectMessagesIsSaidInWords_data();
    void appPasswordWithoutDirectMessagesIsSaidInWords();
    void syncErrorsAreClassified_data();
    void syncErrorsAreClassified();
    void sendAnswersTheConversation();
    void sendErrorsAreSaid_data();
    void sendErrorsAreSaid();
    void sendWithNoAnswerIsUnconfirmed_data();
    void sendWithNoAnswerIsUnconfirmed();
};

void TestBlueskyDirect::capabilitiesSayWhatBlueskyAllows()
{
    const Capabilities caps = bluesky::capabilities();
    QVERIFY(caps.testFlag(Capability::DirectMessages));
    QVERIFY(caps.testFlag(Capability::HideComment));
    QVERIFY(caps.testFlag(Capability::DeleteComment));
    test::BlueskyHarness h;
    QVERIFY(h.signedIn()->directMessages() != nullptr);
}

void TestBlueskyDirect::syncReadsEveryConversationThroughTheChatProxy()
{
    test::BlueskyHarness h;
    const QString camille = h.server.addAccount("camille.patients.test", {}, "Camille Martin");
    const QString hugo = h.server.addAccount("hugo.patients.test");
    const QString first = h.server.startConvo({h.did, camille});
    const QString second = h.server.startConvo({h.did, hugo});
    const QString other = h.server.startConvo({camille, hugo}); // not the brand's
    const QString question = h.server.addChatMessage(first, camille, "Depuis que je prends ce traitement…");
    h.clock.advanceSecs(60);
    const QString answer = h.server.addChatMessage(first, h.did, "Pouvez-vous nous en dire plus ?");
    h.clock.advanceSecs(60);
    const QString hello = h.server.addChatMessage(second, hugo, "Bonjour");
    const QString gone = h.server.addChatMessage(second, hugo, "Oups");
    h.server.deleteChatMessage(second, gone);
    h.server.addChatMessage(other, camille, "pas pour la marque");

    const Walk walk = syncDirect(*h.signedIn(), {});
    QVERIFY2(walk.outcome.ok(), qPrintable(walk.outcome.describe()));
    const QStringList ids = walk.ids();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), (QSet<QString>{question, answer, hello}));
    QCOMPARE(ids.size(), 3);
    for (const RemoteMessage &m : walk.messages()) {
        QCOMPARE(m.kind, QString("dm"));
        QCOMPARE(m.rootRemoteId, "dm:" + (m.remoteId == hello ? second : first));
        QCOMPARE(m.fromAccount, m.remoteId == answer);
        QVERIFY(m.url.startsWith("https://bsky.app/messages/"));
    }
    const RemoteMessage q = walk.messages().at(ids.indexOf(question));
    QCOMPARE(q.author.handle, QString("camille.patients.test"));
    QCOMPARE(q.author.displayName, QString("Camille Martin"));
    QCOMPARE(q.text, QString("Depuis que je prends ce traitement…"));
    // Only the last page moves the cursor, to the newest message seen (the deleted one counts).
    for (qsizetype i = 0; i + 1 < walk.pages.size(); ++i)
        QVERIFY(walk.pages.at(i).cursorAfter.isEmpty());
    QCOMPARE(parseBlueskyDateTime(walk.cursor()), h.server.convo(second).messages.back().sentAt);
    // Every chat call went to the chat service.
    int chatCalls = 0;
    for (const auto &request : h.server.requests())
        if (request.path.startsWith("/xrpc/chat.bsky.")) {
            ++chatCalls;
            QCOMPARE(request.header("atproto-proxy"), QByteArray("did:web:api.bsky.chat#bsky_chat"));
        }
    QCOMPARE(chatCalls, 3); // listConvos + getMessages for each of the brand's two conversations
}

void TestBlueskyDirect::syncPagesThroughManyConversationsAndLongOnes()
{
    test::BlueskyHarness h;
    QStringList expected;
    for (int i = 0; i < 130; ++i) {
        const QString person = h.server.addAccount(QString("p%1.patients.test").arg(i));
        const QString convo = h.server.startConvo({h.did, person});
        const int count = i == 7 ? 230 : 1; // one long conversation: three pages of messages
        for (int m = 0; m < count; ++m)
            expected << h.server.addChatMessage(convo, person, QString("message %1/%2").arg(i).arg(m));
        h.clock.advanceSecs(1);
    }
    const Walk walk = syncDirect(*h.signedIn(), {});
    QVERIFY2(walk.outcome.ok(), qPrintable(walk.outcome.describe()));
    QStringList got = walk.ids();
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(QSet<QString>(got.cbegin(), got.cend()), QSet<QString>(expected.cbegin(), expected.cend()));
    QCOMPARE(h.server.requestCount("GET", kListConvos), 2); // 100 + 30
    QCOMPARE(h.server.requestCount("GET", kGetMessages), 129 + 3);
    // Within a page, oldest first (the service answers newest first).
    const InboxPage &longPage = walk.pages.at(7);
    QVERIFY(longPage.messages.first().createdAt <= longPage.messages.last().createdAt);
}

void TestBlueskyDirect::syncResumesFromTheNewestMessageItSaw()
{
    test::BlueskyHarness h;
    const QString camille = h.server.addAccount("camille.patients.test");
    const QString hugo = h.server.addAccount("hugo.patients.test");
    const QString quiet = h.server.startConvo({h.did, camille});
    const QString busy = h.server.startConvo({h.did, hugo});
    h.server.addChatMessage(quiet, camille, "Question");
    h.clock.advanceSecs(10);
    const QString last = h.server.addChatMessage(busy, hugo, "Bonjour");
    auto adapter = h.signedIn();
    const Walk first = syncDirect(*adapter, {});
    QVERIFY(first.outcome.ok());

    h.clock.advanceSecs(30);
    const QString later = h.server.addChatMessage(busy, hugo, "J'ai oublié de dire…");
    h.server.clearRequests();
    const Walk second = syncDirect(*adapter, first.cursor());
    QVERIFY(second.outcome.ok());
    // The message at the cursor comes again (the store drops it), the new one follows.
    QCOMPARE(second.ids(), (QStringList{last, later}));
    QCOMPARE(chatRequestsFor(h.server, quiet), 0); // nothing new there: not read
    QCOMPARE(chatRequestsFor(h.server, busy), 1);
    QCOMPARE(parseBlueskyDateTime(second.cursor()), h.server.convo(busy).messages.back().sentAt);

    h.server.clearRequests();
    const Walk third = syncDirect(*adapter, second.cursor());
    QVERIFY(third.outcome.ok());
    QCOMPARE(third.ids(), QStringList{later});
    QCOMPARE(third.cursor(), second.cursor());
}

void TestBlueskyDirect::aStoppedSyncKeepsTheStoredCursor()
{
    test::BlueskyHarness h;
    const QString camille = h.server.addAccount("camille.patients.test");
    const QString convo = h.server.startConvo({h.did, camille});
    h.server.addChatMessage(convo, camille, "Un");
    const Walk stopped = syncDirect(*h.signedIn(), "2025-03-01T00:00:00.000Z", 0);
    QCOMPARE(stopped.outcome.kind, OutcomeKind::Transient);
    QVERIFY(stopped.pages.isEmpty()); // nothing stored: the next sync starts from the same cursor

    h.server.injectFault("GET", kGetMessages, Fault{FaultKind::Status, 502, "<html>Bad gateway</html>", {}});
    const Walk failed = syncDirect(*h.signedIn(), "2025-03-01T00:00:00.000Z");
    QCOMPARE(failed.outcome.kind, OutcomeKind::Transient);
    QVERIFY(failed.cursor().isEmpty());
}

void TestBlueskyDirect::readsTheDocumentedShapes()
{
    test::BlueskyHarness h;
    auto replaceDid = [&](QByteArray body) {
        return body.replace("did:plc:vigiebrandexample00000000", h.did.toLatin1());
    };
    h.server.injectFault(
        "GET", kListConvos,
        Fault{FaultKind::Status, 200, replaceDid(test::readTestData("chat-listConvos.json")), {}});
    h.server.injectFault("GET", kListConvos, Fault{FaultKind::Status, 200, "{\"convos\": []}", {}});
    h.server.injectFault(
        "GET", kGetMessages,
        Fault{FaultKind::Status, 200, replaceDid(test::readTestData("chat-getMessages.json")), {}});
    // From a cursor after the second conversation's last message: only the first is read.
    const Walk walk = syncDirect(*h.signedIn(), "2024-09-10T00:00:00.000Z");
    QVERIFY2(walk.outcome.ok(), qPrintable(walk.outcome.describe()));
    QCOMPARE(h.server.requestCount("GET", kListConvos), 2); // the cursor leads to an empty page
    QCOMPARE(h.server.requestCount("GET", kGetMessages), 1);
    const auto messages = walk.messages();
    QCOMPARE(messages.size(), 3); // the deleted one has no text
    QCOMPARE(messages.at(0).remoteId, QString("3l4ghtb6kzk2b"));
    QCOMPARE(messages.at(0).author.handle, QString("camille.patients.test"));
    QCOMPARE(messages.at(0).createdAt, QDateTime(QDate(2024, 9, 10), QTime(7, 58, 31, 702), Qt::UTC));
    QVERIFY(messages.at(0).text.contains("maux de tête"));
    QVERIFY(messages.at(1).fromAccount);
    QCOMPARE(messages.at(1).author.handle, QString("vigie.test"));
    QCOMPARE(messages.at(2).rootRemoteId, QString("dm:3ksrqt7eebs2b"));
    QCOMPARE(walk.cursor(), QString("2024-09-10T08:15:42.118Z"));
}

void TestBlueskyDirect::appPasswordWithoutDirectMessagesIsSaidInWords_data()
{
    QTest::addColumn<QString>("serverWords");
    QTest::newRow("current PDS") << "Bad token method";
    QTest::newRow("older PDS") << "Bad token scope";
}

void TestBlueskyDirect::appPasswordWithoutDirectMessagesIsSaidInWords()
{
    QFETCH(QString, serverWords);
    test::BlueskyHarness h;
    h.server.setChatAllowed(h.did, false);
    const QString camille = h.server.addAccount("camille.patients.test");
    const QString convo = h.server.startConvo({h.did, camille});
    h.server.addChatMessage(convo, camille, "Bonjour");
    if (serverWords != "Bad token method")
        h.server.injectFault(
            "GET", kListConvos,
            Fault{FaultKind::Status,
                  400,
                  QString("{\"error\":\"InvalidToken\",\"message\":\"%1\"}").arg(serverWords).toUtf8(),
                  {}});
    auto adapter = h.signedIn();
    const Walk walk = syncDirect(*adapter, {});
    QCOMPARE(walk.outcome.kind, OutcomeKind::Permanent); // never "reconnect the account"
    QCOMPARE(walk.outcome.serverMessage,
             QString("This app password cannot read direct messages: create one with 'Allow access to your "
                     "direct messages'"));
    QVERIFY(walk.pages.isEmpty());
    QCOMPARE(h.server.requestCount("POST", kRefreshSession), 0);
    QCOMPARE(h.server.requestCount("POST", kCreateSession), 0);

    const auto sent = adapter->sendDirectMessage(convo, "Bonjour");
    QCOMPARE(sent.outcome.kind, OutcomeKind::Permanent);
    QVERIFY(sent.outcome.serverMessage.startsWith("This app password cannot send direct messages"));
}

void TestBlueskyDirect::syncErrorsAreClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("faultKind");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("expected");
    QTest::newRow("401 even after signing in again")
        << 401 << QByteArray("{\"error\":\"AuthRequired\",\"message\":\"Authentication Required\"}")
        << int(FaultKind::Status) << 5 << int(OutcomeKind::AuthExpired);
    QTest::newRow("429") << 429
                         << QByteArray(
                                "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")
                         << int(FaultKind::Status) << 1 << int(OutcomeKind::RateLimited);
    QTest::newRow("502 proxy page") << 502 << QByteArray("<html>Bad gateway</html>") << int(FaultKind::Status)
                                    << 1 << int(OutcomeKind::Transient);
    QTest::newRow("200 cut short") << 200 << QByteArray() << int(FaultKind::Malformed) << 1
                                   << int(OutcomeKind::Transient);
    QTest::newRow("no answer") << 0 << QByteArray() << int(FaultKind::HangBefore) << 1
                               << int(OutcomeKind::Transient);
}

void TestBlueskyDirect::syncErrorsAreClassified()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, faultKind);
    QFETCH(int, times);
    QFETCH(int, expected);
    test::BlueskyHarness h;
    h.http = std::make_unique<HttpTransport>(h.manager, h.url, std::chrono::milliseconds(400));
    const QString camille = h.server.addAccount("camille.patients.test");
    h.server.addChatMessage(h.server.startConvo({h.did, camille}), camille, "Bonjour");
    Fault fault{FaultKind(faultKind), status, body, {}};
    if (status == 429)
        fault.headers = {
            {"RateLimit-Limit", "3000"},
            {"RateLimit-Remaining", "0"},
            {"RateLimit-Reset", QByteArray::number(h.clock.now().addSecs(120).toSecsSinceEpoch())}};
    h.server.injectFault("GET", kGetMessages, fault, times);
    const Walk walk = syncDirect(*h.signedIn(), {});
    QCOMPARE(int(walk.outcome.kind), expected);
    QVERIFY(walk.cursor().isEmpty()); // the stored cursor stays where it was
    if (status == 429)
        QCOMPARE(walk.outcome.retryAt, h.clock.now().addSecs(120));
}

void TestBlueskyDirect::sendAnswersTheConversation()
{
    test::BlueskyHarness h;
    const QString camille = h.server.addAccount("camille.patients.test");
    const QString convo = h.server.startConvo({h.did, camille});
    h.server.addChatMessage(convo, camille, "Bonjour, j'ai une question");
    auto adapter = h.signedIn();
    const auto sent = adapter->sendDirectMessage(convo, "Merci : notre formulaire https://vigie.example/pv");
    QVERIFY2(sent.ok(), qPrintable(sent.outcome.describe()));
    const auto stored = h.server.convo(convo).messages.back();
    QCOMPARE(sent.value.remoteId, stored.id);
    QCOMPARE(stored.senderDid, h.did);
    QCOMPARE(stored.text, QString("Merci : notre formulaire https://vigie.example/pv"));
    QCOMPARE(stored.facets.size(), 1); // the link is clickable
    QCOMPARE(sent.value.url, "https://bsky.app/messages/" + convo);
    QCOMPARE(sent.value.createdAt, stored.sentAt);
    QCOMPARE(h.server.requests().last().header("atproto-proxy"),
             QByteArray("did:web:api.bsky.chat#bsky_chat"));
    // The next sync sees it as the account's own.
    const Walk walk = syncDirect(*adapter, {});
    QVERIFY(walk.messages().last().fromAccount);
}

void TestBlueskyDirect::sendErrorsAreSaid_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("requests");
    QTest::newRow("unknown conversation")
        << "unknown" << int(OutcomeKind::Permanent) << "no longer exists" << 1;
    QTest::newRow("locked conversation") << "locked" << int(OutcomeKind::Permanent) << "locked" << 1;
    QTest::newRow("too long") << "long" << int(OutcomeKind::Validation) << "at most 1000" << 0;
    QTest::newRow("rate limited") << "429" << int(OutcomeKind::RateLimited) << "" << 1;
    QTest::newRow("server error") << "500" << int(OutcomeKind::Transient) << "" << 1;
}

void TestBlueskyDirect::sendErrorsAreSaid()
{
    QFETCH(QString, situation);
    QFETCH(int, expected);
    QFETCH(QString, words);
    QFETCH(int, requests);
    test::BlueskyHarness h;
    const QString camille = h.server.addAccount("camille.patients.test");
    QString convo = h.server.startConvo({h.did, camille});
    QString text = "Bonjour";
    if (situation == "unknown")
        convo = "3kzzzzzzzzzzz";
    else if (situation == "locked")
        h.server.lockConvo(convo);
    else if (situation == "long")
        text = QString(1001, QChar('a'));
    else if (situation == "429")
        h.server.injectFault("POST", kSendMessage,
                             Fault{FaultKind::Status,
                                   429,
                                   "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}",
                                   {{"Retry-After", "30"}}});
    else if (situation == "500")
        h.server.injectFault("POST", kSendMessage, Fault{});
    const auto sent = h.signedIn()->sendDirectMessage(convo, text);
    QCOMPARE(int(sent.outcome.kind), expected);
    QVERIFY2(sent.outcome.describe().contains(words), qPrintable(sent.outcome.describe()));
    QCOMPARE(h.server.requestCount("POST", kSendMessage), requests);
    if (situation != "unknown")
        QCOMPARE(h.server.convo(convo).messages.size(), size_t(0)); // nothing sent
}

void TestBlueskyDirect::sendWithNoAnswerIsUnconfirmed_data()
{
    QTest::addColumn<int>("faultKind");
    QTest::newRow("hang after accepting") << int(FaultKind::HangAfterAct);
    QTest::newRow("200 cut short") << int(FaultKind::Malformed);
}

void TestBlueskyDirect::sendWithNoAnswerIsUnconfirmed()
{
    QFETCH(int, faultKind);
    test::BlueskyHarness h;
    h.http = std::make_unique<HttpTransport>(h.manager, h.url, std::chrono::milliseconds(400));
    const QString camille = h.server.addAccount("camille.patients.test");
    const QString convo = h.server.startConvo({h.did, camille});
    h.server.injectFault("POST", kSendMessage, Fault{FaultKind(faultKind), 0, {}, {}});
    const auto sent = h.signedIn()->sendDirectMessage(convo, "Bonjour");
    QCOMPARE(sent.outcome.kind, OutcomeKind::Unconfirmed);
    QCOMPARE(h.server.convo(convo).messages.size(), size_t(1)); // it did go: never resend blindly
}

QTEST_GUILESS_MAIN(TestBlueskyDirect)
#include "tst_blueskydirect.moc"
