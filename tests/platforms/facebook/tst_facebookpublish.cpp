// Publishing on a Facebook Page: what the community manager sees on the Page after Vigie
// published text, a link, one photo or several, and the first comment; and finding a post
// again when the answer was lost.
#include "facebookrig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vigie;
using namespace vigie::platforms;

namespace {

QStringList keysOf(const QByteArray &json)
{
    QStringList keys = QJsonDocument::fromJson(json).object().keys();
    keys.sort();
    return keys;
}

} // namespace

class TestFacebookPublish : public QObject
{
    Q_OBJECT

private slots:
    void signInNamesThePage();
    void signInDiscoversThePageFromItsToken();
    void signInWithAnotherPagesTokenIsRefused();
    void textPostGoesToTheFeed();
    void firstLinkOfTheTextIsTheLinkPreview();
    void onePhotoIsAPhotoPostWithItsCaptionAndAltText();
    void severalPhotosMakeOnePost();
    void firstCommentIsACommentOfThePage();
    void replyToACommentAnswersThatComment();
    void findPublishedFindsThePagesOwnPostWithTheSameText();
    void findPublishedFindsTheCommentUnderItsParent();
    void findPublishedRefusesATextlessPost();
    void sameTextTwiceInARowIsRefused();
    void pollsAreRefusedBeforeAnyRequest();
    void videosAreRefusedBeforeAnyRequest();
    void metricsCountReactionsSharesAndComments();
    void answersHaveTheDocumentedShape();
};

void TestFacebookPublish::signInNamesThePage()
{
    test::FacebookRig rig;
    const auto profile = rig.adapter()->signIn();
    QVERIFY2(profile.ok(), qPrintable(profile.outcome.describe()));
    QCOMPARE(profile.value.remoteUserId, rig.server.pageId());
    QCOMPARE(profile.value.displayName, rig.server.pageName());
    QCOMPARE(profile.value.handle, QStringLiteral("laboratoirevigie"));
    // The token travels in the Authorization header, never in the URL.
    const auto &request = rig.server.requests().constLast();
    QCOMPARE(request.header("authorization"), "Bearer " + rig.server.token().toUtf8());
    QVERIFY(!request.query.hasQueryItem(QStringLiteral("access_token")));
}

void TestFacebookPublish::signInDiscoversThePageFromItsToken()
{
    test::FacebookRig rig;
    auto adapter = rig.adapter({}, QString());
    const auto profile = adapter->signIn();
    QVERIFY(profile.ok());
    QCOMPARE(profile.value.remoteUserId, rig.server.pageId());
    // Once known, the adapter publishes on that Page.
    QVERIFY(adapter->publish(test::textPost(QStringLiteral("Bonjour"))).ok());
    QCOMPARE(rig.server.publishedThroughApi().size(), 1);
}

void TestFacebookPublish::signInWithAnotherPagesTokenIsRefused()
{
    test::FacebookRig rig;
    const auto profile = rig.adapter({}, QStringLiteral("999999"))->signIn();
    QCOMPARE(profile.outcome.kind, OutcomeKind::Permanent);
    QVERIFY(profile.outcome.serverMessage.contains(QStringLiteral("999999")));
}

void TestFacebookPublish::textPostGoesToTheFeed()
{
    test::FacebookRig rig;
    const auto result =
        rig.adapter()->publish(test::textPost(QStringLiteral("Journée mondiale du cœur ❤️")));
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    const auto posts = rig.server.publishedThroughApi();
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().message, QStringLiteral("Journée mondiale du cœur ❤️"));
    QVERIFY(posts.first().link.isEmpty());
    QCOMPARE(result.value.remoteId, posts.first().id);
    QVERIFY(result.value.remoteId.startsWith(rig.server.pageId() + QLatin1Char('_')));
    QCOMPARE(result.value.url, QStringLiteral("https://www.facebook.com/%1/posts/%2")
                                   .arg(rig.server.pageId(), posts.first().id.section(QLatin1Char('_'), 1)));
    QCOMPARE(result.value.createdAt, rig.now());
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/v21.0/.*")), 1); // read-after-write, one call
}

