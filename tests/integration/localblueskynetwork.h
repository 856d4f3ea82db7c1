#pragma once

#include "platforms/httptransport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

namespace vigie {
namespace test {

// A person on the local network, made for one test run.
struct NetworkAccount
{
    QString handle; // "brandab12cd.test"
    QString did;
    QString password;    // the account's main password: arrangement only
    QString appPassword; // what Vigie signs in with
    QString accessJwt;   // the main session's token: arrangement only
};

// The answer to one raw XRPC call.
struct XrpcReply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QString error; // transport error, when no HTTP answer came
    bool ok() const { return status == 200; }
    QString describe() const; // status and body, for failure messages
};

// The running network started by scripts/network-up.sh, and plain XRPC calls to it that ARRANGE
// and CHECK the tests (accounts, likes, reading records back). Vigie's own adapter is never used
// here: what the tests assert must come from the network itself, not from the code under test.
class LocalBlueskyNetwork
{
public:
    // Reads the launcher's ready line from the file named by VIGIE_BLUESKY_NETWORK_FILE.
    // Empty error = ready.
    static std::unique_ptr<LocalBlueskyNetwork> fromEnvironment(QString *error);

    QUrl pdsUrl() const { return m_pdsUrl; }
    QUrl appViewUrl() const { return m_appViewUrl; }
    QNetworkAccessManager &manager() { return m_manager; }

    // createAccount on the PDS, then an app password for it (Vigie signs in with those).
    // handlePrefix: lowercase letters, a random suffix keeps runs apart.
    NetworkAccount createAccount(const QString &handlePrefix, QString *error);

    XrpcReply pdsGet(const QString &nsid, const QUrlQuery &query, const QString &bearer = {});
    XrpcReply pdsPost(const QString &nsid, const QJsonObject &body, const QString &bearer);
    // The AppView answers public reads without a session.
    XrpcReply appViewGet(const QString &nsid, const QUrlQuery &query);

    // The record a post's at:// URI names, as the PDS stores it; empty when absent.
    QJsonObject record(const QString &atUri);
    // Every record of a collection in a repository (all pages).
    QJsonArray listRecords(const QString &did, const QString &collection);
    // The post as the AppView shows it (app.bsky.feed.getPosts); empty until it is indexed.
    QJsonObject appViewPost(const QString &atUri);

    // Likes or reposts a post as account (arrangement for the metrics test).
    XrpcReply createSubjectRecord(const NetworkAccount &account, const QString &collection,
                                  const QString &subjectUri);

    // Polls until done() is true or the time is up; the AppView indexes a write about half a
    // second after it, so tests wait for what they need instead of sleeping a fixed time.
    static bool waitFor(const std::function<bool()> &done,
                        std::chrono::milliseconds timeout = std::chrono::seconds(20));

private:
    LocalBlueskyNetwork(QUrl pds, QUrl appView);
    XrpcReply call(platforms::HttpTransport &transport, const platforms::HttpRequest &request);

    QNetworkAccessManager m_manager;
    QUrl m_pdsUrl;
    QUrl m_appViewUrl;
    platforms::HttpTransport m_pds;
    platforms::HttpTransport m_appView;
};

// "at://did/collection/rkey" split into its parts; empty strings when it is not one.
struct AtUri
{
    QString did;
    QString collection;
    QString rkey;
    static AtUri parse(const QString &uri);
};

} // namespace test
} // namespace vigie
