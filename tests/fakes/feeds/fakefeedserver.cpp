#include "fakes/feeds/fakefeedserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>

namespace vigie {
namespace fakes {

namespace {
QString pattern(const QString &path)
{
    return QRegularExpression::escape(path);
}

// RFC 9110 §13.1.2: If-None-Match compares weakly for GET ("W/" ignored), "*" matches anything.
bool etagListMatches(const QByteArray &header, const QByteArray &etag)
{
    const auto strip = [](QByteArray tag) {
        tag = tag.trimmed();
        return tag.startsWith("W/") ? tag.mid(2) : tag;
    };
    for (const QByteArray &candidate : header.split(',')) {
        const QByteArray tag = strip(candidate);
        if (tag == "*" || tag == strip(etag))
            return true;
    }
    return false;
}
} // namespace

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss").toLatin1() + " GMT";
}

QDateTime parseHttpDate(const QByteArray &text)
{
    QString value = QString::fromLatin1(text).trimmed();
    if (!value.endsWith(QLatin1String(" GMT")))
        return {};
    value.chop(4);
    QDateTime when = QLocale::c().toDateTime(value, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    when.setTimeSpec(Qt::UTC);
    return when;
}

FakeFeedServer::FakeFeedServer(QObject *parent)
    : FakeHttpServer(parent)
{
    on("GET", QStringLiteral(".*"), [this](const FakeRequest &request) { return answer(request); });
    on("HEAD", QStringLiteral(".*"), [this](const FakeRequest &request) {
        FakeResponse response = answer(request);
        response.body.clear();
        return response;
    });
}

QUrl FakeFeedServer::serve(const QString &path, const QByteArray &xml, const QByteArray &contentType,
                           const QDateTime &modified)
{
    if (url().isEmpty())
        start();
    Resource &resource = m_resources[path];
    resource.body = xml;
    resource.contentType = contentType;
    resource.etag = '"' + QCryptographicHash::hash(xml, QCryptographicHash::Sha1).toHex().left(16) + '"';
    QDateTime when = (modified.isValid() ? modified : QDateTime::currentDateTimeUtc()).toUTC();
    when.setTime(QTime(when.time().hour(), when.time().minute(), when.time().second()));
    resource.modified = when;
    resource.redirectStatus = 0;
    resource.location.clear();
    return urlFor(path);
}

QUrl FakeFeedServer::serveFixture(const QString &path, const QString &fixtureName,
                                  const QByteArray &contentType)
{
    return serve(path, fixture(fixtureName), contentType);
}

QByteArray FakeFeedServer::fixture(const QString &fixtureName)
{
    QFile file(QStringLiteral(VIGIE_FEED_FIXTURES "/") + fixtureName);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("fake feed server: no fixture %s", qPrintable(fixtureName));
    return file.readAll();
}

void FakeFeedServer::setValidators(const QString &path, bool etag, bool lastModified)
{
    Resource &resource = m_resources[path];
    resource.sendEtag = etag;
    resource.sendLastModified = lastModified;
}

QUrl FakeFeedServer::redirect(const QString &from, const QString &to, int status)
{
    if (url().isEmpty())
        start();
    Resource &resource = m_resources[from];
    resource.redirectStatus = status;
    resource.location = to.startsWith(QLatin1Char('/')) ? urlFor(to).toEncoded() : to.toUtf8();
    return urlFor(from);
}

void FakeFeedServer::unpublish(const QString &path)
{
    m_resources.remove(path);
}

QUrl FakeFeedServer::urlFor(const QString &path) const
{
    QUrl address = url();
    address.setPath(path);
    return address;
}

QByteArray FakeFeedServer::etagOf(const QString &path) const
{
    return m_resources.value(path).etag;
}

int FakeFeedServer::fetchCount(const QString &path) const
{
    return requestCount("GET", pattern(path));
}

int FakeFeedServer::notModifiedCount(const QString &path) const
{
    return m_notModified.value(path);
}

QByteArray FakeFeedServer::lastRequestHeader(const QString &path, const QByteArray &lowerCaseName) const
{
    for (auto it = requests().crbegin(); it != requests().crend(); ++it)
        if (it->path == path)
            return it->header(lowerCaseName);
    return {};
}

void FakeFeedServer::failNext(const QString &path, int status, int times)
{
    Fault fault;
    fault.status = status;
    fault.body = "<html><body><h1>Error " + QByteArray::number(status) + "</h1></body></html>";
    fault.headers = {{"Content-Type", "text/html"}};
    injectFault("GET", pattern(path), fault, times);
}

void FakeFeedServer::hangNext(const QString &path, int times)
{
    Fault fault;
    fault.kind = FaultKind::HangBefore;
    injectFault("GET", pattern(path), fault, times);
}

void FakeFeedServer::resetNext(const QString &path, int times)
{
    Fault fault;
    fault.kind = FaultKind::ResetBefore;
    injectFault("GET", pattern(path), fault, times);
}

bool FakeFeedServer::notModified(const FakeRequest &request, const Resource &resource) const
{
    // RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only without it.
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (!ifNoneMatch.isEmpty())
        return resource.sendEtag && etagListMatches(ifNoneMatch, resource.etag);
    const QDateTime since = parseHttpDate(request.header("if-modified-since"));
    return resource.sendLastModified && since.isValid() && resource.modified <= since;
}

FakeResponse FakeFeedServer::answer(const FakeRequest &request)
{
    const auto it = m_resources.constFind(request.path);
    if (it == m_resources.constEnd() || (it->body.isEmpty() && !it->redirectStatus)) {
        FakeResponse missing;
        missing.status = 404;
        missing.contentType = "text/html; charset=utf-8";
        missing.body =
            "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>Not Found</body></html>";
        return missing;
    }
    const Resource &resource = *it;
    if (resource.redirectStatus) {
        FakeResponse moved = FakeResponse::empty(resource.redirectStatus);
        moved.header("Location", resource.location);
        return moved;
    }
    FakeResponse response;
    if (notModified(request, resource)) {
        ++m_notModified[request.path];
        response = FakeResponse::empty(304);
    } else {
        response.body = resource.body;
        response.contentType = resource.contentType;
    }
    if (resource.sendEtag)
        response.header("ETag", resource.etag);
    if (resource.sendLastModified)
        response.header("Last-Modified", httpDate(resource.modified));
    response.header("Cache-Control", "max-age=0");
    return response;
}

} // namespace fakes
} // namespace vigie
