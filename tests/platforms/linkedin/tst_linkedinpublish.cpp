// Publishing on a LinkedIn Page: the text arrives whole whatever it holds, images go up first,
// and a post whose answer was lost is found again instead of being sent twice.
#include "linkedinrig.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace vigie;
using namespace vigie::platforms;
using namespace vigie::platforms::linkedin;

namespace {
OutgoingPost textPost(const QString &text)
{
    OutgoingPost post;
    post.text = text;
    return post;
}
} // namespace

class TestLinkedInPublish : public QObject
{
    Q_OBJECT

private slots:
    void signInNamesThePageWithTheVersionHeaders();
    void signInWithoutAnOrganizationIdSendsNothing();
    void signInFindsTheOnePageTheMemberAdministers();
    void unescapedTextIsCutByLinkedIn();
    void textWithReservedCharactersArrivesWhole_data();
    void textWithReservedCharactersArrivesWhole();
    void postBodyIsTheDocumentedShape();
    void oneImageWithAltText();
    void severalImagesMakeAMultiImagePost();
    void imageOfAnUnsupportedTypeIsRefusedBeforeUpload();
    void lostAnswerIsUnconfirmedThenFound();
    void findPublishedIgnoresOlderAndOtherPosts();
    void firstCommentIsACommentOnThePost();
    void metricsCountLikesAndComments();
};

void TestLinkedInPublish::signInNamesThePageWithTheVersionHeaders()
{
    test::LinkedInRig rig;
    const auto profile = rig.adapter()->signIn();
    QVERIFY2(profile.ok(), qPrintable(profile.outcome.describe()));
    QCOMPARE(profile.value.remoteUserId, rig.server.organizationId());
    QCOMPARE(profile.value.handle, QStringLiteral("devtestco"));
    QCOMPARE(profile.value.displayName, QStringLiteral("DevTestCo"));
    QCOMPARE(profile.value.maxLength, 3000);
    const fakes::FakeRequest &request = rig.server.requests().constLast();
    QCOMPARE(request.header("linkedin-version"), QByteArray(kLinkedInVersion));
    QCOMPARE(request.header("x-restli-protocol-version"), QByteArray("2.0.0"));
    QCOMPARE(request.header("authorization"), "Bearer " + rig.server.token().toUtf8());
}

void TestLinkedInPublish::signInWithoutAnOrganizationIdSendsNothing()
{
    test::LinkedInRig rig;
    AdapterContext context{*rig.http, rig.credentials(), QStringLiteral("mon-entreprise"), {}, rig.clock};
    LinkedInAdapter adapter(context);
    const auto profile = adapter.signIn();
    QCOMPARE(profile.outcome.kind, OutcomeKind::Validation);
    QVERIFY(rig.server.requests().isEmpty());
}

void TestLinkedInPublish::signInFindsTheOnePageTheMemberAdministers()
{
    test::LinkedInRig rig;
    AdapterContext context{*rig.http, rig.credentials(), {}, {}, rig.clock};
    const auto profile = LinkedInAdapter(context).signIn();
    QVERIFY2(profile.ok(), qPrintable(profile.outcome.describe()));
    QCOMPARE(profile.value.remoteUserId, rig.server.organizationId());

    rig.server.setOtherAdministeredPages({QStringLiteral("5515715")});
    const auto several = LinkedInAdapter(context).signIn();
    QCOMPARE(several.outcome.kind, OutcomeKind::Validation);
    QVERIFY(several.outcome.serverMessage.contains(QLatin1String("5515715")));
}

void TestLinkedInPublish::unescapedTextIsCutByLinkedIn()
{
    // What happens without escaping: LinkedIn answers 201 and keeps only what comes before.
    QCOMPARE(fakes::FakeLinkedInServer::keptLittleText(QStringLiteral("Dose (5 mg) par jour")),
             QStringLiteral("Dose "));
    QCOMPARE(fakes::FakeLinkedInServer::keptLittleText(QStringLiteral("Bravo #équipe !")),
             QStringLiteral("Bravo #équipe !"));
}

void TestLinkedInPublish::textWithReservedCharactersArrivesWhole_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("parentheses") << "Le paracétamol (Doliprane®) soulage la fièvre (adulte : 1 g).";
    QTest::newRow("hashtags and mention") << "Journée #pharmacovigilance : signalez à @pv_labo (ANSM) !";
    QTest::newRow("emoji and brackets") << "💊 [Rappel] <important> ~ *à lire* ~ 🙏";
    QTest::newRow("backslashes and pipes") << "C:\\notices\\v2 | {brouillon} _fin_";
    QTest::newRow("multi-line") << "Ligne 1 (a)\n\nLigne 2 #santé\n— fin —";
}

