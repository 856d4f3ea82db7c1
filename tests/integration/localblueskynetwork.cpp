#include "localblueskynetwork.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

namespace vigie {
namespace test {

using platforms::HttpRequest;
using platforms::HttpTransport;

QString XrpcReply::describe() const
{
    if (status == 0)
        return QStringLiteral("no answer (%1)").arg(error);
    return QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(600)));
}

AtUri AtUri::parse(const QString &uri)
{
    static const QString scheme = QStringLiteral("at://");
    if (!uri.startsWith(scheme))
        return {};
    const QStringList parts = uri.mid(scheme.size()).split(QLatin1Char('/'));
    if (parts.size() != 3)
        return {};
    return {parts[0], parts[1], parts[2]};
}

LocalBlueskyNetwork::LocalBlueskyNetwork(QUrl pds, QUrl appView)
    : m_pdsUrl(pds)
    , m_appViewUrl(appView)
    , m_pds(m_manager, pds, std::chrono::seconds(30))
    , m_appView(m_manager, appView, std::chrono::seconds(30))
{}

std::unique_ptr<LocalBlueskyNetwork> LocalBlueskyNetwork::fromEnvironment(QString *error)
{
    const QString path = qEnvironmentVariable("VIGIE_BLUESKY_NETWORK_FILE");
    if (path.isEmpty()) {
        *error = QStringLiteral("VIGIE_BLUESKY_NETWORK_FILE is not set: run this test through ctest, "
                                "whose bluesky_network_up fixture starts the network");
        return nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 cannot be read (%2): the bluesky_network_up fixture did not start "
                                "the network")
                     .arg(path, file.errorString());
        return nullptr;
    }
    const QJsonObject ready = QJsonDocument::fromJson(file.readAll()).object();
    const QUrl pds(ready.value(QStringLiteral("pds")).toString());
    const QUrl appView(ready.value(QStringLiteral("appview")).toString());
    if (!pds.isValid() || pds.isEmpty() || !appView.isValid() || appView.isEmpty()) {
        *error = QStringLiteral("%1 names no PDS or AppView URL").arg(path);
        return nullptr;
    }
    return std::unique_ptr<LocalBlueskyNetwork>(new LocalBlueskyNetwork(pds, appView));
}

XrpcReply LocalBlueskyNetwork::call(HttpTransport &transport, const HttpRequest &request)
{
    const platforms::HttpResponse response = transport.send(request);
    XrpcReply reply;
    reply.status = response.status;
    reply.body = response.body;
    reply.error = response.errorString;
    reply.json = QJsonDocument::fromJson(response.body).object();
    return reply;
}

XrpcReply LocalBlueskyNetwork::pdsGet(const QString &nsid, const QUrlQuery &query, const QString &bearer)
{
    HttpRequest request;
    request.path = QStringLiteral("/xrpc/") + nsid;
    request.query = query;
    if (!bearer.isEmpty())
        request.header("Authorization", "Bearer " + bearer.toUtf8());
    return call(m_pds, request);
}

XrpcReply LocalBlueskyNetwork::pdsPost(const QString &nsid, const QJsonObject &body, const QString &bearer)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/xrpc/") + nsid;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    if (!bearer.isEmpty())
        request.header("Authorization", "Bearer " + bearer.toUtf8());
    return call(m_pds, request);
}

XrpcReply LocalBlueskyNetwork::appViewGet(const QString &nsid, const QUrlQuery &query)
{
    HttpRequest request;
    request.path = QStringLiteral("/xrpc/") + nsid;
    request.query = query;
    return call(m_appView, request);
}

