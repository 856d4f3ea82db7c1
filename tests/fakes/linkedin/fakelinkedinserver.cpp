#include "fakes/linkedin/fakelinkedinserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace vigie {
namespace fakes {

namespace {

QJsonObject fixture(const char *name)
{
    QFile file(QStringLiteral(VIGIE_LINKEDIN_FIXTURES "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fake LinkedIn: missing fixture %s", name);
    return QJsonDocument::fromJson(file.readAll()).object();
}

const QString kReserved = QStringLiteral("|{}@[]()<>#\\*_~");

// The length a reader sees: hashtag templates as "#tag", escapes removed, in code points.
qsizetype visibleLength(QString little)
{
    static const QRegularExpression hashtag(QStringLiteral(R"(\{hashtag\|\\#\|((?:\\.|[^\\}])+)\})"));
    static const QRegularExpression escape(QStringLiteral(R"(\\(.))"));
    little.replace(hashtag, QStringLiteral("#\\1"));
    little.replace(escape, QStringLiteral("\\1"));
    return little.toUcs4().size();
}

} // namespace

FakeLinkedInServer::FakeLinkedInServer(QObject *parent)
    : FakeHttpServer(parent)
    , m_organizationTemplate(fixture("organization.json"))
    , m_postTemplate(fixture("post.json"))
    , m_commentTemplate(fixture("comments.json").value(QLatin1String("elements")).toArray().at(0).toObject())
    , m_socialActionsTemplate(fixture("social_actions.json"))
    , m_imageTemplate(fixture("image.json"))
    , m_errors(fixture("errors.json"))
{
    addRoutes();
    addCommentRoutes();
}

FakeLinkedInServer::~FakeLinkedInServer() = default;

void FakeLinkedInServer::setActiveVersions(const QString &oldest, const QString &latest)
{
    m_oldestVersion = oldest;
    m_latestVersion = latest;
}

void FakeLinkedInServer::setRefreshToken(const QString &clientId, const QString &clientSecret,
                                         const QString &refreshToken)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_refreshToken = refreshToken;
}

QString FakeLinkedInServer::keptLittleText(const QString &commentary)
{
    static const QRegularExpression hashtagTemplate(QStringLiteral(R"(^\{hashtag\|\\#\|(?:\\.|[^\\}])+\})"));
    static const QRegularExpression mention(
        QStringLiteral(R"(^@\[(?:\\.|[^\\\]])+\]\(urn:li:[a-zA-Z]+:[^)]+\))"));
    qsizetype i = 0;
    while (i < commentary.size()) {
        const QChar c = commentary.at(i);
        if (c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (!kReserved.contains(c)) {
            ++i;
            continue;
        }
        const QString rest = commentary.mid(i);
        if (c == QLatin1Char('#') && i + 1 < commentary.size() && commentary.at(i + 1).isLetterOrNumber()) {
            ++i; // a bare #tag is a HashtagElement
            continue;
        }
        if (const auto m = hashtagTemplate.match(rest); m.hasMatch()) {
            i += m.capturedLength();
            continue;
        }
        if (const auto m = mention.match(rest); m.hasMatch()) {
            i += m.capturedLength();
            continue;
        }
        return commentary.left(i); // what LinkedIn publishes: everything before it
    }
    return commentary;
}

qint64 FakeLinkedInServer::stamp(qint64 createdAt)
{
    if (createdAt > 0)
        return createdAt;
    m_lastStamp = qMax(QDateTime::currentMSecsSinceEpoch(), m_lastStamp + 1);
    return m_lastStamp;
}

void FakeLinkedInServer::decorate(const FakeRequest &, FakeResponse &response)
{
    // Every LinkedIn answer names its request; no rate-limit headers, ever.
    response.header("x-li-uuid", QByteArray::number(++m_nextId, 16));
}

std::optional<FakeResponse> FakeLinkedInServer::refuse(const FakeRequest &request, bool versioned)
{
    auto error = [this](const char *key, int status) {
        return FakeResponse::json(m_errors.value(QLatin1String(key)).toObject(), status);
    };
    if (versioned) {
        const QString version = QString::fromLatin1(request.header("linkedin-version"));
        if (version.isEmpty())
            return error("version_missing", 400);
        static const QRegularExpression yyyymm(QStringLiteral("^20[0-9]{4}$"));
        if (!yyyymm.match(version).hasMatch() || version < m_oldestVersion || version > m_latestVersion) {
            QJsonObject body = m_errors.value(QLatin1String("nonexistent_version")).toObject();
            body.insert(QStringLiteral("message"),
                        QStringLiteral("Requested version %1 is not active").arg(version));
            return FakeResponse::json(body, 426);
        }
        if (request.header("x-restli-protocol-version") != "2.0.0")
            return FakeResponse::json(
                QJsonObject{
                    {QStringLiteral("status"), 400},
                    {QStringLiteral("code"), QStringLiteral("ILLEGAL_ARGUMENT")},
                    {QStringLiteral("message"), QStringLiteral("Rest.li protocol 2.0.0 is required")}},
                400);
    }
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") || QString::fromUtf8(authorization.mid(7)) != m_token)
        return error("invalid_token", 401);
    if (m_revoked)
        return error("revoked_token", 401);
    if (versioned && m_throttled > 0) {
        --m_throttled;
        return error("throttled", 429);
    }
    const QString needed = request.method == "GET" ? QStringLiteral("r_organization_social")
                                                   : QStringLiteral("w_organization_social");
    if (versioned && !m_scopes.contains(needed))
        return error("access_denied", 403);
    return std::nullopt;
}

void FakeLinkedInServer::rest(const QByteArray &method, const QString &pattern, const Handler &handler)
{
    on(method, pattern, [this, handler](const FakeRequest &request) {
        if (auto refused = refuse(request, true))
            return *refused;
        return handler(request);
    });
}

QString FakeLinkedInServer::addPost(const QString &commentary, qint64 createdAt)
{
    FakeLinkedInPost post;
    const qint64 n = ++m_nextId;
    post.urn = QStringLiteral("urn:li:share:%1").arg(7300000000000000000LL + n * 1000);
    post.activityUrn = QStringLiteral("urn:li:activity:%1").arg(7300000000000000000LL + n * 1000 + 7);
    post.author = organizationUrn();
    post.sentCommentary = commentary;
    post.storedCommentary = keptLittleText(commentary);
    post.createdAt = stamp(createdAt);
    m_posts.insert(post.urn, post);
    return post.urn;
}

void FakeLinkedInServer::setLikes(const QString &postUrn, qint64 likes)
{
    m_posts[postUrn].likes = likes;
}

QList<FakeLinkedInPost> FakeLinkedInServer::posts() const
{
    QList<FakeLinkedInPost> all = m_posts.values();
    std::sort(all.begin(), all.end(), [](const FakeLinkedInPost &a, const FakeLinkedInPost &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.urn > b.urn;
    });
    return all;
}

QJsonObject FakeLinkedInServer::renderPost(const FakeLinkedInPost &post) const
{
    QJsonObject o = m_postTemplate;
    o.insert(QStringLiteral("id"), post.urn);
    o.insert(QStringLiteral("author"), post.author);
    o.insert(QStringLiteral("commentary"), post.storedCommentary);
    o.insert(QStringLiteral("content"), post.content);
    o.insert(QStringLiteral("createdAt"), double(post.createdAt));
    o.insert(QStringLiteral("publishedAt"), double(post.createdAt));
    o.insert(QStringLiteral("lastModifiedAt"), double(post.createdAt));
    if (post.content.isEmpty())
        o.remove(QStringLiteral("content"));
    return o;
}

void FakeLinkedInServer::addRoutes()
{
    rest("GET", QStringLiteral("/rest/organizations/([0-9]+)"), [this](const FakeRequest &request) {
        if (request.captures.value(0) != m_organizationId)
            return FakeResponse::json(m_errors.value(QLatin1String("not_found")).toObject(), 404);
        QJsonObject o = m_organizationTemplate;
        o.insert(QStringLiteral("id"), m_organizationId.toDouble());
        return FakeResponse::json(o);
    });
    // Organization access control: the Pages the member holds a role on.
    rest("GET", QStringLiteral("/rest/organizationAcls"), [this](const FakeRequest &request) {
        if (request.param(QStringLiteral("q")) != QLatin1String("roleAssignee"))
            return FakeResponse::json(m_errors.value(QLatin1String("not_found")).toObject(), 404);
        QJsonArray elements;
        for (const QString &id : QStringList{m_organizationId} + m_otherPages)
            elements.append(
                QJsonObject{{QStringLiteral("roleAssignee"), QStringLiteral("urn:li:person:8675309")},
                            {QStringLiteral("state"), QStringLiteral("APPROVED")},
                            {QStringLiteral("role"), QStringLiteral("ADMINISTRATOR")},
                            {QStringLiteral("organization"), QStringLiteral("urn:li:organization:") + id}});
        const QJsonObject paging{{QStringLiteral("start"), 0},
                                 {QStringLiteral("count"), 10},
                                 {QStringLiteral("links"), QJsonArray()},
                                 {QStringLiteral("total"), int(elements.size())}};
        return FakeResponse::json(
            QJsonObject{{QStringLiteral("paging"), paging}, {QStringLiteral("elements"), elements}});
    });
    rest("POST", QStringLiteral("/rest/posts"),
         [this](const FakeRequest &request) { return createPost(request); });
    rest("GET", QStringLiteral("/rest/posts"),
         [this](const FakeRequest &request) { return listPosts(request); });
    rest("GET", QStringLiteral("/rest/posts/([^/]+)"), [this](const FakeRequest &request) {
        const QString urn = request.captures.value(0);
        if (!m_posts.contains(urn))
            return FakeResponse::json(m_errors.value(QLatin1String("not_found")).toObject(), 404);
        return FakeResponse::json(renderPost(m_posts.value(urn)));
    });
    rest("POST", QStringLiteral("/rest/images"),
         [this](const FakeRequest &request) { return initializeUpload(request); });
    rest("GET", QStringLiteral("/rest/images/([^/]+)"), [this](const FakeRequest &request) {
        const QString urn = request.captures.value(0);
        if (!m_images.contains(urn))
            return FakeResponse::json(m_errors.value(QLatin1String("not_found")).toObject(), 404);
        FakeLinkedInImage &image = m_images[urn];
        QString status = image.status;
        if (image.status == QLatin1String("PROCESSING")) {
            if (image.pendingPolls > 0)
                --image.pendingPolls;
            else
                status = image.status = QStringLiteral("AVAILABLE");
        }
        QJsonObject o = m_imageTemplate;
        o.insert(QStringLiteral("id"), urn);
        o.insert(QStringLiteral("owner"), image.owner);
        o.insert(QStringLiteral("status"), status);
        return FakeResponse::json(o);
    });
    // The upload URL LinkedIn hands out is on its upload host; the bearer token goes along.
    on("PUT", QStringLiteral("/dms-uploads/([^/]+)/uploaded-image/0"), [this](const FakeRequest &request) {
        if (auto refused = refuse(request, false))
            return *refused;
        const QString urn = m_imageByUploadToken.value(request.captures.value(0));
        if (urn.isEmpty() || request.body.isEmpty())
            return FakeResponse::empty(400);
        FakeLinkedInImage &image = m_images[urn];
        image.data = request.body;
        image.contentType = QString::fromLatin1(request.header("content-type"));
        image.status =
            m_imageProcessingPolls > 0 ? QStringLiteral("PROCESSING") : QStringLiteral("AVAILABLE");
        image.pendingPolls = m_imageProcessingPolls;
        return FakeResponse::empty(201);
    });
    on("POST", QStringLiteral("/oauth/v2/accessToken"),
       [this](const FakeRequest &request) { return refresh(request); });
}

FakeResponse FakeLinkedInServer::createPost(const FakeRequest &request)
{
    const QJsonObject body = request.json().toObject();
    auto unprocessable = [](const QString &message) {
        return FakeResponse::json(
            QJsonObject{{QStringLiteral("status"), 422},
                        {QStringLiteral("code"), QStringLiteral("UNPROCESSABLE_ENTITY")},
                        {QStringLiteral("message"), message}},
            422);
    };
    if (body.value(QLatin1String("author")).toString() != organizationUrn())
        return FakeResponse::json(m_errors.value(QLatin1String("access_denied")).toObject(), 403);
    for (const char *field : {"visibility", "distribution", "lifecycleState"})
        if (!body.contains(QLatin1String(field)))
            return unprocessable(
                QStringLiteral("ERROR :: /%1 :: field is required but not found and has no default value")
                    .arg(QLatin1String(field)));
    const QString commentary = body.value(QLatin1String("commentary")).toString();
    if (visibleLength(commentary) > 3000)
        return unprocessable(
            QStringLiteral("ERROR :: /commentary :: length exceeds the maximum of 3000 characters"));
    const QJsonObject content = body.value(QLatin1String("content")).toObject();
    QJsonArray images =
        content.value(QLatin1String("multiImage")).toObject().value(QLatin1String("images")).toArray();
    if (content.contains(QLatin1String("multiImage")) && (images.size() < 2 || images.size() > 20))
        return unprocessable(
            QStringLiteral("ERROR :: /content/multiImage/images :: must hold 2 to 20 images"));
    if (content.contains(QLatin1String("media")))
        images.append(content.value(QLatin1String("media")));
    for (const QJsonValue &value : std::as_const(images)) {
        const QString id = value.toObject().value(QLatin1String("id")).toString();
        const FakeLinkedInImage image = m_images.value(id);
        if (image.urn.isEmpty() || image.owner != organizationUrn() ||
            image.status != QLatin1String("AVAILABLE"))
            return unprocessable(
                QStringLiteral("ERROR :: /content/media/id :: %1 is not an available image").arg(id));
    }
    const QString urn = addPost(commentary);
    m_posts[urn].content = content;
    FakeResponse created = FakeResponse::empty(201);
    created.header("x-restli-id", urn.toUtf8());
    created.header("x-linkedin-id", urn.toUtf8());
    return created;
}

FakeResponse FakeLinkedInServer::listPosts(const FakeRequest &request) const
{
    if (request.param(QStringLiteral("q")) != QLatin1String("author") ||
        request.param(QStringLiteral("author")).isEmpty())
        return FakeResponse::json(
            QJsonObject{{QStringLiteral("status"), 400},
                        {QStringLiteral("code"), QStringLiteral("ILLEGAL_ARGUMENT")},
                        {QStringLiteral("message"), QStringLiteral("q=author and author are required")}},
            400);
    const QString author = request.param(QStringLiteral("author"));
    const int start = request.param(QStringLiteral("start")).toInt();
    const int count = request.param(QStringLiteral("count")).isEmpty()
                          ? 10
                          : request.param(QStringLiteral("count")).toInt();
    if (count < 1 || count > 100 || start < 0)
        return FakeResponse::json(
            QJsonObject{{QStringLiteral("status"), 400},
                        {QStringLiteral("code"), QStringLiteral("ILLEGAL_ARGUMENT")},
                        {QStringLiteral("message"), QStringLiteral("count must be 1 to 100")}},
            400);
    QList<FakeLinkedInPost> mine;
    for (const FakeLinkedInPost &post : posts())
        if (post.author == author)
            mine.append(post);
    QJsonArray elements;
    for (int i = start; i < mine.size() && i < start + count; ++i)
        elements.append(renderPost(mine.at(i)));
    QJsonArray links;
    if (start + count < mine.size())
        links.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("application/json")},
            {QStringLiteral("rel"), QStringLiteral("next")},
            {QStringLiteral("href"), QStringLiteral("/rest/posts?author=%1&count=%2&q=author&start=%3")
                                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(author)))
                                         .arg(count)
                                         .arg(start + count)}});
    const QJsonObject paging{{QStringLiteral("start"), start},
                             {QStringLiteral("count"), count},
                             {QStringLiteral("links"), links},
                             {QStringLiteral("total"), int(mine.size())}};
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("paging"), paging}, {QStringLiteral("elements"), elements}});
}

