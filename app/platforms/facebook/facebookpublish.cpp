// Publishing side of the Facebook adapter: posts, photos, comments, native scheduling, and
// looking a post up again when an answer was lost.
#include "platforms/facebook/facebookadapter.h"

#include "platforms/mediafile.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigie {
namespace platforms {
namespace facebook {

namespace {

QString unixTime(const QDateTime &at)
{
    return QString::number(at.toSecsSinceEpoch());
}

// Read-after-write: the created object's fields come back with its id, saving a request.
const QString createdFields = QStringLiteral("id,created_time,permalink_url");

} // namespace

Result<PublishedPost> FacebookAdapter::publish(const OutgoingPost &post)
{
    if (const auto held = m_usage.blocked(now()))
        return failed<PublishedPost>(*held);
    if (!post.inReplyToRemoteId.isEmpty())
        return publishComment(post);
    return publishPost(post, {});
}

Result<PublishedPost> FacebookAdapter::reply(const QString &parentRemoteId, OutgoingPost post)
{
    post.inReplyToRemoteId = parentRemoteId;
    return publish(post);
}

Result<PublishedPost> FacebookAdapter::publishPost(const OutgoingPost &post, const QDateTime &scheduleAt)
{
    if (m_pageId.isEmpty())
        return failed<PublishedPost>(Outcome::failure(
            OutcomeKind::Permanent, tr("The Facebook Page's id is unknown: connect the Page again.")));
    if (!post.pollOptions.isEmpty())
        return failed<PublishedPost>(Outcome::validation(
            QStringLiteral("poll"), tr("Facebook Pages cannot publish polls through the Graph API."), 0));
    if (post.text.trimmed().isEmpty() && post.media.isEmpty())
        return failed<PublishedPost>(
            Outcome::validation(QStringLiteral("text"), tr("There is nothing to publish."), 0));
    // Photos only: a video goes through the Video API, which Vigie does not use. Said before
    // anything is sent, not left to a Graph error about an invalid image.
    for (const MediaAttachment &media : post.media) {
        if (const QString type = mediaMimeType(media); !defaultLimits().mediaTypes.contains(type))
            return failed<PublishedPost>(Outcome::validation(
                QStringLiteral("media"),
                tr("Vigie publishes photos on Facebook Pages (JPEG, PNG, GIF, BMP, TIFF), not %1 files.")
                    .arg(type),
                0));
    }

    Result<PublishedPost> result;
    if (post.media.size() == 1) {
        result = postPhoto(post, scheduleAt);
    } else {
        // Several photos: each uploaded unpublished, then one post attaches them (pages-api
        // "multi-photo" posts through attached_media).
        QStringList photoIds;
        for (const MediaAttachment &media : post.media) {
            const Result<QString> uploaded = uploadPhoto(media, scheduleAt.isValid());
            if (!uploaded.ok())
                return failed<PublishedPost>(uploaded.outcome);
            photoIds << uploaded.value;
        }
        result = postFeed(post, photoIds, scheduleAt);
    }
    if (result.ok() && scheduleAt.isValid()) {
        // Not online yet: scheduledState fills these once Facebook has published it.
        result.value.url.clear();
        result.value.createdAt = {};
    }
    return result;
}

Result<QString> FacebookAdapter::uploadPhoto(const MediaAttachment &media, bool temporary)
{
    const Result<MediaFile> file = readMediaFile(media);
    if (!file.ok())
        return failed<QString>(file.outcome);
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/%1/photos").arg(m_pageId);
    QList<MultipartPart> parts{
        {"source", file.value.data, file.value.fileName.toUtf8(), file.value.mimeType.toUtf8()},
        {"published", "false", {}, {}}};
    // A photo of a scheduled multi-photo post must be uploaded as temporary.
    if (temporary)
        parts.append({"temporary", "true", {}, {}});
    if (!media.altText.isEmpty())
        parts.append({"alt_text_custom", media.altText.toUtf8(), {}, {}});
    setMultipartBody(request, parts);

    const Answer answer = exchange(request, Permission::ManagePosts);
    Outcome outcome = answer.outcome;
    if (outcome.kind == OutcomeKind::Unconfirmed)
        outcome.kind = OutcomeKind::Transient; // an unpublished photo no post uses shows nowhere
    if (outcome.kind == OutcomeKind::Validation && outcome.field.isEmpty())
        outcome.field = QStringLiteral("media");
    if (!outcome.ok())
        return failed<QString>(outcome);
    const QString id = answer.json.value(QLatin1String("id")).toString();
    if (answer.unreadable || id.isEmpty())
        return failed<QString>(Outcome::failure(OutcomeKind::Transient,
                                                tr("Facebook's answer to the photo upload could not be read"),
                                                answer.response.status));
    return Result<QString>::success(id);
}

Result<PublishedPost> FacebookAdapter::postPhoto(const OutgoingPost &post, const QDateTime &scheduleAt)
{
    const MediaAttachment &media = post.media.constFirst();
    const Result<MediaFile> file = readMediaFile(media);
    if (!file.ok())
        return failed<PublishedPost>(file.outcome);
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/%1/photos").arg(m_pageId);
    QList<MultipartPart> parts{
        {"source", file.value.data, file.value.fileName.toUtf8(), file.value.mimeType.toUtf8()}};
    if (!post.text.isEmpty())
        parts.append({"caption", post.text.toUtf8(), {}, {}}); // "message" is deprecated for photos
    if (!media.altText.isEmpty())
        parts.append({"alt_text_custom", media.altText.toUtf8(), {}, {}});
    if (scheduleAt.isValid()) {
        parts.append({"published", "false", {}, {}});
        parts.append({"scheduled_publish_time", unixTime(scheduleAt).toUtf8(), {}, {}});
    }
    setMultipartBody(request, parts);

    const Answer answer = exchange(request, Permission::ManagePosts);
    if (!answer.outcome.ok()) {
        Outcome outcome = answer.outcome;
        if (outcome.kind == OutcomeKind::Validation && outcome.field.isEmpty())
            outcome.field = QStringLiteral("media");
        return failed<PublishedPost>(outcome);
    }
    // {"id": photo id, "post_id": the Page post showing it}
    const QString postId = answer.json.value(QLatin1String("post_id")).toString();
    if (answer.unreadable || postId.isEmpty())
        return failed<PublishedPost>(Outcome::failure(
            OutcomeKind::Unconfirmed, tr("Facebook's answer could not be read"), answer.response.status));
    return Result<PublishedPost>::success(publishedFrom({}, postId));
}

Result<PublishedPost> FacebookAdapter::postFeed(const OutgoingPost &post, const QStringList &photoIds,
                                                const QDateTime &scheduleAt)
{
    QList<QPair<QString, QString>> fields;
    if (!post.text.isEmpty())
        fields.append({QStringLiteral("message"), post.text});
    // A text post shows a preview of its first link; a post with photos shows the photos.
    const QString link = photoIds.isEmpty() ? firstUrl(post.text) : QString();
    if (!link.isEmpty())
        fields.append({QStringLiteral("link"), link});
    for (qsizetype i = 0; i < photoIds.size(); ++i) {
        const QJsonObject media{{QStringLiteral("media_fbid"), photoIds.at(i)}};
        fields.append({QStringLiteral("attached_media[%1]").arg(i),
                       QString::fromUtf8(QJsonDocument(media).toJson(QJsonDocument::Compact))});
    }
    if (scheduleAt.isValid()) {
        fields.append({QStringLiteral("published"), QStringLiteral("false")});
        fields.append({QStringLiteral("scheduled_publish_time"), unixTime(scheduleAt)});
    }
    fields.append({QStringLiteral("fields"), createdFields});

    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/%1/feed").arg(m_pageId);
    request.contentType = "application/x-www-form-urlencoded";
    request.body = formBody(fields);
    const Answer answer = exchange(request, Permission::ManagePosts);
    if (!answer.outcome.ok())
        return failed<PublishedPost>(answer.outcome);
    const QString id = answer.json.value(QLatin1String("id")).toString();
    if (answer.unreadable || id.isEmpty())
        // Facebook said yes but we cannot tell to what: the post probably exists.
        return failed<PublishedPost>(Outcome::failure(
            OutcomeKind::Unconfirmed, tr("Facebook's answer could not be read"), answer.response.status));
    return Result<PublishedPost>::success(publishedFrom(answer.json, id));
}

Result<PublishedPost> FacebookAdapter::publishComment(const OutgoingPost &post)
{
    if (!post.media.isEmpty())
        return failed<PublishedPost>(Outcome::validation(
            QStringLiteral("media"), tr("Vigie sends comments on Facebook as text only."), 0));
    if (post.text.trimmed().isEmpty())
        return failed<PublishedPost>(
            Outcome::validation(QStringLiteral("text"), tr("There is nothing to publish."), 0));
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/%1/comments").arg(post.inReplyToRemoteId);
    request.contentType = "application/x-www-form-urlencoded";
    request.body =
        formBody({{QStringLiteral("message"), post.text}, {QStringLiteral("fields"), createdFields}});
    const Answer answer = exchange(request, Permission::ManageEngagement);
    if (!answer.outcome.ok())
        return failed<PublishedPost>(answer.outcome);
    const QString id = answer.json.value(QLatin1String("id")).toString();
    if (answer.unreadable || id.isEmpty())
        return failed<PublishedPost>(Outcome::failure(
            OutcomeKind::Unconfirmed, tr("Facebook's answer could not be read"), answer.response.status));
    return Result<PublishedPost>::success(publishedFrom(answer.json, id));
}

Result<PublishedPost> FacebookAdapter::findPublished(const OutgoingPost &post, const QDateTime &since)
{
    const QString wanted = comparableText(post.text);
    if (wanted.isEmpty())
        return failed<PublishedPost>(Outcome::failure(
            OutcomeKind::Permanent, tr("Vigie cannot recognise a Facebook post without text: check the Page "
                                       "before publishing again.")));
    // Facebook's clock and this machine's may differ by a little.
    const QDateTime from = since.addSecs(-300);
    HttpRequest request;
    const QString fields = QStringLiteral("id,message,created_time,permalink_url,from{id}");
    if (!post.inReplyToRemoteId.isEmpty()) {
        request.path = QStringLiteral("/%1/comments").arg(post.inReplyToRemoteId);
        request.query.addQueryItem(QStringLiteral("filter"), QStringLiteral("stream"));
        request.query.addQueryItem(QStringLiteral("order"), QStringLiteral("reverse_chronological"));
    } else {
        request.path = QStringLiteral("/%1/feed").arg(m_pageId);
        request.query.addQueryItem(QStringLiteral("since"), unixTime(from));
    }
    request.query.addQueryItem(QStringLiteral("fields"), fields);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));

