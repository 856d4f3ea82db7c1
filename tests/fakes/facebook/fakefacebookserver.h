#pragma once

#include "fakes/common/fakehttpserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>

// One Facebook Page behind a Graph API in the test's process, answering as Meta documents it
// (examples copied in tests/data/facebook/):
//   https://developers.facebook.com/docs/pages-api/posts                 POST/GET /{page-id}/feed,
//       POST/DELETE /{page-post-id}, permalink https://www.facebook.com/{page-post-id}
//   https://developers.facebook.com/docs/graph-api/reference/page/photos  POST /{page-id}/photos
//       → {"id","post_id"}; published=false (+ temporary) for multi-photo posts, attached_media
//   https://developers.facebook.com/docs/graph-api/reference/page/scheduled_posts
//   https://developers.facebook.com/docs/graph-api/reference/object/comments  filter, order,
//       summary, cursor paging; POST /{object-id}/comments → {"id"}; POST /{comment-id} is_hidden
//   https://developers.facebook.com/docs/graph-api/overview/rate-limiting  X-App-Usage,
//       X-Business-Use-Case-Usage, codes 4 and 80001
//   https://developers.facebook.com/docs/graph-api/guides/error-handling  {"error":{…}} bodies
// Paths carry the version ("/v21.0/…"); every list answers {"data":[…],"paging":{"cursors":
// {"before","after"},"next"}} with next links back to this server (access_token included, as
// Facebook does). Ids: Page "<digits>", post "<page id>_<n>", comment "<n>_<m>". Read-after-write:
// a POST with `fields` answers those fields of what it created. The fake has its own clock
// (setNow): a scheduled post goes online once that clock passes its time.
namespace vigie {
namespace fakes {

struct FakeFacebookPost
{
    QString id;
    QString fromId;
    QString fromName;
    QString message;
    QString link;
    QStringList photoIds;
    QDateTime createdAt; // when it went (or will go) online
    QDateTime updatedAt; // created, edited, or its latest comment
    bool published = true;
    QDateTime scheduledAt; // valid while it waits for its time
    qint64 reactions = 0;
    qint64 shares = 0;
};

struct FakeFacebookComment
{
    QString id;
    QString postId;
    QString parentId; // a comment answered, empty for a comment on the post
    QString fromId;
    QString fromName;
    QString message;
    QDateTime createdAt;
    bool hidden = false;
};

struct FakeFacebookPhoto
{
    QString id;
    QString postId; // the post showing it, empty while unattached
    QByteArray data;
    QString fileName;
    QString contentType;
    QString caption;
    QString altText;
    bool temporary = false;
};

class FakeFacebookServer : public FakeHttpServer
{
    Q_OBJECT

public:
    explicit FakeFacebookServer(QObject *parent = nullptr);

    // The base URL an adapter uses ("http://127.0.0.1:PORT/v21.0").
    QUrl graphUrl() const;

    // --- the Page and its token
    QString pageId() const { return m_pageId; }
    QString pageName() const { return m_pageName; }
    QString token() const { return m_token; }
    void setTokenExpired(bool expired) { m_tokenExpired = expired; }
    // Page token permissions; all granted by default (pages_manage_posts, pages_read_engagement,
    // pages_manage_engagement, pages_show_list).
    void revokePermission(const QString &permission) { m_permissions.remove(permission); }

    // --- the fake's clock
    QDateTime now() const { return m_now; }
    // Moving the clock past a scheduled post's time publishes it, as Facebook would.
    void setNow(const QDateTime &now)
    {
        m_now = now.toUTC();
        publishDue();
    }
    void advance(qint64 seconds) { setNow(m_now.addSecs(seconds)); }

    // --- usage headers. Page tokens get X-Business-Use-Case-Usage (type "pages") on every answer;
    // X-App-Usage is sent once set (app and user tokens). Reaching 100 makes every request fail
    // with 80001 (business use case) or 4 (app) until the usage is lowered.
    void setBusinessUsage(int callCount, int totalCputime, int totalTime, int regainMinutes = 0);
    void setAppUsage(int callCount, int totalCputime, int totalTime);
    // Size of list pages when the request gives no limit (Graph's default is 25).
    void setDefaultPageSize(int size) { m_defaultPageSize = size; }

