// Publishing on Instagram against the fake Graph API: staging local files on the Page,
// containers (image, carousel, Reels), the publishing quota, checks made before any request,
// and a publication whose answer was lost.
#include "instagramrig.h"

using namespace vigie;
using namespace vigie::platforms;
using vigie::test::InstagramRig;

class InstagramPublishTest : public QObject
{
    Q_OBJECT

private slots:
    void publishesOneImageStagedOnThePage();
    void passesAnHttpsUrlThrough();
    void publishesACarousel();
    void publishesAVideoAsReelAfterProcessing();
    void refusesTextAlone();
    void checksTheCaptionBeforeAnyRequest_data();
    void checksTheCaptionBeforeAnyRequest();
    void refusesAnImageInstagramDoesNotTake();
    void stopsWhenThePublishingQuotaIsReached();
    void reportsAContainerInError();
    void givesUpOnAContainerStillProcessing();
    void findsThePostAfterALostPublishAnswer();
    void findsNothingForAnotherCaption();
    void unreadableAnswers_data();
    void unreadableAnswers();
    void publishesTheFirstCommentOnTheMedia();
};

void InstagramPublishTest::publishesOneImageStagedOnThePage()
{
    InstagramRig rig;
    const QString photo = rig.file(QStringLiteral("affiche.jpg"));
    OutgoingPost post = InstagramRig::post(QStringLiteral("Journée mondiale du diabète #santé"), {photo});
    post.media[0].altText = QStringLiteral("Affiche bleue avec un cercle");
    const auto result = rig.adapter()->publish(post);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));

    const auto media = rig.server.media();
    QCOMPARE(media.size(), 1);
    QCOMPARE(result.value.remoteId, media.first().id);
    QCOMPARE(result.value.url, media.first().permalink);
    QCOMPARE(media.first().caption, post.text);
    QCOMPARE(media.first().altText, post.media[0].altText);
    // Instagram downloaded exactly the file's bytes from the Page's CDN URL.
    const QString imageUrl = media.first().childUrls.value(0);
    QVERIFY2(imageUrl.startsWith(rig.server.url().toString() + QStringLiteral("/cdn/")),
             qPrintable(imageUrl));
    QFile file(photo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(rig.server.download(imageUrl), file.readAll());
    QCOMPARE(rig.server.stagedCount(), 1);
    // The quota is read before anything is created.
    const auto &requests = rig.server.requests();
    const auto firstWrite = std::find_if(requests.cbegin(), requests.cend(),
                                         [](const fakes::FakeRequest &r) { return r.method == "POST"; });
    QVERIFY(firstWrite != requests.cend());
    QVERIFY(std::any_of(requests.cbegin(), firstWrite, [](const fakes::FakeRequest &r) {
        return r.path.endsWith(QLatin1String("/content_publishing_limit"));
    }));
    // The token travels in a header, never in a URL.
    for (const auto &r : requests)
        QVERIFY(!r.query.hasQueryItem(QStringLiteral("access_token")));
}

void InstagramPublishTest::passesAnHttpsUrlThrough()
{
    InstagramRig rig;
    const QString url = QStringLiteral("https://media.brand.example/campagne/visuel.jpg");
    rig.server.addPublicUrl(url);
    const auto result = rig.adapter()->publish(InstagramRig::post(QStringLiteral("Visuel"), {url}));
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    QCOMPARE(rig.server.stagedCount(), 0);
    QCOMPARE(rig.server.mediaById(result.value.remoteId).childUrls, QStringList{url});
}

