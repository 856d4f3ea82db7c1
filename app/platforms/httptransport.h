#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace vigie {
namespace platforms {

struct HttpRequest
{
    QByteArray method = "GET";
    QString path; // relative to the transport's base URL ("/api/v1/statuses"), or an absolute URL
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;

    HttpRequest &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    // POST, PUT, PATCH and DELETE change something on the server: a lost answer means "unconfirmed".
    bool changesServer() const { return method != "GET" && method != "HEAD"; }
};

enum class TransportError {
    None,
    NotSent,        // refused, unknown host, TLS failure: the server never saw the request
    Timeout,        // no complete answer within the timeout
    ConnectionLost, // the connection dropped after the request went out
    Other,
};

struct HttpResponse
{
    int status = 0;                               // 0 when no HTTP answer came
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    TransportError error = TransportError::None;
    QString errorString;
    bool requestSent = false; // the request's bytes left this machine (for write requests)

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool hasHeader(const QByteArray &lowerCaseName) const;
};

// multipart/form-data, for media uploads.
struct MultipartPart
{
    QByteArray name;
    QByteArray data;
    QByteArray fileName; // empty for a plain field
    QByteArray contentType;
};
// Fills request.body and request.contentType.
void setMultipartBody(HttpRequest &request, const QList<MultipartPart> &parts);

// The one way Vigie talks HTTP. Blocking by design: an adapter's multi-step flows (upload,
// poll until processed, then post) read as straight code, and the window runs adapters in a
// worker thread (one transport per job, created in that thread). Tests drive it in the main
// thread against a local server: the local event loop keeps that server answering.
class HttpTransport
{
public:
    // manager is not owned and must live in the calling thread.
    HttpTransport(QNetworkAccessManager &manager, QUrl baseUrl,
                  std::chrono::milliseconds timeout = defaultTimeout());

    // 30 s, or VIGIE_HTTP_TIMEOUT seconds when that is set to a positive number.
    static std::chrono::milliseconds defaultTimeout();

    const QUrl &baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    QUrl resolve(const QString &path) const;

    HttpResponse send(const HttpRequest &request);
    int requestCount() const { return m_requestCount; }

private:
    QNetworkAccessManager &m_manager;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout;
    int m_requestCount = 0;
};

} // namespace platforms
} // namespace vigie