FakeResponse FakeLinkedInServer::initializeUpload(const FakeRequest &request)
{
    if (request.param(QStringLiteral("action")) != QLatin1String("initializeUpload"))
        return FakeResponse::json(m_errors.value(QLatin1String("not_found")).toObject(), 404);
    const QString owner = request.json()
                              .toObject()
                              .value(QLatin1String("initializeUploadRequest"))
                              .toObject()
                              .value(QLatin1String("owner"))
                              .toString();
    if (owner != organizationUrn())
        return FakeResponse::json(m_errors.value(QLatin1String("access_denied")).toObject(), 403);
    FakeLinkedInImage image;
    const qint64 n = ++m_nextId;
    image.urn = QStringLiteral("urn:li:image:D4E10AQ%1").arg(n, 8, 16, QLatin1Char('0'));
    image.owner = owner;
    image.uploadToken = QStringLiteral("D4E10AQ%1").arg(n, 8, 16, QLatin1Char('0'));
    m_images.insert(image.urn, image);
    m_imageByUploadToken.insert(image.uploadToken, image.urn);
    const QString uploadUrl = url().toString() + QStringLiteral("/dms-uploads/") + image.uploadToken +
                              QStringLiteral("/uploaded-image/0?ca=vector_image&cn=uploads&sync=0&v=beta");
    const QJsonObject value{
        {QStringLiteral("uploadUrlExpiresAt"), double(QDateTime::currentMSecsSinceEpoch() + 86400000)},
        {QStringLiteral("uploadUrl"), uploadUrl},
        {QStringLiteral("image"), image.urn}};
    return FakeResponse::json(QJsonObject{{QStringLiteral("value"), value}});
}

FakeResponse FakeLinkedInServer::refresh(const FakeRequest &request)
{
    const QUrlQuery form = request.form();
    auto field = [&form](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (field("grant_type") != QLatin1String("refresh_token") || m_refreshToken.isEmpty() ||
        field("refresh_token") != m_refreshToken || field("client_id") != m_clientId ||
        field("client_secret") != m_clientSecret)
        return FakeResponse::json(
            QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_request")},
                        {QStringLiteral("error_description"),
                         QStringLiteral("The provided authorization grant or refresh token is "
                                        "invalid, expired or revoked")}},
            400);
    ++m_refreshes;
    m_token = QStringLiteral("AQV-refreshed-%1").arg(m_refreshes);
    m_revoked = false;
    // Programmatic refresh: a new access token, the same refresh token with its remaining life.
    return FakeResponse::json(QJsonObject{{QStringLiteral("access_token"), m_token},
                                          {QStringLiteral("expires_in"), 5184000},
                                          {QStringLiteral("refresh_token"), m_refreshToken},
                                          {QStringLiteral("refresh_token_expires_in"), 525600}});
}

} // namespace fakes
} // namespace vigie
