#pragma once

#include "core/clock.h"
#include "platforms/credentials.h"
#include "platforms/httpoutcome.h"
#include "platforms/httptransport.h"
#include "platforms/outcome.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

// XRPC calls to a PDS with the session kept alive: the access JWT is refreshed a few minutes
// before it expires, an ExpiredToken answer refreshes once and retries the call, a refresh
// token the server no longer takes falls back to signing in again with the app password, and
// only when all of that fails does the caller see AuthExpired.
namespace vigie {
namespace platforms {
namespace bluesky {

// What one XRPC call came to.
struct XrpcReply
{
    Outcome outcome;
    QJsonObject body;       // the answer's JSON object (success), or its error object
    QString error;          // the XRPC error name the server sent ("ExpiredToken", "RecordNotFound"…)
    int httpStatus = 0;     // 0 when no answer came
    bool malformed = false; // a 2xx whose body is not a JSON object
    // The credentials are good but not allowed this call: an app password without the
    // "direct messages" permission calling chat.bsky.*, or one calling an account-level method
    // (400 InvalidToken "Bad token method" / "Bad token scope"). Permanent, never a reconnect.
    bool notPermitted = false;

    bool ok() const { return outcome.ok(); }
};

// Reads an answer: the XRPC error name decides before the status does (Bluesky sends
// ExpiredToken and InvalidToken as 400 as well as 401; InvalidToken with "Bad token method"
// or "Bad token scope" means "not with this app password", not "signed out").
XrpcReply interpretXrpc(const HttpResponse &response, bool changesServer, const QDateTime &now);

// When the access JWT expires, from its "exp" claim; invalid when the token cannot be read.
QDateTime jwtExpiry(const QString &jwt);

class XrpcSession
{
public:
    XrpcSession(HttpTransport &http, Credentials credentials, QString did, QString handle,
                const Clock &clock);

    // GET /xrpc/<nsid>?params, signed in. A name may repeat (getPosts takes several "uris").
    // proxy names the service the PDS forwards the call to (the atproto-proxy header, e.g.
    // "did:web:api.bsky.chat#bsky_chat"); empty = the PDS's default (its AppView).
    using Params = QList<QPair<QString, QString>>;
    XrpcReply query(const QString &nsid, const Params &params = {}, const QByteArray &proxy = {});
    // POST /xrpc/<nsid> with a JSON body, signed in.
    XrpcReply procedure(const QString &nsid, const QJsonObject &input, const QByteArray &proxy = {});
    // POST /xrpc/<nsid> with raw bytes (uploadBlob).
    XrpcReply upload(const QString &nsid, const QByteArray &bytes, const QByteArray &contentType);

    // com.atproto.server.createSession with the handle (or DID) and the app password.
    Outcome createSession();
    // Makes sure an access token is there and will not expire within the margin.
    Outcome ensureFreshSession();
    bool hasAccessToken() const { return !m_credentials.accessToken.isEmpty(); }
    bool accessTokenFresh() const;

    const Credentials &credentials() const { return m_credentials; }
    bool credentialsChanged() const { return m_credentialsChanged; }
    const QString &did() const { return m_did; }
    const QString &handle() const { return m_handle; }
    // What getSession said (empty values keep the known ones).
    void setIdentity(const QString &did, const QString &handle);
    const RateLimitGate &rateLimitGate() const { return m_gate; }
    const Clock &clock() const { return m_clock; }

    // How long before its expiry an access token is refreshed.
    static constexpr int kRefreshMarginSeconds = 5 * 60;

private:
    XrpcReply call(HttpRequest request, const QByteArray &proxy);
    XrpcReply sendOnce(const HttpRequest &request, const QString &bearer);
    Outcome refreshSession();
    Outcome renewSession(); // refresh, then createSession when the refresh token is refused
    Outcome adoptSession(const XrpcReply &reply);

    HttpTransport &m_http;
    Credentials m_credentials;
    QString m_did;
    QString m_handle;
    const Clock &m_clock;
    RateLimitGate m_gate;
    bool m_credentialsChanged = false;
};

} // namespace bluesky
} // namespace platforms
} // namespace vigie
