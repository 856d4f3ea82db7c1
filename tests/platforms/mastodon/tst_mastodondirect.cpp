// Mastodon direct messages (conversations) and moderation against the fake instance: the sync
// pages forward over the conversations' last status ids and resumes from its cursor, every
// message of a conversation lands in "dm:<id>", answers go to the conversation as direct
// statuses naming every participant; deleting works on the account's own statuses; hiding is
// refused in words; and every error the new calls can meet.
#include "mastodonrig.h"

#include <QJsonArray>

using namespace vigie;
using namespace vigie::platforms;

namespace {

struct SyncRun
{
    Outcome outcome;
    QList<InboxPage> pages;
    QList<RemoteMessage> messages() const
    {
        QList<RemoteMessage> all;
        for (const auto &page : pages)
            all << page.messages;
        return all;
    }
    QStringList ids() const
    {
        QStringList out;
        for (const auto &m : messages())
            out << m.remoteId;
        return out;
    }
    QString lastCursor() const { return pages.isEmpty() ? QString() : pages.last().cursorAfter; }
};

SyncRun syncDirect(mastodon::MastodonAdapter &adapter, const QString &cursor, int stopAfterPages = -1)
{
    SyncRun run;
    run.outcome = adapter.syncDirectMessages(cursor, [&](const InboxPage &page) {
        if (stopAfterPages >= 0 && run.pages.size() >= stopAfterPages)
            return false;
        run.pages << page;
        return true;
    });
    return run;
}

const QString kMarie = QStringLiteral("marie@piaille.fr");
const QString kPaul = QStringLiteral("paul@mamot.fr");

} // namespace

class TestMastodonDirect : public QObject
{
    Q_OBJECT

private slots:
    void capabilitiesSayWhatMastodonAllows();
    void syncReadsEveryConversationPageByPage();
    void syncResumesFromTheCursorAndRereadsOnlyBusyConversations();
    void aStoppedSyncResumesWhereTheLastStoredPageEnded();
    void publicStatusesOfAConversationStayOut();
    void directMentionsAreLeftToTheConversations();
    void documentationExampleReads();
    void sendAnswersTheConversationAndNamesEveryParticipant();
    void sendToAConversationThatIsGoneSaysSo();
    void syncErrorsAreClassified_data();
    void syncErrorsAreClassified();
    void sendErrorsAreClassified_data();
    void sendErrorsAreClassified();
    void sendWithNoAnswerIsUnconfirmed();
    void deletesOnlyTheAccountsOwnStatuses();
    void hidingIsRefusedInWords();
};

void TestMastodonDirect::capabilitiesSayWhatMastodonAllows()
{
    const Capabilities caps = mastodon::capabilities();
    QVERIFY(caps.testFlag(Capability::DirectMessages));
    QVERIFY(caps.testFlag(Capability::DeleteComment)); // the account's own statuses
    QVERIFY(!caps.testFlag(Capability::HideComment));
    test::MastodonRig rig;
    QVERIFY(rig.adapter()->directMessages() != nullptr);
}