void TestFacebookPublish::firstLinkOfTheTextIsTheLinkPreview()
{
    test::FacebookRig rig;
    const auto result = rig.adapter()->publish(test::textPost(QStringLiteral(
        "Notice mise à jour : https://vigie.example/notice?v=2. Voir aussi https://b.example")));
    QVERIFY(result.ok());
    QCOMPARE(rig.server.post(result.value.remoteId).link, QStringLiteral("https://vigie.example/notice?v=2"));
}

void TestFacebookPublish::onePhotoIsAPhotoPostWithItsCaptionAndAltText()
{
    test::FacebookRig rig;
    OutgoingPost post = test::textPost(QStringLiteral("Nouveau conditionnement"));
    post.media.append({rig.imageFile(QStringLiteral("boite.png")), QStringLiteral("Une boîte bleue"), {}});
    const auto result = rig.adapter()->publish(post);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    const fakes::FakeFacebookPost published = rig.server.post(result.value.remoteId);
    QVERIFY(published.published);
    QCOMPARE(published.message, QStringLiteral("Nouveau conditionnement"));
    QCOMPARE(published.photoIds.size(), 1);
    const auto photo = rig.server.photo(published.photoIds.first());
    QCOMPARE(photo.caption, QStringLiteral("Nouveau conditionnement"));
    QCOMPARE(photo.altText, QStringLiteral("Une boîte bleue"));
    QCOMPARE(photo.fileName, QStringLiteral("boite.png"));
    QCOMPARE(photo.contentType, QStringLiteral("image/png"));
    QVERIFY(photo.data.startsWith("\x89PNG"));
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/v21.0/[0-9]+/feed")), 0);
}

void TestFacebookPublish::severalPhotosMakeOnePost()
{
    test::FacebookRig rig;
    OutgoingPost post = test::textPost(QStringLiteral("Trois étapes pour bien utiliser l'inhalateur"));
    for (const char *name : {"etape1.png", "etape2.png", "etape3.png"})
        post.media.append({rig.imageFile(QLatin1String(name)), QStringLiteral("Étape"), {}});
    const auto result = rig.adapter()->publish(post);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    const auto posts = rig.server.publishedThroughApi();
    QCOMPARE(posts.size(), 1); // one post, not three
    QCOMPARE(posts.first().photoIds.size(), 3);
    QStringList names;
    for (const QString &id : posts.first().photoIds)
        names << rig.server.photo(id).fileName;
    QCOMPARE(names, QStringList({"etape1.png", "etape2.png", "etape3.png"})); // in the composer's order
    QVERIFY(posts.first().link.isEmpty());
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/v21.0/[0-9]+/photos")), 3);
    for (const auto &request : rig.server.requests())
        if (request.path.endsWith(QLatin1String("/photos")))
            QCOMPARE(request.param(QStringLiteral("published")), QStringLiteral("false"));
}

void TestFacebookPublish::firstCommentIsACommentOfThePage()
{
    test::FacebookRig rig;
    auto adapter = rig.adapter();
    const auto main = adapter->publish(test::textPost(QStringLiteral("Campagne vaccination")));
    QVERIFY(main.ok());
    OutgoingPost comment = test::textPost(QStringLiteral("Mentions légales : https://vigie.example/ml"));
    comment.inReplyToRemoteId = main.value.remoteId;
    const auto result = adapter->publish(comment);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    const auto stored = rig.server.comment(result.value.remoteId);
    QCOMPARE(stored.postId, main.value.remoteId);
    QCOMPARE(stored.fromId, rig.server.pageId()); // written as the Page
    QVERIFY(stored.parentId.isEmpty());
    QVERIFY(result.value.url.contains(QStringLiteral("comment_id=")));
    QCOMPARE(rig.server.publishedThroughApi().size(), 1); // no second post
}

