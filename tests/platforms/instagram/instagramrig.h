#pragma once

#include "fakes/instagram/fakeinstagramserver.h"
#include "platforms/httptransport.h"
#include "platforms/instagram/instagramadapter.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

Q_DECLARE_METATYPE(vigie::platforms::OutcomeKind)

// One fake Graph API, one transport with a short timeout, adapters for the brand's Instagram
// account as a worker thread would build them for a job, and media files on disk.
namespace vigie {
namespace test {

class InstagramRig
{
public:
    explicit InstagramRig(std::chrono::milliseconds timeout = std::chrono::seconds(5))
    {
        if (server.start().isEmpty())
            qFatal("the fake Instagram server could not listen");
        http = std::make_unique<platforms::HttpTransport>(manager, server.graphUrl(), timeout);
        // Polls stay real but short.
        polling.firstDelay = std::chrono::milliseconds(5);
        polling.maxDelay = std::chrono::milliseconds(20);
        polling.attempts = 8;
    }

    std::unique_ptr<platforms::instagram::InstagramAdapter>
    adapter(const QString &token = {}, const QString &userId = QStringLiteral("<own>"))
    {
        platforms::Credentials credentials;
        credentials.accessToken = token.isEmpty() ? server.token() : token;
        platforms::AdapterContext context{*http, credentials,
                                          userId == QLatin1String("<own>") ? server.userId() : userId,
                                          server.username()};
        auto a = std::make_unique<platforms::instagram::InstagramAdapter>(context);
        a->setPolling(polling);
        return a;
    }

    // A file in the rig's folder; JPEG and MP4 magic bytes so it looks like what it says.
    QString file(const QString &name, qint64 size = 2048)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        QByteArray data = name.endsWith(QLatin1String(".mp4")) ? QByteArray("\0\0\0\x18"
                                                                            "ftypmp42",
                                                                            12)
                                                               : QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10);
        data += QByteArray(qMax<qint64>(0, size - data.size()), 'x');
        f.write(data);
        return path;
    }

    static platforms::OutgoingPost post(const QString &text, const QStringList &files)
    {
        platforms::OutgoingPost p;
        p.text = text;
        for (const QString &f : files)
            p.media.append({f, {}, {}});
        return p;
    }

    fakes::FakeInstagramServer server;
    QNetworkAccessManager manager;
    std::unique_ptr<platforms::HttpTransport> http;
    platforms::instagram::InstagramAdapter::Polling polling;
    QTemporaryDir dir;
};

inline fakes::Fault fault(fakes::FaultKind kind, int status = 500, const QByteArray &body = {})
{
    fakes::Fault f;
    f.kind = kind;
    f.status = status;
    if (!body.isEmpty())
        f.body = body;
    return f;
}

inline QByteArray instagramFixture(const QString &name)
{
    QFile file(QStringLiteral(VIGIE_SOURCE_DIR "/tests/data/instagram/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace test
} // namespace vigie
