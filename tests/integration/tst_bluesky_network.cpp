// Vigie's Bluesky adapter against a REAL local AT Protocol network: the reference
// implementation's PLC directory, PDS and AppView, started by the bluesky_network_up ctest
// fixture (scripts/network-up.sh). Two accounts are made on the PDS with plain XRPC calls
// (arrangement); everything Vigie does goes through its own adapter (createAdapter), and every
// check reads the result back from the network itself.
//
// The functions run in order and build on each other: a brand account publishes, a patient
// account replies, mentions and quotes, the brand reads its inbox, the thread, searches…
#include "localblueskynetwork.h"

#include "core/clock.h"
#include "platforms/registry/platformregistry.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace vigie;
using namespace vigie::platforms;
using vigie::test::AtUri;
using vigie::test::LocalBlueskyNetwork;
using vigie::test::NetworkAccount;

namespace {

const QString postCollection = QStringLiteral("app.bsky.feed.post");

QString describe(const Outcome &outcome)
{
    return QStringLiteral("%1 (HTTP %2, field \"%3\"): %4")
        .arg(outcomeKindKey(outcome.kind))
        .arg(outcome.httpStatus)
        .arg(outcome.field, outcome.serverMessage);
}

// Every function after the sign-in reuses its session tokens.
#define REQUIRE_SIGNED_IN()                                                                                  \
    QVERIFY2(!m_brandCredentials.accessToken.isEmpty() && !m_patientCredentials.accessToken.isEmpty(),       \
             "needs the sessions of signsInWithHandleAndAppPassword")

#define VERIFY_OK(outcome)                                                                                   \
    QVERIFY2((outcome).ok(), qPrintable(QStringLiteral("the adapter answered ") + describe(outcome)))

// The part of text a facet points at: facets count UTF-8 bytes, not QString's UTF-16 units.
QString facetSlice(const QString &text, const QJsonObject &facet)
{
    const QJsonObject index = facet.value(QStringLiteral("index")).toObject();
    const int start = index.value(QStringLiteral("byteStart")).toInt(-1);
    const int end = index.value(QStringLiteral("byteEnd")).toInt(-1);
    const QByteArray bytes = text.toUtf8();
    if (start < 0 || end <= start || end > bytes.size())
        return {};
    return QString::fromUtf8(bytes.mid(start, end - start));
}

// The first facet feature of the given type ("app.bsky.richtext.facet#mention") and its facet.
std::pair<QJsonObject, QJsonObject> findFeature(const QJsonObject &record, const QString &type)
{
    for (const QJsonValue &facet : record.value(QStringLiteral("facets")).toArray()) {
        for (const QJsonValue &feature : facet.toObject().value(QStringLiteral("features")).toArray()) {
            if (feature.toObject().value(QStringLiteral("$type")).toString() == type)
                return {feature.toObject(), facet.toObject()};
        }
    }
    return {};
}

QString replyRef(const QJsonObject &record, const char *which)
{
    return record.value(QStringLiteral("reply"))
        .toObject()
        .value(QLatin1String(which))
        .toObject()
        .value(QStringLiteral("uri"))
        .toString();
}

// One adapter with the transport it talks through (the context holds a reference to it).
struct Session
{
    std::unique_ptr<HttpTransport> http;
    std::unique_ptr<Adapter> adapter;
};

struct SyncResult
{
    Outcome outcome;
    QList<RemoteMessage> messages;
    QString cursor; // the last non-empty cursorAfter, what the caller would store
};

QList<RemoteMessage> withId(const QList<RemoteMessage> &messages, const QString &remoteId)
{
    QList<RemoteMessage> found;
    for (const RemoteMessage &message : messages)
        if (message.remoteId == remoteId)
            found.append(message);
    return found;
}

QString ids(const QList<RemoteMessage> &messages)
{
    QStringList list;
    for (const RemoteMessage &message : messages)
        list.append(message.kind + QLatin1Char(' ') + message.remoteId);
    return list.join(QStringLiteral(", "));
}

} // namespace

class TestBlueskyNetwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsInWithHandleAndAppPassword();
    void refusesAWrongAppPasswordAsAuthentication();
    void publishesAPostWithFacets();
    void repliesWithMentionsAndRootReferences();
    void inboxHasTheMentionReplyAndQuoteOnce();
    void nextSyncBringsOnlyWhatIsNew();
    void fetchesTheThread();
    void searchFindsPostsAndPages();
    void publishesAnImageWithAltText();
    void readsPostMetrics();
    void retryWithTheSameKeyCreatesOnePost();
    void refreshesTheSessionBeforeItExpires();

private:
    Session open(const NetworkAccount &account, const Credentials &credentials,
                 const Clock &clock = SystemClock::instance());
    SyncResult sync(Adapter &adapter, const QString &cursor);
    // Syncs from cursor until every id is in the result (the AppView indexes asynchronously).
    SyncResult syncUntil(Adapter &adapter, const QString &cursor, const QStringList &remoteIds);
    bool waitUntilIndexed(const QString &atUri);
    // The indexedAt of every notification the AppView holds for account, by post URI (read with
    // a plain XRPC call, not through the adapter).
    QMap<QString, QStringList> notificationTimes(const NetworkAccount &account);

    std::unique_ptr<LocalBlueskyNetwork> m_network;
    NetworkAccount m_brand;   // the account Vigie manages
    NetworkAccount m_patient; // someone who talks to it
    Credentials m_brandCredentials;
    Credentials m_patientCredentials;
    QString m_token; // a word no other run uses, to search for

    QString m_post;         // the brand's post
    QString m_mentionReply; // the patient's reply that mentions the brand
    QString m_plainReply;   // the patient's reply without a mention
    QString m_quote;        // the patient's quote of the post
    QString m_brandAnswer;  // the brand's answer to the mention reply
    QString m_mentionReplyText;
    QString m_inboxCursor;
};

Session TestBlueskyNetwork::open(const NetworkAccount &account, const Credentials &credentials,
                                 const Clock &clock)
{
    Session session;
    session.http =
        std::make_unique<HttpTransport>(m_network->manager(), m_network->pdsUrl(), std::chrono::seconds(30));
    session.adapter = createAdapter(
        Network::Bluesky, AdapterContext{*session.http, credentials, account.did, account.handle, clock});
    return session;
}

SyncResult TestBlueskyNetwork::sync(Adapter &adapter, const QString &cursor)
{
    SyncResult result;
    result.outcome = adapter.inboxReader()->syncInbox(cursor, [&](const InboxPage &page) {
        result.messages.append(page.messages);
        if (!page.cursorAfter.isEmpty())
            result.cursor = page.cursorAfter;
        return true;
    });
    return result;
}

SyncResult TestBlueskyNetwork::syncUntil(Adapter &adapter, const QString &cursor,
                                         const QStringList &remoteIds)
{
    SyncResult result;
    LocalBlueskyNetwork::waitFor([&] {
        result = sync(adapter, cursor);
        if (!result.outcome.ok())
            return true;
        for (const QString &id : remoteIds)
            if (withId(result.messages, id).isEmpty())
                return false;
        return true;
    });
    return result;
}

QMap<QString, QStringList> TestBlueskyNetwork::notificationTimes(const NetworkAccount &account)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100")); // a fresh account has fewer
    const test::XrpcReply reply = m_network->pdsGet(QStringLiteral("app.bsky.notification.listNotifications"),
                                                    query, account.accessJwt);
    QMap<QString, QStringList> times;
    for (const QJsonValue &value : reply.json.value(QStringLiteral("notifications")).toArray()) {
        const QJsonObject notification = value.toObject();
        times[notification.value(QStringLiteral("uri")).toString()].append(
            notification.value(QStringLiteral("indexedAt")).toString());
    }
    return times;
}

bool TestBlueskyNetwork::waitUntilIndexed(const QString &atUri)
{
    return LocalBlueskyNetwork::waitFor([&] { return !m_network->appViewPost(atUri).isEmpty(); });
}

