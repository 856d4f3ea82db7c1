// Publishing to the fake PDS: the record written (text, facets with UTF-8 offsets, images with
// alt text, reply references), what Vigie refuses before sending anything, and that a retry
// with the same idempotency key never makes a second post.
#include "blueskyharness.h"

#include "platforms/bluesky/blueskyviews.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::platforms;
using namespace vigie::platforms::bluesky;
using vigie::fakes::FakeBlueskyServer;
using vigie::fakes::Fault;
using vigie::fakes::FaultKind;

namespace {

const QString kCreateRecord = QStringLiteral("/xrpc/com\\.atproto\\.repo\\.createRecord");
const QString kUploadBlob = QStringLiteral("/xrpc/com\\.atproto\\.repo\\.uploadBlob");

OutgoingPost post(const QString &text, const QString &key = {})
{
    OutgoingPost p;
    p.text = text;
    p.language = "fr";
    p.idempotencyKey = key;
    return p;
}

QString rkeyOf(const QString &uri)
{
    return AtUri::parse(uri).value_or(AtUri{}).rkey;
}

// A real PNG of about `bytes` bytes (noise does not compress), or exactly `bytes` of JPEG-named
// filler when exact sizes matter.
QString writeImage(const QTemporaryDir &dir, const QString &name, int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            image.setPixel(x, y, qRgb((x * 37 + y * 11) % 256, (x * y) % 256, (x + y * 53) % 256));
    const QString path = dir.filePath(name);
    image.save(path, "PNG");
    return path;
}

QString writeBytes(const QTemporaryDir &dir, const QString &name, qint64 size)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(int(size - 4), 'x'));
    return path;
}

} // namespace

class TestBlueskyPublish : public QObject
{
    Q_OBJECT

private slots:
    void publishesAPost();
    void facetsHaveUtf8ByteOffsets_data();
    void facetsHaveUtf8ByteOffsets();
    void imagesGoUpWithAltText();
    void refusesBeforeSending_data();
    void refusesBeforeSending();
    void repliesReferenceRootAndParent();
    void retryWithSameKeyDoesNotPostTwice_data();
    void retryWithSameKeyDoesNotPostTwice();
    void hangAfterAcceptIsUnconfirmedThenRetrySucceeds();
    void unreadableAnswerAfterCreateIsSuccess();
    void serverErrorBeforeWritingIsTransient();
    void serverValidationIsValidation();
    void expiredTokenDuringPublishRetriesOnce();
    void hangingUploadIsTransient();
    void threadPartsChainUnderFirstPost();
    void deletesOwnPostsOnly();
};

void TestBlueskyPublish::publishesAPost()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    const QString key = newTid(h.clock);
    const auto published = adapter->publish(post("Bonjour à tous !", key));
    QVERIFY2(published.ok(), qPrintable(published.outcome.serverMessage));
    QCOMPARE(published.value.remoteId, QString("at://%1/app.bsky.feed.post/%2").arg(h.did, key));
    QCOMPARE(published.value.url, QString("https://bsky.app/profile/vigie.test/post/%1").arg(key));
    QCOMPARE(published.value.createdAt, h.clock.now());

    const auto stored = h.server.records();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().rkey, key); // the client-chosen key
    const QJsonObject record = stored.first().value;
    QCOMPARE(record.value("$type").toString(), QString("app.bsky.feed.post"));
    QCOMPARE(record.value("text").toString(), QString("Bonjour à tous !"));
    QCOMPARE(record.value("langs").toArray(), QJsonArray{"fr"});
    QCOMPARE(record.value("createdAt").toString(), QString("2025-03-14T09:30:00.000Z"));
    QVERIFY(!record.contains("facets"));
    QVERIFY(!record.contains("reply"));
}

