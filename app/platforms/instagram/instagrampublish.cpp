// Publishing on Instagram: checks, publishing quota, staging local files on the linked Page,
// containers, media_publish, and looking for a post whose answer was lost.
#include "platforms/instagram/instagramadapter.h"

#include "platforms/mediafile.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

namespace vigie {
namespace platforms {
namespace instagram {

namespace {

const QString contentPublish = QStringLiteral("instagram_content_publish");
const QString pagesEngagement = QStringLiteral("pages_read_engagement");
constexpr int maxHashtags = 30;
constexpr int maxMentions = 20;

void pause(std::chrono::milliseconds delay)
{
    // An event loop rather than a sleep: a test's in-process server keeps answering meanwhile.
    QEventLoop loop;
    QTimer::singleShot(delay, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

bool isRemote(const QString &path)
{
    return path.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool isVideo(const MediaAttachment &media)
{
    return mediaMimeType(media).startsWith(QLatin1String("video/"));
}

// Staging and containers publish nothing by themselves: a lost answer is safe to retry.
Outcome nothingPublished(Outcome outcome)
{
    if (outcome.kind == OutcomeKind::Unconfirmed)
        outcome.kind = OutcomeKind::Transient;
    return outcome;
}

} // namespace

Outcome InstagramAdapter::checkPost(const OutgoingPost &post) const
{
    const Limits limits = defaultLimits();
    if (post.media.isEmpty())
        return Outcome::validation(
            QStringLiteral("media"),
            tr("Instagram needs at least one image or video; it does not publish text alone."), 0);
    if (post.media.size() > limits.maxMedia)
        return Outcome::validation(
            QStringLiteral("media"),
            tr("Instagram takes at most %1 images or videos in one post.").arg(limits.maxMedia), 0);
    if (!post.pollOptions.isEmpty())
        return Outcome::validation(QStringLiteral("poll"), tr("Instagram has no polls."), 0);
    if (countLength(post.text) > limits.maxLength)
        return Outcome::validation(QStringLiteral("text"),
                                   tr("Instagram accepts at most %1 characters; this caption has %2.")
                                       .arg(limits.maxLength)
                                       .arg(countLength(post.text)),
                                   0);
    const CaptionTags tags = countCaptionTags(post.text);
    if (tags.hashtags > maxHashtags)
        return Outcome::validation(QStringLiteral("text"),
                                   tr("Instagram accepts at most %1 hashtags; this caption has %2.")
                                       .arg(maxHashtags)
                                       .arg(tags.hashtags),
                                   0);
    if (tags.mentions > maxMentions)
        return Outcome::validation(QStringLiteral("text"),
                                   tr("Instagram accepts at most %1 @mentions; this caption has %2.")
                                       .arg(maxMentions)
                                       .arg(tags.mentions),
                                   0);
    for (const MediaAttachment &media : post.media) {
        const QString type = mediaMimeType(media);
        if (isRemote(media.filePath))
            continue; // Instagram checks what it downloads
        if (!limits.mediaTypes.contains(type))
            return Outcome::validation(QStringLiteral("media"),
                                       tr("Instagram takes JPEG images and MP4 or MOV videos, not %1 (%2).")
                                           .arg(type, uploadFileName(media.filePath)),
                                       0);
        const QFileInfo file(media.filePath);
        if (!file.isFile() || !file.isReadable())
            return Outcome::validation(QStringLiteral("media"),
                                       tr("The file %1 cannot be read.").arg(uploadFileName(media.filePath)),
                                       0);
        const qint64 max = isVideo(media) ? limits.maxVideoBytes : limits.maxImageBytes;
        if (file.size() > max)
            return Outcome::validation(QStringLiteral("media"),
                                       tr("%1 is larger than Instagram accepts (%2 MB).")
                                           .arg(uploadFileName(media.filePath))
                                           .arg(max / (1024 * 1024)),
                                       0);
    }
    return Outcome::success();
}

Result<PublishedPost> InstagramAdapter::publish(const OutgoingPost &post)
{
    if (!post.inReplyToRemoteId.isEmpty())
        return comment(post.inReplyToRemoteId, post.text); // the variant's first comment
    if (const Outcome checked = checkPost(post); !checked)
        return failed<PublishedPost>(checked);
    if (const Outcome quota = checkQuota(); !quota)
        return failed<PublishedPost>(quota);

    const bool carousel = post.media.size() > 1;
    QStringList children;
    QList<QPair<QString, QString>> single;
    for (const MediaAttachment &media : post.media) {
        const bool video = isVideo(media);
        const Result<QString> url = publicUrl(media, video);
        if (!url.ok())
            return failed<PublishedPost>(url.outcome);
        QList<QPair<QString, QString>> fields;
        if (video) {
            // Single videos are published as Reels (VIDEO is refused since 2023); carousel items are VIDEO.
            fields = {
                {QStringLiteral("media_type"), carousel ? QStringLiteral("VIDEO") : QStringLiteral("REELS")},
                {QStringLiteral("video_url"), url.value}};
        } else {
            fields = {{QStringLiteral("image_url"), url.value}};
            if (!media.altText.isEmpty())
                fields.append({QStringLiteral("alt_text"), media.altText});
        }
        if (!carousel) {
            single = fields;
            break;
        }
        fields.append({QStringLiteral("is_carousel_item"), QStringLiteral("true")});
        const Result<QString> child = createContainer(fields);
        if (!child.ok())
            return failed<PublishedPost>(child.outcome);
        if (const Outcome ready = waitForContainer(child.value); !ready)
            return failed<PublishedPost>(ready);
        children << child.value;
    }

    QList<QPair<QString, QString>> fields =
        carousel
            ? QList<QPair<QString, QString>>{{QStringLiteral("media_type"), QStringLiteral("CAROUSEL")},
                                             {QStringLiteral("children"), children.join(QLatin1Char(','))}}
            : single;
    if (!post.text.isEmpty())
        fields.append({QStringLiteral("caption"), post.text});
    const Result<QString> container = createContainer(fields);
    if (!container.ok())
        return failed<PublishedPost>(container.outcome);
    if (const Outcome ready = waitForContainer(container.value); !ready)
        return failed<PublishedPost>(ready);
    return publishContainer(container.value);
}

Outcome InstagramAdapter::checkQuota()
{
    const Answer answer =
        read(QLatin1Char('/') + userId() + QStringLiteral("/content_publishing_limit"),
             QUrlQuery{{QStringLiteral("fields"), QStringLiteral("config,quota_usage")}}, contentPublish);
    if (!answer.outcome.ok())
        return answer.outcome;
    // {"data":[{"quota_usage":2,"config":{"quota_total":50,"quota_duration":86400}}]}
    const QJsonObject entry = answer.json.value(QLatin1String("data")).toArray().at(0).toObject();
    const QJsonValue usage = entry.value(QLatin1String("quota_usage"));
    const QJsonValue total =
        entry.value(QLatin1String("config")).toObject().value(QLatin1String("quota_total"));
    if (!usage.isDouble() || !total.isDouble()) {
        // media_publish itself refuses once the limit is reached (9/2207042): go on.
        qCWarning(lcHttp) << "instagram: content_publishing_limit without quota_usage/quota_total";
        return Outcome::success();
    }
    if (usage.toDouble() < total.toDouble())
        return Outcome::success();
    return Outcome::rateLimited(
        now().addSecs(InstagramGraph::publishingLimitRetrySeconds),
        tr("The account has published %1 posts through the API in the last 24 hours, Instagram's limit; "
           "Vigie will try again later.")
            .arg(qint64(usage.toDouble())));
}

Result<QString> InstagramAdapter::pageId()
{
    if (!m_pageId.isEmpty())
        return Result<QString>::success(m_pageId);
    const Answer me = read(QStringLiteral("/me"), QUrlQuery{{QStringLiteral("fields"), QStringLiteral("id")}},
                           pagesEngagement);
    if (!me.outcome.ok())
        return failed<QString>(me.outcome);
    m_pageId = me.json.value(QLatin1String("id")).toString();
    if (m_pageId.isEmpty())
        return failed<QString>(Outcome::failure(OutcomeKind::Transient,
                                                tr("Facebook did not say which Page the token belongs to.")));
    return Result<QString>::success(m_pageId);
}

Result<QString> InstagramAdapter::publicUrl(const MediaAttachment &media, bool video)
{
    if (isRemote(media.filePath))
        return Result<QString>::success(media.filePath);
    const Result<QString> page = pageId();
    if (!page.ok())
        return page;
    const Result<MediaFile> file = readMediaFile(media);
    if (!file.ok())
        return failed<QString>(file.outcome);
    HttpRequest request;
    request.method = "POST";
    request.path =
        QLatin1Char('/') + page.value + (video ? QStringLiteral("/videos") : QStringLiteral("/photos"));
    setMultipartBody(
        request, {{"published", "false", {}, {}},
                  {"source", file.value.data, file.value.fileName.toUtf8(), file.value.mimeType.toUtf8()}});
    const Answer staged = exchange(request, QStringLiteral("pages_manage_posts"));
    if (!staged.outcome.ok())
        return failed<QString>(nothingPublished(staged.outcome));
    const QString id = staged.json.value(QLatin1String("id")).toString();
    if (staged.unreadable || id.isEmpty())
        return failed<QString>(Outcome::failure(
            OutcomeKind::Transient, tr("Facebook's answer to the media upload could not be read.")));
    return stagedSource(id, video ? QStringLiteral("source") : QStringLiteral("images"), video);
}

Result<QString> InstagramAdapter::stagedSource(const QString &id, const QString &field, bool video)
{
    // A photo has its images at once; a video's source appears once Facebook has processed it.
    std::chrono::milliseconds delay = m_polling.firstDelay;
    const int attempts = video ? m_polling.attempts : 1;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0) {
            pause(delay);
            delay = std::min(delay * 2, m_polling.maxDelay);
        }
        const Answer answer =
            read(QLatin1Char('/') + id, QUrlQuery{{QStringLiteral("fields"), field}}, pagesEngagement);
        if (!answer.outcome.ok())
            return failed<QString>(answer.outcome);
        QString url;
        if (video) {
            url = answer.json.value(QLatin1String("source")).toString();
        } else {
            // images: every size Facebook made, largest first.
            const QJsonArray images = answer.json.value(QLatin1String("images")).toArray();
            url = images.at(0).toObject().value(QLatin1String("source")).toString();
        }
        if (!url.isEmpty())
            return Result<QString>::success(url);
    }
    return failed<QString>(Outcome::failure(
        OutcomeKind::Transient, tr("Facebook has not finished processing the media; try again later.")));
}

Result<QString> InstagramAdapter::createContainer(const QList<QPair<QString, QString>> &fields)
{
    const Answer answer = exchange(
        form("POST", QLatin1Char('/') + userId() + QStringLiteral("/media"), fields), contentPublish);
    if (!answer.outcome.ok())
        return failed<QString>(nothingPublished(answer.outcome));
    const QString id = answer.json.value(QLatin1String("id")).toString();
    if (answer.unreadable || id.isEmpty())
        return failed<QString>(Outcome::failure(
            OutcomeKind::Transient, tr("Instagram's answer to the media container could not be read.")));
    return Result<QString>::success(id);
}

Outcome InstagramAdapter::waitForContainer(const QString &containerId)
{
    std::chrono::milliseconds delay = m_polling.firstDelay;
    for (int attempt = 0; attempt < m_polling.attempts; ++attempt) {
        if (attempt > 0) {
            pause(delay);
            delay = std::min(delay * 2, m_polling.maxDelay);
        }
        const Answer answer =
            read(QLatin1Char('/') + containerId,
                 QUrlQuery{{QStringLiteral("fields"), QStringLiteral("status_code,status")}}, contentPublish);
        if (!answer.outcome.ok())
            return answer.outcome;
        const QString code = answer.json.value(QLatin1String("status_code")).toString();
        const QString status = answer.json.value(QLatin1String("status")).toString();
        if (code == QLatin1String("FINISHED"))
            return Outcome::success();
        if (code == QLatin1String("ERROR"))
            return Outcome::failure(OutcomeKind::Permanent,
                                    tr("Instagram could not process the media: %1").arg(status));
        if (code == QLatin1String("EXPIRED"))
            return Outcome::failure(OutcomeKind::Permanent,
                                    tr("Instagram's media container expired before it was published."));
        if (code == QLatin1String("PUBLISHED"))
            return Outcome::failure(OutcomeKind::Permanent,
                                    tr("This media container was already published."));
        if (code != QLatin1String("IN_PROGRESS"))
            logUnknownValue(Network::Instagram, "status_code", code); // and keep waiting
    }
    return Outcome::failure(OutcomeKind::Transient,
                            tr("Instagram is still processing the media; Vigie will try again later."));
}

Result<PublishedPost> InstagramAdapter::publishContainer(const QString &containerId)
{
    const Answer answer =
        exchange(form("POST", QLatin1Char('/') + userId() + QStringLiteral("/media_publish"),
                      {{QStringLiteral("creation_id"), containerId}}),
                 contentPublish);
    if (!answer.outcome.ok())
        return failed<PublishedPost>(answer.outcome);
    PublishedPost published;
    published.remoteId = answer.json.value(QLatin1String("id")).toString();
    if (answer.unreadable || published.remoteId.isEmpty())
        return failed<PublishedPost>(Outcome::failure(
            OutcomeKind::Unconfirmed, tr("Instagram's answer to the publication could not be read."),
            answer.response.status));
    published.createdAt = now();
    // The post is out: a failure to read its link must not turn into a retry.
    const Answer media = read(QLatin1Char('/') + published.remoteId,
                              QUrlQuery{{QStringLiteral("fields"), QStringLiteral("permalink,timestamp")}},
                              QStringLiteral("instagram_basic"));
    if (media.outcome.ok()) {
        published.url = media.json.value(QLatin1String("permalink")).toString();
        const QDateTime created = parseGraphTime(media.json.value(QLatin1String("timestamp")));
        if (created.isValid())
            published.createdAt = created;
    }
    return Result<PublishedPost>::success(published);
}

Result<PublishedPost> InstagramAdapter::findPublished(const OutgoingPost &post, const QDateTime &since)
{
    // A minute of slack: the attempt's clock and Instagram's may differ a little.
    const QDateTime from = since.addSecs(-60);
    const QString text = post.text.trimmed();
    if (!post.inReplyToRemoteId.isEmpty()) {
        QString topLevel;
        const Result<bool> media = isMedia(post.inReplyToRemoteId, &topLevel);
        if (!media.ok())
            return failed<PublishedPost>(media.outcome);
        const QString path =
            QLatin1Char('/') + (media.value ? post.inReplyToRemoteId + QStringLiteral("/comments")
                                            : topLevel + QStringLiteral("/replies"));
        const auto comments =
            allPages(path,
                     QUrlQuery{{QStringLiteral("fields"),
                                QStringLiteral("id,text,timestamp,username,from{id,username}")}},
                     QStringLiteral("instagram_manage_comments"), 10);
        if (!comments.ok())
            return failed<PublishedPost>(comments.outcome);
        for (const QJsonObject &c : comments.value) {
            const QDateTime at = parseGraphTime(c.value(QLatin1String("timestamp")));
            if (isOwn(c) && c.value(QLatin1String("text")).toString().trimmed() == text && at >= from)
                return Result<PublishedPost>::success({c.value(QLatin1String("id")).toString(), {}, at});
        }
        return Result<PublishedPost>::success({});
    }
    QUrlQuery query{{QStringLiteral("fields"), QStringLiteral("id,caption,timestamp,permalink")},
                    {QStringLiteral("since"), QString::number(from.toSecsSinceEpoch())}};
    const auto media = allPages(QLatin1Char('/') + userId() + QStringLiteral("/media"), query,
                                QStringLiteral("instagram_basic"), 5);
    if (!media.ok())
        return failed<PublishedPost>(media.outcome);
    for (const QJsonObject &m : media.value) {
        const QDateTime at = parseGraphTime(m.value(QLatin1String("timestamp")));
        if (m.value(QLatin1String("caption")).toString().trimmed() == text && at.isValid() && at >= from)
            return Result<PublishedPost>::success({m.value(QLatin1String("id")).toString(),
                                                   m.value(QLatin1String("permalink")).toString(), at});
    }
    return Result<PublishedPost>::success({});
}

} // namespace instagram
} // namespace platforms
} // namespace vigie
