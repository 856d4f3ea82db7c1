#include "fakes/common/fakehttpserver.h"

#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QTimer>

namespace vigie {
namespace fakes {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

// The parts of a multipart/form-data body: name → (headers block, data).
QList<std::tuple<QByteArray, QByteArray, QByteArray>> multipartParts(const FakeRequest &request)
{
    QList<std::tuple<QByteArray, QByteArray, QByteArray>> parts;
    const QByteArray type = request.header("content-type");
    const int at = type.indexOf("boundary=");
    if (!type.startsWith("multipart/form-data") || at < 0)
        return parts;
    QByteArray boundary = type.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = request.body.indexOf(delimiter);
    while (pos >= 0) {
        qsizetype start = pos + delimiter.size();
        if (request.body.mid(start, 2) == "--")
            break;
        start += 2; // CRLF
        const qsizetype next = request.body.indexOf(delimiter, start);
        if (next < 0)
            break;
        QByteArray part = request.body.mid(start, next - start - 2); // drop the CRLF before the delimiter
        const qsizetype split = part.indexOf("\r\n\r\n");
        const QByteArray head = part.left(split);
        const QByteArray data = part.mid(split + 4);
        QByteArray name;
        const qsizetype n = head.indexOf("name=\"");
        if (n >= 0)
            name = head.mid(n + 6, head.indexOf('"', n + 6) - n - 6);
        parts.append({name, head, data});
        pos = next;
    }
    return parts;
}
} // namespace

QByteArray FakeRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

QJsonValue FakeRequest::json() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue::Null;
}

QUrlQuery FakeRequest::form() const
{
    if (!header("content-type").startsWith("application/x-www-form-urlencoded"))
        return {};
    QByteArray plusDecoded = body;
    plusDecoded.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(plusDecoded));
}

QStringList FakeRequest::params(const QString &name) const
{
    QStringList values;
    const QJsonValue doc = json();
    if (doc.isObject()) {
        const QJsonValue v = doc.toObject().value(name);
        if (v.isArray())
            for (const auto &item : v.toArray())
                values << item.toVariant().toString();
        else if (!v.isUndefined() && !v.isNull())
            values << v.toVariant().toString();
    }
    for (const auto &value : form().allQueryItemValues(name, QUrl::FullyDecoded))
        values << value;
    for (const auto &[partName, head, data] : multipartParts(*this))
        if (QString::fromUtf8(partName) == name && !head.contains("filename="))
            values << QString::fromUtf8(data);
    for (const auto &value : query.allQueryItemValues(name, QUrl::FullyDecoded))
        values << value;
    return values;
}

QString FakeRequest::param(const QString &name) const
{
    const QStringList values = params(name);
    return values.isEmpty() ? QString() : values.constFirst();
}

QByteArray FakeRequest::multipartField(const QByteArray &name, QByteArray *fileName,
                                       QByteArray *contentType) const
{
    for (const auto &[partName, head, data] : multipartParts(*this)) {
        if (partName != name)
            continue;
        if (fileName) {
            const qsizetype f = head.indexOf("filename=\"");
            *fileName = f < 0 ? QByteArray() : head.mid(f + 10, head.indexOf('"', f + 10) - f - 10);
        }
        if (contentType) {
            const qsizetype c = head.toLower().indexOf("content-type:");
            *contentType = c < 0 ? QByteArray() : head.mid(c + 13).split('\r').constFirst().trimmed();
        }
        return data;
    }
    return {};
}

FakeResponse FakeResponse::json(const QJsonValue &value, int status)
{
    FakeResponse r;
    r.status = status;
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

FakeResponse FakeResponse::empty(int status)
{
    FakeResponse r;
    r.status = status;
    r.contentType.clear();
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    // "<arg>" matches the whole path, slashes included: routing is done here, by regex.
    m_server.router()->addConverter(QMetaType::fromType<QString>(), QStringLiteral(".*"));
    m_server.route(QStringLiteral("/<arg>"),
                   [this](const QString &, const QHttpServerRequest &request,
                          QHttpServerResponder &&responder) { dispatch(request, std::move(responder)); });
}

FakeHttpServer::~FakeHttpServer() = default;

QUrl FakeHttpServer::start()
{
    const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
    m_url = port ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)) : QUrl();
    return m_url;
}

void FakeHttpServer::on(const QByteArray &method, const QString &pathPattern, Handler handler)
{
    m_routes.append({method, anchored(pathPattern), std::move(handler)});
}

void FakeHttpServer::injectFault(const QByteArray &method, const QString &pathPattern, const Fault &fault,
                                 int times)
{
    m_faults.append({method, anchored(pathPattern), fault, times});
}

int FakeHttpServer::requestCount(const QByteArray &method, const QString &pathPattern) const
{
    const QRegularExpression pattern = anchored(pathPattern);
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const FakeRequest &r) {
        return r.method == method && pattern.match(r.path).hasMatch();
    }));
}

void FakeHttpServer::decorate(const FakeRequest &, FakeResponse &) {}

FakeResponse FakeHttpServer::runHandler(FakeRequest &request)
{
    for (const Route &route : std::as_const(m_routes)) {
        if (route.method != request.method)
            continue;
        const auto match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        request.captures = match.capturedTexts().mid(1);
        return route.handler(request);
    }
    return FakeResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("Record not found")}},
                              404);
}

void FakeHttpServer::dispatch(const QHttpServerRequest &httpRequest, QHttpServerResponder &&responder)
{
    FakeRequest request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    request.query = httpRequest.query();
    for (const auto &[name, value] : httpRequest.headers())
        request.headers.append({name.toLower(), value});
    request.body = httpRequest.body();

    std::optional<Fault> fault;
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (it->method == request.method && it->pattern.match(request.path).hasMatch()) {
            fault = it->fault;
            if (--it->remaining <= 0)
                m_faults.erase(it);
            break;
        }
    }

    FakeResponse response;
    if (fault && fault->kind == FaultKind::ResetBefore) {
        m_requests.append(request);
        m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        resetConnections();
        return;
    }
    if (fault && fault->kind == FaultKind::HangBefore) {
        m_requests.append(request);
        m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return;
    }
    if (fault && fault->kind == FaultKind::Status) {
        response.status = fault->status;
        response.body = fault->body;
        response.headers = fault->headers;
    } else {
        response = runHandler(request);
    }
    m_requests.append(request);
    if (fault && fault->kind == FaultKind::HangAfterAct) {
        m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return;
    }
    if (fault && fault->kind == FaultKind::ResetAfterAct) {
        m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        resetConnections();
        return;
    }
    if (fault && fault->kind == FaultKind::Malformed) {
        response.status = 200;
        response.body = R"({"id": "12", "created_at": )"; // cut short, as by a crashing proxy
        response.contentType = "application/json; charset=utf-8";
    }
    decorate(request, response);
    write(std::move(responder), response);
    emit requestHandled(request.method, request.path, response.status);
}

void FakeHttpServer::resetConnections()
{
    // The accepted sockets are children of the QTcpServer QHttpServer made; abort() sends a
    // reset instead of a polite close. Done after returning so QHttpServer finishes its call.
    QTimer::singleShot(0, this, [this] {
        for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
            socket->abort();
    });
}

void FakeHttpServer::write(QHttpServerResponder &&responder, const FakeResponse &response)
{
    QHttpServerResponse out(response.body, static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        out.setHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        out.addHeader(name, value);
    out.write(std::move(responder));
}

} // namespace fakes
} // namespace vigie
