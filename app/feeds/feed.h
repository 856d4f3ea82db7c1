#pragma once

#include "core/types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;

namespace vigie {
namespace feeds {

// One entry of an RSS 2.0 <item> or an Atom 1.0 <entry>, as plain text.
struct FeedItem
{
    QString id;      // <guid> / <id>; the link when the feed gives none (stable across reads)
    QString title;   // plain text (HTML removed, entities decoded)
    QString link;    // absolute URL
    QString summary; // <description> / <summary> / <content>, plain text
    QString author;
    QDateTime published; // UTC; invalid when the feed gives no usable date
    QString language;    // primary subtag ("fr" for fr-FR) from xml:lang / <language>, the feed's
                         // when the item gives none; empty when neither says
};

struct FeedDocument
{
    QString title;
    QString link;
    QString language;
    QList<FeedItem> items;
};

struct FeedParseResult
{
    bool ok = false;
    FeedDocument document;
    QString error; // translated sentence naming the line when the XML is broken
};

// Reads RSS 2.0 (and 0.9x), RSS 1.0 (RDF) or Atom 1.0 with QXmlStreamReader; the encoding
// comes from the BOM or the XML declaration. Anything else (an HTML page, malformed XML) is an
// error with a sentence naming the line, never a crash; items read before the error are not
// returned. Relative links are resolved against xml:base, then documentUrl (where it was read).
FeedParseResult parseFeed(const QByteArray &xml, const QUrl &documentUrl = {});

// The outcome of one conditional GET.
struct FeedFetch
{
    enum class Kind { Updated, NotModified, Failed };
    Kind kind = Kind::Failed;
    FeedDocument document; // Updated only
    QString etag;          // to store for the next request (kept from before on 304)
    QString lastModified;  // idem
    int httpStatus = 0;    // 0 when no HTTP answer came
    QString error;         // Failed: a translated sentence (timeout, HTTP status, XML error)
    QUrl url;              // where the answer finally came from (after redirects)
};

// Fetches one feed with If-None-Match / If-Modified-Since from its stored validators, follows
// up to maxRedirects redirects (never from https to http), gives up after timeout (the whole
// exchange, so a server that accepts and never answers, or trickles, cannot hold a collection)
// and stops reading past maximumBytes. Blocking, like HttpTransport: run it in a worker thread,
// with a manager living in that thread.
class FeedFetcher
{
    Q_DECLARE_TR_FUNCTIONS(FeedFetcher)

public:
    static constexpr qint64 defaultMaximumBytes = 10 * 1024 * 1024;
    static constexpr int maxRedirects = 5;

    explicit FeedFetcher(QNetworkAccessManager &manager,
                         std::chrono::milliseconds timeout = std::chrono::seconds(20));
    FeedFetch fetch(const ListeningFeed &feed);

    void setMaximumBytes(qint64 bytes) { m_maximumBytes = bytes; }
    qint64 maximumBytes() const { return m_maximumBytes; }
    // The User-Agent every request carries ("Vigie/0.1.0 (feed reader)").
    static QByteArray userAgent();

private:
    QNetworkAccessManager &m_manager;
    std::chrono::milliseconds m_timeout;
    qint64 m_maximumBytes = defaultMaximumBytes;
};

} // namespace feeds
} // namespace vigie
