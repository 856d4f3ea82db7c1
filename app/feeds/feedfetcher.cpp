// FeedFetcher: one conditional GET, blocking in a local event loop like HttpTransport, with
// its own reading loop so a body cap and a whole-exchange timeout hold.
#include "feeds/feed.h"

#include <QEventLoop>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcFeeds, "vigie.feeds", QtWarningMsg)

namespace vigie {
namespace feeds {

namespace {

// What the fetch saw on the wire, before it is judged.
struct Exchange
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QByteArray lastModified;
    QUrl url;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    bool tooLarge = false;
};

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', bytes % (1024 * 1024) ? 1 : 0);
}

} // namespace

FeedFetcher::FeedFetcher(QNetworkAccessManager &manager, std::chrono::milliseconds timeout)
    : m_manager(manager)
    , m_timeout(timeout)
{}

QByteArray FeedFetcher::userAgent()
{
    return QByteArray("Vigie/" VIGIE_VERSION " (feed reader)");
}

FeedFetch FeedFetcher::fetch(const ListeningFeed &feed)
{
    FeedFetch result;
    result.etag = feed.etag;
    result.lastModified = feed.lastModified;
    const QUrl url(feed.url.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        result.error = tr("\u201c%1\u201d is not a web address (http:// or https://).").arg(feed.url);
        return result;
    }
    result.url = url;

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
                                   "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1");
    if (!feed.etag.isEmpty())
        request.setRawHeader("If-None-Match", feed.etag.toUtf8());
    if (!feed.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", feed.lastModified.toUtf8());

    Exchange exchange;
    QNetworkReply *reply = m_manager.get(request);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        exchange.timedOut = true;
        reply->abort();
    });
    // Read as it comes so a body past the cap is never held whole.
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        exchange.body += reply->readAll();
        if (exchange.body.size() > m_maximumBytes) {
            exchange.tooLarge = true;
            exchange.body.clear();
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeout);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();

    if (!exchange.tooLarge && !exchange.timedOut && reply->isOpen())
        exchange.body += reply->readAll();
    if (exchange.body.size() > m_maximumBytes) {
        exchange.tooLarge = true;
        exchange.body.clear();
    }
    exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    exchange.etag = reply->rawHeader("ETag");
    exchange.lastModified = reply->rawHeader("Last-Modified");
    exchange.url = reply->url();
    exchange.error = reply->error();
    exchange.errorString = reply->errorString();
    delete reply; // not deleteLater: a worker thread may never return to an event loop

    result.httpStatus = exchange.timedOut ? 0 : exchange.status;
    if (exchange.url.isValid())
        result.url = exchange.url;
    const QString host = url.host();
    qCDebug(lcFeeds) << host << url.path() << exchange.status << exchange.errorString;

    if (exchange.timedOut) {
        result.error = tr("No answer from %1 within %2 seconds.")
                           .arg(host, QLocale().toString(double(m_timeout.count()) / 1000.0, 'g', 3));
        return result;
    }
    if (exchange.tooLarge) {
        result.error =
            tr("The feed at %1 is larger than %2 MB: it was not read.").arg(host, megabytes(m_maximumBytes));
        return result;
    }
    if (exchange.status == 304) {
        result.kind = FeedFetch::Kind::NotModified;
        // A 304 may carry fresher validators (RFC 9110 §15.4.5); keep the stored ones otherwise.
        if (!exchange.etag.isEmpty())
            result.etag = QString::fromLatin1(exchange.etag);
        if (!exchange.lastModified.isEmpty())
            result.lastModified = QString::fromLatin1(exchange.lastModified);
        return result;
    }
    // A redirect refused leaves the redirect's own status on the reply: judged before statuses.
    const bool redirectRefused = exchange.error == QNetworkReply::TooManyRedirectsError ||
                                 exchange.error == QNetworkReply::InsecureRedirectError;
    if (exchange.status == 0 || redirectRefused) {
        switch (exchange.error) {
        case QNetworkReply::ConnectionRefusedError:
            result.error = tr("The server at %1 refused the connection.").arg(host);
            break;
        case QNetworkReply::HostNotFoundError:
            result.error = tr("The server %1 was not found: check the address.").arg(host);
            break;
        case QNetworkReply::TooManyRedirectsError:
            result.error = tr("The feed at %1 redirects more than %2 times: it was not read.")
                               .arg(host)
                               .arg(maxRedirects);
            break;
        case QNetworkReply::InsecureRedirectError:
            result.error =
                tr("The feed at %1 redirects from https to an insecure address: it was not read.").arg(host);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            result.error = tr("The secure connection to %1 failed: %2").arg(host, exchange.errorString);
            break;
        case QNetworkReply::RemoteHostClosedError:
            result.error = tr("The server at %1 closed the connection without answering.").arg(host);
            break;
        default:
            result.error = tr("The feed at %1 could not be read: %2").arg(host, exchange.errorString);
            break;
        }
        return result;
    }
    if (exchange.status == 404 || exchange.status == 410) {
        result.error = tr("There is no feed at this address any more (HTTP %1): check it on the site.")
                           .arg(exchange.status);
        return result;
    }
    if (exchange.status == 401 || exchange.status == 403) {
        result.error =
            tr("The server at %1 refuses access to the feed (HTTP %2).").arg(host).arg(exchange.status);
        return result;
    }
    if (exchange.status == 429) {
        result.error = tr("The server at %1 asks to read its feed less often (HTTP 429).").arg(host);
        return result;
    }
    if (exchange.status >= 500) {
        result.error =
            tr("The server at %1 failed (HTTP %2); the feed will be tried again at the next collection.")
                .arg(host)
                .arg(exchange.status);
        return result;
    }
    if (exchange.status < 200 || exchange.status >= 300) {
        result.error =
            tr("The server at %1 answered HTTP %2 instead of the feed.").arg(host).arg(exchange.status);
        return result;
    }
    FeedParseResult parsed = parseFeed(exchange.body, result.url);
    if (!parsed.ok) {
        result.error = parsed.error;
        return result;
    }
    result.kind = FeedFetch::Kind::Updated;
    result.document = std::move(parsed.document);
    result.etag = QString::fromLatin1(exchange.etag);
    result.lastModified = QString::fromLatin1(exchange.lastModified);
    return result;
}

} // namespace feeds
} // namespace vigie
