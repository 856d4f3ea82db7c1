#pragma once

#include "core/clock.h"
#include "fakes/x/fakexserver.h"
#include "platforms/httptransport.h"
#include "platforms/x/xadapter.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <memory>

// One fake X, one transport with a short timeout and adapters for the brand's account, as a
// worker thread would build them for a job. The clock is fixed so token expiry is the test's.
namespace vigie {
namespace test {

class XRig
{
public:
    explicit XRig(std::chrono::milliseconds timeout = std::chrono::seconds(5))
        : clock(QDateTime::currentDateTimeUtc())
    {
        const QUrl url = server.start();
        if (url.isEmpty())
            qFatal("the fake X server could not listen");
        http = std::make_unique<platforms::HttpTransport>(manager, url, timeout);
        polling.maxDelay = std::chrono::milliseconds(5); // X says "1 s"; the test waits 5 ms
        polling.attempts = 6;
    }

    // The brand's tokens, valid for two more hours.
    platforms::Credentials credentials() const
    {
        platforms::Credentials c;
        c.accessToken = server.accessToken();
        c.refreshToken = server.refreshToken();
        c.clientId = server.clientId();
        c.accessExpiresAt = clock.now().addSecs(7200);
        return c;
    }

    std::unique_ptr<platforms::x::XAdapter> adapter(const platforms::Credentials &c)
    {
        platforms::AdapterContext context{*http, c, server.ownUser().id, server.ownUser().username, clock};
        auto a = std::make_unique<platforms::x::XAdapter>(context);
        a->setMediaPolling(polling);
        return a;
    }
    std::unique_ptr<platforms::x::XAdapter> adapter() { return adapter(credentials()); }

    fakes::FakeXServer server;
    QNetworkAccessManager manager;
    std::unique_ptr<platforms::HttpTransport> http;
    FixedClock clock;
    platforms::x::XAdapter::MediaPolling polling;
};

inline QByteArray xFixture(const char *name)
{
    QFile file(QStringLiteral(VIGIE_SOURCE_DIR "/tests/data/x/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

// A file of `size` bytes for uploads.
inline QString writeMediaFile(const QString &dir, const QString &name, qint64 size)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(i * 31 % 251);
    file.write(data);
    return path;
}

} // namespace test
} // namespace vigie