void TestBlueskyNetwork::initTestCase()
{
    QString error;
    m_network = LocalBlueskyNetwork::fromEnvironment(&error);
    QVERIFY2(m_network, qPrintable(error));
    QVERIFY2(hasAdapter(Network::Bluesky), "this build has no Bluesky adapter (app/platforms/bluesky)");

    m_brand = m_network->createAccount(QStringLiteral("brand"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_patient = m_network->createAccount(QStringLiteral("patient"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Lowercase letters only: the dev AppView's search is a case-sensitive substring match.
    for (int i = 0; i < 10; ++i)
        m_token += QLatin1Char(char('a' + QRandomGenerator::global()->bounded(26)));
}

void TestBlueskyNetwork::signsInWithHandleAndAppPassword()
{
    for (NetworkAccount *account : {&m_brand, &m_patient}) {
        Credentials credentials;
        credentials.appPassword = account->appPassword;
        NetworkAccount beforeSignIn = *account;
        beforeSignIn.did.clear(); // Vigie does not know the DID before the first sign-in
        Session session = open(beforeSignIn, credentials);
        QVERIFY(session.adapter);

        const Result<AccountProfile> profile = session.adapter->signIn();
        VERIFY_OK(profile.outcome);
        QCOMPARE(profile.value.remoteUserId, account->did);
        QCOMPARE(profile.value.handle, account->handle);

        // The session tokens are handed back for the keychain; the app password is kept so
        // Vigie can sign in again when the refresh token expires.
        QVERIFY(session.adapter->credentialsChanged());
        const Credentials signedIn = session.adapter->credentials();
        QVERIFY(!signedIn.accessToken.isEmpty());
        QVERIFY(!signedIn.refreshToken.isEmpty());
        QCOMPARE(signedIn.appPassword, account->appPassword);
        (account == &m_brand ? m_brandCredentials : m_patientCredentials) = signedIn;
    }
}

void TestBlueskyNetwork::refusesAWrongAppPasswordAsAuthentication()
{
    Credentials wrong;
    wrong.appPassword = QStringLiteral("aaaa-bbbb-cccc-dddd");
    Session session = open(m_brand, wrong);
    const Result<AccountProfile> profile = session.adapter->signIn();
    // A definite refusal: the account needs reconnecting (not "try again later").
    QCOMPARE(outcomeKindKey(profile.outcome.kind), outcomeKindKey(OutcomeKind::AuthExpired));
}

void TestBlueskyNetwork::publishesAPostWithFacets()
{
    REQUIRE_SIGNED_IN();
    Session brand = open(m_brand, m_brandCredentials);
    const QString tag = QStringLiteral("vigie") + m_token;
    const QString link = QStringLiteral("https://example.org/notice-") + m_token;
    OutgoingPost post;
    post.text = QStringLiteral("Bonjour de Vigie 💊 nouvelle notice %1 #%2 %3").arg(m_token, tag, link);
    post.idempotencyKey = QStringLiteral("post-") + m_token;

    const Result<PublishedPost> published = brand.adapter->publisher()->publish(post);
    VERIFY_OK(published.outcome);
    const AtUri uri = AtUri::parse(published.value.remoteId);
    QCOMPARE(uri.did, m_brand.did);
    QCOMPARE(uri.collection, postCollection);
    QVERIFY2(published.value.url.contains(uri.rkey), qPrintable(published.value.url));
    QVERIFY(published.value.createdAt.isValid());
    m_post = published.value.remoteId;

    // What the PDS stored: the text as typed, and facets whose UTF-8 byte ranges cover the
    // hashtag and the link (an offset counted in UTF-16 units would be off after the emoji).
    const QJsonObject record = m_network->record(m_post);
    QCOMPARE(record.value(QStringLiteral("text")).toString(), post.text);
    const auto [tagFeature, tagFacet] = findFeature(record, QStringLiteral("app.bsky.richtext.facet#tag"));
    QCOMPARE(tagFeature.value(QStringLiteral("tag")).toString(), tag);
    QCOMPARE(facetSlice(post.text, tagFacet), QLatin1Char('#') + tag);
    const auto [linkFeature, linkFacet] = findFeature(record, QStringLiteral("app.bsky.richtext.facet#link"));
    QCOMPARE(linkFeature.value(QStringLiteral("uri")).toString(), link);
    QCOMPARE(facetSlice(post.text, linkFacet), link);
}

void TestBlueskyNetwork::repliesWithMentionsAndRootReferences()
{
    REQUIRE_SIGNED_IN();
    QVERIFY2(!m_post.isEmpty(), "needs the post published by publishesAPostWithFacets");
    // A reply sent before the AppView indexed its parent would be marked invalid.
    QVERIFY2(waitUntilIndexed(m_post), "the AppView never indexed the brand's post");
    const QString postCid = m_network->appViewPost(m_post).value(QStringLiteral("cid")).toString();

    Session patient = open(m_patient, m_patientCredentials);
    OutgoingPost mention;
    mention.text =
        QStringLiteral("Équipe 💊 @%1 merci ! Effets secondaires ? %2").arg(m_brand.handle, m_token);
    mention.inReplyToRemoteId = m_post;
    mention.idempotencyKey = QStringLiteral("mention-") + m_token;
    const Result<PublishedPost> reply = patient.adapter->publisher()->publish(mention);
    VERIFY_OK(reply.outcome);
    m_mentionReply = reply.value.remoteId;
    m_mentionReplyText = mention.text;

    // A reply through the Engagement interface, without a mention.
    OutgoingPost plain;
    plain.text = QStringLiteral("Et pour les enfants ? %1").arg(m_token);
    plain.inReplyToRemoteId = m_post;
    plain.idempotencyKey = QStringLiteral("plain-") + m_token;
    const Result<PublishedPost> plainReply = patient.adapter->engagement()->reply(m_post, plain);
    VERIFY_OK(plainReply.outcome);
    m_plainReply = plainReply.value.remoteId;

    // The brand answers the mention: a reply to a reply keeps the conversation's root.
    QVERIFY2(waitUntilIndexed(m_mentionReply), "the AppView never indexed the patient's reply");
    Session brand = open(m_brand, m_brandCredentials);
    OutgoingPost answer;
    answer.text = QStringLiteral("Merci pour votre question, nous vous répondons en message privé.");
    answer.inReplyToRemoteId = m_mentionReply;
    answer.idempotencyKey = QStringLiteral("answer-") + m_token;
    const Result<PublishedPost> answered = brand.adapter->engagement()->reply(m_mentionReply, answer);
    VERIFY_OK(answered.outcome);
    m_brandAnswer = answered.value.remoteId;

    // Arrangement for the inbox and the metrics: the patient quotes, likes and reposts the
    // post (Vigie has no "quote" to publish; these are plain XRPC calls).
    const QJsonObject quoteRecord{
        {QStringLiteral("$type"), postCollection},
        {QStringLiteral("text"), QStringLiteral("À lire : %1").arg(m_token)},
        {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("embed"),
         QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.embed.record")},
                     {QStringLiteral("record"),
                      QJsonObject{{QStringLiteral("uri"), m_post}, {QStringLiteral("cid"), postCid}}}}}};
    const test::XrpcReply quote = m_network->pdsPost(QStringLiteral("com.atproto.repo.createRecord"),
                                                     {{QStringLiteral("repo"), m_patient.did},
                                                      {QStringLiteral("collection"), postCollection},
                                                      {QStringLiteral("record"), quoteRecord}},
                                                     m_patient.accessJwt);
    QVERIFY2(quote.ok(), qPrintable(quote.describe()));
    m_quote = quote.json.value(QStringLiteral("uri")).toString();
    for (const char *collection : {"app.bsky.feed.like", "app.bsky.feed.repost"}) {
        const test::XrpcReply made =
            m_network->createSubjectRecord(m_patient, QString::fromLatin1(collection), m_post);
        QVERIFY2(made.ok(), qPrintable(made.describe()));
    }

    // Checked once the whole conversation exists, so one wrong reference fails this function
    // only. The mention's facet names the brand's DID over the "@handle" bytes.
    const QJsonObject record = m_network->record(m_mentionReply);
    QCOMPARE(replyRef(record, "root"), m_post);
    QCOMPARE(replyRef(record, "parent"), m_post);
    QCOMPARE(record.value(QStringLiteral("reply"))
                 .toObject()
                 .value(QStringLiteral("parent"))
                 .toObject()
                 .value(QStringLiteral("cid")),
             QJsonValue(postCid));
    const auto [feature, facet] = findFeature(record, QStringLiteral("app.bsky.richtext.facet#mention"));
    QCOMPARE(feature.value(QStringLiteral("did")).toString(), m_brand.did);
    QCOMPARE(facetSlice(mention.text, facet), QLatin1Char('@') + m_brand.handle);

    const QJsonObject answerRecord = m_network->record(m_brandAnswer);
    QCOMPARE(replyRef(answerRecord, "root"), m_post);
    QCOMPARE(replyRef(answerRecord, "parent"), m_mentionReply);
}

void TestBlueskyNetwork::inboxHasTheMentionReplyAndQuoteOnce()
{
    REQUIRE_SIGNED_IN();
    QVERIFY2(!m_quote.isEmpty(), "needs the conversation made by repliesWithMentionsAndRootReferences");
    Session brand = open(m_brand, m_brandCredentials);
    const SyncResult inbox = syncUntil(*brand.adapter, {}, {m_mentionReply, m_plainReply, m_quote});
    VERIFY_OK(inbox.outcome);
    QVERIFY2(!inbox.cursor.isEmpty(), "the sync gave no cursor to resume from");
    m_inboxCursor = inbox.cursor;

    // The reply that also mentions the brand is one message (the network sends one
    // notification; it must not show twice in the inbox).
    const QList<RemoteMessage> mention = withId(inbox.messages, m_mentionReply);
    QVERIFY2(mention.size() == 1, qPrintable(QStringLiteral("inbox: ") + ids(inbox.messages)));
    const RemoteMessage &message = mention.first();
    QVERIFY2(message.kind == QLatin1String("mention") || message.kind == QLatin1String("reply"),
             qPrintable(message.kind));
    QCOMPARE(message.author.handle, m_patient.handle);
    QCOMPARE(message.author.remoteId, m_patient.did);
    QCOMPARE(message.text, m_mentionReplyText);
    QCOMPARE(message.parentRemoteId, m_post);
    QCOMPARE(message.rootRemoteId, m_post);
    QVERIFY(message.createdAt.isValid());
    QVERIFY(!message.fromAccount);

    const QList<RemoteMessage> reply = withId(inbox.messages, m_plainReply);
    QCOMPARE(reply.size(), 1);
    QCOMPARE(reply.first().kind, QStringLiteral("reply"));
    QCOMPARE(reply.first().parentRemoteId, m_post);
    const QList<RemoteMessage> quote = withId(inbox.messages, m_quote);
    QCOMPARE(quote.size(), 1);
    QCOMPARE(quote.first().kind, QStringLiteral("quote"));

    // Likes and reposts are not messages to answer: only posts reach the inbox.
    for (const RemoteMessage &each : inbox.messages)
        QVERIFY2(AtUri::parse(each.remoteId).collection == postCollection, qPrintable(ids(inbox.messages)));

    // The patient's inbox has the brand's answer, threaded under the mention.
    Session patient = open(m_patient, m_patientCredentials);
    const SyncResult patientInbox = syncUntil(*patient.adapter, {}, {m_brandAnswer});
    VERIFY_OK(patientInbox.outcome);
    const QList<RemoteMessage> answer = withId(patientInbox.messages, m_brandAnswer);
    QVERIFY2(answer.size() == 1, qPrintable(QStringLiteral("inbox: ") + ids(patientInbox.messages)));
    QCOMPARE(answer.first().kind, QStringLiteral("reply"));
    QCOMPARE(answer.first().parentRemoteId, m_mentionReply);
    QCOMPARE(answer.first().rootRemoteId, m_post);
    QCOMPARE(answer.first().author.handle, m_brand.handle);
}

void TestBlueskyNetwork::nextSyncBringsOnlyWhatIsNew()
{
    REQUIRE_SIGNED_IN();
    QVERIFY2(!m_inboxCursor.isEmpty(), "needs the cursor of inboxHasTheMentionReplyAndQuoteOnce");
    Session patient = open(m_patient, m_patientCredentials);
    OutgoingPost post;
    post.text = QStringLiteral("@%1 une autre question, hors fil %2").arg(m_brand.handle, m_token);
    post.idempotencyKey = QStringLiteral("later-") + m_token;
    const Result<PublishedPost> later = patient.adapter->publisher()->publish(post);
    VERIFY_OK(later.outcome);

    Session brand = open(m_brand, m_brandCredentials);
    const SyncResult next = syncUntil(*brand.adapter, m_inboxCursor, {later.value.remoteId});
    VERIFY_OK(next.outcome);
    const QList<RemoteMessage> mention = withId(next.messages, later.value.remoteId);
    QVERIFY2(mention.size() == 1, qPrintable(QStringLiteral("sync after the cursor: ") + ids(next.messages)));
    QCOMPARE(mention.first().kind, QStringLiteral("mention"));
    QVERIFY(mention.first().parentRemoteId.isEmpty());
    QCOMPARE(mention.first().rootRemoteId, later.value.remoteId);
    // What the first sync already stored is not fetched again, except what the AppView filed at
    // exactly the stored instant: the adapter hands that instant over again on purpose (two
    // notifications may share it; the inbox store drops the one it has). Which message sits
    // there depends on whether the AppView had indexed the like and the repost when the first
    // sync ran, so the rule is checked against the notifications' own times.
    const QMap<QString, QStringList> filedAt = notificationTimes(m_brand);
    for (const QString &seen : {m_mentionReply, m_plainReply, m_quote}) {
        if (withId(next.messages, seen).isEmpty())
            continue;
        QVERIFY2(filedAt.value(seen).contains(m_inboxCursor),
                 qPrintable(QStringLiteral("%1 came again though it was filed at %2, not at the cursor %3")
                                .arg(seen, filedAt.value(seen).join(QLatin1Char(' ')), m_inboxCursor)));
    }
}

void TestBlueskyNetwork::fetchesTheThread()
{
    REQUIRE_SIGNED_IN();
    QVERIFY2(!m_brandAnswer.isEmpty(), "needs the conversation made by repliesWithMentionsAndRootReferences");
    Session brand = open(m_brand, m_brandCredentials);
    Result<QList<RemoteMessage>> thread;
    LocalBlueskyNetwork::waitFor([&] {
        thread = brand.adapter->inboxReader()->fetchThread(m_mentionReply);
        return !thread.ok() || !withId(thread.value, m_brandAnswer).isEmpty();
    });
    VERIFY_OK(thread.outcome);

    // Ancestors, the message, the replies below it, in that order.
    const QString order = ids(thread.value);
    qsizetype postAt = -1, mentionAt = -1, answerAt = -1;
    for (qsizetype i = 0; i < thread.value.size(); ++i) {
        const QString &id = thread.value.at(i).remoteId;
        if (id == m_post)
            postAt = i;
        else if (id == m_mentionReply)
            mentionAt = i;
        else if (id == m_brandAnswer)
            answerAt = i;
    }
    QVERIFY2(postAt >= 0 && mentionAt > postAt && answerAt > mentionAt, qPrintable(order));
    QVERIFY(thread.value.at(postAt).fromAccount);
    QVERIFY(!thread.value.at(mentionAt).fromAccount);
    QVERIFY(thread.value.at(answerAt).fromAccount);
    QCOMPARE(thread.value.at(mentionAt).parentRemoteId, m_post);
    QCOMPARE(thread.value.at(answerAt).parentRemoteId, m_mentionReply);
    QCOMPARE(thread.value.at(answerAt).rootRemoteId, m_post);
    QCOMPARE(thread.value.at(mentionAt).text, m_mentionReplyText);
}

void TestBlueskyNetwork::searchFindsPostsAndPages()
{
    REQUIRE_SIGNED_IN();
    QVERIFY2(!m_quote.isEmpty(), "needs the posts made by the earlier functions");
    Session brand = open(m_brand, m_brandCredentials);
    MentionSearch *search = brand.adapter->mentionSearch();
    QVERIFY(search);

    SearchQuery query;
    query.terms = m_token;
    Result<SearchPage> found;
    LocalBlueskyNetwork::waitFor([&] {
        found = search->search(query);
        return !found.ok() || found.value.posts.size() >= 4;
    });
    VERIFY_OK(found.outcome);
    const QList<RemoteMessage> post = withId(found.value.posts, m_post);
    QVERIFY2(post.size() == 1, qPrintable(ids(found.value.posts)));
    QCOMPARE(post.first().author.handle, m_brand.handle);
    QVERIFY(post.first().text.contains(m_token));

    // Two posts a page: the cursor leads to the next ones, none repeated.
    query.limit = 2;
    const Result<SearchPage> first = search->search(query);
    VERIFY_OK(first.outcome);
    QCOMPARE(first.value.posts.size(), 2);
    QVERIFY2(!first.value.nextCursor.isEmpty(), "a full page must give a cursor to the next one");
    query.cursor = first.value.nextCursor;
    const Result<SearchPage> second = search->search(query);
    VERIFY_OK(second.outcome);
    QVERIFY(!second.value.posts.isEmpty());
    for (const RemoteMessage &each : second.value.posts)
        QVERIFY2(withId(first.value.posts, each.remoteId).isEmpty(),
                 qPrintable(ids(first.value.posts) + QStringLiteral(" | ") + ids(second.value.posts)));

    // Listening to a hashtag finds the post that carries it.
    SearchQuery byTag;
    byTag.hashtag = QStringLiteral("vigie") + m_token;
    const Result<SearchPage> tagged = search->search(byTag);
    VERIFY_OK(tagged.outcome);
    QVERIFY2(withId(tagged.value.posts, m_post).size() == 1, qPrintable(ids(tagged.value.posts)));
}

void TestBlueskyNetwork::publishesAnImageWithAltText()
{
    REQUIRE_SIGNED_IN();
    QTemporaryDir dir;
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(QColor(0x1d, 0x6f, 0xa5));
    const QString path = dir.filePath(QStringLiteral("affiche.png"));
    QVERIFY(image.save(path, "PNG"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    Session brand = open(m_brand, m_brandCredentials);
    OutgoingPost post;
    post.text = QStringLiteral("Campagne de vaccination %1").arg(m_token);
    post.media.append({path, QStringLiteral("Affiche bleue de la campagne de vaccination"), {}});
    post.idempotencyKey = QStringLiteral("image-") + m_token;
    const Result<PublishedPost> published = brand.adapter->publisher()->publish(post);
    VERIFY_OK(published.outcome);

    const QJsonObject embed =
        m_network->record(published.value.remoteId).value(QStringLiteral("embed")).toObject();
    QCOMPARE(embed.value(QStringLiteral("$type")).toString(), QStringLiteral("app.bsky.embed.images"));
    const QJsonArray images = embed.value(QStringLiteral("images")).toArray();
    QCOMPARE(images.size(), 1);
    const QJsonObject entry = images.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("alt")).toString(), post.media.first().altText);
    const QJsonObject blob = entry.value(QStringLiteral("image")).toObject();
    QCOMPARE(blob.value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/png"));
    QCOMPARE(blob.value(QStringLiteral("size")).toInteger(), qint64(bytes.size()));

    // The blob the post points at is the very file.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("did"), m_brand.did);
    query.addQueryItem(
        QStringLiteral("cid"),
        blob.value(QStringLiteral("ref")).toObject().value(QStringLiteral("$link")).toString());
    const test::XrpcReply stored = m_network->pdsGet(QStringLiteral("com.atproto.sync.getBlob"), query);
    QVERIFY2(stored.ok(), qPrintable(stored.describe()));
    QVERIFY(stored.body == bytes);

    // And the AppView shows it with its alt text.
    QJsonObject view;
    QVERIFY(LocalBlueskyNetwork::waitFor([&] {
        view = m_network->appViewPost(published.value.remoteId);
        return !view.isEmpty();
    }));
    const QJsonArray shown =
        view.value(QStringLiteral("embed")).toObject().value(QStringLiteral("images")).toArray();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().toObject().value(QStringLiteral("alt")).toString(), post.media.first().altText);
}

void TestBlueskyNetwork::readsPostMetrics()
{
    REQUIRE_SIGNED_IN();
    QVERIFY2(!m_quote.isEmpty(), "needs the likes, reposts, replies and quote of the earlier functions");
    Session brand = open(m_brand, m_brandCredentials);
    MetricsReader *reader = brand.adapter->metricsReader();
    QVERIFY(reader);
    Result<PostMetrics> metrics;
    const bool counted = LocalBlueskyNetwork::waitFor([&] {
        metrics = reader->metrics(m_post);
        return !metrics.ok() || (metrics.value.likes == 1 && metrics.value.reposts == 1 &&
                                 metrics.value.replies == 2 && metrics.value.quotes == 1);
    });
    VERIFY_OK(metrics.outcome);
    QVERIFY2(counted,
             qPrintable(QStringLiteral("likes %1, reposts %2, replies %3, quotes %4 (want 1, 1, 2, 1)")
                            .arg(metrics.value.likes)
                            .arg(metrics.value.reposts)
                            .arg(metrics.value.replies)
                            .arg(metrics.value.quotes)));
}

void TestBlueskyNetwork::retryWithTheSameKeyCreatesOnePost()
{
    REQUIRE_SIGNED_IN();
    OutgoingPost post;
    post.text = QStringLiteral("Rappel : consultez votre pharmacien %1 (retry)").arg(m_token);
    post.idempotencyKey = QStringLiteral("retry-") + m_token;

    // Two jobs, as after a crash or a lost answer: each its own adapter, the same key.
    Session firstJob = open(m_brand, m_brandCredentials);
    const Result<PublishedPost> first = firstJob.adapter->publisher()->publish(post);
    VERIFY_OK(first.outcome);
    Session retryJob = open(m_brand, m_brandCredentials);
    const Result<PublishedPost> retry = retryJob.adapter->publisher()->publish(post);

    int copies = 0;
    for (const QJsonValue &each : m_network->listRecords(m_brand.did, postCollection))
        copies += each.toObject()
                      .value(QStringLiteral("value"))
                      .toObject()
                      .value(QStringLiteral("text"))
                      .toString() == post.text;
    QCOMPARE(copies, 1);
    // The retry reports the post that is online, so the publisher marks it published.
    VERIFY_OK(retry.outcome);
    QCOMPARE(retry.value.remoteId, first.value.remoteId);
}

void TestBlueskyNetwork::refreshesTheSessionBeforeItExpires()
{
    REQUIRE_SIGNED_IN();
    QVERIFY2(!m_post.isEmpty(), "needs the post published by publishesAPostWithFacets");
    // Three hours later the two-hour access token has expired: the adapter must refresh the
    // session and hand the new tokens back. Without the app password it cannot sign in again
    // instead: only com.atproto.server.refreshSession can make this pass.
    FixedClock later(QDateTime::currentDateTimeUtc().addSecs(3 * 3600));
    Credentials tokensOnly = m_brandCredentials;
    tokensOnly.appPassword.clear();
    Session brand = open(m_brand, tokensOnly, later);
    const Result<PostMetrics> metrics = brand.adapter->metricsReader()->metrics(m_post);
    VERIFY_OK(metrics.outcome);
    QVERIFY(brand.adapter->credentialsChanged());
    const Credentials refreshed = m_brandCredentials.updatedWith(brand.adapter->credentials());
    QVERIFY(refreshed.accessToken != m_brandCredentials.accessToken);
    QVERIFY(!refreshed.refreshToken.isEmpty());
    QVERIFY(refreshed.refreshToken != m_brandCredentials.refreshToken);
    QVERIFY(refreshed.accessExpiresAt > QDateTime::currentDateTimeUtc()); // read from the new token

    // The stored result works for the next job.
    Session next = open(m_brand, refreshed);
    VERIFY_OK(next.adapter->metricsReader()->metrics(m_post).outcome);
    QVERIFY(!next.adapter->credentialsChanged());
}

QTEST_GUILESS_MAIN(TestBlueskyNetwork)
#include "tst_bluesky_network.moc"
