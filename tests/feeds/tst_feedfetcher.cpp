// FeedFetcher against a local web server that behaves like a real one (FakeFeedServer).
#include "fakes/feeds/fakefeedserver.h"
#include "feeds/feed.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace vigie;
using namespace vigie::feeds;
using vigie::fakes::FakeFeedServer;

namespace {
const QString kPath = QStringLiteral("/feed.xml");

ListeningFeed feedAt(const QUrl &url, const QString &etag = {}, const QString &lastModified = {})
{
    ListeningFeed feed;
    feed.url = url.toString();
    feed.etag = etag;
    feed.lastModified = lastModified;
    return feed;
}
} // namespace

class TestFeedFetcher : public QObject
{
    Q_OBJECT

private slots:
    void firstReadGivesItemsAndValidators();
    void conditionalGet_data();
    void conditionalGet();
    void changedFeedIsReadAgain();
    void redirectIsFollowed();
    void redirectLoopGivesUp();
    void httpErrors_data();
    void httpErrors();
    void hangingServerTimesOut();
    void connectionRefused();
    void resetConnection();
    void bodyOverTheCapIsRefused();
    void webPageInsteadOfFeed();
    void notAWebAddress_data();
    void notAWebAddress();

private:
    QNetworkAccessManager m_manager;
};

void TestFeedFetcher::firstReadGivesItemsAndValidators()
{
    FakeFeedServer server;
    const QUrl url = server.serveFixture(kPath, "rss2-sante-fr.xml");
    FeedFetcher fetcher(m_manager, std::chrono::seconds(5));
    const FeedFetch fetch = fetcher.fetch(feedAt(url));
    QVERIFY2(fetch.kind == FeedFetch::Kind::Updated, qPrintable(fetch.error));
    QCOMPARE(fetch.httpStatus, 200);
    QCOMPARE(fetch.document.items.size(), 3);
    QCOMPARE(fetch.etag.toLatin1(), server.etagOf(kPath));
    QVERIFY(fetch.lastModified.endsWith(" GMT"));
    // The request says who asks and what it takes.
    QVERIFY(server.lastRequestHeader(kPath, "user-agent").startsWith("Vigie/"));
    QVERIFY(server.lastRequestHeader(kPath, "accept").contains("application/rss+xml"));
    QVERIFY(server.lastRequestHeader(kPath, "accept").contains("application/atom+xml"));
    QVERIFY(server.lastRequestHeader(kPath, "if-none-match").isEmpty());
}

void TestFeedFetcher::conditionalGet_data()
{
    QTest::addColumn<bool>("serverEtag");
    QTest::addColumn<bool>("serverLastModified");
    QTest::addColumn<bool>("sendEtag");
    QTest::addColumn<bool>("sendLastModified");
    QTest::addColumn<bool>("expectNotModified");

    QTest::newRow("both validators") << true << true << true << true << true;
    QTest::newRow("ETag only") << true << false << true << false << true;
    QTest::newRow("Last-Modified only") << false << true << false << true << true;
    QTest::newRow("no validators stored: full read") << true << true << false << false << false;
}

void TestFeedFetcher::conditionalGet()
{
    QFETCH(bool, serverEtag);
    QFETCH(bool, serverLastModified);
    QFETCH(bool, sendEtag);
    QFETCH(bool, sendLastModified);
    QFETCH(bool, expectNotModified);

    FakeFeedServer server;
    const QUrl url = server.serveFixture(kPath, "atom-agency-alerts.xml", "application/atom+xml");
    server.setValidators(kPath, serverEtag, serverLastModified);
    FeedFetcher fetcher(m_manager, std::chrono::seconds(5));
    const FeedFetch first = fetcher.fetch(feedAt(url));
    QVERIFY2(first.kind == FeedFetch::Kind::Updated, qPrintable(first.error));
    QCOMPARE(first.etag.isEmpty(), !serverEtag);
    QCOMPARE(first.lastModified.isEmpty(), !serverLastModified);

    const FeedFetch second = fetcher.fetch(
        feedAt(url, sendEtag ? first.etag : QString(), sendLastModified ? first.lastModified : QString()));
    QCOMPARE(server.fetchCount(kPath), 2);
    if (expectNotModified) {
        QVERIFY2(second.kind == FeedFetch::Kind::NotModified, qPrintable(second.error));
        QCOMPARE(second.httpStatus, 304);
        QVERIFY(second.document.items.isEmpty());
        QCOMPARE(server.notModifiedCount(kPath), 1);
        // Validators survive a 304 so the next read is conditional too.
        QCOMPARE(second.etag, sendEtag ? first.etag : QString());
        QCOMPARE(second.lastModified.isEmpty(), !serverLastModified && !sendLastModified);
    } else {
        QVERIFY(second.kind == FeedFetch::Kind::Updated);
        QCOMPARE(server.notModifiedCount(kPath), 0);
    }
}

