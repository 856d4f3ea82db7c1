#pragma once

#include "fakes/common/fakehttpserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>

// The Instagram Graph API (Facebook Login) as documented, in the test's process, under
// /v21.0 like graph.facebook.com:
//   developers.facebook.com/docs/instagram-platform/content-publishing
//   .../instagram-graph-api/reference/ig-user/media, ig-user/media_publish,
//   ig-user/content_publishing_limit, ig-container, ig-media, ig-media/comments, ig-comment,
//   ig-comment/replies, .../reference/error-codes
//   developers.facebook.com/docs/graph-api/guides/error-handling, .../overview/rate-limiting,
//   .../docs/graph-api/reference/page/photos, page/videos, photo (images), video (source).
// Answer shapes are the documented examples kept in tests/data/instagram/.
//
// What it does: the Page token's /me with its linked Instagram account; node reads with
// ?fields= (an unknown field is error 100 "nonexisting field", an unknown id 100/33); Page
// photo/video staging (published=false) whose CDN URLs the fake itself serves; containers that
// check their image_url/video_url was staged (or registered public), go IN_PROGRESS → FINISHED
// (or ERROR) over configurable polls and expire nothing; media_publish with the 24-hour quota
// (content_publishing_limit, error 9/2207042); the account's media with cursor paging and
// next URLs; comments, replies, hide, delete; X-App-Usage and X-Business-Use-Case-Usage on
// every answer; code 190 for a bad token; code 10 for a permission the test withdrew.
namespace vigie {
namespace fakes {

struct FakeInstagramContainer
{
    QString id;
    QString mediaType; // IMAGE (when none given), REELS, VIDEO, CAROUSEL
    QString imageUrl;
    QString videoUrl;
    QString caption;
    QString altText;
    QStringList children;
    bool carouselItem = false;
    QString statusCode = QStringLiteral("IN_PROGRESS");
    QString errorStatus; // the "status" text once ERROR
    int pollsLeft = 0;   // GETs still answering IN_PROGRESS
    QString mediaId;     // once published
};

struct FakeInstagramMedia
{
    QString id;
    QString caption;
    QString mediaType = QStringLiteral("IMAGE");  // IMAGE, VIDEO, CAROUSEL_ALBUM
    QString productType = QStringLiteral("FEED"); // FEED, REELS
    QString altText;
    QStringList childUrls;
    QDateTime timestamp;
    QString permalink;
    qint64 likes = 0;
};

struct FakeInstagramComment
{
    QString id;
    QString mediaId;
    QString parentId; // empty for a top-level comment
    QString text;
    QString username;
    QString fromId;
    QDateTime timestamp;
    qint64 likes = 0;
    bool hidden = false;
};

class FakeInstagramServer : public FakeHttpServer
{
    Q_OBJECT

public:
    explicit FakeInstagramServer(QObject *parent = nullptr);
    ~FakeInstagramServer() override;

    // Base URL with the Graph version, as an account's base_url: "http://127.0.0.1:PORT/v21.0".
    QUrl graphUrl() const;

    // --- who may call it
    QString token() const { return m_token; }
    QString pageId() const { return m_pageId; }
    QString userId() const { return m_userId; }
    QString username() const { return m_username; }
    void setInstagramLinked(bool linked) { m_linked = linked; }
    // Code 10 for every call needing this permission ("instagram_content_publish"…).
    void withdrawPermission(const QString &permission) { m_withdrawn.insert(permission); }

    // --- publishing
    void setQuota(int usage, int total = 50);
    int quotaUsage() const;
    // GETs of a new container answering IN_PROGRESS before FINISHED (images; videos below).
    void setContainerPolls(int polls) { m_containerPolls = polls; }
    void setVideoPolls(int polls) { m_videoPolls = polls; }
    // The next container ends ERROR with this status text after its polls.
    void failNextContainer(const QString &status) { m_nextContainerError = status; }
    // How many reads of a staged Page video have no "source" yet.
    void setVideoSourcePolls(int polls) { m_videoSourcePolls = polls; }
    // A URL Instagram may download besides the fake's own CDN (a brand's public server).
    void addPublicUrl(const QString &url, const QByteArray &contentType = "image/jpeg");
    QList<FakeInstagramContainer> containers() const { return m_containers.values(); }
    FakeInstagramContainer container(const QString &id) const { return m_containers.value(id); }
    int stagedCount() const { return int(m_staged.size()); }
    // The bytes Instagram would download from a URL; empty when it cannot.
    QByteArray download(const QString &url, QByteArray *contentType = nullptr) const;