void TestMastodonDirect::syncReadsEveryConversationPageByPage()
{
    test::MastodonRig rig;
    QStringList expected;
    QHash<QString, QString> conversationOf;
    // Five conversations, the third with the brand's answer and a follow-up.
    for (int i = 0; i < 5; ++i) {
        const QString author = QStringLiteral("patient%1@piaille.fr").arg(i);
        const QString first =
            rig.server.addDirectMessage(author, QStringLiteral("@vigie_brand question %1").arg(i));
        expected << first;
        if (i == 2) {
            const QString answer = rig.server.addDirectMessage(
                QStringLiteral("vigie_brand"), QStringLiteral("@%1 réponse").arg(author), first);
            const QString followUp =
                rig.server.addDirectMessage(author, QStringLiteral("@vigie_brand merci"), answer);
            expected << answer << followUp;
        }
    }
    for (const QString &id : std::as_const(expected))
        conversationOf.insert(id, rig.server.conversationIdOf(id));
    QCOMPARE(QSet<QString>(conversationOf.cbegin(), conversationOf.cend()).size(), 5);

    auto adapter = rig.adapter();
    adapter->setConversationPageSize(2);
    const SyncRun run = syncDirect(*adapter, {});
    QVERIFY2(run.outcome.ok(), qPrintable(run.outcome.describe()));
    QCOMPARE(run.pages.size(), 3); // 2 + 2 + 1 conversations
    QStringList got = run.ids();
    QCOMPARE(QSet<QString>(got.cbegin(), got.cend()), QSet<QString>(expected.cbegin(), expected.cend()));
    QCOMPARE(got.size(), expected.size()); // nothing twice
    for (const RemoteMessage &m : run.messages()) {
        QCOMPARE(m.kind, QStringLiteral("dm"));
        QCOMPARE(m.rootRemoteId, QStringLiteral("dm:") + conversationOf.value(m.remoteId));
        QCOMPARE(m.fromAccount, m.author.handle.startsWith(QStringLiteral("vigie_brand@")));
    }
    // Forward with min_id, from the oldest the server keeps.
    const QList<fakes::FakeRequest> &requests = rig.server.requests();
    QStringList minIds;
    for (const auto &r : requests)
        if (r.path == QLatin1String("/api/v1/conversations"))
            minIds << r.query.queryItemValue(QStringLiteral("min_id"));
    QCOMPARE(minIds.first(), QStringLiteral("0"));
    QCOMPARE(run.pages.first().cursorAfter, expected.at(1)); // page 1: questions 0 and 1
    QCOMPARE(run.pages.at(1).messages.size(), 4);            // page 2: the busy one (3) and question 3
    QCOMPARE(run.lastCursor(), expected.last());             // the newest last status
}

