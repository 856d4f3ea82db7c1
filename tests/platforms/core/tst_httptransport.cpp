// The transport and the outcome rules every adapter shares, against a real local HTTP server.
#include "fakes/common/fakehttpserver.h"
#include "platforms/credentials.h"
#include "platforms/httpoutcome.h"
#include "platforms/httptransport.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QtTest>

using namespace vigie;
using namespace vigie::platforms;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(vigie::platforms::OutcomeKind)
using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestHttpTransport : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);

private slots:
    void timeoutComesFromTheEnvironment_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("unset") << QByteArray() << qint64(30000);
        QTest::newRow("seconds") << QByteArray("5") << qint64(5000);
        QTest::newRow("fraction") << QByteArray("0.5") << qint64(500);
        QTest::newRow("not a number") << QByteArray("soon") << qint64(30000);
        QTest::newRow("negative") << QByteArray("-3") << qint64(30000);
        QTest::newRow("zero") << QByteArray("0") << qint64(30000);
    }
    void timeoutComesFromTheEnvironment()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        if (value.isEmpty())
            qunsetenv("VIGIE_HTTP_TIMEOUT");
        else
            qputenv("VIGIE_HTTP_TIMEOUT", value);
        QCOMPARE(HttpTransport::defaultTimeout().count(), expectedMs);
        qunsetenv("VIGIE_HTTP_TIMEOUT");
    }

    void classifiesAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("write");
        QTest::addColumn<OutcomeKind>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("200") << 200 << QByteArray("{}") << true << OutcomeKind::Ok << QString();
        QTest::newRow("401") << 401 << QByteArray("{\"error\":\"The access token is invalid\"}") << false
                             << OutcomeKind::AuthExpired << "The access token is invalid";
        QTest::newRow("403") << 403 << QByteArray("{}") << true << OutcomeKind::Permanent << QString();
        QTest::newRow("404") << 404 << QByteArray("<html>") << false << OutcomeKind::Permanent << QString();
        QTest::newRow("422") << 422 << QByteArray("{\"error\":\"Validation failed: Text can't be blank\"}")
                             << true << OutcomeKind::Validation << "Validation failed: Text can't be blank";
        QTest::newRow("400 xrpc") << 400
                                  << QByteArray("{\"error\":\"InvalidRequest\",\"message\":\"Too long\"}")
                                  << true << OutcomeKind::Validation << "Too long";
        QTest::newRow("429") << 429 << QByteArray() << true << OutcomeKind::RateLimited << QString();
        QTest::newRow("500") << 500 << QByteArray("oops") << true << OutcomeKind::Transient << QString();
        QTest::newRow("503 html") << 503 << QByteArray("<h1>Down</h1>") << false << OutcomeKind::Transient
                                  << QString();
    }
    void classifiesAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, write);
        QFETCH(OutcomeKind, kind);
        QFETCH(QString, message);
        HttpResponse response;
        response.status = status;
        response.body = body;
        response.requestSent = true;
        const Outcome outcome = classifyHttp(response, write, m_now);
        QCOMPARE(outcome.kind, kind);
        QCOMPARE(outcome.serverMessage, message);
        QVERIFY(!outcome.describe().isEmpty());
    }

    void aLostAnswerIsUnconfirmedOnlyForWrites()
    {
        HttpResponse lost;
        lost.error = TransportError::Timeout;
        lost.requestSent = true;
        QCOMPARE(classifyHttp(lost, true, m_now).kind, OutcomeKind::Unconfirmed);
        QCOMPARE(classifyHttp(lost, false, m_now).kind, OutcomeKind::Transient);
        HttpResponse refused;
        refused.error = TransportError::NotSent;
        QCOMPARE(classifyHttp(refused, true, m_now).kind, OutcomeKind::Transient);
    }

    void readsWhenToRetry_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QDateTime>("retryAt");
        const QDateTime now = m_now;
        QTest::newRow("retry-after seconds") << Headers{{"retry-after", "120"}} << now.addSecs(120);
        QTest::newRow("retry-after date")
            << Headers{{"retry-after", "Thu, 26 Nov 2026 10:05:00 GMT"}} << now.addSecs(300);
        QTest::newRow("mastodon reset")
            << Headers{{"x-ratelimit-reset", "2026-11-26T10:02:00.000Z"}} << now.addSecs(120);
        QTest::newRow("bluesky reset")
            << Headers{{"ratelimit-reset", QByteArray::number(now.addSecs(90).toSecsSinceEpoch())}}
            << now.addSecs(90);
        QTest::newRow("nothing said") << Headers{} << now.addSecs(60);
        QTest::newRow("garbage") << Headers{{"retry-after", "whenever"}} << now.addSecs(60);
    }
    void readsWhenToRetry()
    {
        QFETCH(Headers, headers);
        QFETCH(QDateTime, retryAt);
        HttpResponse response;
        response.status = 429;
        response.headers = headers;
        const Outcome outcome = classifyHttp(response, true, m_now);
        QCOMPARE(outcome.kind, OutcomeKind::RateLimited);
        QCOMPARE(outcome.retryAt.toUTC(), retryAt);
    }

    void theGateHoldsRequestsUntilTheReset()
    {
        RateLimitGate gate;
        HttpResponse response;
        response.status = 200;
        response.headers = {{"x-ratelimit-limit", "300"},
                            {"x-ratelimit-remaining", "0"},
                            {"x-ratelimit-reset", "2026-11-26T10:05:00Z"}};
        gate.record(response, m_now);
        QVERIFY(gate.blocked(m_now).has_value());
        QCOMPARE(gate.blocked(m_now)->retryAt, m_now.addSecs(300));
        QVERIFY(!gate.blocked(m_now.addSecs(301)).has_value());
    }

    void talksToARealServer()
    {
        fakes::FakeHttpServer server;
        QVERIFY(!server.start().isEmpty());
        server.on("POST", "/echo", [](const fakes::FakeRequest &request) {
            return fakes::FakeResponse::json(
                       QJsonObject{{"got", request.param("name")},
                                   {"auth", QString::fromUtf8(request.header("authorization"))}},
                       201)
                .header("X-RateLimit-Remaining", "7");
        });
        QNetworkAccessManager manager;
        HttpTransport http(manager, server.url(), 2s);
        HttpRequest request;
        request.method = "POST";
        request.path = "/echo";
        request.header("Authorization", "Bearer secret");
        setMultipartBody(request, {{"name", "Hélidol ✓", {}, {}}, {"file", "\x89PNG", "a.png", "image/png"}});
        const HttpResponse response = http.send(request);
        QCOMPARE(response.status, 201);
        QCOMPARE(response.header("x-ratelimit-remaining"), QByteArray("7")); // names in lower case
        const auto json = parseJsonBody(response);
        QVERIFY(json);
        QCOMPARE(json->object().value("got").toString(), "Hélidol ✓");
        QCOMPARE(json->object().value("auth").toString(), "Bearer secret");
        QCOMPARE(server.requests().constFirst().multipartField("file"), QByteArray("\x89PNG"));
    }

    void aServerThatHangsAfterActingGivesUnconfirmed()
    {
        fakes::FakeHttpServer server;
        server.start();
        int created = 0;
        server.on("POST", "/statuses", [&](const fakes::FakeRequest &) {
            ++created;
            return fakes::FakeResponse::json(QJsonObject{{"id", "1"}});
        });
        fakes::Fault hang;
        hang.kind = fakes::FaultKind::HangAfterAct;
        server.injectFault("POST", "/statuses", hang);
        QNetworkAccessManager manager;
        HttpTransport http(manager, server.url(), 300ms);
        HttpRequest post;
        post.method = "POST";
        post.path = "/statuses";
        post.body = "status=hello";
        post.contentType = "application/x-www-form-urlencoded";
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = http.send(post);
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(response.error, TransportError::Timeout);
        QCOMPARE(created, 1);
        QCOMPARE(classifyHttp(response, post.changesServer(), m_now).kind, OutcomeKind::Unconfirmed);
    }

    // A server that acted and then dropped the connection (a crashing proxy) must not see the
    // request again: Qt's HTTP/1 channel silently re-sends a request whose connection closed
    // before the answer, which for a post without idempotency key means a second post.
    void aServerThatResetsAfterActingIsNotAskedAgain_data()
    {
        QTest::addColumn<bool>("reusedConnection");
        QTest::newRow("fresh connection") << false;
        QTest::newRow("kept-alive connection") << true;
    }
    void aServerThatResetsAfterActingIsNotAskedAgain()
    {
        QFETCH(bool, reusedConnection);
        fakes::FakeHttpServer server;
        server.start();
        int created = 0;
        server.on("GET", "/me", [](const fakes::FakeRequest &) {
            return fakes::FakeResponse::json(QJsonObject{{"id", "7"}});
        });
        server.on("POST", "/statuses", [&](const fakes::FakeRequest &) {
            ++created;
            return fakes::FakeResponse::json(QJsonObject{{"id", "1"}});
        });
        fakes::Fault reset;
        reset.kind = fakes::FaultKind::ResetAfterAct;
        server.injectFault("POST", "/statuses", reset);
        QNetworkAccessManager manager;
        HttpTransport http(manager, server.url(), 2s);
        if (reusedConnection) {
            HttpRequest me;
            me.path = "/me";
            QCOMPARE(http.send(me).status, 200);
        }
        HttpRequest post;
        post.method = "POST";
        post.path = "/statuses";
        post.body = "status=hello";
        post.contentType = "application/x-www-form-urlencoded";
        const HttpResponse response = http.send(post);
        QTest::qWait(100); // a re-sent request would reach the server by now
        QCOMPARE(created, 1);
        QCOMPARE(server.requestCount("POST", "/statuses"), 1);
        QCOMPARE(response.status, 0);
        QCOMPARE(classifyHttp(response, post.changesServer(), m_now).kind, OutcomeKind::Unconfirmed);
    }

    void aRefusedConnectionWasNeverSent()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there any more
        QNetworkAccessManager manager;
        HttpTransport http(manager, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), 2s);
        HttpRequest post;
        post.method = "POST";
        post.path = "/api/v1/statuses";
        const HttpResponse response = http.send(post);
        QCOMPARE(response.error, TransportError::NotSent);
        QCOMPARE(classifyHttp(response, true, m_now).kind, OutcomeKind::Transient);
    }

    void resolvesPathsAgainstTheBase()
    {
        QNetworkAccessManager manager;
        HttpTransport http(manager, QUrl("https://social.example/prefix/"));
        QCOMPARE(http.resolve("/api/v1/apps").toString(), "https://social.example/prefix/api/v1/apps");
        QCOMPARE(http.resolve("https://cdn.example/x").toString(), "https://cdn.example/x");
        // A path the adapter already percent-encoded (LinkedIn's URNs) is sent as it is.
        QCOMPARE(http.resolve("/rest/posts/urn%3Ali%3Ashare%3A7").toString(QUrl::FullyEncoded),
                 "https://social.example/prefix/rest/posts/urn%3Ali%3Ashare%3A7");
        QCOMPARE(http.resolve("/api/v1/timelines/tag/santé").toString(QUrl::FullyEncoded),
                 "https://social.example/prefix/api/v1/timelines/tag/sant%C3%A9");
    }

    void aRefreshNeverEmptiesStoredSecrets()
    {
        Credentials stored;
        stored.accessToken = "old-access";
        stored.refreshToken = "old-refresh";
        stored.appPassword = "app-pass";
        Credentials refreshed;
        refreshed.accessToken = "new-access";
        const Credentials merged = stored.updatedWith(refreshed);
        QCOMPARE(merged.accessToken, "new-access");
        QCOMPARE(merged.refreshToken, "old-refresh");
        QCOMPARE(merged.appPassword, "app-pass");
        QCOMPARE(Credentials::fromJson(merged.toJson()), merged);
        QVERIFY(Credentials::fromJson("not json").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
