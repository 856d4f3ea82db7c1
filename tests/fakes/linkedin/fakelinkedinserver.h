#pragma once

#include "fakes/common/fakehttpserver.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

// A LinkedIn API (Community Management, versioned /rest endpoints) in the test's process,
// answering as LinkedIn documents it (shapes from tests/data/linkedin/):
//   organizations
//   learn.microsoft.com/linkedin/marketing/community-management/organizations/organization-lookup-api posts
//   …/community-management/shares/posts-api (201 + x-restli-id, q=author finder) little text
//   …/community-management/shares/little-text-format images          …/community-management/shares/images-api
//   (initializeUpload, PUT, status) comments        …/community-management/shares/comments-api
//   (socialActions/{urn}/comments) social actions …/community-management/shares/network-update-social-actions
//   versioning      learn.microsoft.com/linkedin/marketing/versioning (400 VERSION_MISSING,
//                   426 NONEXISTENT_VERSION)
//   refresh         learn.microsoft.com/linkedin/shared/authentication/programmatic-refresh-tokens
// It checks Linkedin-Version and X-Restli-Protocol-Version on every /rest request, and, like
// LinkedIn, cuts a post's commentary at its first unescaped little reserved character that
// starts no template (answering 201 all the same), so a test can prove escaping matters.
// Error bodies: {"status","serviceErrorCode","code","message"} (tests/data/linkedin/errors.json;
// the 401 service codes are as integrators report them, LinkedIn does not list them).
// Without X-Restli-Protocol-Version LinkedIn's answer varies by endpoint (Rest.li 1.0 reads
// URNs and lists differently); the fake answers 400 so that the header's absence shows.
namespace vigie {
namespace fakes {

struct FakeLinkedInPost
{
    QString urn;         // urn:li:share:…
    QString activityUrn; // urn:li:activity:… (what comments are on)
    QString author;
    QString sentCommentary;   // as the client sent it
    QString storedCommentary; // as LinkedIn kept it (cut at an unescaped reserved character)
    QJsonObject content;
    qint64 createdAt = 0; // epoch ms
    qint64 likes = 0;
};

struct FakeLinkedInComment
{
    QString id;
    QString postUrn;
    QString object; // the post's activity URN
    QString parentComment;
    QString actor;
    QString text;
    qint64 createdAt = 0;
    QString urn() const { return QStringLiteral("urn:li:comment:(%1,%2)").arg(object, id); }
};

struct FakeLinkedInImage
{
    QString urn;
    QString owner;
    QString uploadToken;
    QByteArray data;
    QString contentType;
    QString status = QStringLiteral("WAITING_UPLOAD");
    int pendingPolls = 0; // GET /rest/images answers PROCESSING this many more times after upload
};

class FakeLinkedInServer : public FakeHttpServer
{
    Q_OBJECT

public:
    explicit FakeLinkedInServer(QObject *parent = nullptr);
    ~FakeLinkedInServer() override;

    // --- the page and who may call it
    QString organizationId() const { return m_organizationId; }
    QString organizationUrn() const { return QStringLiteral("urn:li:organization:") + m_organizationId; }
    QString token() const { return m_token; }
    void revokeToken() { m_revoked = true; }
    // Scopes granted to the token; default w_organization_social and r_organization_social.
    void setScopes(const QStringList &scopes) { m_scopes = scopes; }
    // Other Pages the token's member administers (organizationAcls), besides this one.
    void setOtherAdministeredPages(const QStringList &organizationIds) { m_otherPages = organizationIds; }
    // Versions LinkedIn still serves: [oldest, latest]; default 202512 to 202611.
    void setActiveVersions(const QString &oldest, const QString &latest);
    // The next `requests` /rest calls answer 429 (no rate-limit header, as LinkedIn).
    void throttle(int requests) { m_throttled = requests; }
    // Refresh: the app's client and the refresh token it accepts.
    void setRefreshToken(const QString &clientId, const QString &clientSecret, const QString &refreshToken);
    int refreshes() const { return m_refreshes; }
    // How many GET /rest/images polls answer PROCESSING after an upload (default 1).
    void setImageProcessingPolls(int polls) { m_imageProcessingPolls = polls; }

    // --- content others make. Times in epoch ms; 0 = now (each later than the one before).
    QString addPost(const QString &commentary, qint64 createdAt = 0); // by the organization
    QString addComment(const QString &postOrCommentUrn, const QString &actor, const QString &text,
                       qint64 createdAt = 0); // a comment URN: a reply under it
    void setLikes(const QString &postUrn, qint64 likes);

    // --- what happened
    QList<FakeLinkedInPost> posts() const; // newest first
    FakeLinkedInPost post(const QString &urn) const { return m_posts.value(urn); }
    QList<FakeLinkedInComment> comments() const; // oldest first
    bool hasComment(const QString &commentUrn) const;
    FakeLinkedInImage image(const QString &urn) const { return m_images.value(urn); }

    // The little text LinkedIn keeps of a commentary: up to its first unescaped reserved
    // character that starts no hashtag or mention template.
    static QString keptLittleText(const QString &commentary);

protected:
    void decorate(const FakeRequest &request, FakeResponse &response) override;

private:
    void rest(const QByteArray &method, const QString &pattern, const Handler &handler);
    void addRoutes();
    void addCommentRoutes();
    std::optional<FakeResponse> refuse(const FakeRequest &request, bool versioned);
    qint64 stamp(qint64 createdAt);
    QString postOfTarget(const QString &target) const; // a post, activity or comment URN → post URN

    QJsonObject renderPost(const FakeLinkedInPost &post) const;
    QJsonObject renderComment(const FakeLinkedInComment &comment) const;
    FakeResponse createPost(const FakeRequest &request);
    FakeResponse listPosts(const FakeRequest &request) const;
    FakeResponse initializeUpload(const FakeRequest &request);
    FakeResponse listComments(const QString &target, const FakeRequest &request) const;
    FakeResponse createComment(const QString &target, const FakeRequest &request);
    FakeResponse deleteComment(const QString &target, const QString &id, const FakeRequest &request);
    FakeResponse refresh(const FakeRequest &request);

    QString m_organizationId = QStringLiteral("2414183");
    QString m_token = QStringLiteral("AQV-vigie-linkedin-token");
    bool m_revoked = false;
    QStringList m_otherPages;
    QStringList m_scopes = {QStringLiteral("w_organization_social"), QStringLiteral("r_organization_social")};
    QString m_oldestVersion = QStringLiteral("202512");
    QString m_latestVersion = QStringLiteral("202611");
    int m_throttled = 0;
    QString m_clientId;
    QString m_clientSecret;
    QString m_refreshToken;
    int m_refreshes = 0;
    int m_imageProcessingPolls = 1;

    QJsonObject m_organizationTemplate;
    QJsonObject m_postTemplate;
    QJsonObject m_commentTemplate;
    QJsonObject m_socialActionsTemplate;
    QJsonObject m_imageTemplate;
    QJsonObject m_errors;
    QHash<QString, FakeLinkedInPost> m_posts;
    QHash<QString, FakeLinkedInComment> m_comments; // by id
    QHash<QString, FakeLinkedInImage> m_images;
    QHash<QString, QString> m_imageByUploadToken;
    qint64 m_lastStamp = 0;
    qint64 m_nextId = 0;
};

} // namespace fakes
} // namespace vigie