void InstagramPublishTest::publishesACarousel()
{
    InstagramRig rig;
    const QStringList files{rig.file(QStringLiteral("1.jpg")), rig.file(QStringLiteral("2.jpg")),
                            rig.file(QStringLiteral("3.mp4"))};
    const auto result = rig.adapter()->publish(InstagramRig::post(QStringLiteral("Trois étapes"), files));
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));

    const auto published = rig.server.mediaById(result.value.remoteId);
    QCOMPARE(published.mediaType, QStringLiteral("CAROUSEL_ALBUM"));
    QCOMPARE(published.caption, QStringLiteral("Trois étapes"));
    QCOMPARE(published.childUrls.size(), 3);
    int items = 0;
    for (const auto &c : rig.server.containers()) {
        if (!c.carouselItem)
            continue;
        ++items;
        QVERIFY2(c.caption.isEmpty(), "the caption belongs to the carousel, not its items");
        QCOMPARE(c.mediaType, c.videoUrl.isEmpty() ? QStringLiteral("IMAGE") : QStringLiteral("VIDEO"));
    }
    QCOMPARE(items, 3);
    QCOMPARE(rig.server.media().size(), 1); // one post, not three
}

void InstagramPublishTest::publishesAVideoAsReelAfterProcessing()
{
    InstagramRig rig;
    rig.server.setVideoSourcePolls(1); // Facebook still processing the staged video once
    rig.server.setVideoPolls(3);       // the container IN_PROGRESS three times
    const auto result = rig.adapter()->publish(
        InstagramRig::post(QStringLiteral("Le geste en vidéo"), {rig.file(QStringLiteral("geste.mp4"))}));
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    const auto published = rig.server.mediaById(result.value.remoteId);
    QCOMPARE(published.productType, QStringLiteral("REELS"));
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/v21\\.0/\\d+/videos")), 1);
    // Polled until FINISHED, published once.
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/v21\\.0/1788\\d+")), 4);
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/v21\\.0/\\d+/media_publish")), 1);
}

void InstagramPublishTest::refusesTextAlone()
{
    InstagramRig rig;
    const auto result = rig.adapter()->publish(InstagramRig::post(QStringLiteral("Juste du texte"), {}));
    QCOMPARE(result.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(result.outcome.field, QStringLiteral("media"));
    QVERIFY(result.outcome.serverMessage.contains(QStringLiteral("image or video")));
    QCOMPARE(rig.server.requests().size(), 0);
}

void InstagramPublishTest::checksTheCaptionBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("caption");
    QTest::addColumn<bool>("accepted");
    QString tags30;
    for (int i = 0; i < 30; ++i)
        tags30 += QStringLiteral(" #tag%1").arg(i);
    QString mentions20;
    for (int i = 0; i < 20; ++i)
        mentions20 += QStringLiteral(" @ami_%1").arg(i);
    QTest::newRow("2,200 characters") << QString(2200, QLatin1Char('a')) << true;
    QTest::newRow("2,201 characters") << QString(2201, QLatin1Char('a')) << false;
    // Code points, not UTF-16 units: 2,200 emoji are 4,400 units and still fit.
    QTest::newRow("2,200 emoji") << QString(2200, QChar(0)).replace(QChar(0), QStringLiteral("💊")) << true;
    QTest::newRow("30 hashtags") << tags30 << true;
    QTest::newRow("31 hashtags") << tags30 + QStringLiteral(" #encore") << false;
    QTest::newRow("20 mentions") << mentions20 << true;
    QTest::newRow("21 mentions") << mentions20 + QStringLiteral(" @une_de_plus") << false;
    QTest::newRow("e-mail addresses are no mentions")
        << mentions20 + QStringLiteral(" contact@labo.example pv@labo.example") << true;
}

