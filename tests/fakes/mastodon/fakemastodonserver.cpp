#include "fakes/mastodon/fakemastodonserver.h"

#include "fakes/mastodon/fakemastodonparams.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie {
namespace fakes {

namespace {

QJsonObject fixture(const char *name)
{
    QFile file(QStringLiteral(VIGIE_MASTODON_FIXTURES "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fake Mastodon: missing fixture %s", name);
    return QJsonDocument::fromJson(file.readAll()).object();
}

FakeResponse error(const QString &message, int status)
{
    return FakeResponse::json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

} // namespace

FakeMastodonServer::FakeMastodonServer(QObject *parent)
    : FakeHttpServer(parent)
    , m_accountTemplate(fixture("account.json"))
    , m_instanceTemplate(fixture("instance_v2.json"))
    , m_mediaTemplate(fixture("media_processing.json"))
    , m_appTemplate(fixture("app.json"))
{
    m_validTokens.insert(m_token);
    m_ownAccountId = accountFor(QStringLiteral("vigie_brand"));
    m_accounts[m_ownAccountId].displayName = QStringLiteral("Vigie Brand");
    addRoutes();
    addTimelineRoutes();
    addOAuthRoutes();
}

FakeMastodonServer::~FakeMastodonServer() = default;

void FakeMastodonServer::setToken(const QString &token)
{
    m_validTokens.remove(m_token);
    m_token = token;
    m_validTokens.insert(token);
}

void FakeMastodonServer::setOwnAccount(const QString &username, const QString &displayName)
{
    FakeMastodonAccount &own = m_accounts[m_ownAccountId];
    m_accountByAcct.remove(own.acct().toLower());
    own.username = username;
    own.displayName = displayName;
    m_accountByAcct.insert(own.acct().toLower(), own.id);
}

void FakeMastodonServer::setRateLimitRemaining(int remaining)
{
    consumeRateLimit(); // opens the window
    m_rateRemaining = remaining;
}

bool FakeMastodonServer::consumeRateLimit()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_rateReset.isValid() || now >= m_rateReset) {
        m_rateRemaining = m_rateLimit;
        m_rateReset = now.addSecs(5 * 60);
    }
    if (m_rateRemaining <= 0)
        return false;
    --m_rateRemaining;
    return true;
}

bool FakeMastodonServer::authorized(const FakeRequest &request) const
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer "))
        return false;
    return m_validTokens.contains(QString::fromUtf8(header.mid(7).trimmed()));
}

void FakeMastodonServer::decorate(const FakeRequest &, FakeResponse &response)
{
    if (!m_rateReset.isValid())
        return;
    // Api::BaseController's RateLimitHeaders: the reset as ISO 8601.
    response.header("X-RateLimit-Limit", QByteArray::number(m_rateLimit));
    response.header("X-RateLimit-Remaining", QByteArray::number(qMax(0, m_rateRemaining)));
    response.header("X-RateLimit-Reset", m_rateReset.toString(Qt::ISODateWithMs).toUtf8());
}

void FakeMastodonServer::api(const QByteArray &method, const QString &pattern, Access access,
                             const Handler &handler)
{
    on(method, pattern, [this, access, handler](const FakeRequest &request) {
        if (!consumeRateLimit()) {
            FakeResponse tooMany = error(QStringLiteral("Too many requests"), 429);
            const qint64 wait = qMax<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(m_rateReset));
            tooMany.header("Retry-After", QByteArray::number(wait));
            return tooMany;
        }
        if (access == Access::User && !authorized(request))
            return error(QStringLiteral("The access token is invalid"), 401);
        return handler(request);
    });
}

QString FakeMastodonServer::accountFor(const QString &acct)
{
    QString handle = acct.startsWith(QLatin1Char('@')) ? acct.mid(1) : acct;
    if (handle.endsWith(QLatin1Char('@') + m_domain))
        handle.chop(m_domain.size() + 1);
    const auto known = m_accountByAcct.constFind(handle.toLower());
    if (known != m_accountByAcct.constEnd())
        return *known;
    FakeMastodonAccount account;
    account.id = QString::number(++m_nextId + 100000);
    account.username = handle.section(QLatin1Char('@'), 0, 0);
    account.domain = handle.section(QLatin1Char('@'), 1);
    account.displayName = account.username;
    account.displayName[0] = account.displayName[0].toUpper();
    m_accounts.insert(account.id, account);
    m_accountByAcct.insert(handle.toLower(), account.id);
    return account.id;
}

