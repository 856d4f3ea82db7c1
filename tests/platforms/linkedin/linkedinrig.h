#pragma once

#include "fakes/linkedin/fakelinkedinserver.h"
#include "platforms/httptransport.h"
#include "platforms/linkedin/linkedinadapter.h"

#include <QImage>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// One fake LinkedIn, one transport with a short timeout, and adapters for the organization,
// as a worker thread would build them for a job.
namespace vigie {
namespace test {

class LinkedInRig
{
public:
    explicit LinkedInRig(std::chrono::milliseconds timeout = std::chrono::seconds(5))
    {
        const QUrl url = server.start();
        if (url.isEmpty())
            qFatal("the fake LinkedIn server could not listen");
        http = std::make_unique<platforms::HttpTransport>(manager, url, timeout);
        polling.firstDelay = std::chrono::milliseconds(5);
        polling.maxDelay = std::chrono::milliseconds(20);
        polling.attempts = 6;
    }

    platforms::Credentials credentials() const
    {
        platforms::Credentials c;
        c.accessToken = server.token();
        c.accessExpiresAt = clock.now().addDays(50);
        return c;
    }

    std::unique_ptr<platforms::linkedin::LinkedInAdapter> adapter(const platforms::Credentials &c)
    {
        platforms::AdapterContext context{*http, c, server.organizationId(), {}, clock};
        auto a = std::make_unique<platforms::linkedin::LinkedInAdapter>(context);
        a->setImagePolling(polling);
        return a;
    }
    std::unique_ptr<platforms::linkedin::LinkedInAdapter> adapter() { return adapter(credentials()); }

    // A small real image file in the rig's temporary folder.
    QString imageFile(const QString &name, const char *format = "PNG")
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString path = dir.filePath(name);
        if (!image.save(path, format))
            qFatal("could not write %s", qPrintable(path));
        return path;
    }

    fakes::FakeLinkedInServer server;
    QNetworkAccessManager manager;
    std::unique_ptr<platforms::HttpTransport> http;
    FixedClock clock{QDateTime::currentDateTimeUtc()};
    platforms::linkedin::LinkedInAdapter::ImagePolling polling;
    QTemporaryDir dir;
};

} // namespace test
} // namespace vigie
