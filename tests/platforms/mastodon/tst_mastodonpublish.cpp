// Publishing through the adapter against the fake instance: what the server ends up holding
// is what a person would see on Mastodon.
#include "mastodonrig.h"

#include <QTemporaryDir>

using namespace vigie;
using namespace vigie::platforms;

class TestMastodonPublish : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void publishesTextWithAnIdempotencyKey();
    void uploadsMediaWithAltTextAndWaitsWhileProcessing();
    void mediaProcessedAtOnceIsNotPolled();
    void mediaThatNeverFinishesIsTransient();
    void publishesPollWarningLanguageAndVisibility();
    void publishThreadChainsTheParts();
    void retryWithTheSameKeyDoesNotDuplicate();
    void replyMentionsTheAuthorAndKeepsThePrivacy();
    void replyToOwnPostDoesNotMentionItself();
    void deletesOnlyOwnStatuses();
    void hidingIsNotAMastodonThing();
    void unreadableMediaFileIsAValidationError();

private:
    QString writeImage(const QString &name);
    QTemporaryDir m_dir;
};

void TestMastodonPublish::init()
{
    QVERIFY(m_dir.isValid());
}

QString TestMastodonPublish::writeImage(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\x01'));
    return path;
}

void TestMastodonPublish::publishesTextWithAnIdempotencyKey()
{
    test::MastodonRig rig;
    auto adapter = rig.adapter();
    OutgoingPost post;
    post.text = QStringLiteral("C++ & santé : la campagne commence 🎉");
    post.idempotencyKey = QStringLiteral("variant-42");
    const auto result = adapter->publish(post);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));

    const auto statuses = rig.server.statuses();
    QCOMPARE(statuses.size(), 1);
    QCOMPARE(statuses.first().text, post.text); // "+" and "&" survive the form encoding
    QCOMPARE(statuses.first().idempotencyKey, QStringLiteral("variant-42"));
    QCOMPARE(result.value.remoteId, statuses.first().id);
    QVERIFY(result.value.url.startsWith(QStringLiteral("https://mastodon.example/@vigie_brand/")));
    QVERIFY(result.value.createdAt.isValid());
}

void TestMastodonPublish::uploadsMediaWithAltTextAndWaitsWhileProcessing()
{
    test::MastodonRig rig;
    rig.server.setMediaProcessingPolls(2); // 202, then 206 twice, then processed
    auto adapter = rig.adapter();
    OutgoingPost post;
    post.text = QStringLiteral("Notre affiche");
    post.media = {
        {writeImage(QStringLiteral("affiche.png")), QStringLiteral("Une affiche bleue avec un vaccin"), {}},
        {writeImage(QStringLiteral("logo.png")), QString(), QStringLiteral("image/png")}};
    const auto result = adapter->publish(post);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));

    const auto status = rig.server.statuses().value(0);
    QCOMPARE(status.mediaIds.size(), 2);
    const auto first = rig.server.media(status.mediaIds.at(0));
    QCOMPARE(first.description, QStringLiteral("Une affiche bleue avec un vaccin"));
    QCOMPARE(first.contentType, QStringLiteral("image/png"));
    QCOMPARE(first.fileName, QStringLiteral("affiche.png"));
    QVERIFY(first.data.startsWith("\x89PNG"));
    QVERIFY(rig.server.media(status.mediaIds.at(1)).description.isEmpty());
    // Each upload was polled until processed: two 206 and one 200 each.
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/api/v1/media/.*")), 6);
}

void TestMastodonPublish::mediaProcessedAtOnceIsNotPolled()
{
    test::MastodonRig rig;
    rig.server.setMediaProcessingPolls(0);
    auto adapter = rig.adapter();
    OutgoingPost post;
    post.media = {{writeImage(QStringLiteral("a.png")), QStringLiteral("alt"), {}}};
    QVERIFY(adapter->publish(post).ok());
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/api/v1/media/.*")), 0);
    QCOMPARE(rig.server.statuses().value(0).mediaIds.size(), 1);
}

