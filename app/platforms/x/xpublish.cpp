// Publishing on X: checks before any request, media through the v2 chunked upload
// (https://docs.x.com/x-api/media/initialize-media-upload, …/append-media-upload,
// …/media-upload-finalize, …/get-media-upload-status, …/create-media-metadata), then
// POST /2/tweets (https://docs.x.com/x-api/posts/create-or-edit-post), and the look among the
// account's own posts that replaces the idempotency key X does not have.
#include "platforms/x/xadapter.h"

#include "platforms/mediafile.h"

#include "platforms/x/xjson.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace vigie {
namespace platforms {
namespace x {

namespace {

constexpr int kMaxPollOptionLength = 25;
constexpr int kMinPollMinutes = 5;
constexpr int kMaxPollMinutes = 7 * 24 * 60;
constexpr int kFindPublishedPages = 5;

void pause(std::chrono::milliseconds delay)
{
    // An event loop rather than a sleep: a test's in-process server keeps answering meanwhile.
    QEventLoop loop;
    QTimer::singleShot(delay, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

// What X's media_category expects; video and animated GIFs are processed asynchronously.
QString mediaCategory(const QString &mimeType)
{
    if (mimeType == QLatin1String("image/gif"))
        return QStringLiteral("tweet_gif");
    if (mimeType.startsWith(QLatin1String("video/")))
        return QStringLiteral("tweet_video");
    return QStringLiteral("tweet_image");
}

QByteArray jsonBody(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A failed upload step: nothing was published, so a lost answer is safe to retry.
Outcome uploadFailure(Outcome outcome)
{
    if (outcome.kind == OutcomeKind::Unconfirmed)
        outcome.kind = OutcomeKind::Transient;
    if (outcome.kind == OutcomeKind::Validation && outcome.field.isEmpty())
        outcome.field = QStringLiteral("media");
    return outcome;
}

} // namespace

Outcome XAdapter::validate(const OutgoingPost &post)
{
    if (post.text.trimmed().isEmpty() && post.media.isEmpty())
        return Outcome::validation(QStringLiteral("text"), tr("An X post needs text or media."), 0);
    const int length = countLength(post.text);
    if (length > kMaxWeightedLength)
        return Outcome::validation(QStringLiteral("text"),
                                   tr("The post is %1 characters long as X counts them; X allows %2.")
                                       .arg(length)
                                       .arg(kMaxWeightedLength),
                                   0);
    if (!post.media.isEmpty() && !post.pollOptions.isEmpty())
        return Outcome::validation(QStringLiteral("poll"),
                                   tr("X does not allow a poll and media in one post."), 0);
    if (!post.pollOptions.isEmpty()) {
        if (post.pollOptions.size() < 2 || post.pollOptions.size() > defaultLimits().maxPollOptions)
            return Outcome::validation(QStringLiteral("poll"), tr("An X poll has 2 to 4 options."), 0);
        for (const QString &option : post.pollOptions)
            if (option.trimmed().isEmpty() || option.toUcs4().size() > kMaxPollOptionLength)
                return Outcome::validation(
                    QStringLiteral("poll"),
                    tr("Each X poll option has 1 to %1 characters.").arg(kMaxPollOptionLength), 0);
        const qint64 minutes = post.pollExpiresInSeconds / 60;
        if (minutes < kMinPollMinutes || minutes > kMaxPollMinutes)
            return Outcome::validation(QStringLiteral("poll"),
                                       tr("An X poll lasts from 5 minutes to 7 days."), 0);
    }
    if (post.media.size() > defaultLimits().maxMedia)
        return Outcome::validation(QStringLiteral("media"), tr("X takes at most 4 photos in one post."), 0);
    if (post.media.size() > 1) {
        for (const MediaAttachment &media : post.media) {
            const QString type = mediaMimeType(media);
            if (type.startsWith(QLatin1String("video/")) || type == QLatin1String("image/gif"))
                return Outcome::validation(QStringLiteral("media"),
                                           tr("A video or an animated GIF must be alone in an X post."), 0);
        }
    }
    for (const MediaAttachment &media : post.media)
        if (media.altText.size() > defaultLimits().maxAltTextLength)
            return Outcome::validation(QStringLiteral("media"),
                                       tr("X takes image descriptions of at most 1,000 characters."), 0);
    return Outcome::success();
}

Result<PublishedPost> XAdapter::publish(const OutgoingPost &post)
{
    if (const Outcome valid = validate(post); !valid)
        return failed<PublishedPost>(valid);
    QStringList mediaIds;
    for (const MediaAttachment &media : post.media) {
        const Result<QString> uploaded = uploadMedia(media);
        if (!uploaded.ok())
            return failed<PublishedPost>(uploaded.outcome);
        mediaIds << uploaded.value;
    }
    return createPost(post, mediaIds);
}

Result<PublishedPost> XAdapter::reply(const QString &parentRemoteId, OutgoingPost post)
{
    post.inReplyToRemoteId = parentRemoteId;
    return publish(post);
}

Result<QString> XAdapter::uploadMedia(const MediaAttachment &media)
{
    const Result<MediaFile> file = readMediaFile(media);
    if (!file.ok())
        return failed<QString>(file.outcome);
    const QByteArray &data = file.value.data;
    const QString &mimeType = file.value.mimeType;

    HttpRequest init;
    init.method = "POST";
    init.path = QStringLiteral("/2/media/upload/initialize");
    init.contentType = "application/json";
    init.body = jsonBody({{QStringLiteral("media_type"), mimeType},
                          {QStringLiteral("total_bytes"), double(data.size())},
                          {QStringLiteral("media_category"), mediaCategory(mimeType)}});
    const Answer started = exchange(init);
    if (!started.outcome.ok())
        return failed<QString>(uploadFailure(started.outcome));
    const QString id =
        started.json.object().value(QLatin1String("data")).toObject().value(QLatin1String("id")).toString();
    if (started.unreadable || id.isEmpty())
        return failed<QString>(Outcome::failure(OutcomeKind::Transient,
                                                tr("X's answer to the media upload could not be read"),
                                                started.response.status));

    for (qint64 offset = 0, segment = 0; offset < data.size(); offset += m_chunkSize, ++segment) {
        HttpRequest append;
        append.method = "POST";
        append.path = QStringLiteral("/2/media/upload/%1/append").arg(id);
        setMultipartBody(append,
                         {{"segment_index", QByteArray::number(segment), {}, {}},
                          {"media", data.mid(offset, m_chunkSize), "blob", "application/octet-stream"}});
        const Answer appended = exchange(append);
        if (!appended.outcome.ok())
            return failed<QString>(uploadFailure(appended.outcome));
    }

    HttpRequest finalize;
    finalize.method = "POST";
    finalize.path = QStringLiteral("/2/media/upload/%1/finalize").arg(id);
    const Answer finished = exchange(finalize);
    if (!finished.outcome.ok())
        return failed<QString>(uploadFailure(finished.outcome));
    const QJsonObject processing = finished.json.object()
                                       .value(QLatin1String("data"))
                                       .toObject()
                                       .value(QLatin1String("processing_info"))
                                       .toObject();
    if (!processing.isEmpty()) {
        const Result<QString> ready = waitForMedia(id, processing);
        if (!ready.ok())
            return ready;
    }

    if (!media.altText.isEmpty()) {
        HttpRequest metadata;
        metadata.method = "POST";
        metadata.path = QStringLiteral("/2/media/metadata");
        metadata.contentType = "application/json";
        metadata.body = jsonBody({{QStringLiteral("id"), id},
                                  {QStringLiteral("metadata"),
                                   QJsonObject{{QStringLiteral("alt_text"),
                                                QJsonObject{{QStringLiteral("text"), media.altText}}}}}});
        const Answer described = exchange(metadata);
        if (!described.outcome.ok())
            return failed<QString>(uploadFailure(described.outcome));
    }
    return Result<QString>::success(id);
}

Result<QString> XAdapter::waitForMedia(const QString &mediaId, QJsonObject processing)
{
    for (int attempt = 0; attempt <= m_mediaPolling.attempts; ++attempt) {
        const QString state = processing.value(QLatin1String("state")).toString();
        if (processing.isEmpty() || state == QLatin1String("succeeded"))
            return Result<QString>::success(mediaId);
        if (state == QLatin1String("failed")) {
            const QJsonObject error = processing.value(QLatin1String("error")).toObject();
            const QString message = error.value(QLatin1String("message")).toString();
            return failed<QString>(
                Outcome::validation(QStringLiteral("media"),
                                    message.isEmpty() ? tr("X could not process the media") : message, 0));
        }
        if (state != QLatin1String("pending") && state != QLatin1String("in_progress"))
            logUnknownValue(Network::X, "processing_info.state", state);
        if (attempt == m_mediaPolling.attempts)
            break;
        const qint64 checkAfter =
            qMax<qint64>(1, qint64(processing.value(QLatin1String("check_after_secs")).toDouble()));
        pause(std::min(std::chrono::milliseconds(checkAfter * 1000), m_mediaPolling.maxDelay));

        HttpRequest status;
        status.path = QStringLiteral("/2/media/upload");
        status.query.addQueryItem(QStringLiteral("command"), QStringLiteral("STATUS"));
        status.query.addQueryItem(QStringLiteral("media_id"), mediaId);
        const Answer answer = readJson(status);
        if (!answer.outcome.ok())
            return failed<QString>(uploadFailure(answer.outcome));
        processing = answer.json.object()
                         .value(QLatin1String("data"))
                         .toObject()
                         .value(QLatin1String("processing_info"))
                         .toObject();
    }
    return failed<QString>(Outcome::failure(OutcomeKind::Transient, tr("X is still processing the media")));
}

Result<PublishedPost> XAdapter::createPost(const OutgoingPost &post, const QStringList &mediaIds)
{
    QJsonObject body;
    if (!post.text.isEmpty())
        body.insert(QStringLiteral("text"), post.text);
    if (!mediaIds.isEmpty())
        body.insert(QStringLiteral("media"),
                    QJsonObject{{QStringLiteral("media_ids"), QJsonArray::fromStringList(mediaIds)}});
    if (!post.pollOptions.isEmpty())
        body.insert(
            QStringLiteral("poll"),
            QJsonObject{{QStringLiteral("options"), QJsonArray::fromStringList(post.pollOptions)},
                        {QStringLiteral("duration_minutes"), double(post.pollExpiresInSeconds / 60)}});
    if (!post.inReplyToRemoteId.isEmpty())
        body.insert(QStringLiteral("reply"),
                    QJsonObject{{QStringLiteral("in_reply_to_tweet_id"), post.inReplyToRemoteId}});

    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/2/tweets");
    request.contentType = "application/json";
    request.body = jsonBody(body);
    const Answer answer = exchange(request);
    if (!answer.outcome.ok()) {
        Outcome outcome = answer.outcome;
        // 403 is X's word for content it refuses: a duplicate of a recent post, a reply to a
        // post that is gone or closed to the account. Sending it again changes nothing.
        if (outcome.httpStatus == 403 && outcome.serverMessage.contains(QLatin1String("duplicate")))
            outcome.serverMessage =
                tr("X refuses a post identical to a recent one: %1").arg(outcome.serverMessage);
        return failed<PublishedPost>(outcome);
    }
    const QString id =
        answer.json.object().value(QLatin1String("data")).toObject().value(QLatin1String("id")).toString();
    if (answer.unreadable || id.isEmpty())
        // X said yes but we cannot tell to what: the post probably exists; findPublished decides.
        return failed<PublishedPost>(Outcome::failure(
            OutcomeKind::Unconfirmed, tr("X's answer could not be read"), answer.response.status));
    PublishedPost published;
    published.remoteId = id;
    published.url = postUrl(id);
    published.createdAt = now();
    return Result<PublishedPost>::success(published);
}

Result<PublishedPost> XAdapter::findPublished(const OutgoingPost &post, const QDateTime &since)
{
    const Result<QString> own = ownUserId();
    if (!own.ok())
        return failed<PublishedPost>(own.outcome);
    const QString wanted = comparableText(post.text);
    // created_at has whole seconds; a post made in the second `since` falls in it.
    const QDateTime from = since.toUTC().addSecs(-1);
    QString pageToken;
    for (int page = 0; page < kFindPublishedPages; ++page) {
        HttpRequest request;
        request.path = QStringLiteral("/2/users/%1/tweets").arg(own.value);
        request.query.addQueryItem(QStringLiteral("max_results"), QString::number(m_pageSize));
        request.query.addQueryItem(QStringLiteral("start_time"), isoTime(from));
        request.query.addQueryItem(QStringLiteral("exclude"), QStringLiteral("retweets"));
        request.query.addQueryItem(QStringLiteral("tweet.fields"),
                                   QStringLiteral("created_at,conversation_id,referenced_tweets,entities"));
        if (!pageToken.isEmpty())
            request.query.addQueryItem(QStringLiteral("pagination_token"), pageToken);
        const Answer answer = readJson(request);
        if (!answer.outcome.ok())
            return failed<PublishedPost>(answer.outcome);
        const QJsonObject root = answer.json.object();
        for (const QJsonValue &value : root.value(QLatin1String("data")).toArray()) {
            const QJsonObject tweet = value.toObject();
            if (comparableText(displayText(tweet)) != wanted)
                continue;
            if (!post.inReplyToRemoteId.isEmpty() && repliedToId(tweet) != post.inReplyToRemoteId)
                continue;
            const QDateTime created = parseTime(tweet.value(QLatin1String("created_at")));
            if (created.isValid() && created < from)
                continue;
            PublishedPost found;
            found.remoteId = tweet.value(QLatin1String("id")).toString();
            found.url = postUrl(found.remoteId);
            found.createdAt = created;
            return Result<PublishedPost>::success(found);
        }
        pageToken =
            root.value(QLatin1String("meta")).toObject().value(QLatin1String("next_token")).toString();
        if (pageToken.isEmpty())
            break;
    }
    return Result<PublishedPost>::success(PublishedPost{});
}

} // namespace x
} // namespace platforms
} // namespace vigie
