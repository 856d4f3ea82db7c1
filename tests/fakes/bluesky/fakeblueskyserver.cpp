// The fake PDS's sessions (createSession, refreshSession, getSession), token checks and rate
// limits. Repo methods are in fakeblueskyrepo.cpp, AppView reads in fakeblueskyappview.cpp.
#include "fakes/bluesky/fakeblueskyserver.h"

#include "fakes/bluesky/fakeblueskyutil.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace vigie {
namespace fakes {

using bluesky::isoTime;
using bluesky::xrpcError;

namespace {

const QByteArray kSigningKey = "vigie-fake-pds-signing-key";
const QByteArray kForeignKey = "some-other-server-key";
const QString kServiceDid = QStringLiteral("did:web:pds.fake.test");

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString jwtWithKey(const QByteArray &key, const QJsonObject &header, const QJsonObject &payload)
{
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}

const QString kAccessScope = QStringLiteral("com.atproto.appPass");
// An app password made with "Allow access to your direct messages".
const QString kPrivilegedScope = QStringLiteral("com.atproto.appPassPrivileged");
const QString kRefreshScope = QStringLiteral("com.atproto.refresh");

} // namespace

FakeBlueskyServer::FakeBlueskyServer(QObject *parent)
    : FakeHttpServer(parent)
{
    registerServerRoutes();
    registerRepoRoutes();
    registerAppViewRoutes();
    registerChatRoutes();
    // Anything else under /xrpc: what an XRPC server says for a method it does not have.
    for (const char *method : {"GET", "POST"})
        on(QByteArray(method), QStringLiteral("/xrpc/.*"), [](const FakeRequest &) {
            return xrpcError(501, QStringLiteral("MethodNotImplemented"),
                             QStringLiteral("Method Not Implemented"));
        });
}

QDateTime FakeBlueskyServer::now() const
{
    return m_clock ? m_clock->now().toUTC() : QDateTime::currentDateTimeUtc();
}

QString FakeBlueskyServer::addAccount(const QString &handle, const QString &appPassword,
                                      const QString &displayName)
{
    // did:plc identifiers are 24 base32 characters; derive them from the handle so a test's
    // DIDs are stable from run to run.
    const QByteArray digest = QCryptographicHash::hash(handle.toUtf8(), QCryptographicHash::Sha256);
    QString id;
    for (int i = 0; i < 24; ++i)
        id += QLatin1Char("abcdefghijklmnopqrstuvwxyz234567"[quint8(digest.at(i)) % 32]);
    const QString did = QStringLiteral("did:plc:") + id;
    m_accountByDid.insert(did, m_accounts.size());
    m_accountByHandle.insert(handle.toLower(), m_accounts.size());
    m_accounts.append({did, handle, appPassword, displayName, true});
    return did;
}

void FakeBlueskyServer::setChatAllowed(const QString &did, bool allowed)
{
    if (const auto it = m_accountByDid.constFind(did); it != m_accountByDid.constEnd())
        m_accounts[*it].chatAllowed = allowed;
}

std::optional<FakeBlueskyAccount> FakeBlueskyServer::account(const QString &didOrHandle) const
{
    const QString key = didOrHandle.startsWith(QLatin1String("did:")) ? didOrHandle : didOrHandle.toLower();
    const auto &index = didOrHandle.startsWith(QLatin1String("did:")) ? m_accountByDid : m_accountByHandle;
    const auto it = index.constFind(key);
    if (it == index.constEnd())
        return std::nullopt;
    return m_accounts.at(*it);
}

QString FakeBlueskyServer::signJwt(const QJsonObject &payload) const
{
    const bool refresh = payload.value(QLatin1String("scope")).toString() == kRefreshScope;
    return jwtWithKey(kSigningKey,
                      QJsonObject{{QStringLiteral("typ"),
                                   refresh ? QStringLiteral("refresh+jwt") : QStringLiteral("at+jwt")},
                                  {QStringLiteral("alg"), QStringLiteral("HS256")}},
                      payload);
}

QString FakeBlueskyServer::forgedToken(const QString &did)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return jwtWithKey(kForeignKey,
                      QJsonObject{{QStringLiteral("typ"), QStringLiteral("at+jwt")},
                                  {QStringLiteral("alg"), QStringLiteral("HS256")}},
                      QJsonObject{{QStringLiteral("scope"), kAccessScope},
                                  {QStringLiteral("sub"), did},
                                  {QStringLiteral("iat"), now},
                                  {QStringLiteral("exp"), now + 7200}});
}

