#pragma once

#include "core/clock.h"
#include "fakes/facebook/fakefacebookserver.h"
#include "platforms/facebook/facebookadapter.h"
#include "platforms/httptransport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// One fake Page, one transport with a short timeout, and adapters for the Page as a worker
// thread would build them for a job. The adapter's clock and the fake's move together.
namespace vigie {
namespace test {

class FacebookRig
{
public:
    explicit FacebookRig(std::chrono::milliseconds timeout = std::chrono::seconds(5))
        : clock(QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC))
    {
        if (server.start().isEmpty())
            qFatal("the fake Graph API could not listen");
        server.setNow(clock.now());
        http = std::make_unique<platforms::HttpTransport>(manager, server.graphUrl(), timeout);
    }

    std::unique_ptr<platforms::facebook::FacebookAdapter>
    adapter(const QString &token = {}, const QString &pageId = QStringLiteral("page"))
    {
        platforms::Credentials credentials;
        credentials.accessToken = token.isEmpty() ? server.token() : token;
        platforms::AdapterContext context{*http, credentials,
                                          pageId == QLatin1String("page") ? server.pageId() : pageId,
                                          QStringLiteral("laboratoirevigie"), clock};
        return std::make_unique<platforms::facebook::FacebookAdapter>(context);
    }

    // Moves both clocks.
    void advance(qint64 seconds)
    {
        clock.advanceSecs(seconds);
        server.setNow(clock.now());
    }
    QDateTime now() const { return clock.now(); }

    // A small image file (a PNG header is enough for the fake) in a temporary folder.
    QString imageFile(const QString &name)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + name.toUtf8());
        return path;
    }

    FixedClock clock;
    fakes::FakeFacebookServer server;
    QNetworkAccessManager manager;
    std::unique_ptr<platforms::HttpTransport> http;
    QTemporaryDir dir;
};

inline platforms::OutgoingPost textPost(const QString &text)
{
    platforms::OutgoingPost post;
    post.text = text;
    return post;
}

inline QByteArray facebookFixture(const char *name)
{
    QFile file(QStringLiteral(VIGIE_SOURCE_DIR "/tests/data/facebook/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

} // namespace test
} // namespace vigie
