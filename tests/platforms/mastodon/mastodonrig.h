#pragma once

#include "fakes/mastodon/fakemastodonserver.h"
#include "platforms/httptransport.h"
#include "platforms/mastodon/mastodonadapter.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <memory>

// One fake instance, one transport with a short timeout and adapters for the brand's account,
// as a worker thread would build them for a job.
namespace vigie {
namespace test {

class MastodonRig
{
public:
    explicit MastodonRig(std::chrono::milliseconds timeout = std::chrono::seconds(5))
    {
        const QUrl url = server.start();
        if (url.isEmpty())
            qFatal("the fake Mastodon server could not listen");
        http = std::make_unique<platforms::HttpTransport>(manager, url, timeout);
        // Polls stay real but short.
        polling.firstDelay = std::chrono::milliseconds(5);
        polling.maxDelay = std::chrono::milliseconds(20);
        polling.attempts = 6;
    }

    std::unique_ptr<platforms::mastodon::MastodonAdapter> adapter(const QString &token = {})
    {
        platforms::Credentials credentials;
        credentials.accessToken = token.isEmpty() ? server.token() : token;
        platforms::AdapterContext context{*http, credentials, server.ownAccount().id,
                                          server.ownAccount().username + QLatin1Char('@') + server.domain()};
        auto a = std::make_unique<platforms::mastodon::MastodonAdapter>(context);
        a->setMediaPolling(polling);
        return a;
    }

    fakes::FakeMastodonServer server;
    QNetworkAccessManager manager;
    std::unique_ptr<platforms::HttpTransport> http;
    platforms::mastodon::MastodonAdapter::MediaPolling polling;
};

inline QByteArray mastodonFixture(const char *name)
{
    QFile file(QStringLiteral(VIGIE_SOURCE_DIR "/tests/data/mastodon/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

} // namespace test
} // namespace vigie