void TestFeedFetcher::changedFeedIsReadAgain()
{
    FakeFeedServer server;
    const QUrl url = server.serveFixture(kPath, "empty-feed.xml");
    FeedFetcher fetcher(m_manager, std::chrono::seconds(5));
    const FeedFetch first = fetcher.fetch(feedAt(url));
    QVERIFY(first.kind == FeedFetch::Kind::Updated);
    QVERIFY(first.document.items.isEmpty());
    // Published a second later: a new ETag and a newer Last-Modified.
    server.serveFixture(kPath, "rss2-sante-fr.xml");
    const FeedFetch second = fetcher.fetch(feedAt(url, first.etag, first.lastModified));
    QVERIFY2(second.kind == FeedFetch::Kind::Updated, qPrintable(second.error));
    QCOMPARE(second.document.items.size(), 3);
    QVERIFY(second.etag != first.etag);
    QCOMPARE(server.lastRequestHeader(kPath, "if-none-match"), first.etag.toLatin1());
}

void TestFeedFetcher::redirectIsFollowed()
{
    FakeFeedServer server;
    server.serveFixture(QStringLiteral("/new/feed.atom"), "atom-relative-links.xml", "application/atom+xml");
    const QUrl old = server.redirect(QStringLiteral("/old/rss"), QStringLiteral("/new/feed.atom"), 301);
    FeedFetcher fetcher(m_manager, std::chrono::seconds(5));
    const FeedFetch fetch = fetcher.fetch(feedAt(old));
    QVERIFY2(fetch.kind == FeedFetch::Kind::Updated, qPrintable(fetch.error));
    QCOMPARE(fetch.url, server.urlFor(QStringLiteral("/new/feed.atom")));
    // The fetcher asks once; Qt itself may send the redirected GET a second time on a fresh
    // connection when both cores are busy (seen 2 runs in 40 under load: the second request came
    // on another connection while the first, already answered 301, was still open). A GET may
    // be repeated (RFC 9110 §9.2.2); what matters is that the chain ends at the new address.
    const int oldFetches = server.fetchCount(QStringLiteral("/old/rss"));
    QVERIFY2(oldFetches == 1 || oldFetches == 2, qPrintable(QString::number(oldFetches)));
    QCOMPARE(server.fetchCount(QStringLiteral("/new/feed.atom")), 1);
    // Relative links resolve against where the feed really is.
    QCOMPARE(fetch.document.items.at(1).link, server.urlFor(QStringLiteral("/archives/sans-id")).toString());
}

void TestFeedFetcher::redirectLoopGivesUp()
{
    FakeFeedServer server;
    const QUrl a = server.redirect(QStringLiteral("/a"), QStringLiteral("/b"), 302);
    server.redirect(QStringLiteral("/b"), QStringLiteral("/a"), 302);
    FeedFetcher fetcher(m_manager, std::chrono::seconds(5));
    const FeedFetch fetch = fetcher.fetch(feedAt(a));
    QVERIFY(fetch.kind == FeedFetch::Kind::Failed);
    QVERIFY2(fetch.error.contains("redirects more than 5 times"), qPrintable(fetch.error));
    const int requests = server.fetchCount(QStringLiteral("/a")) + server.fetchCount(QStringLiteral("/b"));
    // Bounded: the original and 5 redirects, each possibly sent twice (Qt re-sends a GET once
    // when the server closed the kept-alive connection under it).
    QVERIFY2(requests <= 2 * (1 + FeedFetcher::maxRedirects), qPrintable(QString::number(requests)));
}

void TestFeedFetcher::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("404") << 404 << "no feed at this address any more (HTTP 404)";
    QTest::newRow("410") << 410 << "(HTTP 410)";
    QTest::newRow("403") << 403 << "refuses access to the feed (HTTP 403)";
    QTest::newRow("429") << 429 << "less often (HTTP 429)";
    QTest::newRow("500") << 500 << "failed (HTTP 500)";
    QTest::newRow("503") << 503 << "failed (HTTP 503)";
    QTest::newRow("418") << 418 << "answered HTTP 418";
}

void TestFeedFetcher::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QString, words);
    FakeFeedServer server;
    const QUrl url = server.serveFixture(kPath, "rss2-sante-fr.xml");
    server.failNext(kPath, status);
    FeedFetcher fetcher(m_manager, std::chrono::seconds(5));
    const FeedFetch fetch = fetcher.fetch(feedAt(url, QStringLiteral("\"kept\""), QStringLiteral("kept")));
    QVERIFY(fetch.kind == FeedFetch::Kind::Failed);
    QCOMPARE(fetch.httpStatus, status);
    QVERIFY2(fetch.error.contains(words), qPrintable(fetch.error));
    // A failure never loses the validators the next read needs.
    QCOMPARE(fetch.etag, QStringLiteral("\"kept\""));
    QCOMPARE(fetch.lastModified, QStringLiteral("kept"));
    // The next read works again.
    QVERIFY(fetcher.fetch(feedAt(url)).kind == FeedFetch::Kind::Updated);
}