void TestBlueskyPublish::facetsHaveUtf8ByteOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("covered");  // what each facet's bytes spell, in order
    QTest::addColumn<QStringList>("features"); // "mention:<handle>", "link:<uri>", "tag:<tag>"

    QTest::newRow("accents and mention")
        << "Réponse de l'équipe pour @marie.test : merci ! #santé" << QStringList{"@marie.test", "#santé"}
        << QStringList{"mention:marie.test", "tag:santé"};
    QTest::newRow("emoji ZWJ then link")
        << "👨‍👩‍👧‍👦 Notice : https://vigie.example/notice-fr."
        << QStringList{"https://vigie.example/notice-fr"}
        << QStringList{"link:https://vigie.example/notice-fr"};
    QTest::newRow("CJK mention and tag")
        << "日本のみなさん @marie.test #薬" << QStringList{"@marie.test", "#薬"}
        << QStringList{"mention:marie.test", "tag:薬"};
    QTest::newRow("unknown handle stays text")
        << "Merci @inconnu.example.com et @marie.test" << QStringList{"@marie.test"}
        << QStringList{"mention:marie.test"};
    QTest::newRow("bare domain") << "Infos sur ansm.sante.fr 🇫🇷" << QStringList{"ansm.sante.fr"}
                                 << QStringList{"link:https://ansm.sante.fr"};
}

void TestBlueskyPublish::facetsHaveUtf8ByteOffsets()
{
    QFETCH(QString, text);
    QFETCH(QStringList, covered);
    QFETCH(QStringList, features);
    test::BlueskyHarness h;
    const QString marie = h.server.addAccount("marie.test", {}, "Marie");
    auto adapter = h.signedIn();
    QVERIFY(adapter->publish(post(text, newTid(h.clock))).ok());

    const QJsonObject record = h.server.records().first().value;
    const QByteArray utf8 = record.value("text").toString().toUtf8();
    QStringList actualCovered;
    QStringList actualFeatures;
    for (const QJsonValue &value : record.value("facets").toArray()) {
        const QJsonObject facet = value.toObject();
        const QJsonObject index = facet.value("index").toObject();
        const int start = index.value("byteStart").toInt();
        const int end = index.value("byteEnd").toInt();
        actualCovered << QString::fromUtf8(utf8.mid(start, end - start));
        const QJsonObject feature = facet.value("features").toArray().first().toObject();
        const QString type = feature.value("$type").toString().section('#', 1);
        if (type == "mention") {
            QCOMPARE(feature.value("did").toString(), marie); // resolved, not the handle
            actualFeatures << "mention:marie.test";
        } else {
            actualFeatures << type + ":" + feature.value(type == "link" ? "uri" : "tag").toString();
        }
    }
    QCOMPARE(actualCovered, covered);
    QCOMPARE(actualFeatures, features);
}

void TestBlueskyPublish::imagesGoUpWithAltText()
{
    test::BlueskyHarness h;
    QTemporaryDir dir;
    auto adapter = h.signedIn();
    OutgoingPost p = post("Deux visuels de la campagne", newTid(h.clock));
    p.media = {{writeImage(dir, "affiche.png", 120), "Affiche : « Parlez-en à votre pharmacien »", {}},
               {writeImage(dir, "schema.png", 80), "Schéma de la posologie", {}}};
    const auto published = adapter->publish(p);
    QVERIFY2(published.ok(), qPrintable(published.outcome.serverMessage));
    QCOMPARE(h.server.blobCount(), 2);
    QCOMPARE(h.server.requestCount("POST", kUploadBlob), 2);
    for (const auto &request : h.server.requests())
        if (request.path.endsWith("uploadBlob")) {
            QCOMPARE(request.header("content-type"), QByteArray("image/png"));
            QVERIFY(request.body.startsWith("\x89PNG"));
        }

    const QJsonObject embed = h.server.records().first().value.value("embed").toObject();
    QCOMPARE(embed.value("$type").toString(), QString("app.bsky.embed.images"));
    const QJsonArray images = embed.value("images").toArray();
    QCOMPARE(images.size(), 2);
    QCOMPARE(images.at(0).toObject().value("alt").toString(),
             QString("Affiche : « Parlez-en à votre pharmacien »"));
    QCOMPARE(images.at(1).toObject().value("alt").toString(), QString("Schéma de la posologie"));
    const QJsonObject blob = images.at(0).toObject().value("image").toObject();
    QCOMPARE(blob.value("$type").toString(), QString("blob"));
    QCOMPARE(blob.value("mimeType").toString(), QString("image/png"));
    QCOMPARE(blob.value("size").toInteger(), QFileInfo(p.media.at(0).filePath).size());

    // The post view shows them back with their alt text.
    const auto views = adapter->getPosts({published.value.remoteId});
    QVERIFY(views.ok());
    QCOMPARE(views.value.first()
                 .value("embed")
                 .toObject()
                 .value("images")
                 .toArray()
                 .at(1)
                 .toObject()
                 .value("alt")
                 .toString(),
             QString("Schéma de la posologie"));
}