void TestMastodonDirect::syncResumesFromTheCursorAndRereadsOnlyBusyConversations()
{
    test::MastodonRig rig;
    const QString quiet = rig.server.addDirectMessage(kPaul, QStringLiteral("@vigie_brand une question"));
    const QString busy = rig.server.addDirectMessage(kMarie, QStringLiteral("@vigie_brand bonjour"));
    auto adapter = rig.adapter();
    const SyncRun first = syncDirect(*adapter, {});
    QVERIFY(first.outcome.ok());
    QCOMPARE(first.ids(), (QStringList{quiet, busy}));

    const QString later =
        rig.server.addDirectMessage(kMarie, QStringLiteral("@vigie_brand encore moi"), busy);
    const QString fresh = rig.server.addDirectMessage(QStringLiteral("luc@framapiaf.org"),
                                                      QStringLiteral("@vigie_brand salut"));
    rig.server.clearRequests();
    const SyncRun second = syncDirect(*adapter, first.lastCursor());
    QVERIFY(second.outcome.ok());
    const QStringList ids = second.ids();
    QVERIFY(ids.contains(later));
    QVERIFY(ids.contains(fresh));
    QVERIFY(!ids.contains(quiet)); // untouched since: not read again
    QCOMPARE(second.messages().at(ids.indexOf(later)).rootRemoteId,
             QStringLiteral("dm:") + rig.server.conversationIdOf(busy));
    QCOMPARE(second.lastCursor(), fresh);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/api/v1/statuses/%1/context").arg(quiet)), 0);

    // Nothing new: one request, no page.
    rig.server.clearRequests();
    const SyncRun third = syncDirect(*adapter, second.lastCursor());
    QVERIFY(third.outcome.ok());
    QVERIFY(third.pages.isEmpty());
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestMastodonDirect::aStoppedSyncResumesWhereTheLastStoredPageEnded()
{
    test::MastodonRig rig;
    QStringList ids;
    for (int i = 0; i < 4; ++i)
        ids << rig.server.addDirectMessage(QStringLiteral("p%1@piaille.fr").arg(i),
                                           QStringLiteral("@vigie_brand n°%1").arg(i));
    auto adapter = rig.adapter();
    adapter->setConversationPageSize(2);
    const SyncRun stopped = syncDirect(*adapter, {}, 1);
    QCOMPARE(stopped.outcome.kind, OutcomeKind::Transient);
    QCOMPARE(stopped.ids(), ids.mid(0, 2));
    const SyncRun rest = syncDirect(*adapter, stopped.lastCursor());
    QVERIFY(rest.outcome.ok());
    QCOMPARE(rest.ids(), ids.mid(2));
}

void TestMastodonDirect::publicStatusesOfAConversationStayOut()
{
    test::MastodonRig rig;
    const QString post = rig.server.addStatus(QStringLiteral("vigie_brand"), QStringLiteral("Campagne"));
    const QString dm = rig.server.addDirectMessage(kMarie, QStringLiteral("@vigie_brand en privé"), post);
    const SyncRun run = syncDirect(*rig.adapter(), {});
    QVERIFY(run.outcome.ok());
    QCOMPARE(run.ids(), QStringList{dm});
    QCOMPARE(run.messages().first().parentRemoteId, post); // still says what it answers
}

void TestMastodonDirect::directMentionsAreLeftToTheConversations()
{
    test::MastodonRig rig;
    const QString open = rig.server.addMention(kMarie, QStringLiteral("@vigie_brand en public"));
    const QString dm = rig.server.addDirectMessage(kMarie, QStringLiteral("@vigie_brand en privé"));
    auto adapter = rig.adapter();
    QStringList inbox;
    QVERIFY(adapter->syncInbox({}, [&](const InboxPage &page) {
        for (const auto &m : page.messages)
            inbox << m.remoteId;
        return true;
    }));
    QCOMPARE(inbox, QStringList{open}); // the direct one would split its conversation in two
    QCOMPARE(syncDirect(*adapter, {}).ids(), QStringList{dm});
}

void TestMastodonDirect::documentationExampleReads()
{
    // The documentation's example (limit=2, with its Link header), statuses completed with the
    // Status entity's fields; the fake knows none of them, so /context answers 404.
    test::MastodonRig rig;
    fakes::Fault example;
    example.status = 200;
    example.body = test::mastodonFixture("conversations.json");
    example.headers = {{"Link",
                        "<https://mastodon.social/api/v1/conversations?limit=2&max_id=108835003356700379>; "
                        "rel=\"next\", <https://mastodon.social/api/v1/conversations?limit=2&min_id="
                        "108888782724768580>; rel=\"prev\""}};
    rig.server.injectFault("GET", QStringLiteral("/api/v1/conversations"), example);
    auto adapter = rig.adapter();
    const SyncRun run = syncDirect(*adapter, {});
    QVERIFY2(run.outcome.ok(), qPrintable(run.outcome.describe()));
    const QList<RemoteMessage> messages = run.messages();
    QCOMPARE(messages.size(), 2);
    // Oldest conversation (by last status) first.
    QCOMPARE(messages.at(0).remoteId, QStringLiteral("103195253010396431"));
    QCOMPARE(messages.at(0).rootRemoteId, QStringLiteral("dm:418374"));
    QCOMPARE(messages.at(0).author.handle, QStringLiteral("freon@letsalllovela.in"));
    QCOMPARE(messages.at(0).text, QStringLiteral("@Gargron ok, I'll try that"));
    QCOMPARE(messages.at(1).rootRemoteId, QStringLiteral("dm:418450"));
    QCOMPARE(messages.at(1).parentRemoteId, QStringLiteral("103196540587943467"));
    QCOMPARE(run.pages.first().cursorAfter, QStringLiteral("103196583826321184"));
}

void TestMastodonDirect::sendAnswersTheConversationAndNamesEveryParticipant()
{
    test::MastodonRig rig;
    // A conversation with two people (Marie wrote to the brand and Paul).
    const QString question = rig.server.addDirectMessage(
        kMarie, QStringLiteral("@vigie_brand @paul@mamot.fr mon fils a de la fièvre"));
    const QString conversation = rig.server.conversationIdOf(question);
    QVERIFY(!conversation.isEmpty());
    auto adapter = rig.adapter();
    const QString key = QStringLiteral("local:6f1c2a4e-reply");
    const auto sent = adapter->sendDirectMessage(
        conversation, QStringLiteral("Merci, @paul@mamot.fr : nous vous écrivons."), key);
    QVERIFY2(sent.ok(), qPrintable(sent.outcome.describe()));
    QCOMPARE(rig.server.requests().last().header("idempotency-key"), key.toUtf8());
    const fakes::FakeMastodonStatus status = rig.server.status(sent.value.remoteId);
    QCOMPARE(status.visibility, QStringLiteral("direct"));
    QCOMPARE(status.inReplyToId, question);
    QVERIFY(status.text.startsWith(QStringLiteral("@marie@piaille.fr ")));    // named once
    QCOMPARE(status.text.count(QStringLiteral("@paul@mamot.fr")), 1);         // already there
    QCOMPARE(rig.server.conversationIdOf(sent.value.remoteId), conversation); // same thread
    QVERIFY(!sent.value.url.isEmpty());
    // A retry of the same message (same key) is the same status, not a second one.
    const auto again = adapter->sendDirectMessage(
        conversation, QStringLiteral("Merci, @paul@mamot.fr : nous vous écrivons."), key);
    QVERIFY2(again.ok(), qPrintable(again.outcome.describe()));
    QCOMPARE(again.value.remoteId, sent.value.remoteId);
}

void TestMastodonDirect::sendToAConversationThatIsGoneSaysSo()
{
    test::MastodonRig rig;
    rig.server.addDirectMessage(kMarie, QStringLiteral("@vigie_brand bonjour"));
    const auto sent = rig.adapter()->sendDirectMessage(QStringLiteral("999999"), QStringLiteral("Bonjour"));
    QCOMPARE(sent.outcome.kind, OutcomeKind::Permanent);
    QVERIFY(
        sent.outcome.describe().contains(QStringLiteral("no longer among the account's direct messages")));
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/api/v1/statuses")), 0);
}

void TestMastodonDirect::syncErrorsAreClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("malformed");
    QTest::addColumn<int>("kind");
    QTest::newRow("401 token revoked") << 401 << QByteArray("{\"error\":\"The access token is invalid\"}")
                                       << false << int(OutcomeKind::AuthExpired);
    QTest::newRow("429 slow down") << 429 << QByteArray("{\"error\":\"Too many requests\"}") << false
                                   << int(OutcomeKind::RateLimited);
    QTest::newRow("503 maintenance") << 503 << QByteArray("<html>Service Unavailable</html>") << false
                                     << int(OutcomeKind::Transient);
    QTest::newRow("200 cut short") << 200 << QByteArray() << true << int(OutcomeKind::Transient);
}