QString FakeMastodonServer::newStatusId()
{
    // Snowflake-sized ids, as Mastodon's (longer than 2^53 would be unsafe in JSON numbers,
    // hence strings).
    return QString::number(110000000000000000LL + (++m_nextStatusId) * 1000);
}

QString FakeMastodonServer::storeStatus(FakeMastodonStatus status)
{
    if (status.id.isEmpty())
        status.id = newStatusId();
    if (!status.createdAt.isValid())
        status.createdAt = QDateTime::currentDateTimeUtc();
    if (!status.inReplyToId.isEmpty() && m_statuses.contains(status.inReplyToId))
        status.inReplyToAccountId = m_statuses.value(status.inReplyToId).accountId;
    m_statusOrder.emplace(status.id.toLongLong(), status.id);
    if (!status.inReplyToId.isEmpty())
        ++m_replyCounts[status.inReplyToId];
    const QString id = status.id;
    m_statuses.insert(id, std::move(status));
    return id;
}

QString FakeMastodonServer::addStatus(const QString &author, const QString &text, const QString &inReplyTo,
                                      const QString &visibility)
{
    FakeMastodonStatus status;
    status.accountId = accountFor(author);
    status.text = text;
    status.inReplyToId = inReplyTo;
    status.visibility = visibility;
    return storeStatus(status);
}

QString FakeMastodonServer::addMention(const QString &author, const QString &text, const QString &inReplyTo,
                                       const QString &visibility)
{
    const QString statusId = addStatus(author, text, inReplyTo, visibility);
    addNotification(QStringLiteral("mention"), author, statusId);
    return statusId;
}

QString FakeMastodonServer::addDirectMessage(const QString &author, const QString &text,
                                             const QString &inReplyTo)
{
    const QString statusId = addStatus(author, text, inReplyTo, QStringLiteral("direct"));
    // NotifyService: every mentioned local account gets a "mention" notification; the fake
    // keeps notifications for the brand only.
    if (mentionedAccountIds(m_statuses.value(statusId)).contains(m_ownAccountId))
        addNotification(QStringLiteral("mention"), author, statusId);
    return statusId;
}

QString FakeMastodonServer::addNotification(const QString &type, const QString &author,
                                            const QString &statusId)
{
    Notification n;
    n.id = 40000000 + (++m_nextNotificationId);
    n.type = type;
    n.accountId = accountFor(author);
    n.statusId = statusId;
    n.createdAt = m_statuses.contains(statusId) ? m_statuses.value(statusId).createdAt
                                                : QDateTime::currentDateTimeUtc();
    m_notifications.push_back(n);
    return QString::number(n.id);
}

void FakeMastodonServer::seedMentions(int count)
{
    static const QStringList domains = {QStringLiteral("piaille.fr"), QStringLiteral("mastodon.social"),
                                        QStringLiteral("framapiaf.org"), QStringLiteral("mamot.fr")};
    static const QStringList texts = {
        QStringLiteral("Bonjour, est-ce que ce traitement est remboursé ? Merci !"),
        QStringLiteral("J'ai eu des maux de tête après la deuxième prise, c'est normal ?"),
        QStringLiteral("Thanks for the info about the vaccination campaign 👍"),
        QStringLiteral("Où trouver la notice complète ? https://example.org/notice"),
        QStringLiteral("Great initiative! #santé #prevention"),
    };
    const QString brand = QLatin1Char('@') + ownAccount().username + QLatin1Char(' ');
    while (m_brandPosts.size() < 50) {
        FakeMastodonStatus post;
        post.accountId = m_ownAccountId;
        post.text = QStringLiteral("Campagne d'information n°%1").arg(m_brandPosts.size() + 1);
        post.createdAt = QDateTime::currentDateTimeUtc().addDays(-30);
        m_brandPosts << storeStatus(post);
    }
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-60LL * count);
    for (int i = 0; i < count; ++i) {
        const QString author =
            QStringLiteral("patient%1@%2").arg(i % 200).arg(domains.at(i % domains.size()));
        FakeMastodonStatus status;
        status.accountId = accountFor(author);
        status.text = brand + texts.at(i % texts.size());
        status.createdAt = start.addSecs(60LL * i);
        status.language = i % 3 == 2 ? QStringLiteral("en") : QStringLiteral("fr");
        if (i % 4 == 3)
            status.inReplyToId = m_brandPosts.at(i % m_brandPosts.size());
        const QString id = storeStatus(status);
        Notification n;
        n.id = 40000000 + (++m_nextNotificationId);
        n.type = QStringLiteral("mention");
        n.accountId = status.accountId;
        n.statusId = id;
        n.createdAt = status.createdAt;
        m_notifications.push_back(n);
    }
}

