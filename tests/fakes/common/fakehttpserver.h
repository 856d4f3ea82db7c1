#pragma once

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <vector>

// The base of every network's fake server: a real QHttpServer on 127.0.0.1 that routes by
// method and path regex, records every request, and injects the faults a real network shows
// (an error status, malformed JSON, a connection that hangs before or after the server acted).
namespace vigie {
namespace fakes {

struct FakeRequest
{
    QByteArray method; // "GET", "POST"…
    QString path;      // "/api/v1/statuses"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QStringList captures; // the path regex's capture groups

    QByteArray header(const QByteArray &lowerCaseName) const;
    QJsonValue json() const; // the body as JSON (Null when it is not)
    QUrlQuery form() const;  // an application/x-www-form-urlencoded body
    // A field from JSON, form or multipart bodies, then the query ("status", "media_ids[]"…).
    QString param(const QString &name) const;
    QStringList params(const QString &name) const; // every value of a repeated field
    // multipart/form-data parts by field name (file uploads).
    QByteArray multipartField(const QByteArray &name, QByteArray *fileName = nullptr,
                              QByteArray *contentType = nullptr) const;
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;

    static FakeResponse json(const QJsonValue &value, int status = 200);
    static FakeResponse empty(int status);
    FakeResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

enum class FaultKind {
    Status,       // answer status/body/headers instead of running the handler
    Malformed,    // run the handler (the server acts) but answer a 200 with broken JSON
    HangBefore,   // accept the connection, never answer, do nothing
    HangAfterAct, // run the handler (the post is created) but never answer
    // Close the connection abruptly without an answer (a TCP reset, as a crashing proxy does),
    // before or after the handler acted. Every open connection to the fake is dropped: Qt 6.4's
    // QHttpServer does not say which socket carried the request.
    ResetBefore,
    ResetAfterAct,
};

struct Fault
{
    FaultKind kind = FaultKind::Status;
    int status = 500;
    QByteArray body = R"({"error":"Internal server error"})";
    QList<QPair<QByteArray, QByteArray>> headers;
};

class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    // Listens on 127.0.0.1 with a free port; returns the base URL ("http://127.0.0.1:PORT").
    QUrl start();
    QUrl url() const { return m_url; }

    using Handler = std::function<FakeResponse(const FakeRequest &)>;
    // pathPattern is a regular expression matched against the whole path ("/api/v1/statuses/(\\d+)").
    void on(const QByteArray &method, const QString &pathPattern, Handler handler);
    // The next `times` requests matching method and pathPattern meet fault instead.
    void injectFault(const QByteArray &method, const QString &pathPattern, const Fault &fault, int times = 1);

    const QList<FakeRequest> &requests() const { return m_requests; }
    int requestCount(const QByteArray &method, const QString &pathPattern) const;
    void clearRequests() { m_requests.clear(); }

signals:
    void requestHandled(const QByteArray &method, const QString &path, int status);

protected:
    // Lets a network add what every answer carries (rate-limit headers…).
    virtual void decorate(const FakeRequest &request, FakeResponse &response);

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    struct PendingFault
    {
        QByteArray method;
        QRegularExpression pattern;
        Fault fault;
        int remaining;
    };
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    FakeResponse runHandler(FakeRequest &request);
    void resetConnections();
    void write(QHttpServerResponder &&responder, const FakeResponse &response);

    QHttpServer m_server;
    QUrl m_url;
    QList<Route> m_routes;
    QList<PendingFault> m_faults;
    QList<FakeRequest> m_requests;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hung; // kept open, never answered
};

} // namespace fakes
} // namespace vigie