    // --- the account's media and comments (newest first on the network)
    QString addMedia(const QString &caption, const QDateTime &at = {});
    QString addComment(const QString &mediaId, const QString &username, const QString &text,
                       const QDateTime &at = {}, const QString &parentId = {});
    QList<FakeInstagramMedia> media() const; // newest first
    FakeInstagramMedia mediaById(const QString &id) const { return m_media.value(id); }
    FakeInstagramComment comment(const QString &id) const { return m_comments.value(id); }
    bool hasComment(const QString &id) const { return m_comments.contains(id); }
    void setLikes(const QString &mediaId, qint64 likes) { m_media[mediaId].likes = likes; }
    int commentsCount(const QString &mediaId) const;

    // --- usage headers (percentages; regain in minutes)
    void setUsage(int appPercent, int businessPercent, int regainMinutes = 0);

protected:
    void decorate(const FakeRequest &request, FakeResponse &response) override;

private:
    using Fields = QList<QPair<QString, QString>>; // name → subfields ("from{id,username}")
    void graph(const QByteArray &method, const QString &pattern, const QString &permission,
               const Handler &handler);
    void addNodeRoutes();
    void addPublishRoutes();
    void addCommentRoutes();
    bool authorized(const FakeRequest &request) const;

    static Fields parseFields(const QString &fields);
    static FakeResponse graphError(int status, int code, const QString &message, int subcode = 0);
    static FakeResponse noSuchObject(const QString &id);
    static FakeResponse missingField(const QString &field, const QString &nodeType);
    FakeResponse readNode(const QString &id, const QString &fields);
    // Renders an object with the requested fields, or the error for an unknown one.
    FakeResponse render(const QString &nodeType, const QJsonObject &all, const QStringList &known,
                        const Fields &fields) const;
    QJsonObject renderComment(const FakeInstagramComment &c, const Fields &fields) const;
    QJsonObject repliesEdge(const QString &commentId, const Fields &fields) const;
    FakeResponse page(const QList<QJsonObject> &items, const FakeRequest &request, int defaultLimit) const;
    QString newId(qint64 base);

    FakeResponse stage(const FakeRequest &request, bool video);
    FakeResponse createContainer(const FakeRequest &request);
    FakeResponse publish(const FakeRequest &request);
    FakeResponse publishingLimit() const;
    FakeResponse mediaList(const FakeRequest &request);
    FakeResponse comments(const FakeRequest &request, const QString &parentId, bool replies);
    FakeResponse postComment(const FakeRequest &request, const QString &parentId, bool reply);

    struct Staged
    {
        QByteArray data;
        QByteArray contentType;
        QString cdnUrl;
        bool video = false;
        mutable int sourcePollsLeft = 0;
    };

    QString m_token = QStringLiteral("EAAGpagetoken");
    QString m_pageId = QStringLiteral("104300000000001");
    QString m_pageName = QStringLiteral("Vigie Pharma");
    QString m_userId = QStringLiteral("17841400000000001");
    QString m_username = QStringLiteral("vigie_pharma");
    QString m_name = QStringLiteral("Vigie Pharma");
    bool m_linked = true;
    QSet<QString> m_withdrawn;
    int m_quotaTotal = 50;
    int m_quotaOffset = 0;
    QList<QDateTime> m_publishedAt;
    int m_containerPolls = 0;
    int m_videoPolls = 2;
    int m_videoSourcePolls = 0;
    QString m_nextContainerError;
    int m_appUsage = 1;
    int m_businessUsage = 1;
    int m_regainMinutes = 0;
    qint64 m_nextId = 0;

    QHash<QString, FakeInstagramContainer> m_containers;
    QHash<QString, Staged> m_staged;            // photo/video id → what was uploaded
    QHash<QString, QString> m_stagedByUrl;      // CDN URL → photo/video id
    QHash<QString, QByteArray> m_publicUrls;    // URL → content type
    QHash<QString, FakeInstagramMedia> m_media; // id → media
    QStringList m_mediaOrder;                   // newest first
    QHash<QString, FakeInstagramComment> m_comments;
    QStringList m_commentOrder; // oldest first
};

} // namespace fakes
} // namespace vigie
