#pragma once

#include "collect/listeningcollector.h"
#include "core/types.h"
#include "fakes/bluesky/fakeblueskyserver.h"
#include "fakes/common/fakehttpserver.h"
#include "fakes/mastodon/fakemastodonserver.h"
#include "support/testsupport.h"

#include <QHash>
#include <QNetworkAccessManager>

// A workspace listening for two own brands and a competitor, with a Mastodon and a Bluesky
// account on local fakes, and a local server for RSS/Atom feeds.
namespace vigie {
namespace test {

struct StoredMention
{
    Id brandId = 0;
    QList<Id> otherBrandIds;
    Network network = Network::Unknown;
    QString source;
    QString remoteId;
    QString author;
    QString title;
    QString body;
    QString language;
    bool adverseEvent = false;
    qint64 reach = 0;
    QStringList matchedTerms;
    QString evidence;
    QDateTime createdAt;
    QDateTime receivedAt;
    QList<Id> productIds;
};

class CollectFixture
{
public:
    CollectFixture();

    bool ok() const { return m_ok; }
    Database &db() { return m_store.db(); }
    QString dbPath() const { return m_store.path(); }

    Workspace workspace;
    Brand doliprane;  // own: hashtag #doliprane, keyword "doli", its products
    Brand noctelia;   // own: keyword "Noctélia"
    Brand competitor; // Advil: keyword "advil"
    Product doliProduct;
    ListeningQuery doliQuery, noctQuery, advilQuery;

    fakes::FakeMastodonServer mastodon;
    fakes::FakeBlueskyServer bluesky;
    fakes::FakeHttpServer feeds;
    QString blueskyDid;
    Account mastodonAccount, blueskyAccount;

    // Adds the accounts (stored, with credentials the access hands over).
    bool addMastodonAccount();
    bool addBlueskyAccount();
    // A feed at path on the local feed server answering body (RSS or Atom), stored enabled.
    Id addFeed(const QString &path, const QByteArray &body,
               const QByteArray &contentType = "application/rss+xml");
    // A feed that never answers.
    Id addHangingFeed(const QString &path);

    bool saveQuery(ListeningQuery &query);
    PublishAccess access() const;
    platforms::Credentials credentialsOf(Id accountId) const { return m_credentials.value(accountId); }
    collect::CollectReport collect(const collect::ListeningCollector::Options &options = {});
    static collect::ListeningCollector::Options quickOptions();

    QList<StoredMention> mentions();
    int count(const QString &sql);
    QString cursor(Id accountId, const QString &stream);

private:
    TempStore m_store;
    QNetworkAccessManager m_manager;
    QHash<Id, platforms::Credentials> m_credentials;
    bool m_ok = false;
};

// RSS 2.0 with items (title, description, pubDate RFC 822 or empty).
QByteArray rssFeed(const QString &title, const QList<QStringList> &items);

} // namespace test
} // namespace vigie