void TestFacebookPublish::replyToACommentAnswersThatComment()
{
    test::FacebookRig rig;
    const QString post = rig.server.addPagePost(QStringLiteral("Questions ?"), rig.now().addDays(-1));
    const QString question = rig.server.addComment(post, QStringLiteral("Marie Dupont"),
                                                   QStringLiteral("Peut-on le prendre le soir ?"), rig.now());
    const auto result =
        rig.adapter()->reply(question, test::textPost(QStringLiteral("Oui, voyez la notice.")));
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    QCOMPARE(rig.server.comment(result.value.remoteId).parentId, question);
    QCOMPARE(rig.server.comment(result.value.remoteId).postId, post);
}

void TestFacebookPublish::findPublishedFindsThePagesOwnPostWithTheSameText()
{
    test::FacebookRig rig;
    const QDateTime since = rig.now();
    rig.advance(30);
    auto adapter = rig.adapter();
    const auto published = adapter->publish(test::textPost(QStringLiteral("Rappel : journée")));
    QVERIFY(published.ok());
    rig.advance(60);
    // Someone writes the same words on the Page afterwards: newer, but not the Page's.
    rig.server.addVisitorPost(QStringLiteral("Paul"), QStringLiteral("Rappel : journée"), rig.now());

    // The same text, decomposed accents and a trailing newline included, is the same post.
    const auto found =
        adapter->findPublished(test::textPost(QStringLiteral("Rappel : journe\u0301e\n")), since);
    QVERIFY(found.ok());
    QCOMPARE(found.value.remoteId, published.value.remoteId); // not Paul's post with the same words
    QCOMPARE(found.value.url, published.value.url);
    const auto other = adapter->findPublished(test::textPost(QStringLiteral("Autre texte")), since);
    QVERIFY(other.ok());
    QVERIFY(other.value.remoteId.isEmpty());
    // Posts from before the attempt do not count.
    const auto later =
        adapter->findPublished(test::textPost(QStringLiteral("Rappel : journée")), rig.now().addSecs(3600));
    QVERIFY(later.ok());
    QVERIFY(later.value.remoteId.isEmpty());
}

void TestFacebookPublish::findPublishedFindsTheCommentUnderItsParent()
{
    test::FacebookRig rig;
    const QString post = rig.server.addPagePost(QStringLiteral("Post"), rig.now().addDays(-1));
    rig.server.addComment(post, QStringLiteral("Léa"), QStringLiteral("Merci !"), rig.now());
    const QDateTime since = rig.now();
    auto adapter = rig.adapter();
    OutgoingPost reply = test::textPost(QStringLiteral("Merci !"));
    reply.inReplyToRemoteId = post;
    QVERIFY(adapter->publish(reply).ok());
    const auto found = adapter->findPublished(reply, since);
    QVERIFY(found.ok());
    QCOMPARE(rig.server.comment(found.value.remoteId).fromId, rig.server.pageId()); // the Page's, not Léa's
}

void TestFacebookPublish::findPublishedRefusesATextlessPost()
{
    test::FacebookRig rig;
    const auto found = rig.adapter()->findPublished(test::textPost(QString()), rig.now());
    QCOMPARE(found.outcome.kind, OutcomeKind::Permanent); // a person checks the Page
    QCOMPARE(rig.server.requests().size(), 0);
}

void TestFacebookPublish::sameTextTwiceInARowIsRefused()
{
    test::FacebookRig rig;
    auto adapter = rig.adapter();
    QVERIFY(adapter->publish(test::textPost(QStringLiteral("Bonne semaine"))).ok());
    const auto again = adapter->publish(test::textPost(QStringLiteral("Bonne semaine")));
    QCOMPARE(again.outcome.kind, OutcomeKind::Permanent);
    QVERIFY(again.outcome.serverMessage.contains(QStringLiteral("Duplicate")));
    QCOMPARE(rig.server.publishedThroughApi().size(), 1);
}