void TestFeedFetcher::hangingServerTimesOut()
{
    FakeFeedServer server;
    const QUrl url = server.serveFixture(kPath, "rss2-sante-fr.xml");
    server.hangNext(kPath);
    FeedFetcher fetcher(m_manager, std::chrono::milliseconds(400));
    QElapsedTimer timer;
    timer.start();
    const FeedFetch fetch = fetcher.fetch(feedAt(url));
    QVERIFY(fetch.kind == FeedFetch::Kind::Failed);
    QCOMPARE(fetch.httpStatus, 0);
    QVERIFY2(fetch.error.contains("No answer from 127.0.0.1 within 0.4 seconds"), qPrintable(fetch.error));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server.fetchCount(kPath), 1);
}

void TestFeedFetcher::connectionRefused()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    FeedFetcher fetcher(m_manager, std::chrono::seconds(5));
    const FeedFetch fetch = fetcher.fetch(feedAt(QUrl(QStringLiteral("http://127.0.0.1:%1/rss").arg(port))));
    QVERIFY(fetch.kind == FeedFetch::Kind::Failed);
    QVERIFY2(fetch.error.contains("refused the connection"), qPrintable(fetch.error));
}

void TestFeedFetcher::resetConnection()
{
    FakeFeedServer server;
    const QUrl url = server.serveFixture(kPath, "rss2-sante-fr.xml");
    // Qt sends a GET again once when the connection drops before any answer: drop both.
    server.resetNext(kPath, 5);
    FeedFetcher fetcher(m_manager, std::chrono::seconds(5));
    const FeedFetch fetch = fetcher.fetch(feedAt(url));
    QVERIFY(fetch.kind == FeedFetch::Kind::Failed);
    QCOMPARE(fetch.httpStatus, 0);
    QVERIFY2(fetch.error.contains("closed the connection without answering"), qPrintable(fetch.error));
}

void TestFeedFetcher::bodyOverTheCapIsRefused()
{
    FakeFeedServer server;
    // A valid feed of about 3 MB: one item with a very long description.
    QByteArray huge = "<rss version=\"2.0\"><channel><title>x</title><item><guid>1</guid><description>";
    huge += QByteArray(3 * 1024 * 1024, 'a');
    huge += "</description></item></channel></rss>";
    const QUrl url = server.serve(kPath, huge);
    FeedFetcher fetcher(m_manager, std::chrono::seconds(10));
    fetcher.setMaximumBytes(1024 * 1024);
    const FeedFetch fetch = fetcher.fetch(feedAt(url));
    QVERIFY(fetch.kind == FeedFetch::Kind::Failed);
    QVERIFY2(fetch.error.contains("larger than 1 MB"), qPrintable(fetch.error));
    // Under the default cap (10 MB) the same feed reads.
    FeedFetcher roomy(m_manager, std::chrono::seconds(10));
    QVERIFY(roomy.fetch(feedAt(url)).kind == FeedFetch::Kind::Updated);
}

void TestFeedFetcher::webPageInsteadOfFeed()
{
    FakeFeedServer server;
    const QUrl url = server.serveFixture(kPath, "html-page.html", "text/html; charset=utf-8");
    FeedFetcher fetcher(m_manager, std::chrono::seconds(5));
    const FeedFetch fetch = fetcher.fetch(feedAt(url));
    QVERIFY(fetch.kind == FeedFetch::Kind::Failed);
    QCOMPARE(fetch.httpStatus, 200);
    QVERIFY2(fetch.error.contains("web page"), qPrintable(fetch.error));
}

void TestFeedFetcher::notAWebAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("file") << "file:///etc/passwd";
    QTest::newRow("no scheme") << "www.example.fr/rss";
    QTest::newRow("empty") << "";
    QTest::newRow("ftp") << "ftp://example.fr/feed.xml";
}

void TestFeedFetcher::notAWebAddress()
{
    QFETCH(QString, url);
    ListeningFeed feed;
    feed.url = url;
    FeedFetcher fetcher(m_manager, std::chrono::seconds(1));
    const FeedFetch fetch = fetcher.fetch(feed);
    QVERIFY(fetch.kind == FeedFetch::Kind::Failed);
    QVERIFY2(fetch.error.contains("not a web address"), qPrintable(fetch.error));
}

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