FakeBlueskyServer::Session FakeBlueskyServer::issueSession(const QString &did)
{
    const qint64 issued = now().toSecsSinceEpoch();
    const QString jti = QStringLiteral("jti-%1").arg(++m_tokenSerial);
    m_refreshTokens.insert(jti, {did, false});
    Session session;
    const auto holder = account(did);
    const QString scope = holder && !holder->chatAllowed ? kAccessScope : kPrivilegedScope;
    session.accessJwt = signJwt(QJsonObject{{QStringLiteral("scope"), scope},
                                            {QStringLiteral("sub"), did},
                                            {QStringLiteral("aud"), kServiceDid},
                                            {QStringLiteral("iat"), issued},
                                            {QStringLiteral("exp"), issued + m_accessLifetime}});
    session.refreshJwt = signJwt(QJsonObject{{QStringLiteral("scope"), kRefreshScope},
                                             {QStringLiteral("sub"), did},
                                             {QStringLiteral("aud"), kServiceDid},
                                             {QStringLiteral("jti"), jti},
                                             {QStringLiteral("iat"), issued},
                                             {QStringLiteral("exp"), issued + m_refreshLifetime}});
    return session;
}

void FakeBlueskyServer::revokeSessions(const QString &did)
{
    for (auto it = m_refreshTokens.begin(); it != m_refreshTokens.end(); ++it)
        if (it->did == did)
            it->revoked = true;
}

std::optional<QJsonObject> FakeBlueskyServer::verifyJwt(const QString &token, FakeResponse *refusal) const
{
    const QStringList parts = token.split(QLatin1Char('.'));
    const auto unverifiable = [&] {
        *refusal =
            xrpcError(400, QStringLiteral("InvalidToken"), QStringLiteral("Token could not be verified"));
        return std::nullopt;
    };
    if (parts.size() != 3)
        return unverifiable();
    const QByteArray signingInput = (parts.at(0) + QLatin1Char('.') + parts.at(1)).toLatin1();
    const QByteArray expected =
        base64Url(QMessageAuthenticationCode::hash(signingInput, kSigningKey, QCryptographicHash::Sha256));
    if (expected != parts.at(2).toLatin1())
        return unverifiable();
    const QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
    if (payload.value(QLatin1String("exp")).toInteger() <= now().toSecsSinceEpoch()) {
        *refusal = xrpcError(400, QStringLiteral("ExpiredToken"), QStringLiteral("Token has expired"));
        return std::nullopt;
    }
    return payload;
}

std::optional<QString> FakeBlueskyServer::authenticate(const FakeRequest &request,
                                                       FakeResponse *refusal) const
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ")) {
        *refusal = xrpcError(401, QStringLiteral("AuthMissing"), QStringLiteral("Authentication Required"));
        return std::nullopt;
    }
    const auto payload = verifyJwt(QString::fromLatin1(authorization.mid(7)), refusal);
    if (!payload)
        return std::nullopt;
    const QString scope = payload->value(QLatin1String("scope")).toString();
    if (scope != kAccessScope && scope != kPrivilegedScope) {
        *refusal = xrpcError(400, QStringLiteral("InvalidToken"), QStringLiteral("Bad token scope"));
        return std::nullopt;
    }
    const QString did = payload->value(QLatin1String("sub")).toString();
    if (!m_accountByDid.contains(did)) {
        *refusal = xrpcError(400, QStringLiteral("InvalidToken"), QStringLiteral("Malformed token"));
        return std::nullopt;
    }
    return did;
}

FakeResponse FakeBlueskyServer::sessionAnswer(const FakeBlueskyAccount &account, const Session &session,
                                              bool withRefresh) const
{
    QJsonObject body{{QStringLiteral("accessJwt"), session.accessJwt},
                     {QStringLiteral("did"), account.did},
                     {QStringLiteral("handle"), account.handle},
                     {QStringLiteral("email"), account.handle + QStringLiteral("@example.test")},
                     {QStringLiteral("emailConfirmed"), false},
                     {QStringLiteral("active"), true}};
    if (withRefresh)
        body.insert(QStringLiteral("refreshJwt"), session.refreshJwt);
    return FakeResponse::json(body);
}

void FakeBlueskyServer::xrpc(const QByteArray &method, const QString &nsid, XrpcHandler handler)
{
    on(method, QStringLiteral("/xrpc/") + QRegularExpression::escape(nsid),
       [this, handler = std::move(handler)](const FakeRequest &request) {
           if (!consumeRateLimit())
               return xrpcError(429, QStringLiteral("RateLimitExceeded"),
                                QStringLiteral("Rate Limit Exceeded"));
           return handler(request);
       });
}