NetworkAccount LocalBlueskyNetwork::createAccount(const QString &handlePrefix, QString *error)
{
    // The PDS takes 3 to 18 characters before ".test"; a random suffix keeps runs apart even
    // when a network is reused.
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix += QLatin1Char(letters[QRandomGenerator::global()->bounded(int(sizeof(letters) - 1))]);

    NetworkAccount account;
    account.handle = handlePrefix.left(12) + suffix + QStringLiteral(".test");
    account.password = QStringLiteral("main-password-") + suffix;
    const XrpcReply created =
        pdsPost(QStringLiteral("com.atproto.server.createAccount"),
                {{QStringLiteral("handle"), account.handle},
                 {QStringLiteral("email"), account.handle + QStringLiteral("@example.com")},
                 {QStringLiteral("password"), account.password}},
                {});
    if (!created.ok()) {
        *error = QStringLiteral("createAccount %1: %2").arg(account.handle, created.describe());
        return {};
    }
    account.did = created.json.value(QStringLiteral("did")).toString();
    account.accessJwt = created.json.value(QStringLiteral("accessJwt")).toString();

    const XrpcReply appPassword =
        pdsPost(QStringLiteral("com.atproto.server.createAppPassword"),
                {{QStringLiteral("name"), QStringLiteral("Vigie")}}, account.accessJwt);
    if (!appPassword.ok()) {
        *error = QStringLiteral("createAppPassword %1: %2").arg(account.handle, appPassword.describe());
        return {};
    }
    account.appPassword = appPassword.json.value(QStringLiteral("password")).toString();
    return account;
}

QJsonObject LocalBlueskyNetwork::record(const QString &atUri)
{
    const AtUri parts = AtUri::parse(atUri);
    if (parts.rkey.isEmpty())
        return {};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("repo"), parts.did);
    query.addQueryItem(QStringLiteral("collection"), parts.collection);
    query.addQueryItem(QStringLiteral("rkey"), parts.rkey);
    const XrpcReply reply = pdsGet(QStringLiteral("com.atproto.repo.getRecord"), query);
    return reply.ok() ? reply.json.value(QStringLiteral("value")).toObject() : QJsonObject();
}

QJsonArray LocalBlueskyNetwork::listRecords(const QString &did, const QString &collection)
{
    QJsonArray all;
    QString cursor;
    do {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("repo"), did);
        query.addQueryItem(QStringLiteral("collection"), collection);
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        const XrpcReply reply = pdsGet(QStringLiteral("com.atproto.repo.listRecords"), query);
        if (!reply.ok())
            break;
        const QJsonArray page = reply.json.value(QStringLiteral("records")).toArray();
        for (const QJsonValue &value : page)
            all.append(value);
        cursor = page.isEmpty() ? QString() : reply.json.value(QStringLiteral("cursor")).toString();
    } while (!cursor.isEmpty());
    return all;
}

QJsonObject LocalBlueskyNetwork::appViewPost(const QString &atUri)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("uris"), atUri);
    const XrpcReply reply = appViewGet(QStringLiteral("app.bsky.feed.getPosts"), query);
    const QJsonArray posts = reply.json.value(QStringLiteral("posts")).toArray();
    return posts.isEmpty() ? QJsonObject() : posts.first().toObject();
}

XrpcReply LocalBlueskyNetwork::createSubjectRecord(const NetworkAccount &account, const QString &collection,
                                                   const QString &subjectUri)
{
    const QJsonObject post = appViewPost(subjectUri);
    const QJsonObject record{
        {QStringLiteral("$type"), collection},
        {QStringLiteral("subject"), QJsonObject{{QStringLiteral("uri"), subjectUri},
                                                {QStringLiteral("cid"), post.value(QStringLiteral("cid"))}}},
        {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return pdsPost(QStringLiteral("com.atproto.repo.createRecord"),
                   {{QStringLiteral("repo"), account.did},
                    {QStringLiteral("collection"), collection},
                    {QStringLiteral("record"), record}},
                   account.accessJwt);
}

bool LocalBlueskyNetwork::waitFor(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeout.count())
            return false;
        QTest::qWait(150);
    }
    return true;
}

} // namespace test
} // namespace vigie