void TestBlueskyPublish::refusesBeforeSending_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("imageSizes");
    QTest::addColumn<QString>("field");
    QTest::newRow("image just over 1,000,000 bytes") << "Visuel" << QList<qint64>{1'000'001} << "media";
    // The lexicon's limit (app.bsky.embed.images: maxSize 1,000,000) is below 2 MB: a 1.5 MB
    // image would be uploaded, then refused by the PDS with BlobTooLarge.
    QTest::newRow("1.5 MB image") << "Visuel" << QList<qint64>{1'500'000} << "media";
    QTest::newRow("more than 2 MB") << "Visuel" << QList<qint64>{2'000'001} << "media";
    QTest::newRow("five images") << "Visuels" << QList<qint64>{1000, 1000, 1000, 1000, 1000} << "media";
    QTest::newRow("301 graphemes") << QString("é").repeated(301) << QList<qint64>{} << "text";
    QTest::newRow("nothing to post") << "   " << QList<qint64>{} << "text";
}

void TestBlueskyPublish::refusesBeforeSending()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, imageSizes);
    QFETCH(QString, field);
    test::BlueskyHarness h;
    QTemporaryDir dir;
    auto adapter = h.signedIn();
    OutgoingPost p = post(text, newTid(h.clock));
    for (int i = 0; i < imageSizes.size(); ++i)
        p.media.append(
            {writeBytes(dir, QString("image%1.jpg").arg(i), imageSizes.at(i)), "alt", "image/jpeg"});
    const auto published = adapter->publish(p);
    QCOMPARE(published.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(published.outcome.field, field);
    QVERIFY(!published.outcome.serverMessage.isEmpty());
    QCOMPARE(h.server.requests().size(), 0); // nothing uploaded, nothing created
}

void TestBlueskyPublish::repliesReferenceRootAndParent()
{
    test::BlueskyHarness h;
    const QString patient = h.server.addAccount("patient.test", {}, "Patient");
    const QString root = h.server.createPost(patient, "Question sur le dosage ?");
    const QString followUp = h.server.createPost(patient, "Précision : pour un enfant", root);
    auto adapter = h.signedIn();

    const auto answer =
        adapter->reply(followUp, post("Merci, nous vous répondons en message privé.", newTid(h.clock)));
    QVERIFY2(answer.ok(), qPrintable(answer.outcome.serverMessage));
    const auto written = h.server.record(answer.value.remoteId);
    QVERIFY(written);
    const QJsonObject reply = written->value.value("reply").toObject();
    QCOMPARE(reply.value("root").toObject().value("uri").toString(), root);
    QCOMPARE(reply.value("root").toObject().value("cid").toString(), h.server.record(root)->cid);
    QCOMPARE(reply.value("parent").toObject().value("uri").toString(), followUp);
    QCOMPARE(reply.value("parent").toObject().value("cid").toString(), h.server.record(followUp)->cid);

    // Answering the root itself: root and parent are the same post.
    const auto direct = adapter->reply(root, post("Bonjour, merci pour la question.", newTid(h.clock)));
    QVERIFY(direct.ok());
    const QJsonObject directReply = h.server.record(direct.value.remoteId)->value.value("reply").toObject();
    QCOMPARE(directReply.value("root").toObject(), directReply.value("parent").toObject());
    QCOMPARE(directReply.value("root").toObject().value("uri").toString(), root);

    // A post that no longer exists cannot be answered.
    h.server.removeRecord(followUp);
    const auto gone = adapter->reply(followUp, post("Trop tard", newTid(h.clock)));
    QCOMPARE(gone.outcome.kind, OutcomeKind::Permanent);
}

