#include "platforms/bluesky/blueskysession.h"

#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace vigie {
namespace platforms {
namespace bluesky {

namespace {

// When a session answer carries an access token whose expiry cannot be read: Bluesky's access
// JWTs live about two hours; refreshing a little early costs one call, too late costs a retry.
constexpr int kAssumedAccessLifetimeSeconds = 2 * 3600 - 5 * 60;

// Error names that mean "these credentials are refused" whatever the status (the PDS answers
// ExpiredToken and InvalidToken as 400, the AppView as 401).
bool isAuthErrorName(const QString &error)
{
    static const QSet<QString> names = {
        QStringLiteral("ExpiredToken"),
        QStringLiteral("InvalidToken"),
        QStringLiteral("AuthMissing"),
        QStringLiteral("AuthRequired"),
        QStringLiteral("AuthenticationRequired"),
        QStringLiteral("AccountTakedown"),
        QStringLiteral("AuthFactorTokenRequired"),
        QStringLiteral("BadJwt"),
    };
    return names.contains(error);
}

// The PDS's words for a token that is valid but lacks the privilege a method needs: "Bad token
// method" (pipethrough to chat.bsky.* with an app password made without DM access) and "Bad
// token scope" (auth-verifier, older PDS versions and account-level methods).
bool isPrivilegeRefusal(const QString &error, const QString &message)
{
    return error == QLatin1String("InvalidToken") &&
           (message.startsWith(QLatin1String("Bad token method"), Qt::CaseInsensitive) ||
            message.startsWith(QLatin1String("Bad token scope"), Qt::CaseInsensitive));
}

bool isNotFoundName(const QString &error)
{
    return error == QLatin1String("NotFound") || error == QLatin1String("RecordNotFound") ||
           error == QLatin1String("BlockedActor") || error == QLatin1String("AccountNotFound");
}

// Which part of a post a 400 refers to, where the error name says.
QString fieldOfError(const QString &error)
{
    if (error == QLatin1String("BlobTooLarge") || error == QLatin1String("InvalidMimeType") ||
        error == QLatin1String("InvalidBlob"))
        return QStringLiteral("media");
    return {};
}

HttpRequest xrpcRequest(const QByteArray &method, const QString &nsid)
{
    HttpRequest request;
    request.method = method;
    request.path = QStringLiteral("/xrpc/") + nsid;
    return request;
}

HttpRequest jsonRequest(const QString &nsid, const QJsonObject &input)
{
    HttpRequest request = xrpcRequest("POST", nsid);
    request.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    return request;
}

} // namespace

XrpcReply interpretXrpc(const HttpResponse &response, bool changesServer, const QDateTime &now)
{
    XrpcReply reply;
    reply.httpStatus = response.status;
    if (response.status == 0) {
        reply.outcome = classifyHttp(response, changesServer, now);
        return reply;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (response.status >= 200 && response.status < 300) {
        if (doc.isObject() || response.body.trimmed().isEmpty()) {
            reply.body = doc.object();
            return reply;
        }
        reply.malformed = true;
        reply.outcome = Outcome::failure(OutcomeKind::Transient,
                                         QStringLiteral("the answer is not a JSON object"), response.status);
        return reply;
    }
    reply.body = doc.object(); // empty when the error body is not JSON (a proxy's HTML page)
    reply.error = reply.body.value(QLatin1String("error")).toString();
    const QString message = reply.body.value(QLatin1String("message")).toString();
    const QString said = (message.isEmpty() ? reply.error : message).left(500);
    if (isPrivilegeRefusal(reply.error, message)) {
        reply.notPermitted = true;
        reply.outcome = Outcome::failure(OutcomeKind::Permanent, said, response.status);
    } else if (response.status == 401 || isAuthErrorName(reply.error)) {
        reply.outcome = Outcome::failure(OutcomeKind::AuthExpired, said, response.status);
    } else if (response.status == 400 && isNotFoundName(reply.error)) {
        reply.outcome = Outcome::failure(OutcomeKind::Permanent, said, response.status);
    } else {
        reply.outcome = classifyHttp(response, changesServer, now);
        if (reply.outcome.kind == OutcomeKind::Validation)
            reply.outcome.field = fieldOfError(reply.error);
        if (reply.outcome.serverMessage.isEmpty())
            reply.outcome.serverMessage = said;
    }
    return reply;
}

QDateTime jwtExpiry(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const QJsonValue exp = QJsonDocument::fromJson(*decoded).object().value(QLatin1String("exp"));
    if (!exp.isDouble() || exp.toDouble() <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

XrpcSession::XrpcSession(HttpTransport &http, Credentials credentials, QString did, QString handle,
                         const Clock &clock)
    : m_http(http)
    , m_credentials(std::move(credentials))
    , m_did(std::move(did))
    , m_handle(std::move(handle))
    , m_clock(clock)
{
    // Credentials stored without an expiry (or by an older Vigie) still carry it in the JWT.
    if (!m_credentials.accessExpiresAt.isValid() && !m_credentials.accessToken.isEmpty())
        m_credentials.accessExpiresAt = jwtExpiry(m_credentials.accessToken);
}

bool XrpcSession::accessTokenFresh() const
{
    if (m_credentials.accessToken.isEmpty())
        return false;
    // An expiry nobody knows: use the token and let the server say ExpiredToken.
    return !m_credentials.accessExpiresAt.isValid() ||
           m_credentials.accessExpiresAt > m_clock.now().addSecs(kRefreshMarginSeconds);
}

XrpcReply XrpcSession::query(const QString &nsid, const Params &params, const QByteArray &proxy)
{
    HttpRequest request = xrpcRequest("GET", nsid);
    // Percent-encode values ourselves: QUrlQuery leaves '+' as is, which servers read as a space.
    for (const auto &[name, value] : params)
        request.query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return call(request, proxy);
}

XrpcReply XrpcSession::procedure(const QString &nsid, const QJsonObject &input, const QByteArray &proxy)
{
    return call(jsonRequest(nsid, input), proxy);
}

XrpcReply XrpcSession::upload(const QString &nsid, const QByteArray &bytes, const QByteArray &contentType)
{
    HttpRequest request = xrpcRequest("POST", nsid);
    request.body = bytes;
    request.contentType = contentType;
    return call(request, {});
}

XrpcReply XrpcSession::call(HttpRequest request, const QByteArray &proxy)
{
    if (!proxy.isEmpty())
        request.header("atproto-proxy", proxy);
    if (const auto blocked = m_gate.blocked(m_clock.now()))
        return {*blocked, {}, {}, 0, false, false};
    const Outcome fresh = ensureFreshSession();
    if (!fresh)
        return {fresh, {}, {}, fresh.httpStatus, false, false};
    XrpcReply reply = sendOnce(request, m_credentials.accessToken);
    // ExpiredToken (or a token the server no longer takes): renew once, then try again. The
    // server checks credentials before it acts, so repeating a write here is safe.
    if (reply.outcome.kind == OutcomeKind::AuthExpired && reply.error != QLatin1String("AccountTakedown")) {
        const Outcome renewed = renewSession();
        if (!renewed)
            return {renewed, reply.body, reply.error, renewed.httpStatus, false, false};
        reply = sendOnce(request, m_credentials.accessToken);
    }
    return reply;
}

XrpcReply XrpcSession::sendOnce(const HttpRequest &request, const QString &bearer)
{
    if (const auto blocked = m_gate.blocked(m_clock.now()))
        return {*blocked, {}, {}, 0, false, false};
    HttpRequest signedRequest = request;
    if (!bearer.isEmpty())
        signedRequest.header("Authorization", "Bearer " + bearer.toLatin1());
    const HttpResponse response = m_http.send(signedRequest);
    const QDateTime now = m_clock.now();
    m_gate.record(response, now);
    return interpretXrpc(response, request.changesServer(), now);
}

Outcome XrpcSession::ensureFreshSession()
{
    if (accessTokenFresh())
        return Outcome::success();
    if (m_credentials.refreshToken.isEmpty() && m_credentials.appPassword.isEmpty())
        return Outcome::failure(OutcomeKind::AuthExpired, QStringLiteral("no session and no app password"));
    return renewSession();
}

Outcome XrpcSession::renewSession()
{
    if (!m_credentials.refreshToken.isEmpty()) {
        const Outcome refreshed = refreshSession();
        // A 5xx, a timeout or a 429 says nothing about the tokens: keep them and report that.
        if (refreshed.ok() || refreshed.kind != OutcomeKind::AuthExpired)
            return refreshed;
        if (m_credentials.appPassword.isEmpty())
            return refreshed;
    }
    if (!m_credentials.appPassword.isEmpty())
        return createSession();
    return Outcome::failure(OutcomeKind::AuthExpired,
                            QStringLiteral("the session expired and there is no app password"));
}

Outcome XrpcSession::refreshSession()
{
    // refreshSession takes no input; the refresh JWT (not the access JWT) is the bearer.
    const XrpcReply reply = sendOnce(xrpcRequest("POST", QStringLiteral("com.atproto.server.refreshSession")),
                                     m_credentials.refreshToken);
    if (!reply.ok())
        return reply.outcome;
    return adoptSession(reply);
}

Outcome XrpcSession::createSession()
{
    const QString identifier = m_handle.isEmpty() ? m_did : m_handle;
    if (identifier.isEmpty())
        return Outcome::validation(QStringLiteral("handle"), QStringLiteral("no handle to sign in with"), 0);
    if (m_credentials.appPassword.isEmpty())
        return Outcome::failure(OutcomeKind::AuthExpired, QStringLiteral("no app password"));
    const QJsonObject input{{QStringLiteral("identifier"), identifier},
                            {QStringLiteral("password"), m_credentials.appPassword}};
    const XrpcReply reply =
        sendOnce(jsonRequest(QStringLiteral("com.atproto.server.createSession"), input), {});
    if (!reply.ok()) {
        // A wrong handle or password comes back as 401 AuthenticationRequired, never a retry.
        return reply.outcome;
    }
    return adoptSession(reply);
}

Outcome XrpcSession::adoptSession(const XrpcReply &reply)
{
    Credentials newer;
    newer.accessToken = reply.body.value(QLatin1String("accessJwt")).toString();
    newer.refreshToken = reply.body.value(QLatin1String("refreshJwt")).toString();
    if (newer.accessToken.isEmpty())
        return Outcome::failure(OutcomeKind::Transient,
                                QStringLiteral("the session answer has no access token"), reply.httpStatus);
    newer.accessExpiresAt = jwtExpiry(newer.accessToken);
    if (!newer.accessExpiresAt.isValid())
        newer.accessExpiresAt = m_clock.now().addSecs(kAssumedAccessLifetimeSeconds);
    // updatedWith: an answer without a refresh token never empties the stored one.
    m_credentials = m_credentials.updatedWith(newer);
    m_credentialsChanged = true;
    setIdentity(reply.body.value(QLatin1String("did")).toString(),
                reply.body.value(QLatin1String("handle")).toString());
    return Outcome::success();
}

void XrpcSession::setIdentity(const QString &did, const QString &handle)
{
    if (!did.isEmpty())
        m_did = did;
    // "handle.invalid" is what a PDS says when the handle no longer verifies: keep ours.
    if (!handle.isEmpty() && handle != QLatin1String("handle.invalid"))
        m_handle = handle;
}

} // namespace bluesky
} // namespace platforms
} // namespace vigie
