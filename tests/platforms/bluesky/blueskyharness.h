#pragma once

#include "fakes/bluesky/fakeblueskyserver.h"
#include "platforms/bluesky/blueskyadapter.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <memory>

// What every Bluesky adapter test needs: the fake PDS on a local port, a clock both sides
// share (token expiry, rate-limit windows), a transport with a short timeout, and the account
// "vigie.test" with an app password.
namespace vigie {
namespace test {

// What a sync walk handed over, page by page (inbox or direct messages).
struct InboxWalk
{
    platforms::Outcome outcome;
    QList<platforms::InboxPage> pages;

    QList<platforms::RemoteMessage> messages() const
    {
        QList<platforms::RemoteMessage> all;
        for (const platforms::InboxPage &page : pages)
            all += page.messages;
        return all;
    }
    QStringList ids() const
    {
        QStringList out;
        for (const platforms::RemoteMessage &m : messages())
            out << m.remoteId;
        return out;
    }
    QStringList texts() const
    {
        QStringList out;
        for (const platforms::RemoteMessage &m : messages())
            out << m.text;
        return out;
    }
    QString cursor() const { return pages.isEmpty() ? QString() : pages.last().cursorAfter; }
};

class BlueskyHarness
{
public:
    static constexpr char kHandle[] = "vigie.test";
    static constexpr char kAppPassword[] = "abcd-efgh-ijkl-mnop";

    BlueskyHarness()
        : clock(QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC))
    {
        server.setClock(&clock);
        server.setRateLimit(3000, 300);
        url = server.start();
        did = server.addAccount(QString::fromLatin1(kHandle), QString::fromLatin1(kAppPassword),
                                QStringLiteral("Laboratoire Vigie"));
        http = std::make_unique<platforms::HttpTransport>(manager, url, std::chrono::seconds(5));
    }

    // Credentials as `vigie account add bluesky` stores them before the first sign-in.
    platforms::Credentials appPasswordOnly() const
    {
        platforms::Credentials credentials;
        credentials.appPassword = QString::fromLatin1(kAppPassword);
        return credentials;
    }

    // Credentials of a live session the server issued (what a previous job stored).
    platforms::Credentials liveSession(bool withAppPassword = true)
    {
        const auto session = server.issueSession(did);
        platforms::Credentials credentials;
        credentials.accessToken = session.accessJwt;
        credentials.refreshToken = session.refreshJwt;
        if (withAppPassword)
            credentials.appPassword = QString::fromLatin1(kAppPassword);
        return credentials;
    }

    std::unique_ptr<platforms::bluesky::BlueskyAdapter> adapter(const platforms::Credentials &credentials,
                                                                bool knowsDid = true)
    {
        platforms::AdapterContext context{*http, credentials, knowsDid ? did : QString(),
                                          QString::fromLatin1(kHandle), clock};
        return std::make_unique<platforms::bluesky::BlueskyAdapter>(context);
    }

    // A signed-in adapter whose session is live.
    std::unique_ptr<platforms::bluesky::BlueskyAdapter> signedIn() { return adapter(liveSession()); }

    FixedClock clock;
    fakes::FakeBlueskyServer server;
    QNetworkAccessManager manager;
    QUrl url;
    QString did;
    std::unique_ptr<platforms::HttpTransport> http;
};

inline QByteArray readTestData(const QString &name)
{
    QFile file(QStringLiteral(VIGIE_SOURCE_DIR "/tests/data/bluesky/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace test
} // namespace vigie
