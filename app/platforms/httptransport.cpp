#include "platforms/httptransport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>
#include <cstring>
#include <memory>

Q_LOGGING_CATEGORY(lcHttp, "vigie.http", QtWarningMsg)

namespace vigie {
namespace platforms {

QByteArray HttpResponse::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

bool HttpResponse::hasHeader(const QByteArray &lowerCaseName) const
{
    for (const auto &pair : headers)
        if (pair.first == lowerCaseName)
            return true;
    return false;
}

void setMultipartBody(HttpRequest &request, const QList<MultipartPart> &parts)
{
    const QByteArray boundary = "vigie-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArray body;
    for (const auto &part : parts) {
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"" + part.name + '"';
        if (!part.fileName.isEmpty())
            body += "; filename=\"" + part.fileName + '"';
        body += "\r\n";
        if (!part.contentType.isEmpty())
            body += "Content-Type: " + part.contentType + "\r\n";
        body += "\r\n" + part.data + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    request.body = body;
    request.contentType = "multipart/form-data; boundary=" + boundary;
}

namespace {
// A request body that can be read once only. Qt's HTTP/1 channel quietly sends a request again
// when the connection closes before the answer; it does so only when it can rewind the body.
// A write must not be repeated behind the adapter's back (a post without idempotency key would
// appear twice), so its body cannot be rewound: Qt fails the reply (ContentReSendError) instead,
// and the adapter, seeing an unconfirmed write, looks before it retries.
class SendOnceBody : public QIODevice
{
public:
    explicit SendOnceBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; } // what refuses Qt's re-send
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, qint64(m_data.size()) - m_read);
        std::memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};
} // namespace

HttpTransport::HttpTransport(QNetworkAccessManager &manager, QUrl baseUrl, std::chrono::milliseconds timeout)
    : m_manager(manager)
    , m_baseUrl(std::move(baseUrl))
    , m_timeout(timeout)
{}

std::chrono::milliseconds HttpTransport::defaultTimeout()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("VIGIE_HTTP_TIMEOUT").toDouble(&ok);
    if (ok && seconds > 0)
        return std::chrono::milliseconds(qint64(seconds * 1000));
    return std::chrono::seconds(30);
}

QUrl HttpTransport::resolve(const QString &path) const
{
    const QUrl url(path);
    if (url.isValid() && !url.isRelative())
        return url;
    QUrl base = m_baseUrl;
    QString basePath = base.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // Tolerant: a path the adapter percent-encoded (LinkedIn's URNs) is not encoded a second time.
    base.setPath(basePath + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path),
                 QUrl::TolerantMode);
    return base;
}

HttpResponse HttpTransport::send(const HttpRequest &request)
{
    ++m_requestCount;
    QUrl url = resolve(request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::NoLessSafeRedirectPolicy);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Vigie/" VIGIE_VERSION));
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);

    std::unique_ptr<SendOnceBody> body; // outlives the reply: send() waits for it
    QNetworkReply *reply = nullptr;
    if (request.changesServer() && !request.body.isEmpty()) {
        body = std::make_unique<SendOnceBody>(request.body);
        // Streamed as it is read: buffered by Qt, the body could be rewound again.
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        reply = m_manager.sendCustomRequest(networkRequest, request.method, body.get());
    } else {
        reply = m_manager.sendCustomRequest(networkRequest, request.method, request.body);
    }
    HttpResponse response;
    bool timedOut = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64) {
        if (sent > 0)
            response.requestSent = true;
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] { response.requestSent = true; });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeout);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();

    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.append({name.toLower(), value});
    if (reply->isOpen()) // an aborted reply is closed: reading it only prints a warning
        response.body = reply->readAll();
    if (response.status > 0)
        response.requestSent = true;
    if (timedOut) {
        response.error = TransportError::Timeout;
        response.errorString = QStringLiteral("no answer within %1 s").arg(m_timeout.count() / 1000.0);
        response.status = 0;
    } else if (reply->error() != QNetworkReply::NoError && response.status == 0) {
        response.errorString = reply->errorString();
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProtocolUnknownError:
            response.error = TransportError::NotSent;
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::ContentReSendError: // the connection closed before the answer
            response.error = TransportError::ConnectionLost;
            break;
        default:
            response.error = TransportError::Other;
            break;
        }
    }
    // Only the method and path: queries and bodies can hold tokens or passwords.
    qCDebug(lcHttp) << request.method << url.path() << response.status << response.errorString;
    delete reply; // not deleteLater: a worker thread may never return to an event loop
    return response;
}

} // namespace platforms
} // namespace vigie