    PublishedPost found;
    const Outcome outcome = walk(request, Permission::ReadEngagement, [&](const QJsonObject &item) {
        const QDateTime created = parseGraphTime(item.value(QLatin1String("created_time")));
        if (created.isValid() && created < from)
            return false; // newest first: everything further is older
        const QString author =
            item.value(QLatin1String("from")).toObject().value(QLatin1String("id")).toString();
        if ((author.isEmpty() || author == m_pageId) &&
            comparableText(item.value(QLatin1String("message")).toString()) == wanted) {
            found = publishedFrom(item, item.value(QLatin1String("id")).toString());
            return false;
        }
        return true;
    });
    if (!outcome.ok())
        return failed<PublishedPost>(outcome);
    return Result<PublishedPost>::success(found);
}

Outcome FacebookAdapter::checkLead(const QDateTime &at) const
{
    const qint64 lead = now().secsTo(at);
    if (lead < minimumLeadSeconds())
        return Outcome::validation(QStringLiteral("scheduled_publish_time"),
                                   tr("Facebook schedules a post at least 10 minutes ahead."), 0);
    if (lead > maximumLeadSeconds())
        return Outcome::validation(QStringLiteral("scheduled_publish_time"),
                                   tr("Facebook schedules a post at most 30 days ahead."), 0);
    return Outcome::success();
}