void FakeMastodonServer::setStatusCounts(const QString &statusId, qint64 favourites, qint64 reblogs)
{
    if (!m_statuses.contains(statusId))
        return;
    m_statuses[statusId].favourites = favourites;
    m_statuses[statusId].reblogs = reblogs;
}

QList<FakeMastodonStatus> FakeMastodonServer::statuses() const
{
    QList<FakeMastodonStatus> published;
    for (const QString &id : m_published)
        if (m_statuses.contains(id))
            published << m_statuses.value(id);
    return published;
}

void FakeMastodonServer::addRoutes()
{
    api("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), Access::User,
        [this](const FakeRequest &) {
            QJsonObject account = renderAccount(m_ownAccountId);
            account.insert(QStringLiteral("source"),
                           QJsonObject{{QStringLiteral("privacy"), QStringLiteral("public")},
                                       {QStringLiteral("sensitive"), false},
                                       {QStringLiteral("language"), QStringLiteral("fr")},
                                       {QStringLiteral("note"), QString()},
                                       {QStringLiteral("fields"), QJsonArray()}});
            return FakeResponse::json(account);
        });
    api("GET", QStringLiteral("/api/v2/instance"), Access::Public, [this](const FakeRequest &) {
        return m_instanceV2 ? FakeResponse::json(renderInstanceV2())
                            : error(QStringLiteral("Record not found"), 404);
    });
    api("GET", QStringLiteral("/api/v1/instance"), Access::Public,
        [this](const FakeRequest &) { return FakeResponse::json(renderInstanceV1()); });

    api("POST", QStringLiteral("/api/v2/media"), Access::User,
        [this](const FakeRequest &request) { return postMedia(request); });
    api("GET", QStringLiteral("/api/v1/media/([^/]+)"), Access::User, [this](const FakeRequest &request) {
        const QString id = request.captures.value(0);
        if (!m_media.contains(id))
            return error(QStringLiteral("Record not found"), 404);
        FakeMastodonMedia &media = m_media[id];
        if (media.pendingPolls > 0) {
            --media.pendingPolls;
            return FakeResponse::json(QJsonObject(), 206); // Partial Content: still processing
        }
        return FakeResponse::json(renderMedia(media));
    });

    api("POST", QStringLiteral("/api/v1/statuses"), Access::User,
        [this](const FakeRequest &request) { return postStatus(request); });
    api("GET", QStringLiteral("/api/v1/statuses/([^/]+)"), Access::User, [this](const FakeRequest &request) {
        const QString id = request.captures.value(0);
        if (!m_statuses.contains(id))
            return error(QStringLiteral("Record not found"), 404);
        return FakeResponse::json(renderStatus(m_statuses.value(id)));
    });
    api("DELETE", QStringLiteral("/api/v1/statuses/([^/]+)"), Access::User,
        [this](const FakeRequest &request) {
            const QString id = request.captures.value(0);
            // current_account.statuses.find: someone else's status is "not found".
            if (!m_statuses.contains(id) || m_statuses.value(id).accountId != m_ownAccountId)
                return error(QStringLiteral("Record not found"), 404);
            QJsonObject deleted = renderStatus(m_statuses.value(id));
            deleted.insert(QStringLiteral("text"), m_statuses.value(id).text);
            m_statusOrder.erase(id.toLongLong());
            m_statuses.remove(id);
            return FakeResponse::json(deleted);
        });
    api("GET", QStringLiteral("/api/v1/statuses/([^/]+)/context"), Access::User,
        [this](const FakeRequest &request) { return context(request.captures.value(0)); });
}