void TestMastodonPublish::mediaThatNeverFinishesIsTransient()
{
    test::MastodonRig rig;
    rig.server.setMediaProcessingPolls(1000);
    auto adapter = rig.adapter();
    OutgoingPost post;
    post.text = QStringLiteral("vidéo");
    post.media = {{writeImage(QStringLiteral("a.png")), QString(), {}}};
    const auto result = adapter->publish(post);
    QCOMPARE(result.outcome.kind, OutcomeKind::Transient);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/api/v1/media/.*")), rig.polling.attempts);
    QVERIFY(rig.server.statuses().isEmpty()); // nothing published without its media
}

void TestMastodonPublish::publishesPollWarningLanguageAndVisibility()
{
    test::MastodonRig rig;
    auto adapter = rig.adapter();
    OutgoingPost post;
    post.text = QStringLiteral("Quel format préférez-vous ?");
    post.pollOptions = {QStringLiteral("Vidéo"), QStringLiteral("Article"), QStringLiteral("Podcast")};
    post.pollExpiresInSeconds = 3600;
    post.pollMultipleChoice = true;
    post.contentWarning = QStringLiteral("Sondage santé");
    post.language = QStringLiteral("fr");
    post.visibility = QStringLiteral("unlisted");
    QVERIFY(adapter->publish(post).ok());

    const auto status = rig.server.statuses().value(0);
    QCOMPARE(status.pollOptions, post.pollOptions);
    QCOMPARE(status.pollExpiresIn, 3600);
    QVERIFY(status.pollMultiple);
    QCOMPARE(status.spoilerText, QStringLiteral("Sondage santé"));
    QCOMPARE(status.language, QStringLiteral("fr"));
    QCOMPARE(status.visibility, QStringLiteral("unlisted"));
}

void TestMastodonPublish::publishThreadChainsTheParts()
{
    test::MastodonRig rig;
    auto adapter = rig.adapter();
    QList<OutgoingPost> parts(3);
    for (int i = 0; i < 3; ++i) {
        parts[i].text = QStringLiteral("Partie %1/3").arg(i + 1);
        parts[i].idempotencyKey = QStringLiteral("thread-7");
    }
    const auto result = adapter->publisher()->publishThread(parts);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));
    QCOMPARE(result.value.size(), 3);

    const auto statuses = rig.server.statuses();
    QCOMPARE(statuses.size(), 3);
    QVERIFY(statuses.at(0).inReplyToId.isEmpty());
    QCOMPARE(statuses.at(1).inReplyToId, statuses.at(0).id);
    QCOMPARE(statuses.at(2).inReplyToId, statuses.at(1).id);
    // Each part has its own key: the server must not take part 2 for a repeat of part 1.
    QCOMPARE(statuses.at(0).idempotencyKey, QStringLiteral("thread-7"));
    QCOMPARE(statuses.at(1).idempotencyKey, QStringLiteral("thread-7-part2"));
}

void TestMastodonPublish::retryWithTheSameKeyDoesNotDuplicate()
{
    test::MastodonRig rig;
    auto adapter = rig.adapter();
    OutgoingPost post;
    post.text = QStringLiteral("Une seule fois");
    post.idempotencyKey = QStringLiteral("once");
    const auto first = adapter->publish(post);
    const auto again = rig.adapter()->publish(post);
    QVERIFY(first.ok());
    QVERIFY(again.ok());
    QCOMPARE(again.value.remoteId, first.value.remoteId);
    QCOMPARE(rig.server.statuses().size(), 1);
    const auto posts = rig.server.requests();
    const int withKey = int(std::count_if(posts.begin(), posts.end(), [](const fakes::FakeRequest &r) {
        return r.path == QLatin1String("/api/v1/statuses") && r.header("idempotency-key") == "once";
    }));
    QCOMPARE(withKey, 2);
}