void TestLinkedInPublish::textWithReservedCharactersArrivesWhole()
{
    QFETCH(QString, text);
    test::LinkedInRig rig;
    const auto published = rig.adapter()->publish(textPost(text));
    QVERIFY2(published.ok(), qPrintable(published.outcome.describe()));
    QVERIFY(published.value.remoteId.startsWith(QLatin1String("urn:li:share:")));
    QCOMPARE(published.value.url,
             QStringLiteral("https://www.linkedin.com/feed/update/%1/").arg(published.value.remoteId));
    const fakes::FakeLinkedInPost post = rig.server.post(published.value.remoteId);
    QCOMPARE(post.storedCommentary, post.sentCommentary); // nothing cut
    QCOMPARE(unescapeLittleText(post.storedCommentary), text);
}

void TestLinkedInPublish::postBodyIsTheDocumentedShape()
{
    test::LinkedInRig rig;
    QVERIFY(rig.adapter()->publish(textPost(QStringLiteral("Bonjour"))).ok());
    const QJsonObject body = rig.server.requests().constLast().json().toObject();
    QCOMPARE(body.value("author").toString(), rig.server.organizationUrn());
    QCOMPARE(body.value("visibility").toString(), QStringLiteral("PUBLIC"));
    QCOMPARE(body.value("lifecycleState").toString(), QStringLiteral("PUBLISHED"));
    QCOMPARE(body.value("isReshareDisabledByAuthor"), QJsonValue(false));
    const QJsonObject distribution = body.value("distribution").toObject();
    QCOMPARE(distribution.value("feedDistribution").toString(), QStringLiteral("MAIN_FEED"));
    QVERIFY(distribution.value("targetEntities").isArray());
    QVERIFY(distribution.value("thirdPartyDistributionChannels").isArray());
    QVERIFY(!body.contains("content"));
}

void TestLinkedInPublish::oneImageWithAltText()
{
    test::LinkedInRig rig;
    rig.server.setImageProcessingPolls(2);
    OutgoingPost post = textPost(QStringLiteral("Notre nouvelle affiche"));
    post.media = {{rig.imageFile(QStringLiteral("affiche.png")), QStringLiteral("Une affiche bleue"), {}}};
    const auto published = rig.adapter()->publish(post);
    QVERIFY2(published.ok(), qPrintable(published.outcome.describe()));
    const QJsonObject media = rig.server.post(published.value.remoteId).content.value("media").toObject();
    QCOMPARE(media.value("altText").toString(), QStringLiteral("Une affiche bleue"));
    const fakes::FakeLinkedInImage image = rig.server.image(media.value("id").toString());
    QCOMPARE(image.status, QStringLiteral("AVAILABLE"));
    QVERIFY(image.data.startsWith("\x89PNG"));
    QCOMPARE(image.contentType, QStringLiteral("image/png"));
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/rest/images/.*")), 3); // polled until AVAILABLE
}

void TestLinkedInPublish::severalImagesMakeAMultiImagePost()
{
    test::LinkedInRig rig;
    OutgoingPost post = textPost(QStringLiteral("Trois visuels"));
    for (int i = 0; i < 3; ++i)
        post.media.append(
            {rig.imageFile(QStringLiteral("v%1.png").arg(i)), QStringLiteral("Visuel %1").arg(i), {}});
    const auto published = rig.adapter()->publish(post);
    QVERIFY2(published.ok(), qPrintable(published.outcome.describe()));
    const QJsonArray images = rig.server.post(published.value.remoteId)
                                  .content.value("multiImage")
                                  .toObject()
                                  .value("images")
                                  .toArray();
    QCOMPARE(images.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(images.at(i).toObject().value("altText").toString(), QStringLiteral("Visuel %1").arg(i));
        QCOMPARE(rig.server.image(images.at(i).toObject().value("id").toString()).status,
                 QStringLiteral("AVAILABLE"));
    }
}