void InstagramPublishTest::checksTheCaptionBeforeAnyRequest()
{
    QFETCH(QString, caption);
    QFETCH(bool, accepted);
    InstagramRig rig;
    const auto result =
        rig.adapter()->publish(InstagramRig::post(caption, {rig.file(QStringLiteral("a.jpg"))}));
    if (accepted) {
        QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
        QCOMPARE(rig.server.mediaById(result.value.remoteId).caption, caption);
        return;
    }
    QCOMPARE(result.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(result.outcome.field, QStringLiteral("text"));
    QCOMPARE(rig.server.requests().size(), 0);
}

void InstagramPublishTest::refusesAnImageInstagramDoesNotTake()
{
    InstagramRig rig;
    const auto png = rig.adapter()->publish(
        InstagramRig::post(QStringLiteral("PNG"), {rig.file(QStringLiteral("a.png"))}));
    QCOMPARE(png.outcome.kind, OutcomeKind::Validation);
    QVERIFY(png.outcome.serverMessage.contains(QStringLiteral("a.png")));
    const auto huge = rig.adapter()->publish(InstagramRig::post(
        QStringLiteral("Trop lourd"), {rig.file(QStringLiteral("big.jpg"), 9 * 1024 * 1024)}));
    QCOMPARE(huge.outcome.kind, OutcomeKind::Validation);
    const auto missing = rig.adapter()->publish(
        InstagramRig::post(QStringLiteral("Absent"), {rig.dir.filePath(QStringLiteral("none.jpg"))}));
    QCOMPARE(missing.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(rig.server.requests().size(), 0);
}

void InstagramPublishTest::stopsWhenThePublishingQuotaIsReached()
{
    InstagramRig rig;
    rig.server.setQuota(50, 50);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto result = rig.adapter()->publish(
        InstagramRig::post(QStringLiteral("Un de trop"), {rig.file(QStringLiteral("a.jpg"))}));
    QCOMPARE(result.outcome.kind, OutcomeKind::RateLimited);
    QVERIFY(result.outcome.retryAt >= before.addSecs(55 * 60));
    QVERIFY(result.outcome.retryAt <= before.addSecs(2 * 3600));
    QVERIFY(result.outcome.serverMessage.contains(QStringLiteral("50")));
    QCOMPARE(rig.server.containers().size(), 0);
    QCOMPARE(rig.server.stagedCount(), 0);
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral(".*")), 0);

    // One slot left: it goes out.
    rig.server.setQuota(49, 50);
    QVERIFY(
        rig.adapter()
            ->publish(InstagramRig::post(QStringLiteral("Le dernier"), {rig.file(QStringLiteral("b.jpg"))}))
            .ok());
}

void InstagramPublishTest::reportsAContainerInError()
{
    InstagramRig rig;
    rig.server.setContainerPolls(1);
    rig.server.failNextContainer(QStringLiteral("Error: Media upload has failed with error code 2207026"));
    const auto result = rig.adapter()->publish(
        InstagramRig::post(QStringLiteral("Raté"), {rig.file(QStringLiteral("a.jpg"))}));
    QCOMPARE(result.outcome.kind, OutcomeKind::Permanent);
    QVERIFY2(result.outcome.serverMessage.contains(QStringLiteral("2207026")),
             qPrintable(result.outcome.serverMessage));
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/v21\\.0/\\d+/media_publish")), 0);
    QVERIFY(rig.server.media().isEmpty());
}

void InstagramPublishTest::givesUpOnAContainerStillProcessing()
{
    InstagramRig rig;
    rig.server.setVideoPolls(1000);
    const auto result = rig.adapter()->publish(
        InstagramRig::post(QStringLiteral("Long"), {rig.file(QStringLiteral("v.mp4"))}));
    QCOMPARE(result.outcome.kind, OutcomeKind::Transient);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/v21\\.0/1788\\d+")), rig.polling.attempts);
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/v21\\.0/\\d+/media_publish")), 0);
}