FakeResponse FakeMastodonServer::postMedia(const FakeRequest &request)
{
    QByteArray fileName;
    QByteArray contentType;
    const QByteArray data = request.multipartField("file", &fileName, &contentType);
    if (data.isEmpty() || contentType.isEmpty() || fileName.isEmpty())
        return error(QStringLiteral("Validation failed: File content type is invalid, File is invalid"), 422);
    const QStringList supported = renderInstanceV2()
                                      .value(QStringLiteral("configuration"))
                                      .toObject()
                                      .value(QStringLiteral("media_attachments"))
                                      .toObject()
                                      .value(QStringLiteral("supported_mime_types"))
                                      .toVariant()
                                      .toStringList();
    if (!supported.contains(QString::fromUtf8(contentType)))
        return error(QStringLiteral("Validation failed: File content type is invalid, File is invalid"), 422);
    FakeMastodonMedia media;
    media.id = QString::number(22348641 + (++m_nextId));
    media.data = data;
    media.fileName = QString::fromUtf8(fileName);
    media.contentType = QString::fromUtf8(contentType);
    media.description = mastodonParam(request, QStringLiteral("description"));
    media.pendingPolls = m_mediaProcessingPolls;
    m_media.insert(media.id, media);
    // 200 when processed synchronously, 202 with a null url while the full file is processed.
    return FakeResponse::json(renderMedia(media), media.pendingPolls > 0 ? 202 : 200);
}

FakeResponse FakeMastodonServer::postStatus(const FakeRequest &request)
{
    const QString key = QString::fromUtf8(request.header("idempotency-key"));
    if (!key.isEmpty() && m_idempotency.contains(key) && m_statuses.contains(m_idempotency.value(key)))
        return FakeResponse::json(renderStatus(m_statuses.value(m_idempotency.value(key))));

    FakeMastodonStatus status;
    status.accountId = m_ownAccountId;
    status.text = mastodonParam(request, QStringLiteral("status"));
    status.spoilerText = mastodonParam(request, QStringLiteral("spoiler_text"));
    status.language = mastodonParam(request, QStringLiteral("language"));
    status.inReplyToId = mastodonParam(request, QStringLiteral("in_reply_to_id"));
    status.mediaIds = mastodonParams(request, QStringLiteral("media_ids[]"));
    status.pollOptions = mastodonParams(request, QStringLiteral("poll[options][]"));
    status.pollExpiresIn = mastodonParam(request, QStringLiteral("poll[expires_in]")).toInt();
    status.pollMultiple = mastodonParam(request, QStringLiteral("poll[multiple]")) == QLatin1String("true");
    status.idempotencyKey = key;
    const QString visibility = mastodonParam(request, QStringLiteral("visibility"));
    if (!visibility.isEmpty())
        status.visibility = visibility;

    // PostStatusService's checks, in its order, with Mastodon's own messages.
    static const QStringList visibilities = {QStringLiteral("public"), QStringLiteral("unlisted"),
                                             QStringLiteral("private"), QStringLiteral("direct")};
    if (!visibilities.contains(status.visibility))
        return error(QStringLiteral("Validation failed: Visibility is not included in the list"), 422);
    if (!status.mediaIds.isEmpty() && (status.mediaIds.size() > 4 || !status.pollOptions.isEmpty()))
        return error(QStringLiteral("Cannot attach more than 4 files"), 422);
    for (const QString &mediaId : std::as_const(status.mediaIds))
        if (m_media.value(mediaId).pendingPolls > 0)
            return error(QStringLiteral(
                             "Cannot attach files that have not finished processing. Try again in a moment!"),
                         422);
    if (!status.inReplyToId.isEmpty() && !m_statuses.contains(status.inReplyToId))
        return error(QStringLiteral("Record not found"), 404);
    if (status.text.trimmed().isEmpty() && status.mediaIds.isEmpty())
        return error(QStringLiteral("Validation failed: Text can't be blank"), 422);
    if (countableLength(status.text, status.spoilerText) > m_maxCharacters)
        return error(
            QStringLiteral("Validation failed: Text character limit of %1 exceeded").arg(m_maxCharacters),
            422);
    if (!status.pollOptions.isEmpty()) {
        if (status.pollOptions.size() < 2)
            return error(QStringLiteral("Validation failed: Poll options must have more than one item"), 422);
        if (status.pollOptions.size() > 4)
            return error(QStringLiteral("Validation failed: Poll options can't contain more than 4 items"),
                         422);
        if (status.pollExpiresIn < 300)
            return error(
                QStringLiteral("Validation failed: Poll expires at must be at least 5 minutes in the future"),
                422);
    }
    const QString id = storeStatus(status);
    m_published << id;
    if (!key.isEmpty())
        m_idempotency.insert(key, id);
    return FakeResponse::json(renderStatus(m_statuses.value(id)));
}

} // namespace fakes
} // namespace vigie