void TestFacebookPublish::pollsAreRefusedBeforeAnyRequest()
{
    test::FacebookRig rig;
    OutgoingPost post = test::textPost(QStringLiteral("Votre avis ?"));
    post.pollOptions = {QStringLiteral("Oui"), QStringLiteral("Non")};
    const auto result = rig.adapter()->publish(post);
    QCOMPARE(result.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(result.outcome.field, QStringLiteral("poll"));
    QCOMPARE(rig.server.requests().size(), 0);
}

// Vigie does not use Facebook's Video API: a video is refused in words, nothing sent.
void TestFacebookPublish::videosAreRefusedBeforeAnyRequest()
{
    test::FacebookRig rig;
    OutgoingPost post = test::textPost(QStringLiteral("Notre vidéo sur l'hypertension"));
    post.media.append({rig.imageFile(QStringLiteral("tension.png")), {}, {}});
    post.media.append({rig.imageFile(QStringLiteral("tension.mp4")), {}, QStringLiteral("video/mp4")});
    const auto result = rig.adapter()->publish(post);
    QCOMPARE(result.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(result.outcome.field, QStringLiteral("media"));
    QVERIFY2(result.outcome.serverMessage.contains(QStringLiteral("video/mp4")),
             qPrintable(result.outcome.serverMessage));
    QCOMPARE(rig.server.requests().size(), 0);
}

void TestFacebookPublish::metricsCountReactionsSharesAndComments()
{
    test::FacebookRig rig;
    const QString post = rig.server.addPagePost(QStringLiteral("Post"), rig.now().addDays(-2));
    rig.server.setPostCounts(post, 42, 7);
    rig.server.addComment(post, QStringLiteral("A"), QStringLiteral("1"), rig.now().addDays(-1));
    rig.server.addComment(post, QStringLiteral("B"), QStringLiteral("2"), rig.now());
    const auto metrics = rig.adapter()->metrics(post);
    QVERIFY2(metrics.ok(), qPrintable(metrics.outcome.describe()));
    QCOMPARE(metrics.value.likes, 42);
    QCOMPARE(metrics.value.reposts, 7);
    QCOMPARE(metrics.value.replies, 2);
    // A post nobody shared has no "shares" field at all: zero, not an error.
    const QString quiet = rig.server.addPagePost(QStringLiteral("Calme"), rig.now());
    const auto none = rig.adapter()->metrics(quiet);
    QVERIFY(none.ok());
    QCOMPARE(none.value.reposts, 0);
}

void TestFacebookPublish::answersHaveTheDocumentedShape()
{
    test::FacebookRig rig;
    platforms::HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/%1/feed").arg(rig.server.pageId());
    request.contentType = "application/x-www-form-urlencoded";
    request.body = "message=Bonjour";
    request.header("Authorization", "Bearer " + rig.server.token().toUtf8());
    QCOMPARE(keysOf(rig.http->send(request).body), keysOf(test::facebookFixture("post-created.json")));

    request.path = QStringLiteral("/%1/photos").arg(rig.server.pageId());
    request.body = "url=https%3A%2F%2Fvigie.example%2Fa.png&caption=Photo";
    QCOMPARE(keysOf(rig.http->send(request).body), keysOf(test::facebookFixture("photo-created.json")));

    platforms::HttpRequest feed;
    feed.path = QStringLiteral("/%1/feed").arg(rig.server.pageId());
    feed.header("Authorization", "Bearer " + rig.server.token().toUtf8());
    const QJsonObject answer = QJsonDocument::fromJson(rig.http->send(feed).body).object();
    const QJsonObject documented = QJsonDocument::fromJson(test::facebookFixture("feed.json")).object();
    QCOMPARE(answer.value(QLatin1String("data")).toArray().first().toObject().keys(),
             documented.value(QLatin1String("data")).toArray().first().toObject().keys());
}

QTEST_GUILESS_MAIN(TestFacebookPublish)
#include "tst_facebookpublish.moc"