void InstagramPublishTest::findsThePostAfterALostPublishAnswer()
{
    InstagramRig rig(std::chrono::milliseconds(1500));
    rig.server.addMedia(QStringLiteral("Un ancien post"), QDateTime::currentDateTimeUtc().addDays(-2));
    rig.server.injectFault("POST", QStringLiteral("/v21\\.0/\\d+/media_publish"),
                           test::fault(fakes::FaultKind::HangAfterAct));
    const QDateTime since = QDateTime::currentDateTimeUtc();
    const OutgoingPost post =
        InstagramRig::post(QStringLiteral("Campagne vaccination"), {rig.file(QStringLiteral("a.jpg"))});
    auto adapter = rig.adapter();
    const auto lost = adapter->publish(post);
    QCOMPARE(lost.outcome.kind, OutcomeKind::Unconfirmed);
    QCOMPARE(rig.server.media().size(), 2); // it did go out

    QVERIFY(adapter->findsPublished());
    const auto found = adapter->findPublished(post, since);
    QVERIFY2(found.ok(), qPrintable(found.outcome.describe()));
    QCOMPARE(found.value.remoteId, rig.server.media().first().id);
    QCOMPARE(found.value.url, rig.server.media().first().permalink);
    // Asked for the account's media since the attempt only.
    const auto &last = rig.server.requests().last();
    QVERIFY(last.query.hasQueryItem(QStringLiteral("since")));
}

void InstagramPublishTest::findsNothingForAnotherCaption()
{
    InstagramRig rig;
    rig.server.addMedia(QStringLiteral("Autre chose"));
    const auto found = rig.adapter()->findPublished(InstagramRig::post(QStringLiteral("Campagne"), {}),
                                                    QDateTime::currentDateTimeUtc().addSecs(-600));
    QVERIFY(found.ok());
    QVERIFY(found.value.remoteId.isEmpty());
    // The same caption published before the attempt is not this attempt's post.
    rig.server.addMedia(QStringLiteral("Campagne"), QDateTime::currentDateTimeUtc().addDays(-1));
    const auto old = rig.adapter()->findPublished(InstagramRig::post(QStringLiteral("Campagne"), {}),
                                                  QDateTime::currentDateTimeUtc().addSecs(-600));
    QVERIFY(old.ok());
    QVERIFY(old.value.remoteId.isEmpty());
}

void InstagramPublishTest::unreadableAnswers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<OutcomeKind>("expected");
    QTest::addColumn<int>("published");
    // Staging and containers publish nothing: safe to retry. media_publish may have published.
    QTest::newRow("staging") << QStringLiteral("/v21\\.0/\\d+/photos") << OutcomeKind::Transient << 0;
    QTest::newRow("container") << QStringLiteral("/v21\\.0/\\d+/media") << OutcomeKind::Transient << 0;
    QTest::newRow("media_publish") << QStringLiteral("/v21\\.0/\\d+/media_publish")
                                   << OutcomeKind::Unconfirmed << 1;
}

void InstagramPublishTest::unreadableAnswers()
{
    QFETCH(QString, path);
    QFETCH(OutcomeKind, expected);
    QFETCH(int, published);
    InstagramRig rig;
    rig.server.injectFault("POST", path, test::fault(fakes::FaultKind::Malformed));
    const auto result = rig.adapter()->publish(
        InstagramRig::post(QStringLiteral("Cassé"), {rig.file(QStringLiteral("a.jpg"))}));
    QCOMPARE(result.outcome.kind, expected);
    QCOMPARE(rig.server.media().size(), published);
}

void InstagramPublishTest::publishesTheFirstCommentOnTheMedia()
{
    InstagramRig rig;
    const QString mediaId = rig.server.addMedia(QStringLiteral("Post"));
    OutgoingPost first;
    first.text = QStringLiteral("Mentions légales : lien en bio");
    first.inReplyToRemoteId = mediaId;
    const auto result = rig.adapter()->publish(first);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    const auto comment = rig.server.comment(result.value.remoteId);
    QCOMPARE(comment.mediaId, mediaId);
    QVERIFY(comment.parentId.isEmpty());
    QCOMPARE(comment.username, rig.server.username());
    QCOMPARE(rig.server.requestCount("POST", QStringLiteral("/v21\\.0/\\d+/media")), 0);
}

QTEST_GUILESS_MAIN(InstagramPublishTest)
#include "tst_instagrampublish.moc"
