#pragma once

#include "fakes/common/fakehttpserver.h"

#include <QDateTime>
#include <QHash>

// A news site in the test's process: it publishes feeds at paths and answers like a real web
// server (RFC 9110): an ETag (a hash of the body) and a Last-Modified on each feed, 304 with
// no body when If-None-Match matches (or, without it, when If-Modified-Since is not older than
// the feed), redirects, 404 for unknown paths, and the faults of FakeHttpServer (an error
// status, a connection that hangs, a reset). Reusable by any test that reads feeds.
namespace vigie {
namespace fakes {

class FakeFeedServer : public FakeHttpServer
{
    Q_OBJECT

public:
    explicit FakeFeedServer(QObject *parent = nullptr);

    // Publishes xml at path (replacing what was there, so its ETag changes) and returns its URL.
    // modified is its Last-Modified time (now when invalid). Starts the server if needed.
    QUrl serve(const QString &path, const QByteArray &xml,
               const QByteArray &contentType = "application/rss+xml; charset=utf-8",
               const QDateTime &modified = {});
    // The same with a file of tests/data/feeds/.
    QUrl serveFixture(const QString &path, const QString &fixtureName,
                      const QByteArray &contentType = "application/rss+xml; charset=utf-8");
    static QByteArray fixture(const QString &fixtureName);
    // Which validators path sends (a real server may send only one, or none).
    void setValidators(const QString &path, bool etag, bool lastModified);
    // from answers status with Location: to (a path here or an absolute URL).
    QUrl redirect(const QString &from, const QString &to, int status = 301);
    // path answers 404 from now on.
    void unpublish(const QString &path);

    QUrl urlFor(const QString &path) const;
    QByteArray etagOf(const QString &path) const;
    int fetchCount(const QString &path) const;       // GET requests that reached path
    int notModifiedCount(const QString &path) const; // of which answered 304
    // The headers of the last request to path ("if-none-match"…), empty when none came.
    QByteArray lastRequestHeader(const QString &path, const QByteArray &lowerCaseName) const;

    // Faults on path for its next `times` requests.
    void failNext(const QString &path, int status, int times = 1);
    void hangNext(const QString &path, int times = 1);  // accepts, never answers
    void resetNext(const QString &path, int times = 1); // drops the connection

private:
    struct Resource
    {
        QByteArray body;
        QByteArray contentType;
        QByteArray etag;
        QDateTime modified; // whole seconds, UTC
        bool sendEtag = true;
        bool sendLastModified = true;
        int redirectStatus = 0;
        QByteArray location;
    };
    FakeResponse answer(const FakeRequest &request);
    bool notModified(const FakeRequest &request, const Resource &resource) const;

    QHash<QString, Resource> m_resources;
    QHash<QString, int> m_notModified;
};

// "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 §5.6.7) and back; invalid when unreadable.
QByteArray httpDate(const QDateTime &when);
QDateTime parseHttpDate(const QByteArray &text);

} // namespace fakes
} // namespace vigie