void TestMastodonDirect::syncErrorsAreClassified()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, malformed);
    QFETCH(int, kind);
    test::MastodonRig rig;
    rig.server.addDirectMessage(kMarie, QStringLiteral("@vigie_brand bonjour"));
    fakes::Fault fault;
    fault.kind = malformed ? fakes::FaultKind::Malformed : fakes::FaultKind::Status;
    fault.status = status;
    fault.body = body;
    if (status == 429)
        fault.headers = {{"Retry-After", "90"}};
    rig.server.injectFault("GET", QStringLiteral("/api/v1/conversations"), fault);
    const SyncRun run = syncDirect(*rig.adapter(), {});
    QCOMPARE(int(run.outcome.kind), kind);
    QVERIFY(run.pages.isEmpty()); // nothing handed over, the cursor stays
    if (status == 429)
        QVERIFY(run.outcome.retryAt > QDateTime::currentDateTimeUtc().addSecs(80));
}

void TestMastodonDirect::sendErrorsAreClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("401") << 401 << QByteArray("{\"error\":\"The access token is invalid\"}")
                         << int(OutcomeKind::AuthExpired);
    QTest::newRow("422 too long")
        << 422 << QByteArray("{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}")
        << int(OutcomeKind::Validation);
    QTest::newRow("429") << 429 << QByteArray("{\"error\":\"Too many requests\"}")
                         << int(OutcomeKind::RateLimited);
    QTest::newRow("500") << 500 << QByteArray("{\"error\":\"Internal server error\"}")
                         << int(OutcomeKind::Transient);
}