    // --- content others (or the Page, earlier) wrote; return the new id
    QString addPagePost(const QString &message, const QDateTime &createdAt);
    QString addVisitorPost(const QString &author, const QString &message, const QDateTime &createdAt);
    // A comment by author (a person's name; the Page's own name writes as the Page) on a post,
    // or a reply when objectId is a comment. Moves the post's updated_time.
    QString addComment(const QString &objectId, const QString &author, const QString &message,
                       const QDateTime &createdAt);
    void setPostCounts(const QString &postId, qint64 reactions, qint64 shares);

    // --- what happened
    QList<FakeFacebookPost> posts() const; // oldest first, scheduled ones included
    FakeFacebookPost post(const QString &id) const { return m_posts.value(id); }
    bool hasPost(const QString &id) const { return m_posts.contains(id); }
    QList<FakeFacebookPost> publishedThroughApi() const; // posts the API created, oldest first
    FakeFacebookComment comment(const QString &id) const { return m_comments.value(id); }
    bool hasComment(const QString &id) const { return m_comments.contains(id); }
    QList<FakeFacebookComment> commentsOn(const QString &postId) const; // oldest first
    FakeFacebookPhoto photo(const QString &id) const { return m_photos.value(id); }
    QString personId(const QString &name) const { return m_people.value(name); }

protected:
    void decorate(const FakeRequest &request, FakeResponse &response) override;

private:
    void addRoutes();
    // Runs handler once the token and the permission check pass (empty permission: none needed).
    void graph(const QByteArray &method, const QString &pattern, const QString &permission,
               const std::function<FakeResponse(const FakeRequest &)> &handler);
    std::optional<FakeResponse> refuse(const FakeRequest &request, const QString &permission) const;
    void publishDue();

    // Node reads and writes (fakefacebookrender.cpp, fakefacebookwrite.cpp).
    FakeResponse getNode(const FakeRequest &request, const QString &id) const;
    FakeResponse updateNode(const FakeRequest &request, const QString &id);
    FakeResponse deleteNode(const QString &id);
    FakeResponse feed(const FakeRequest &request, bool scheduled) const;
    FakeResponse comments(const FakeRequest &request, const QString &objectId) const;
    FakeResponse createFeedPost(const FakeRequest &request);
    FakeResponse createPhoto(const FakeRequest &request);
    FakeResponse createComment(const FakeRequest &request, const QString &objectId);

    QJsonObject renderPage() const;
    QJsonObject renderPost(const FakeFacebookPost &post) const;
    QJsonObject renderComment(const FakeFacebookComment &comment) const;
    QJsonObject renderPhoto(const FakeFacebookPhoto &photo) const;
    QString permalink(const FakeFacebookPost &post) const;
    FakeResponse list(const FakeRequest &request, const QList<QJsonObject> &items,
                      const QJsonObject &extra) const;

    QString personFor(const QString &name);
    QString newPostId();
    QString storePost(FakeFacebookPost post);
    QString storeComment(FakeFacebookComment comment);

    QString m_pageId = QStringLiteral("104729588456321");
    QString m_pageName = QStringLiteral("Laboratoire Vigie");
    QString m_pageUsername = QStringLiteral("laboratoirevigie");
    QString m_businessId = QStringLiteral("1203940563029");
    QString m_token = QStringLiteral("EAAvigiePageToken");
    bool m_tokenExpired = false;
    QSet<QString> m_permissions;
    QDateTime m_now;
    int m_defaultPageSize = 25;
    QJsonObject m_businessUsage;
    QJsonObject m_appUsage; // empty: header not sent

    QHash<QString, FakeFacebookPost> m_posts;
    QStringList m_postOrder; // ids, oldest created first at insertion (sorted when listing)
    QStringList m_apiPosts;  // ids the API created
    QHash<QString, FakeFacebookComment> m_comments;
    QStringList m_commentOrder;
    QHash<QString, FakeFacebookPhoto> m_photos;
    QHash<QString, QString> m_people; // name → id
    qint64 m_nextPost = 1'000'000'001;
    qint64 m_nextComment = 2'000'000'001;
    qint64 m_nextPhoto = 3'000'000'001;
    qint64 m_nextPerson = 5'000'000'001;
    int m_trace = 0;
};

// {"error":{…}} as Graph shapes it (error-handling guide).
FakeResponse graphError(int status, int code, const QString &type, const QString &message, int subcode = 0);
QString graphTime(const QDateTime &time); // "2019-01-02T18:31:28+0000"

} // namespace fakes
} // namespace vigie