void FakeBlueskyServer::registerServerRoutes()
{
    xrpc("POST", QStringLiteral("com.atproto.server.createSession"), [this](const FakeRequest &request) {
        const QJsonObject input = request.json().toObject();
        for (const char *field : {"identifier", "password"})
            if (!input.value(QLatin1String(field)).isString())
                return xrpcError(
                    400, QStringLiteral("InvalidRequest"),
                    QStringLiteral("Input must have the property \"%1\"").arg(QLatin1String(field)));
        const auto found = account(input.value(QLatin1String("identifier")).toString());
        if (!found || found->appPassword.isEmpty() ||
            found->appPassword != input.value(QLatin1String("password")).toString())
            return xrpcError(401, QStringLiteral("AuthenticationRequired"),
                             QStringLiteral("Invalid identifier or password"));
        return sessionAnswer(*found, issueSession(found->did), true);
    });

    xrpc("POST", QStringLiteral("com.atproto.server.refreshSession"), [this](const FakeRequest &request) {
        const QByteArray authorization = request.header("authorization");
        if (!authorization.startsWith("Bearer "))
            return xrpcError(401, QStringLiteral("AuthMissing"), QStringLiteral("Authentication Required"));
        FakeResponse refusal;
        const auto payload = verifyJwt(QString::fromLatin1(authorization.mid(7)), &refusal);
        if (!payload)
            return refusal;
        if (payload->value(QLatin1String("scope")).toString() != kRefreshScope)
            return xrpcError(400, QStringLiteral("InvalidToken"), QStringLiteral("Invalid token type"));
        const QString jti = payload->value(QLatin1String("jti")).toString();
        const auto token = m_refreshTokens.find(jti);
        if (token == m_refreshTokens.end() || token->revoked)
            return xrpcError(400, QStringLiteral("ExpiredToken"), QStringLiteral("Token has been revoked"));
        token->revoked = true; // rotation: the old refresh token is spent
        const auto found = account(token->did);
        if (!found)
            return xrpcError(400, QStringLiteral("InvalidRequest"),
                             QStringLiteral("Could not find user info for account"));
        return sessionAnswer(*found, issueSession(found->did), !m_refreshOmitsRefreshToken);
    });

    xrpc("GET", QStringLiteral("com.atproto.server.getSession"), [this](const FakeRequest &request) {
        FakeResponse refusal;
        const auto did = authenticate(request, &refusal);
        if (!did)
            return refusal;
        const auto found = account(*did);
        return FakeResponse::json(
            QJsonObject{{QStringLiteral("did"), found->did},
                        {QStringLiteral("handle"), found->handle},
                        {QStringLiteral("email"), found->handle + QStringLiteral("@example.test")},
                        {QStringLiteral("emailConfirmed"), false},
                        {QStringLiteral("active"), true}});
    });
}

void FakeBlueskyServer::setRateLimit(int limit, int windowSeconds)
{
    m_rateLimit = limit;
    m_rateWindowSeconds = windowSeconds;
    m_rateUsed = 0;
    m_rateWindowStart = now();
}

void FakeBlueskyServer::exhaustRateLimit()
{
    rollRateLimitWindow();
    m_rateUsed = m_rateLimit;
}

void FakeBlueskyServer::rollRateLimitWindow()
{
    const QDateTime current = now();
    if (!m_rateWindowStart.isValid() || m_rateWindowStart.addSecs(m_rateWindowSeconds) <= current) {
        m_rateWindowStart = current;
        m_rateUsed = 0;
    }
}

bool FakeBlueskyServer::consumeRateLimit()
{
    rollRateLimitWindow();
    if (m_rateUsed >= m_rateLimit)
        return false;
    ++m_rateUsed;
    return true;
}

void FakeBlueskyServer::decorate(const FakeRequest &, FakeResponse &response)
{
    for (const auto &header : std::as_const(response.headers))
        if (header.first.toLower() == "ratelimit-limit")
            return; // an injected fault that brings its own
    rollRateLimitWindow();
    const qint64 reset = m_rateWindowStart.addSecs(m_rateWindowSeconds).toSecsSinceEpoch();
    response.header("RateLimit-Limit", QByteArray::number(m_rateLimit));
    response.header("RateLimit-Remaining", QByteArray::number(qMax(0, m_rateLimit - m_rateUsed)));
    response.header("RateLimit-Reset", QByteArray::number(reset));
    response.header("RateLimit-Policy",
                    QByteArray::number(m_rateLimit) + ";w=" + QByteArray::number(m_rateWindowSeconds));
}

} // namespace fakes
} // namespace vigie