Result<PublishedPost> FacebookAdapter::schedule(const OutgoingPost &post, const QDateTime &at)
{
    if (const auto held = m_usage.blocked(now()))
        return failed<PublishedPost>(*held);
    if (!post.inReplyToRemoteId.isEmpty())
        return failed<PublishedPost>(Outcome::validation(QStringLiteral("scheduled_publish_time"),
                                                         tr("Facebook cannot schedule a comment."), 0));
    if (const Outcome lead = checkLead(at); !lead.ok())
        return failed<PublishedPost>(lead);
    return publishPost(post, at.toUTC());
}

Outcome FacebookAdapter::reschedule(const QString &remoteId, const QDateTime &at)
{
    if (const Outcome lead = checkLead(at); !lead.ok())
        return lead;
    HttpRequest request;
    request.method = "POST";
    request.path = QLatin1Char('/') + remoteId;
    request.contentType = "application/x-www-form-urlencoded";
    request.body = formBody({{QStringLiteral("scheduled_publish_time"), unixTime(at)}});
    Answer answer = exchange(request, Permission::ManagePosts);
    if (answer.outcome.kind == OutcomeKind::Unconfirmed)
        answer.outcome.kind = OutcomeKind::Transient; // setting the same time twice changes nothing
    if (!answer.outcome.ok())
        return answer.outcome;
    if (!answer.unreadable && answer.json.value(QLatin1String("success")) == QJsonValue(false))
        return Outcome::failure(OutcomeKind::Permanent, tr("Facebook did not move the post"),
                                answer.response.status);
    return Outcome::success();
}

Outcome FacebookAdapter::cancel(const QString &remoteId)
{
    HttpRequest request;
    request.method = "DELETE";
    request.path = QLatin1Char('/') + remoteId;
    Answer answer = exchange(request, Permission::ManagePosts);
    // "Object with ID … does not exist": already gone, which is what cancelling wants.
    const GraphError error = graphErrorOf(answer.response.body);
    if (answer.outcome.kind == OutcomeKind::Permanent &&
        ((error.code == 100 && error.subcode == 33) || answer.response.status == 404))
        return Outcome::success();
    if (answer.outcome.kind == OutcomeKind::Unconfirmed)
        answer.outcome.kind = OutcomeKind::Transient; // deleting again finds it gone
    return answer.outcome;
}

Result<PublishedPost> FacebookAdapter::scheduledState(const QString &remoteId)
{
    HttpRequest request;
    request.path = QLatin1Char('/') + remoteId;
    request.query.addQueryItem(
        QStringLiteral("fields"),
        QStringLiteral("id,is_published,created_time,permalink_url,scheduled_publish_time"));
    const Answer answer = read(request, Permission::ReadEngagement);
    if (!answer.outcome.ok())
        return failed<PublishedPost>(answer.outcome);
    if (answer.json.value(QLatin1String("is_published")).toBool())
        return Result<PublishedPost>::success(publishedFrom(answer.json, remoteId));
    PublishedPost waiting;
    waiting.remoteId = remoteId;
    return Result<PublishedPost>::success(waiting);
}

} // namespace facebook
} // namespace platforms
} // namespace vigie