void TestLinkedInPublish::imageOfAnUnsupportedTypeIsRefusedBeforeUpload()
{
    test::LinkedInRig rig;
    OutgoingPost post = textPost(QStringLiteral("Image"));
    post.media = {{rig.imageFile(QStringLiteral("a.bmp"), "BMP"), {}, {}}};
    const auto published = rig.adapter()->publish(post);
    QCOMPARE(published.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(published.outcome.field, QStringLiteral("media"));
    QVERIFY(rig.server.requests().isEmpty());
}

void TestLinkedInPublish::lostAnswerIsUnconfirmedThenFound()
{
    test::LinkedInRig rig(std::chrono::milliseconds(1500));
    fakes::Fault hang;
    hang.kind = fakes::FaultKind::HangAfterAct;
    rig.server.injectFault("POST", QStringLiteral("/rest/posts"), hang);
    const QDateTime since = rig.clock.now();
    const OutgoingPost post = textPost(QStringLiteral("Campagne (hiver) #grippe"));
    auto adapter = rig.adapter();
    const auto published = adapter->publish(post);
    QCOMPARE(published.outcome.kind, OutcomeKind::Unconfirmed);
    QCOMPARE(rig.server.posts().size(), 1); // LinkedIn did create it

    QVERIFY(adapter->findsPublished());
    const auto found = adapter->findPublished(post, since);
    QVERIFY2(found.ok(), qPrintable(found.outcome.describe()));
    QCOMPARE(found.value.remoteId, rig.server.posts().constFirst().urn);
    QCOMPARE(found.value.url, postUrl(found.value.remoteId));
    const fakes::FakeRequest &list = rig.server.requests().constLast();
    QCOMPARE(list.param("q"), QStringLiteral("author"));
    QCOMPARE(list.param("author"), rig.server.organizationUrn());
}

void TestLinkedInPublish::findPublishedIgnoresOlderAndOtherPosts()
{
    test::LinkedInRig rig;
    const qint64 hourAgo = rig.clock.now().addSecs(-3600).toMSecsSinceEpoch();
    rig.server.addPost(escapeLittleText(QStringLiteral("Même texte")), hourAgo);
    rig.server.addPost(escapeLittleText(QStringLiteral("Autre texte")));
    auto adapter = rig.adapter();
    const auto found =
        adapter->findPublished(textPost(QStringLiteral("Même texte")), rig.clock.now().addSecs(-60));
    QVERIFY(found.ok());
    QVERIFY(found.value.remoteId.isEmpty()); // the older one is not this attempt's
    const auto earlier =
        adapter->findPublished(textPost(QStringLiteral("Même texte")), rig.clock.now().addSecs(-7200));
    QVERIFY(!earlier.value.remoteId.isEmpty());
}

void TestLinkedInPublish::firstCommentIsACommentOnThePost()
{
    test::LinkedInRig rig;
    auto adapter = rig.adapter();
    const auto main = adapter->publish(textPost(QStringLiteral("Le post")));
    QVERIFY(main.ok());
    OutgoingPost comment = textPost(QStringLiteral("Notice complète (PDF) : https://labo.fr/notice"));
    comment.inReplyToRemoteId = main.value.remoteId;
    const auto published = adapter->publish(comment);
    QVERIFY2(published.ok(), qPrintable(published.outcome.describe()));
    QVERIFY(rig.server.hasComment(published.value.remoteId));
    const fakes::FakeLinkedInComment stored = rig.server.comments().constLast();
    QCOMPARE(stored.actor, rig.server.organizationUrn());
    QCOMPARE(stored.text, comment.text); // comments are plain text, not little
    QCOMPARE(stored.postUrn, main.value.remoteId);
    QVERIFY(published.value.url.contains(QLatin1String("commentUrn=urn%3Ali%3Acomment%3A")));
    const auto found = adapter->findPublished(comment, rig.clock.now().addSecs(-60));
    QCOMPARE(found.value.remoteId, published.value.remoteId);
}

void TestLinkedInPublish::metricsCountLikesAndComments()
{
    test::LinkedInRig rig;
    const QString post = rig.server.addPost(QStringLiteral("Post"));
    rig.server.setLikes(post, 12);
    const QString first =
        rig.server.addComment(post, QStringLiteral("urn:li:person:a1"), QStringLiteral("Super"));
    rig.server.addComment(first, QStringLiteral("urn:li:person:b2"), QStringLiteral("D'accord"));
    const auto metrics = rig.adapter()->metrics(post);
    QVERIFY2(metrics.ok(), qPrintable(metrics.outcome.describe()));
    QCOMPARE(metrics.value.likes, 12);
    QCOMPARE(metrics.value.replies, 2);
}

QTEST_MAIN(TestLinkedInPublish)
#include "tst_linkedinpublish.moc"
