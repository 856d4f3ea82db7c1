// Publishing in the fake Instagram: Page photo/video staging and the CDN, containers,
// media_publish and the 24-hour publishing quota.
#include "fakes/instagram/fakeinstagramserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie {
namespace fakes {

namespace {
const QString digits = QStringLiteral("/(\\d+)");

QString shortcodeFor(const QString &id)
{
    return QString::fromLatin1(QCryptographicHash::hash(id.toLatin1(), QCryptographicHash::Sha1)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                                   .left(11));
}
} // namespace

void FakeInstagramServer::setQuota(int usage, int total)
{
    m_publishedAt.clear();
    m_quotaOffset = usage;
    m_quotaTotal = total;
}

int FakeInstagramServer::quotaUsage() const
{
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addSecs(-24 * 3600);
    return m_quotaOffset + int(std::count_if(m_publishedAt.cbegin(), m_publishedAt.cend(),
                                             [&](const QDateTime &at) { return at > dayAgo; }));
}

void FakeInstagramServer::addPublicUrl(const QString &url, const QByteArray &contentType)
{
    m_publicUrls.insert(url, contentType);
}

QByteArray FakeInstagramServer::download(const QString &url, QByteArray *contentType) const
{
    if (m_publicUrls.contains(url)) {
        if (contentType)
            *contentType = m_publicUrls.value(url);
        return QByteArrayLiteral("\xff\xd8\xff\xe0 public image");
    }
    const QString id = m_stagedByUrl.value(url);
    if (id.isEmpty())
        return {};
    const Staged &s = m_staged[id];
    if (contentType)
        *contentType = s.contentType;
    return s.data;
}

FakeResponse FakeInstagramServer::stage(const FakeRequest &request, bool video)
{
    // POST /{page-id}/photos | /videos with published=false and a multipart "source".
    if (request.captures.value(0) != m_pageId)
        return noSuchObject(request.captures.value(0));
    QByteArray fileName;
    QByteArray type;
    const QByteArray data = request.multipartField("source", &fileName, &type);
    if (data.isEmpty())
        return graphError(400, 324, QStringLiteral("(#324) Requires upload file"));
    if (request.param(QStringLiteral("published")) != QLatin1String("false"))
        return graphError(400, 100,
                          QStringLiteral("(#100) this fake stages unpublished media only (published=false)"));
    Staged staged;
    staged.data = data;
    staged.contentType = type;
    staged.video = video;
    staged.sourcePollsLeft = video ? m_videoSourcePolls : 0;
    const QString id = newId(video ? 1220000000000000LL : 1230000000000000LL);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex().left(16));
    staged.cdnUrl = url().toString() +
                    (video ? QStringLiteral("/cdn/v/t42.1790-2/%1_n.mp4?_nc_cat=1&oh=00_%2&oe=67A1B2C3")
                           : QStringLiteral("/cdn/v/t39.30808-6/%1_n.jpg?_nc_cat=1&oh=00_%2&oe=67A1B2C3"))
                        .arg(id, hash);
    m_stagedByUrl.insert(staged.cdnUrl, id);
    m_staged.insert(id, staged);
    return FakeResponse::json(QJsonObject{{QStringLiteral("id"), id}});
}

