// Writing: posts (POST /rest/posts) with images (POST /rest/images?action=initializeUpload, then
// PUT to the upload URL), comments and replies (POST /rest/socialActions/{urn}/comments),
// deleting a comment, and finding a post whose answer was lost.
#include "platforms/linkedin/linkedinadapter.h"

#include "platforms/mediafile.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

namespace vigie {
namespace platforms {
namespace linkedin {

namespace {

void pause(std::chrono::milliseconds delay)
{
    // An event loop rather than a sleep: a test's in-process server keeps answering meanwhile.
    QEventLoop loop;
    QTimer::singleShot(delay, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

QString normalized(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text.trimmed();
}

// Clocks differ: a post LinkedIn dates a little before Vigie's "since" is still the one sent.
constexpr qint64 kClockSlackSeconds = 120;

QString commentUrl(const QString &object, const QString &commentUrn)
{
    return QStringLiteral("https://www.linkedin.com/feed/update/") + object +
           QStringLiteral("/?commentUrn=") + encodeUrn(commentUrn);
}

} // namespace

Result<PublishedPost> LinkedInAdapter::publish(const OutgoingPost &post)
{
    if (!post.inReplyToRemoteId.isEmpty()) {
        if (!post.media.isEmpty())
            return failed<PublishedPost>(Outcome::validation(
                QStringLiteral("media"), tr("Vigie sends LinkedIn comments as text only."), 0));
        return createComment(post.inReplyToRemoteId, post.text);
    }
    if (!post.pollOptions.isEmpty())
        return failed<PublishedPost>(Outcome::validation(
            QStringLiteral("poll"), tr("LinkedIn Pages cannot publish polls from Vigie."), 0));
    const Limits limits = defaultLimits();
    if (countLength(post.text) > limits.maxLength)
        return failed<PublishedPost>(Outcome::validation(
            QStringLiteral("text"), tr("LinkedIn takes at most %1 characters.").arg(limits.maxLength), 0));
    if (post.media.size() > limits.maxMedia)
        return failed<PublishedPost>(
            Outcome::validation(QStringLiteral("media"),
                                tr("LinkedIn takes at most %1 images in a post.").arg(limits.maxMedia), 0));
    if (post.text.trimmed().isEmpty() && post.media.isEmpty())
        return failed<PublishedPost>(
            Outcome::validation(QStringLiteral("text"), tr("The post has nothing to publish."), 0));

    QList<QPair<QString, QString>> images; // image URN, alt text
    for (const MediaAttachment &media : post.media) {
        const Result<QString> uploaded = uploadImage(media);
        if (!uploaded.ok())
            return failed<PublishedPost>(uploaded.outcome);
        images.append({uploaded.value, media.altText});
    }
    return createPost(post, images);
}

Result<QString> LinkedInAdapter::uploadImage(const MediaAttachment &media)
{
    const Result<MediaFile> file = readMediaFile(media);
    if (!file.ok())
        return failed<QString>(file.outcome);
    const QByteArray &bytes = file.value.data;
    const QString &mimeType = file.value.mimeType;
    if (!defaultLimits().mediaTypes.contains(mimeType))
        return failed<QString>(
            Outcome::validation(QStringLiteral("media"),
                                tr("LinkedIn takes JPEG, PNG and GIF images (not %1).").arg(mimeType), 0));

    // A lost answer to any of these publishes nothing: an image no post uses is only dropped.
    auto asTransient = [](Outcome outcome) {
        if (outcome.kind == OutcomeKind::Unconfirmed)
            outcome.kind = OutcomeKind::Transient;
        if (outcome.kind == OutcomeKind::Validation && outcome.field.isEmpty())
            outcome.field = QStringLiteral("media");
        return outcome;
    };

    HttpRequest initialize = rest("POST", QStringLiteral("/rest/images"));
    initialize.query.addQueryItem(QStringLiteral("action"), QStringLiteral("initializeUpload"));
    initialize.contentType = "application/json";
    initialize.body = QJsonDocument(QJsonObject{{QStringLiteral("initializeUploadRequest"),
                                                 QJsonObject{{QStringLiteral("owner"), ownUrn()}}}})
                          .toJson(QJsonDocument::Compact);
    const Answer init = readJson(initialize);
    if (!init.outcome.ok())
        return failed<QString>(asTransient(init.outcome));
    const QJsonObject value = init.json.object().value(QLatin1String("value")).toObject();
    const QString uploadUrl = value.value(QLatin1String("uploadUrl")).toString();
    const QString imageUrn = value.value(QLatin1String("image")).toString();
    if (uploadUrl.isEmpty() || imageUrn.isEmpty())
        return failed<QString>(Outcome::failure(
            OutcomeKind::Transient, tr("LinkedIn's answer could not be read."), init.response.status));

    HttpRequest upload;
    upload.method = "PUT";
    upload.path = uploadUrl; // absolute, on LinkedIn's upload host
    upload.contentType = mimeType.toUtf8();
    upload.body = bytes;
    const Answer put = exchange(upload, false);
    if (!put.outcome.ok())
        return failed<QString>(asTransient(put.outcome));
    if (const Outcome ready = waitForImage(imageUrn); !ready)
        return failed<QString>(asTransient(ready));
    return Result<QString>::success(imageUrn);
}

Outcome LinkedInAdapter::waitForImage(const QString &imageUrn)
{
    std::chrono::milliseconds delay = m_imagePolling.firstDelay;
    for (int attempt = 0; attempt < m_imagePolling.attempts; ++attempt) {
        if (attempt > 0) {
            pause(delay);
            delay = std::min(delay * 2, m_imagePolling.maxDelay);
        }
        const Answer answer = readJson(rest("GET", QStringLiteral("/rest/images/") + encodeUrn(imageUrn)));
        if (!answer.outcome.ok())
            return answer.outcome;
        const QString status = answer.json.object().value(QLatin1String("status")).toString();
        if (status == QLatin1String("AVAILABLE"))
            return Outcome::success();
        if (status == QLatin1String("PROCESSING_FAILED"))
            return Outcome::validation(QStringLiteral("media"), tr("LinkedIn could not process the image."),
                                       0);
        if (status != QLatin1String("PROCESSING") && status != QLatin1String("WAITING_UPLOAD"))
            logUnknownValue(Network::LinkedIn, "image status", status);
    }
    return Outcome::failure(OutcomeKind::Transient, tr("LinkedIn is still processing the image."));
}

Result<PublishedPost> LinkedInAdapter::createPost(const OutgoingPost &post,
                                                  const QList<QPair<QString, QString>> &images)
{
    QJsonObject body{
        {QStringLiteral("author"), ownUrn()},
        {QStringLiteral("commentary"), escapeLittleText(post.text)},
        {QStringLiteral("visibility"), QStringLiteral("PUBLIC")},
        {QStringLiteral("distribution"),
         QJsonObject{{QStringLiteral("feedDistribution"), QStringLiteral("MAIN_FEED")},
                     {QStringLiteral("targetEntities"), QJsonArray()},
                     {QStringLiteral("thirdPartyDistributionChannels"), QJsonArray()}}},
        {QStringLiteral("lifecycleState"), QStringLiteral("PUBLISHED")},
        {QStringLiteral("isReshareDisabledByAuthor"), false},
    };
    auto imageObject = [](const QPair<QString, QString> &image) {
        QJsonObject o{{QStringLiteral("id"), image.first}};
        if (!image.second.isEmpty())
            o.insert(QStringLiteral("altText"), image.second);
        return o;
    };
    if (images.size() == 1) {
        body.insert(QStringLiteral("content"),
                    QJsonObject{{QStringLiteral("media"), imageObject(images.first())}});
    } else if (images.size() > 1) {
        QJsonArray list;
        for (const auto &image : images)
            list.append(imageObject(image));
        body.insert(QStringLiteral("content"), QJsonObject{{QStringLiteral("multiImage"),
                                                            QJsonObject{{QStringLiteral("images"), list}}}});
    }

    HttpRequest request = rest("POST", QStringLiteral("/rest/posts"));
    request.contentType = "application/json";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const Answer answer = exchange(request);
    if (!answer.outcome.ok())
        return failed<PublishedPost>(answer.outcome);
    // 201 Created, empty body, the post's URN in x-restli-id (and x-linkedin-id).
    QString urn = QUrl::fromPercentEncoding(answer.response.header("x-restli-id"));
    if (urn.isEmpty())
        urn = QUrl::fromPercentEncoding(answer.response.header("x-linkedin-id"));
    if (!isPostUrn(urn)) {
        if (!urn.isEmpty())
            logUnknownValue(Network::LinkedIn, "post id", urn);
        // LinkedIn said yes without saying to what: the post probably exists.
        return failed<PublishedPost>(Outcome::failure(OutcomeKind::Unconfirmed,
                                                      tr("LinkedIn accepted the post without giving its id."),
                                                      answer.response.status));
    }
    PublishedPost published;
    published.remoteId = urn;
    published.url = postUrl(urn);
    published.createdAt = now();
    return Result<PublishedPost>::success(published);
}

Result<PublishedPost> LinkedInAdapter::reply(const QString &parentRemoteId, OutgoingPost post)
{
    post.inReplyToRemoteId = parentRemoteId;
    return publish(post);
}

Result<PublishedPost> LinkedInAdapter::createComment(const QString &parentRemoteId, const QString &text)
{
    // On a post: object = the post. Under a comment: the request goes to the comment, object
    // is what that comment is on, parentComment the comment (LinkedIn nests one level).
    const std::optional<CommentUrn> parentComment = parseCommentUrn(parentRemoteId);
    if (!parentComment && !isPostUrn(parentRemoteId))
        return failed<PublishedPost>(Outcome::validation(QStringLiteral("inReplyTo"),
                                                         tr("This is not a LinkedIn post or comment."), 0));
    if (text.trimmed().isEmpty())
        return failed<PublishedPost>(
            Outcome::validation(QStringLiteral("text"), tr("The comment has no text."), 0));
    QJsonObject body{{QStringLiteral("actor"), ownUrn()},
                     {QStringLiteral("object"), parentComment ? parentComment->object : parentRemoteId},
                     {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), text}}}};
    if (parentComment)
        body.insert(QStringLiteral("parentComment"), parentRemoteId);
    HttpRequest request = rest("POST", QStringLiteral("/rest/socialActions/") + encodeUrn(parentRemoteId) +
                                           QStringLiteral("/comments"));
    request.contentType = "application/json";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const Answer answer = exchange(request);
    if (!answer.outcome.ok())
        return failed<PublishedPost>(answer.outcome);
    // 201 with the comment; its URN also in x-restli-id.
    const QJsonObject comment = answer.json.object();
    QString urn = commentUrnOf(comment);
    if (urn.isEmpty())
        urn = QUrl::fromPercentEncoding(answer.response.header("x-restli-id"));
    if (!parseCommentUrn(urn))
        return failed<PublishedPost>(Outcome::failure(
            OutcomeKind::Unconfirmed, tr("LinkedIn accepted the comment without giving its id."),
            answer.response.status));
    PublishedPost published;
    published.remoteId = urn;
    published.url = commentUrl(parseCommentUrn(urn)->object, urn);
    published.createdAt =
        fromEpochMs(comment.value(QLatin1String("created")).toObject().value(QLatin1String("time")));
    if (!published.createdAt.isValid())
        published.createdAt = now();
    return Result<PublishedPost>::success(published);
}

Outcome LinkedInAdapter::deleteComment(const QString &remoteId)
{
    const std::optional<CommentUrn> comment = parseCommentUrn(remoteId);
    if (!comment)
        return Outcome::validation(QStringLiteral("remoteId"), tr("This is not a LinkedIn comment."), 0);
    HttpRequest request = rest("DELETE", QStringLiteral("/rest/socialActions/") + encodeUrn(comment->object) +
                                             QStringLiteral("/comments/") + comment->commentId);
    request.query.addQueryItem(QStringLiteral("actor"), encodeUrn(ownUrn()));
    Outcome outcome = exchange(request).outcome;
    if (outcome.httpStatus == 404)
        outcome.serverMessage = tr("LinkedIn has no such comment any more.");
    return outcome;
}

Result<PublishedPost> LinkedInAdapter::findPublished(const OutgoingPost &post, const QDateTime &since)
{
    const QDateTime notBefore = since.isValid() ? since.addSecs(-kClockSlackSeconds) : QDateTime();
    const QString wanted = normalized(post.text);
    PublishedPost found;
    Outcome outcome;
    if (!post.inReplyToRemoteId.isEmpty()) {
        outcome = forEachComment(post.inReplyToRemoteId, [&](const QJsonObject &comment) {
            const QDateTime created =
                fromEpochMs(comment.value(QLatin1String("created")).toObject().value(QLatin1String("time")));
            const QString text =
                comment.value(QLatin1String("message")).toObject().value(QLatin1String("text")).toString();
            if (comment.value(QLatin1String("actor")).toString() == ownUrn() && normalized(text) == wanted &&
                (!notBefore.isValid() || created >= notBefore) &&
                (!found.createdAt.isValid() || created > found.createdAt)) {
                found.remoteId = commentUrnOf(comment);
                found.url = commentUrl(comment.value(QLatin1String("object")).toString(), found.remoteId);
                found.createdAt = created;
            }
            return true; // the newest match wins: read them all
        });
    } else {
        outcome = forEachPost(50, [&](const QJsonObject &element) {
            const QDateTime created = fromEpochMs(element.value(QLatin1String("createdAt")));
            if (notBefore.isValid() && created.isValid() && created < notBefore)
                return false; // newest first: everything further is older
            const QString text = unescapeLittleText(element.value(QLatin1String("commentary")).toString());
            if (normalized(text) != wanted)
                return true;
            found.remoteId = element.value(QLatin1String("id")).toString();
            found.url = postUrl(found.remoteId);
            found.createdAt = created;
            return false;
        });
    }
    if (!outcome.ok())
        return failed<PublishedPost>(outcome);
    return Result<PublishedPost>::success(found);
}

} // namespace linkedin
} // namespace platforms
} // namespace vigie
