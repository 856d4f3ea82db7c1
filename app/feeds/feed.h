#pragma once

#include "core/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
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
    QString language;    // from xml:lang or <language> when given
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

// Reads RSS 2.0 or Atom 1.0 with QXmlStreamReader. Anything else (or malformed XML) is an
// error with a sentence, never a crash; items read before the error are not returned.
FeedParseResult parseFeed(const QByteArray &xml);

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
};

// Fetches one feed with If-None-Match / If-Modified-Since from its stored validators, follows
// redirects, gives up after timeout. Blocking, like HttpTransport: run it in a worker thread.
class FeedFetcher
{
public:
    explicit FeedFetcher(QNetworkAccessManager &manager,
                         std::chrono::milliseconds timeout = std::chrono::seconds(20));
    FeedFetch fetch(const ListeningFeed &feed);

private:
    QNetworkAccessManager &m_manager;
    std::chrono::milliseconds m_timeout;
};

} // namespace feeds
} // namespace vigie