FakeResponse FakeInstagramServer::createContainer(const FakeRequest &request)
{
    if (request.captures.value(0) != m_userId)
        return noSuchObject(request.captures.value(0));
    FakeInstagramContainer c;
    c.mediaType = request.param(QStringLiteral("media_type"));
    c.imageUrl = request.param(QStringLiteral("image_url"));
    c.videoUrl = request.param(QStringLiteral("video_url"));
    c.caption = request.param(QStringLiteral("caption"));
    c.altText = request.param(QStringLiteral("alt_text"));
    c.carouselItem = request.param(QStringLiteral("is_carousel_item")) == QLatin1String("true");
    const QString children = request.param(QStringLiteral("children"));
    if (!children.isEmpty())
        c.children = children.split(QLatin1Char(','), Qt::SkipEmptyParts);

    if (c.caption.toUcs4().size() > 2200)
        return graphError(400, 100,
                          QStringLiteral("(#100) The caption is too long. The maximum is 2200 characters."));
    if (c.mediaType.isEmpty())
        c.mediaType = QStringLiteral("IMAGE");
    if (c.mediaType == QLatin1String("VIDEO") && !c.carouselItem)
        return graphError(
            400, 100,
            QStringLiteral("(#100) The media type VIDEO is no longer supported for feed posts; use REELS"));
    if (c.mediaType == QLatin1String("CAROUSEL")) {
        if (c.children.size() < 2 || c.children.size() > 10)
            return graphError(400, 100,
                              QStringLiteral("(#100) children must hold between 2 and 10 containers"));
        for (const QString &child : std::as_const(c.children)) {
            const FakeInstagramContainer item = m_containers.value(child);
            if (item.id.isEmpty() || !item.carouselItem)
                return graphError(400, 100,
                                  QStringLiteral("(#100) %1 is not a carousel item container").arg(child));
            if (item.statusCode != QLatin1String("FINISHED"))
                return graphError(400, 9007, QStringLiteral("Media ID is not available"), 2207027);
        }
    } else {
        const bool video = c.mediaType == QLatin1String("REELS") || c.mediaType == QLatin1String("VIDEO");
        const QString mediaUrl = video ? c.videoUrl : c.imageUrl;
        if (mediaUrl.isEmpty())
            return graphError(400, 100,
                              QStringLiteral("(#100) The parameter %1 is required")
                                  .arg(video ? QStringLiteral("video_url") : QStringLiteral("image_url")));
        QByteArray type;
        if (download(mediaUrl, &type).isEmpty()) {
            // Instagram cURLs the URL at once: nothing there is error 9004 / 2207052.
            QJsonObject error{
                {QStringLiteral("message"),
                 QStringLiteral("Only photo or video can be accepted as media type.")},
                {QStringLiteral("type"), QStringLiteral("OAuthException")},
                {QStringLiteral("code"), 9004},
                {QStringLiteral("error_subcode"), 2207052},
                {QStringLiteral("is_transient"), false},
                {QStringLiteral("error_user_title"), QStringLiteral("Media download has failed.")},
                {QStringLiteral("error_user_msg"),
                 QStringLiteral("The media could not be fetched from this uri: %1").arg(mediaUrl)},
                {QStringLiteral("fbtrace_id"), QStringLiteral("AbCdEfGh123")}};
            return FakeResponse::json(QJsonObject{{QStringLiteral("error"), error}}, 400);
        }
        if (!video && type != "image/jpeg")
            c.errorStatus = QStringLiteral("Error: Media upload has failed with error code 2207026");
    }
    c.id = newId(17889000000000000LL);
    const bool video = c.mediaType == QLatin1String("REELS") || c.mediaType == QLatin1String("VIDEO");
    c.pollsLeft = video ? m_videoPolls : m_containerPolls;
    if (!m_nextContainerError.isEmpty()) {
        c.errorStatus = m_nextContainerError;
        m_nextContainerError.clear();
    }
    m_containers.insert(c.id, c);
    return FakeResponse::json(QJsonObject{{QStringLiteral("id"), c.id}});
}

