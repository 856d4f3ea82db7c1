// Hiding and deleting on Bluesky against the fake PDS: a hidden reply joins hiddenReplies of the
// root post's threadgate (same record key), who may reply stays as it was, a second hide keeps
// the first, a gate changed meanwhile is read again; replies in others' threads, root posts and
// direct messages are refused in words; and the errors of the new calls.
#include "blueskyharness.h"

#include <QJsonArray>
#include <QTest>

using namespace vigie;
using namespace vigie::platforms;
using namespace vigie::platforms::bluesky;
using vigie::fakes::Fault;
using vigie::fakes::FaultKind;

namespace {

const QString kThreadgate = QStringLiteral("app.bsky.feed.threadgate");
const QString kPutRecord = QStringLiteral("/xrpc/com\\.atproto\\.repo\\.putRecord");
const QString kGetRecord = QStringLiteral("/xrpc/com\\.atproto\\.repo\\.getRecord");

std::optional<QJsonObject> gateOf(const test::BlueskyHarness &h, const QString &rootUri)
{
    const auto root = AtUri::parse(rootUri);
    const auto record = h.server.record(AtUri{h.did, kThreadgate, root->rkey}.toString());
    if (!record)
        return std::nullopt;
    return record->value;
}

QStringList hiddenOf(const QJsonObject &gate)
{
    QStringList out;
    for (const QJsonValue &uri : gate.value("hiddenReplies").toArray())
        out << uri.toString();
    return out;
}

// The brand's post with replies from a patient.
struct Thread
{
    QString post;
    QString patient;
    QString reply;
    QString secondReply;
    QString nested; // a reply to the first reply
};

Thread seedThread(test::BlueskyHarness &h)
{
    Thread t;
    t.patient = h.server.addAccount("camille.patients.test");
    t.post = h.server.createPost(h.did, "Notre campagne de prévention");
    t.reply = h.server.createPost(t.patient, "Arnaque !", t.post);
    t.secondReply = h.server.createPost(t.patient, "Vraiment nul", t.post);
    t.nested = h.server.createPost(t.patient, "Et je le répète", t.reply);
    return t;
}

} // namespace

class TestBlueskyModeration : public QObject
{
    Q_OBJECT

private slots:
    void hidingCreatesAThreadgateThatLetsEveryoneReply();
    void hidingKeepsWhoMayReplyAndWhatWasHidden();
    void aNestedReplyIsHiddenInTheRootsGate();
    void hidingTwiceWritesOnce();
    void aGateChangedMeanwhileIsReadAgain();
    void whatBlueskyCannotHideIsSaid_data();
    void whatBlueskyCannotHideIsSaid();
    void fiftyHiddenRepliesIsTheLimit();
    void hideErrorsAreClassified_data();
    void hideErrorsAreClassified();
    void deletesTheAccountsOwnReplyOnly();
};

void TestBlueskyModeration::hidingCreatesAThreadgateThatLetsEveryoneReply()
{
    test::BlueskyHarness h;
    const Thread t = seedThread(h);
    QVERIFY(!gateOf(h, t.post));
    const Outcome hidden = h.signedIn()->hideComment(t.reply);
    QVERIFY2(hidden.ok(), qPrintable(hidden.describe()));
    const auto gate = gateOf(h, t.post);
    QVERIFY(gate);
    QCOMPARE(gate->value("$type").toString(), kThreadgate);
    QCOMPARE(gate->value("post").toString(), t.post);
    QCOMPARE(hiddenOf(*gate), QStringList{t.reply});
    QVERIFY(!gate->contains("allow")); // an empty allow list would stop everyone replying
    QCOMPARE(QDateTime::fromString(gate->value("createdAt").toString(), Qt::ISODateWithMs), h.clock.now());
    QVERIFY(h.server.record(t.reply)); // the reply itself is untouched (it is not ours)
    // What the AppView shows on the root post from now on.
    const auto root = h.signedIn()->getPosts({t.post});
    QVERIFY(root.ok());
    QCOMPARE(root.value.first().value("threadgate").toObject().value("record").toObject(), *gate);
}