void TestBlueskyPublish::retryWithSameKeyDoesNotPostTwice_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("key");
    QTest::newRow("reference PDS: 500")
        << int(FakeBlueskyServer::DuplicateRecordAnswer::InternalServerError) << "tid";
    QTest::newRow("named error") << int(FakeBlueskyServer::DuplicateRecordAnswer::RecordAlreadyExists)
                                 << "tid";
    QTest::newRow("key that is not a TID")
        << int(FakeBlueskyServer::DuplicateRecordAnswer::InternalServerError) << "variant-42-bluesky";
}

void TestBlueskyPublish::retryWithSameKeyDoesNotPostTwice()
{
    QFETCH(int, answer);
    QFETCH(QString, key);
    test::BlueskyHarness h;
    h.server.setDuplicateRecordAnswer(FakeBlueskyServer::DuplicateRecordAnswer(answer));
    if (key == "tid")
        key = newTid(h.clock);
    auto adapter = h.signedIn();
    const auto first = adapter->publish(post("Rappel : campagne de vaccination", key));
    QVERIFY(first.ok());
    h.clock.advanceSecs(90);
    const auto again = h.signedIn()->publish(post("Rappel : campagne de vaccination", key));
    QVERIFY2(again.ok(), qPrintable(again.outcome.serverMessage));
    QCOMPARE(again.value.remoteId, first.value.remoteId);
    QCOMPARE(again.value.url, first.value.url);
    QCOMPARE(again.value.createdAt, first.value.createdAt); // the existing post's, read back
    QCOMPARE(h.server.records().size(), 1);
    QCOMPARE(h.server.requestCount("POST", kCreateRecord), 2);
}

void TestBlueskyPublish::hangAfterAcceptIsUnconfirmedThenRetrySucceeds()
{
    test::BlueskyHarness h;
    h.http->setTimeout(std::chrono::milliseconds(800));
    const QString key = newTid(h.clock);
    h.server.injectFault("POST", kCreateRecord, Fault{FaultKind::HangAfterAct, 0, {}, {}});
    const auto first = h.signedIn()->publish(post("Communiqué", key));
    // The server wrote the post but no answer came: never reported as failed or as sent.
    QCOMPARE(first.outcome.kind, OutcomeKind::Unconfirmed);
    QCOMPARE(h.server.records().size(), 1);

    // An explicit retry later, same key: the existing post is the result, not a second one.
    const auto retry = h.signedIn()->publish(post("Communiqué", key));
    QVERIFY2(retry.ok(), qPrintable(retry.outcome.serverMessage));
    QCOMPARE(rkeyOf(retry.value.remoteId), key);
    QCOMPARE(h.server.records().size(), 1);
}

void TestBlueskyPublish::unreadableAnswerAfterCreateIsSuccess()
{
    test::BlueskyHarness h;
    const QString key = newTid(h.clock);
    h.server.injectFault("POST", kCreateRecord, Fault{FaultKind::Malformed, 200, {}, {}});
    const auto published = h.signedIn()->publish(post("Communiqué", key));
    QVERIFY(published.ok());
    QCOMPARE(published.value.remoteId, QString("at://%1/app.bsky.feed.post/%2").arg(h.did, key));
    QCOMPARE(h.server.records().size(), 1);
}

void TestBlueskyPublish::serverErrorBeforeWritingIsTransient()
{
    test::BlueskyHarness h;
    const QString key = newTid(h.clock);
    h.server.injectFault("POST", kCreateRecord, Fault{});
    const auto failed = h.signedIn()->publish(post("Communiqué", key));
    QCOMPARE(failed.outcome.kind, OutcomeKind::Transient);
    QCOMPARE(failed.outcome.httpStatus, 500);
    QCOMPARE(h.server.records().size(), 0);
    const auto retried = h.signedIn()->publish(post("Communiqué", key));
    QVERIFY(retried.ok());
    QCOMPARE(h.server.records().size(), 1);
}