void TestMastodonDirect::sendErrorsAreClassified()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    test::MastodonRig rig;
    const QString question = rig.server.addDirectMessage(kMarie, QStringLiteral("@vigie_brand bonjour"));
    fakes::Fault fault;
    fault.status = status;
    fault.body = body;
    rig.server.injectFault("POST", QStringLiteral("/api/v1/statuses"), fault);
    const auto sent =
        rig.adapter()->sendDirectMessage(rig.server.conversationIdOf(question), QStringLiteral("Bonjour"));
    QCOMPARE(int(sent.outcome.kind), kind);
    QCOMPARE(rig.server.statuses().size(), 0); // nothing published
}

void TestMastodonDirect::sendWithNoAnswerIsUnconfirmed()
{
    test::MastodonRig rig(std::chrono::milliseconds(400));
    const QString question = rig.server.addDirectMessage(kMarie, QStringLiteral("@vigie_brand bonjour"));
    fakes::Fault fault;
    fault.kind = fakes::FaultKind::HangAfterAct;
    rig.server.injectFault("POST", QStringLiteral("/api/v1/statuses"), fault);
    const auto sent =
        rig.adapter()->sendDirectMessage(rig.server.conversationIdOf(question), QStringLiteral("Bonjour"));
    QCOMPARE(sent.outcome.kind, OutcomeKind::Unconfirmed);
    QCOMPARE(rig.server.statuses().size(), 1); // it did reach the conversation: never resend blindly
}

void TestMastodonDirect::deletesOnlyTheAccountsOwnStatuses()
{
    test::MastodonRig rig;
    const QString question = rig.server.addDirectMessage(kMarie, QStringLiteral("@vigie_brand bonjour"));
    auto adapter = rig.adapter();
    const auto sent =
        adapter->sendDirectMessage(rig.server.conversationIdOf(question), QStringLiteral("Réponse"));
    QVERIFY(sent.ok());
    QVERIFY(adapter->deleteComment(sent.value.remoteId).ok());
    QVERIFY(!rig.server.hasStatus(sent.value.remoteId));

    const Outcome theirs = adapter->deleteComment(question);
    QCOMPARE(theirs.kind, OutcomeKind::Permanent);
    QCOMPARE(theirs.httpStatus, 404);
    QVERIFY(theirs.describe().contains(QStringLiteral("only the account's own statuses")));
    QVERIFY(rig.server.hasStatus(question));
}

void TestMastodonDirect::hidingIsRefusedInWords()
{
    test::MastodonRig rig;
    const QString mention = rig.server.addMention(kMarie, QStringLiteral("@vigie_brand bof"));
    const Outcome hidden = rig.adapter()->hideComment(mention);
    QCOMPARE(hidden.kind, OutcomeKind::Permanent);
    QCOMPARE(hidden.serverMessage,
             QStringLiteral("Mastodon does not let an account hide replies to its posts."));
    QCOMPARE(rig.server.requests().size(), 0); // nothing asked of the server
}

QTEST_GUILESS_MAIN(TestMastodonDirect)
#include "tst_mastodondirect.moc"