void TestBlueskyModeration::hidingKeepsWhoMayReplyAndWhatWasHidden()
{
    test::BlueskyHarness h;
    const Thread t = seedThread(h);
    // A gate set in the Bluesky app: mentioned people and followed accounts may reply.
    const QJsonArray allow{QJsonObject{{"$type", "app.bsky.feed.threadgate#mentionRule"}},
                           QJsonObject{{"$type", "app.bsky.feed.threadgate#followingRule"}}};
    h.server.writeRecord(
        h.did, kThreadgate, AtUri::parse(t.post)->rkey,
        QJsonObject{{"post", t.post}, {"allow", allow}, {"createdAt", "2025-01-02T03:04:05.000Z"}});
    auto adapter = h.signedIn();
    QVERIFY(adapter->hideComment(t.reply).ok());
    QVERIFY(adapter->hideComment(t.secondReply).ok());
    const auto gate = gateOf(h, t.post);
    QCOMPARE(gate->value("allow").toArray(), allow);
    QCOMPARE(gate->value("createdAt").toString(), QString("2025-01-02T03:04:05.000Z"));
    QCOMPARE(hiddenOf(*gate), (QStringList{t.reply, t.secondReply})); // the second kept the first
    // Each write swapped on what it read.
    QStringList swaps;
    for (const auto &request : h.server.requests())
        if (request.path.endsWith("putRecord"))
            swaps << request.json().toObject().value("swapRecord").toString();
    QCOMPARE(swaps.size(), 2);
    QVERIFY(!swaps.at(0).isEmpty());
    QVERIFY(swaps.at(0) != swaps.at(1));
}

void TestBlueskyModeration::aNestedReplyIsHiddenInTheRootsGate()
{
    test::BlueskyHarness h;
    const Thread t = seedThread(h);
    QVERIFY(h.signedIn()->hideComment(t.nested).ok());
    QCOMPARE(hiddenOf(*gateOf(h, t.post)), QStringList{t.nested});
    QCOMPARE(h.server.records(kThreadgate).size(), 1); // under the root, never under its parent
}

void TestBlueskyModeration::hidingTwiceWritesOnce()
{
    test::BlueskyHarness h;
    const Thread t = seedThread(h);
    auto adapter = h.signedIn();
    QVERIFY(adapter->hideComment(t.reply).ok());
    QVERIFY(adapter->hideComment(t.reply).ok());
    QCOMPARE(h.server.requestCount("POST", kPutRecord), 1);
    QCOMPARE(hiddenOf(*gateOf(h, t.post)), QStringList{t.reply});
}

void TestBlueskyModeration::aGateChangedMeanwhileIsReadAgain()
{
    test::BlueskyHarness h;
    const Thread t = seedThread(h);
    auto adapter = h.signedIn();
    QVERIFY(adapter->hideComment(t.reply).ok());
    // Another client's write lands between Vigie's read and its write.
    h.server.injectFault("POST", kPutRecord,
                         Fault{FaultKind::Status,
                               400,
                               "{\"error\":\"InvalidSwap\",\"message\":\"Record was at bafyreiother\"}",
                               {}});
    const Outcome hidden = adapter->hideComment(t.secondReply);
    QVERIFY2(hidden.ok(), qPrintable(hidden.describe()));
    QCOMPARE(h.server.requestCount("POST", kPutRecord), 3);
    QCOMPARE(hiddenOf(*gateOf(h, t.post)), (QStringList{t.reply, t.secondReply}));
}

void TestBlueskyModeration::whatBlueskyCannotHideIsSaid_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("words");
    QTest::newRow("reply in someone else's thread") << "foreign"
                                                    << "only in threads it started";
    QTest::newRow("a post that starts a thread") << "root"
                                                 << "starts a thread of its own";
    QTest::newRow("a direct message") << "dm"
                                      << "not direct messages";
    QTest::newRow("a reply deleted since") << "deleted"
                                           << "no longer exists";
}

void TestBlueskyModeration::whatBlueskyCannotHideIsSaid()
{
    QFETCH(QString, target);
    QFETCH(QString, words);
    test::BlueskyHarness h;
    const Thread t = seedThread(h);
    QString remoteId;
    if (target == "foreign") {
        const QString theirs = h.server.createPost(t.patient, "Mon fil à moi");
        remoteId = h.server.createPost(t.patient, "Une réponse chez moi", theirs);
    } else if (target == "root") {
        remoteId = h.server.createPost(t.patient, "@vigie.test une mention");
    } else if (target == "dm") {
        remoteId = "msg000042";
    } else {
        remoteId = t.reply;
        h.server.removeRecord(t.reply);
    }
    const Outcome hidden = h.signedIn()->hideComment(remoteId);
    QCOMPARE(hidden.kind, OutcomeKind::Permanent);
    QVERIFY2(hidden.serverMessage.contains(words), qPrintable(hidden.serverMessage));
    QCOMPARE(h.server.requestCount("POST", kPutRecord), 0);
    QVERIFY(h.server.records(kThreadgate).isEmpty());
}