void TestMastodonPublish::replyMentionsTheAuthorAndKeepsThePrivacy()
{
    test::MastodonRig rig;
    const QString question = rig.server.addMention(QStringLiteral("marie@piaille.fr"),
                                                   QStringLiteral("@vigie_brand une question privée"), {},
                                                   QStringLiteral("direct"));
    auto adapter = rig.adapter();
    OutgoingPost answer;
    answer.text = QStringLiteral("Bonjour, nous vous répondons en privé.");
    const auto result = adapter->engagement()->reply(question, answer);
    QVERIFY2(result.ok(), qPrintable(result.outcome.describe()));

    const auto status = rig.server.status(result.value.remoteId);
    QCOMPARE(status.inReplyToId, question);
    QCOMPARE(status.text, QStringLiteral("@marie@piaille.fr Bonjour, nous vous répondons en privé."));
    QCOMPARE(status.visibility, QStringLiteral("direct")); // never public by accident

    // Already mentioned: not twice.
    OutgoingPost second;
    second.text = QStringLiteral("@marie@piaille.fr merci !");
    second.visibility = QStringLiteral("direct");
    const auto again = adapter->engagement()->reply(question, second);
    QCOMPARE(rig.server.status(again.value.remoteId).text, QStringLiteral("@marie@piaille.fr merci !"));
}

void TestMastodonPublish::replyToOwnPostDoesNotMentionItself()
{
    test::MastodonRig rig;
    auto adapter = rig.adapter();
    OutgoingPost post;
    post.text = QStringLiteral("Annonce");
    const auto root = adapter->publish(post);
    OutgoingPost followUp;
    followUp.text = QStringLiteral("Précision");
    const auto reply = adapter->engagement()->reply(root.value.remoteId, followUp);
    QVERIFY(reply.ok());
    QCOMPARE(rig.server.status(reply.value.remoteId).text, QStringLiteral("Précision"));
    QCOMPARE(rig.server.status(reply.value.remoteId).visibility, QStringLiteral("public"));
}

void TestMastodonPublish::deletesOnlyOwnStatuses()
{
    test::MastodonRig rig;
    auto adapter = rig.adapter();
    OutgoingPost post;
    post.text = QStringLiteral("Oups");
    const auto mine = adapter->publish(post);
    QVERIFY(adapter->engagement()->deleteComment(mine.value.remoteId).ok());
    QVERIFY(!rig.server.hasStatus(mine.value.remoteId));

    const QString theirs =
        rig.server.addMention(QStringLiteral("paul@mamot.fr"), QStringLiteral("@vigie_brand hello"));
    QCOMPARE(adapter->engagement()->deleteComment(theirs).kind, OutcomeKind::Permanent);
    QVERIFY(rig.server.hasStatus(theirs));
}

void TestMastodonPublish::hidingIsNotAMastodonThing()
{
    test::MastodonRig rig;
    const QString theirs =
        rig.server.addMention(QStringLiteral("paul@mamot.fr"), QStringLiteral("@vigie_brand spam"));
    const int before = int(rig.server.requests().size());
    QCOMPARE(rig.adapter()->engagement()->hideComment(theirs).kind, OutcomeKind::Permanent);
    QCOMPARE(int(rig.server.requests().size()), before);
}

void TestMastodonPublish::unreadableMediaFileIsAValidationError()
{
    test::MastodonRig rig;
    OutgoingPost post;
    post.text = QStringLiteral("photo");
    post.media = {{m_dir.filePath(QStringLiteral("missing.png")), QString(), {}}};
    const auto result = rig.adapter()->publish(post);
    QCOMPARE(result.outcome.kind, OutcomeKind::Validation);
    QCOMPARE(result.outcome.field, QStringLiteral("media"));
    QVERIFY(rig.server.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestMastodonPublish)
#include "tst_mastodonpublish.moc"