FakeResponse FakeInstagramServer::publish(const FakeRequest &request)
{
    if (request.captures.value(0) != m_userId)
        return noSuchObject(request.captures.value(0));
    if (quotaUsage() >= m_quotaTotal) {
        QJsonObject error{
            {QStringLiteral("message"), QStringLiteral("Application request limit reached")},
            {QStringLiteral("type"), QStringLiteral("OAuthException")},
            {QStringLiteral("code"), 9},
            {QStringLiteral("error_subcode"), 2207042},
            {QStringLiteral("is_transient"), false},
            {QStringLiteral("error_user_title"), QStringLiteral("Max number of posts reached")},
            {QStringLiteral("error_user_msg"),
             QStringLiteral("You reached maximum number of posts that is allowed to be published by "
                            "Content Publishing API.")},
            {QStringLiteral("fbtrace_id"), QStringLiteral("AbCdEfGh124")}};
        return FakeResponse::json(QJsonObject{{QStringLiteral("error"), error}}, 400);
    }
    const QString creationId = request.param(QStringLiteral("creation_id"));
    if (!m_containers.contains(creationId))
        return graphError(400, 24, QStringLiteral("The requested resource does not exist"), 2207006);
    FakeInstagramContainer &c = m_containers[creationId];
    if (c.statusCode != QLatin1String("FINISHED") || c.carouselItem)
        return graphError(400, 9007, QStringLiteral("Media ID is not available"), 2207027);

    FakeInstagramMedia m;
    m.id = newId(17900000000000000LL);
    m.caption = c.caption;
    m.altText = c.altText;
    m.timestamp = QDateTime::currentDateTimeUtc();
    m.permalink = QStringLiteral("https://www.instagram.com/p/%1/").arg(shortcodeFor(m.id));
    if (c.mediaType == QLatin1String("CAROUSEL")) {
        m.mediaType = QStringLiteral("CAROUSEL_ALBUM");
        for (const QString &child : std::as_const(c.children)) {
            const FakeInstagramContainer item = m_containers.value(child);
            m.childUrls << (item.imageUrl.isEmpty() ? item.videoUrl : item.imageUrl);
            m_containers[child].statusCode = QStringLiteral("PUBLISHED");
        }
    } else if (c.mediaType == QLatin1String("REELS")) {
        m.mediaType = QStringLiteral("VIDEO");
        m.productType = QStringLiteral("REELS");
        m.childUrls << c.videoUrl;
    } else {
        m.childUrls << c.imageUrl;
    }
    c.statusCode = QStringLiteral("PUBLISHED");
    c.mediaId = m.id;
    m_media.insert(m.id, m);
    m_mediaOrder.prepend(m.id);
    m_publishedAt << m.timestamp;
    return FakeResponse::json(QJsonObject{{QStringLiteral("id"), m.id}});
}

FakeResponse FakeInstagramServer::publishingLimit() const
{
    // {"data":[{"quota_usage":2,"config":{"quota_total":50,"quota_duration":86400}}]}
    QJsonObject entry{{QStringLiteral("quota_usage"), quotaUsage()}};
    entry.insert(QStringLiteral("config"), QJsonObject{{QStringLiteral("quota_total"), m_quotaTotal},
                                                       {QStringLiteral("quota_duration"), 86400}});
    return FakeResponse::json(QJsonObject{{QStringLiteral("data"), QJsonArray{entry}}});
}

void FakeInstagramServer::addPublishRoutes()
{
    const QString publish = QStringLiteral("instagram_content_publish");
    graph("POST", digits + QStringLiteral("/photos"), QStringLiteral("pages_manage_posts"),
          [this](const FakeRequest &request) { return stage(request, false); });
    graph("POST", digits + QStringLiteral("/videos"), QStringLiteral("pages_manage_posts"),
          [this](const FakeRequest &request) { return stage(request, true); });
    graph("POST", digits + QStringLiteral("/media"), publish,
          [this](const FakeRequest &request) { return createContainer(request); });
    graph("POST", digits + QStringLiteral("/media_publish"), publish,
          [this](const FakeRequest &request) { return this->publish(request); });
    graph("GET", digits + QStringLiteral("/content_publishing_limit"), publish,
          [this](const FakeRequest &request) {
              if (request.captures.value(0) != m_userId)
                  return noSuchObject(request.captures.value(0));
              return publishingLimit();
          });
}

} // namespace fakes
} // namespace vigie