void TestBlueskyModeration::fiftyHiddenRepliesIsTheLimit()
{
    test::BlueskyHarness h;
    const Thread t = seedThread(h);
    QJsonArray hidden;
    for (int i = 0; i < 50; ++i)
        hidden.append(
            QString("at://%1/app.bsky.feed.post/3lcrowd%2").arg(t.patient).arg(i, 6, 10, QChar('a')));
    h.server.writeRecord(
        h.did, kThreadgate, AtUri::parse(t.post)->rkey,
        QJsonObject{{"post", t.post}, {"hiddenReplies", hidden}, {"createdAt", "2025-01-02T03:04:05.000Z"}});
    const Outcome outcome = h.signedIn()->hideComment(t.reply);
    QCOMPARE(outcome.kind, OutcomeKind::Validation);
    QVERIFY(outcome.serverMessage.contains("at most 50"));
    QCOMPARE(h.server.requestCount("POST", kPutRecord), 0);
}

void TestBlueskyModeration::hideErrorsAreClassified_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("faultKind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("written");
    QTest::newRow("reading the gate: 500")
        << QByteArray("GET") << kGetRecord << int(FaultKind::Status) << 500
        << QByteArray("{\"error\":\"InternalServerError\",\"message\":\"Internal Server Error\"}")
        << int(OutcomeKind::Transient) << false;
    QTest::newRow("reading the gate: cut short")
        << QByteArray("GET") << kGetRecord << int(FaultKind::Malformed) << 0 << QByteArray()
        << int(OutcomeKind::Transient) << false;
    QTest::newRow("writing: 429")
        << QByteArray("POST") << kPutRecord << int(FaultKind::Status) << 429
        << QByteArray("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")
        << int(OutcomeKind::RateLimited) << false;
    QTest::newRow("writing: 401 twice")
        << QByteArray("POST") << kPutRecord << int(FaultKind::Status) << 401
        << QByteArray("{\"error\":\"AuthRequired\",\"message\":\"Authentication Required\"}")
        << int(OutcomeKind::AuthExpired) << false;
    QTest::newRow("writing: no answer") << QByteArray("POST") << kPutRecord << int(FaultKind::HangAfterAct)
                                        << 0 << QByteArray() << int(OutcomeKind::Unconfirmed) << true;
}

void TestBlueskyModeration::hideErrorsAreClassified()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, faultKind);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, expected);
    QFETCH(bool, written);
    test::BlueskyHarness h;
    h.http = std::make_unique<HttpTransport>(h.manager, h.url, std::chrono::milliseconds(400));
    const Thread t = seedThread(h);
    h.server.injectFault(method, path, Fault{FaultKind(faultKind), status, body, {}}, 2);
    const Outcome outcome = h.signedIn()->hideComment(t.reply);
    QCOMPARE(int(outcome.kind), expected);
    QCOMPARE(bool(gateOf(h, t.post)), written);
}

void TestBlueskyModeration::deletesTheAccountsOwnReplyOnly()
{
    test::BlueskyHarness h;
    const Thread t = seedThread(h);
    const QString ours = h.server.createPost(h.did, "Merci pour votre message", t.reply);
    auto adapter = h.signedIn();
    QVERIFY(adapter->deleteComment(ours).ok());
    QVERIFY(!h.server.record(ours));
    const Outcome theirs = adapter->deleteComment(t.reply);
    QCOMPARE(theirs.kind, OutcomeKind::Permanent);
    QVERIFY(h.server.record(t.reply));
    const Outcome dm = adapter->deleteComment("msg000042");
    QCOMPARE(dm.kind, OutcomeKind::Permanent);
    QVERIFY(dm.serverMessage.contains("direct message"));
}

QTEST_GUILESS_MAIN(TestBlueskyModeration)
#include "tst_blueskymoderation.moc"
