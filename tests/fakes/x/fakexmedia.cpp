// The v2 media upload of the fake X (https://docs.x.com/x-api/media/initialize-media-upload,
// append-media-upload, media-upload-finalize, get-media-upload-status, create-media-metadata):
// images are ready at FINALIZE; videos and GIFs answer processing_info (pending, then in_progress
// for setMediaProcessingPolls() STATUS calls, then succeeded or failed).
#include "fakes/x/fakexserver.h"

#include <QJsonArray>

namespace vigie {
namespace fakes {

namespace {

QJsonObject processingInfo(const FakeXMedia &media, bool first)
{
    if (media.category == QLatin1String("tweet_image"))
        return {};
    if (media.pendingPolls > 0)
        return QJsonObject{
            {QStringLiteral("state"), first ? QStringLiteral("pending") : QStringLiteral("in_progress")},
            {QStringLiteral("check_after_secs"), 1},
            {QStringLiteral("progress_percent"), first ? 0 : 45}};
    if (media.fails)
        return QJsonObject{
            {QStringLiteral("state"), QStringLiteral("failed")},
            {QStringLiteral("progress_percent"), 12},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), 1},
                         {QStringLiteral("name"), QStringLiteral("InvalidMedia")},
                         {QStringLiteral("message"), QStringLiteral("Unsupported video format")}}}};
    return QJsonObject{{QStringLiteral("state"), QStringLiteral("succeeded")},
                       {QStringLiteral("progress_percent"), 100}};
}

QJsonObject mediaData(const FakeXMedia &media)
{
    return QJsonObject{{QStringLiteral("id"), media.id},
                       {QStringLiteral("media_key"), QStringLiteral("3_") + media.id},
                       {QStringLiteral("size"), double(media.data.size())},
                       {QStringLiteral("expires_after_secs"), 86400}};
}

} // namespace

void FakeXServer::addMediaRoutes()
{
    api("POST", QStringLiteral("/2/media/upload/initialize"), [this](const FakeRequest &request) {
        const QJsonObject body = request.json().toObject();
        FakeXMedia media;
        media.mediaType = body.value(QLatin1String("media_type")).toString();
        media.category = body.value(QLatin1String("media_category")).toString();
        media.totalBytes = qint64(body.value(QLatin1String("total_bytes")).toDouble());
        static const QStringList types = {QStringLiteral("video/mp4"),       QStringLiteral("video/webm"),
                                          QStringLiteral("video/quicktime"), QStringLiteral("image/jpeg"),
                                          QStringLiteral("image/gif"),       QStringLiteral("image/png"),
                                          QStringLiteral("image/webp"),      QStringLiteral("image/bmp")};
        if (!types.contains(media.mediaType))
            return invalidRequest(QStringLiteral("media_type"), media.mediaType,
                                  QStringLiteral("media_type is not supported"));
        if (media.totalBytes <= 0)
            return invalidRequest(QStringLiteral("total_bytes"), QString::number(media.totalBytes),
                                  QStringLiteral("total_bytes must be positive"));
        media.id = QString::number(m_nextMediaId += 1009);
        media.pendingPolls = media.category == QLatin1String("tweet_image") ? 0 : m_processingPolls;
        media.fails = m_processingFails;
        m_media.insert(media.id, media);
        QJsonObject data = mediaData(media);
        data.remove(QStringLiteral("size"));
        data.insert(QStringLiteral("expires_after_secs"), 1295999);
        return FakeResponse::json(QJsonObject{{QStringLiteral("data"), data}});
    });

    api("POST", QStringLiteral("/2/media/upload/(\\d+)/append"), [this](const FakeRequest &request) {
        const QString id = request.captures.value(0);
        if (!m_media.contains(id))
            return FakeXServer::problem("error_not_found.json", 404);
        FakeXMedia &media = m_media[id];
        const QString segment = request.param(QStringLiteral("segment_index"));
        if (segment.toInt() != media.segments)
            return invalidRequest(QStringLiteral("segment_index"), segment,
                                  QStringLiteral("Segments must be appended in order"));
        media.data += request.multipartField("media");
        ++media.segments;
        return FakeResponse::json(QJsonObject{
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("expires_at"),
                                                  double(QDateTime::currentSecsSinceEpoch() + 86400)}}}});
    });

    api("POST", QStringLiteral("/2/media/upload/(\\d+)/finalize"), [this](const FakeRequest &request) {
        const QString id = request.captures.value(0);
        if (!m_media.contains(id))
            return FakeXServer::problem("error_not_found.json", 404);
        FakeXMedia &media = m_media[id];
        if (media.data.size() != media.totalBytes)
            return invalidRequest(QStringLiteral("id"), id,
                                  QStringLiteral("File size mismatch: expected %1 bytes, received %2")
                                      .arg(media.totalBytes)
                                      .arg(media.data.size()));
        media.finalized = true;
        QJsonObject data = mediaData(media);
        const QJsonObject processing = processingInfo(media, true);
        if (!processing.isEmpty())
            data.insert(QStringLiteral("processing_info"), processing);
        return FakeResponse::json(QJsonObject{{QStringLiteral("data"), data}});
    });

    api("GET", QStringLiteral("/2/media/upload"), [this](const FakeRequest &request) {
        if (request.query.queryItemValue(QStringLiteral("command")) != QLatin1String("STATUS"))
            return invalidRequest(QStringLiteral("command"),
                                  request.query.queryItemValue(QStringLiteral("command")),
                                  QStringLiteral("command must be STATUS"));
        const QString id = request.query.queryItemValue(QStringLiteral("media_id"));
        if (!m_media.contains(id) || !m_media.value(id).finalized)
            return FakeXServer::problem("error_not_found.json", 404);
        FakeXMedia &media = m_media[id];
        if (media.pendingPolls > 0)
            --media.pendingPolls;
        QJsonObject data = mediaData(media);
        QJsonObject processing = processingInfo(media, false);
        if (media.pendingPolls > 0)
            processing = processingInfo(media, false);
        if (!processing.isEmpty())
            data.insert(QStringLiteral("processing_info"), processing);
        return FakeResponse::json(QJsonObject{{QStringLiteral("data"), data}});
    });

    api("POST", QStringLiteral("/2/media/metadata"), [this](const FakeRequest &request) {
        const QJsonObject body = request.json().toObject();
        const QString id = body.value(QLatin1String("id")).toString();
        const QString alt = body.value(QLatin1String("metadata"))
                                .toObject()
                                .value(QLatin1String("alt_text"))
                                .toObject()
                                .value(QLatin1String("text"))
                                .toString();
        if (!m_media.contains(id))
            return invalidRequest(QStringLiteral("id"), id, QStringLiteral("media id not found"));
        if (alt.size() > 1000)
            return invalidRequest(QStringLiteral("metadata.alt_text.text"), alt.left(20),
                                  QStringLiteral("alt_text.text must be at most 1000 characters"));
        m_media[id].altText = alt;
        return FakeResponse::json(QJsonObject{
            {QStringLiteral("data"),
             QJsonObject{
                 {QStringLiteral("id"), id},
                 {QStringLiteral("associated_metadata"),
                  QJsonObject{{QStringLiteral("alt_text"), QJsonObject{{QStringLiteral("text"), alt}}}}}}}});
    });
}

} // namespace fakes
} // namespace vigie