void TestBlueskyPublish::serverValidationIsValidation()
{
    test::BlueskyHarness h;
    h.server.injectFault(
        "POST", kCreateRecord,
        Fault{
            FaultKind::Status,
            400,
            R"({"error":"InvalidRequest","message":"Invalid app.bsky.feed.post record: Record/langs/0 must be a valid language"})",
            {}});
    const auto refused = h.signedIn()->publish(post("Texte", newTid(h.clock)));
    QCOMPARE(refused.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(refused.outcome.httpStatus, 400);
    QCOMPARE(refused.outcome.serverMessage,
             QString("Invalid app.bsky.feed.post record: Record/langs/0 must be a valid language"));
    QCOMPARE(h.server.records().size(), 0);
}

void TestBlueskyPublish::expiredTokenDuringPublishRetriesOnce()
{
    test::BlueskyHarness h;
    Credentials stored = h.liveSession();
    stored.accessExpiresAt = h.clock.now().addDays(1); // wrong: the server knows better
    h.clock.advanceSecs(3 * 3600);
    auto adapter = h.adapter(stored);
    const auto published = adapter->publish(post("Texte", newTid(h.clock)));
    QVERIFY2(published.ok(), qPrintable(published.outcome.serverMessage));
    QCOMPARE(h.server.records().size(), 1);
    QCOMPARE(h.server.requestCount("POST", kCreateRecord), 2);
    QVERIFY(adapter->credentialsChanged());
}

void TestBlueskyPublish::hangingUploadIsTransient()
{
    test::BlueskyHarness h;
    h.http->setTimeout(std::chrono::milliseconds(800));
    QTemporaryDir dir;
    h.server.injectFault("POST", kUploadBlob, Fault{FaultKind::HangAfterAct, 0, {}, {}});
    OutgoingPost p = post("Visuel", newTid(h.clock));
    p.media = {{writeImage(dir, "a.png", 16), "alt", {}}};
    const auto published = h.signedIn()->publish(p);
    // No post exists without its record: a lost upload answer is safe to retry.
    QCOMPARE(published.outcome.kind, OutcomeKind::Transient);
    QCOMPARE(h.server.records().size(), 0);
}

void TestBlueskyPublish::threadPartsChainUnderFirstPost()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    const QString key = newTid(h.clock);
    QList<OutgoingPost> parts{post("1/3 Ce qu'il faut savoir", key), post("2/3 Les effets indésirables", key),
                              post("3/3 Où se renseigner", key)};
    const auto thread = adapter->publishThread(parts);
    QVERIFY2(thread.ok(), qPrintable(thread.outcome.serverMessage));
    QCOMPARE(thread.value.size(), 3);
    QCOMPARE(h.server.records().size(), 3);
    const auto third = h.server.record(thread.value.at(2).remoteId);
    QCOMPARE(third->value.value("reply").toObject().value("root").toObject().value("uri").toString(),
             thread.value.at(0).remoteId);
    QCOMPARE(third->value.value("reply").toObject().value("parent").toObject().value("uri").toString(),
             thread.value.at(1).remoteId);
    // Published again with the same key (a retry of the whole thread): still three posts.
    QVERIFY(h.signedIn()->publishThread(parts).ok());
    QCOMPARE(h.server.records().size(), 3);
}

void TestBlueskyPublish::deletesOwnPostsOnly()
{
    test::BlueskyHarness h;
    auto adapter = h.signedIn();
    const auto published = adapter->publish(post("À supprimer", newTid(h.clock)));
    QVERIFY(published.ok());
    QVERIFY(adapter->capabilities().testFlag(Capability::DeleteComment));
    QVERIFY(adapter->deleteComment(published.value.remoteId).ok());
    QVERIFY(!h.server.record(published.value.remoteId));

    const QString other = h.server.addAccount("other.test");
    const QString theirs = h.server.createPost(other, "Pas à moi");
    QCOMPARE(adapter->deleteComment(theirs).kind, OutcomeKind::Permanent);
    QVERIFY(h.server.record(theirs));
}

QTEST_GUILESS_MAIN(TestBlueskyPublish)
#include "tst_blueskypublish.moc"
