#include "collectfixture.h"

#include "accounts/accountservice.h"
#include "storage/listeningrepository.h"
#include "storage/mentionaggregates.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

namespace vigie {
namespace test {

CollectFixture::CollectFixture()
{
    if (!m_store.ok() || mastodon.start().isEmpty() || bluesky.start().isEmpty() || feeds.start().isEmpty())
        return;
    WorkspaceRepository repo(db());
    workspace.name = QStringLiteral("Listening tests");
    if (!repo.addWorkspace(workspace))
        return;
    doliprane = Brand::named(workspace.id, QStringLiteral("Doliprane"), QStringLiteral("#225588"));
    noctelia = Brand::named(workspace.id, QStringLiteral("Noctélia"), QStringLiteral("#338844"));
    competitor = Brand::named(workspace.id, QStringLiteral("Advil"), QStringLiteral("#aa3322"));
    competitor.isCompetitor = true;
    if (!repo.addBrand(doliprane) || !repo.addBrand(noctelia) || !repo.addBrand(competitor))
        return;
    doliProduct =
        Product{0, doliprane.id, QStringLiteral("Doliprane"), {}, QStringLiteral("paracétamol"), false};
    Product advil{0, competitor.id, QStringLiteral("Advil"), {}, QStringLiteral("ibuprofène"), false};
    if (!repo.replaceProducts(doliprane.id, {doliProduct}, QStringLiteral("test")) ||
        !repo.replaceProducts(competitor.id, {advil}, QStringLiteral("test")))
        return;
    for (const Product &p : repo.products(workspace.id))
        if (p.brandId == doliprane.id)
            doliProduct = p;

    doliQuery.workspaceId = noctQuery.workspaceId = advilQuery.workspaceId = workspace.id;
    doliQuery.brandId = doliprane.id;
    doliQuery.name = QStringLiteral("Doliprane");
    doliQuery.hashtags = {QStringLiteral("doliprane")};
    doliQuery.keywords = {QStringLiteral("doli")};
    doliQuery.exclusions = {QStringLiteral("parodie")};
    doliQuery.includeProducts = false;
    doliQuery.networks = {Network::Mastodon, Network::Bluesky};
    noctQuery.brandId = noctelia.id;
    noctQuery.name = QStringLiteral("Noctélia");
    noctQuery.keywords = {QStringLiteral("Noctélia")};
    noctQuery.includeProducts = false;
    noctQuery.networks = {Network::Mastodon};
    advilQuery.brandId = competitor.id;
    advilQuery.name = QStringLiteral("Advil");
    advilQuery.keywords = {QStringLiteral("advil")};
    advilQuery.includeProducts = false;
    advilQuery.networks = {};
    m_ok = saveQuery(doliQuery) && saveQuery(noctQuery) && saveQuery(advilQuery);
}

bool CollectFixture::saveQuery(ListeningQuery &query)
{
    const Status st = ListeningRepository(db()).saveQuery(query);
    if (!st)
        qWarning() << st.error();
    return bool(st);
}

bool CollectFixture::addMastodonAccount()
{
    mastodonAccount.workspaceId = workspace.id;
    mastodonAccount.brandId = doliprane.id;
    mastodonAccount.network = Network::Mastodon;
    mastodonAccount.handle = mastodon.ownAccount().acct() + QLatin1Char('@') + mastodon.domain();
    mastodonAccount.baseUrl = mastodon.url().toString();
    mastodonAccount.remoteUserId = mastodon.ownAccount().id;
    mastodonAccount.secretKey = QStringLiteral("test-mastodon");
    if (!WorkspaceRepository(db()).addAccount(mastodonAccount))
        return false;
    platforms::Credentials c;
    c.accessToken = mastodon.token();
    m_credentials.insert(mastodonAccount.id, c);
    return true;
}

bool CollectFixture::addBlueskyAccount()
{
    const QString password = QStringLiteral("abcd-efgh-ijkl-mnop");
    blueskyDid = bluesky.addAccount(QStringLiteral("labo.test"), password, QStringLiteral("Laboratoire"));
    blueskyAccount.workspaceId = workspace.id;
    blueskyAccount.brandId = doliprane.id;
    blueskyAccount.network = Network::Bluesky;
    blueskyAccount.handle = QStringLiteral("labo.test");
    blueskyAccount.baseUrl = bluesky.url().toString();
    blueskyAccount.remoteUserId = blueskyDid;
    blueskyAccount.secretKey = QStringLiteral("test-bluesky");
    if (!WorkspaceRepository(db()).addAccount(blueskyAccount))
        return false;
    platforms::Credentials c;
    c.appPassword = password;
    m_credentials.insert(blueskyAccount.id, c);
    return true;
}

Id CollectFixture::addFeed(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    feeds.on("GET", QRegularExpression::escape(path), [body, contentType](const fakes::FakeRequest &) {
        fakes::FakeResponse r;
        r.body = body;
        r.contentType = contentType;
        return r;
    });
    ListeningFeed feed;
    feed.workspaceId = workspace.id;
    feed.url = feeds.url().toString() + path;
    if (auto st = ListeningRepository(db()).saveFeed(feed); !st) {
        qWarning() << st.error();
        return 0;
    }
    return feed.id;
}

Id CollectFixture::addHangingFeed(const QString &path)
{
    const Id id = addFeed(path, "<rss/>");
    fakes::Fault hang;
    hang.kind = fakes::FaultKind::HangBefore;
    feeds.injectFault("GET", QRegularExpression::escape(path), hang, 100);
    return id;
}

PublishAccess CollectFixture::access() const
{
    PublishAccess access;
    const auto credentials = m_credentials;
    access.loadCredentials = [credentials](const Account &account, platforms::Credentials *c) {
        if (!credentials.contains(account.id))
            return Status::failure(QStringLiteral("no credentials for account %1").arg(account.id));
        *c = credentials.value(account.id);
        return Status::success();
    };
    access.makeAdapter = [](const Account &account, const platforms::Credentials &c,
                            platforms::HttpTransport &http,
                            const Clock &clock) { return makeAdapter(account, c, http, clock); };
    return access;
}

collect::ListeningCollector::Options CollectFixture::quickOptions()
{
    collect::ListeningCollector::Options options;
    options.feedTimeout = std::chrono::milliseconds(1500);
    return options;
}

collect::CollectReport CollectFixture::collect(const collect::ListeningCollector::Options &options)
{
    collect::ListeningCollector collector(db(), access(), m_manager);
    return collector.collect(workspace.id, options);
}

QList<StoredMention> CollectFixture::mentions()
{
    SqlQuery q(db(),
               QStringLiteral("SELECT brand_id, other_brand_ids, network, source, remote_id, author, title, "
                              "body, lang, adverse_event, reach, matched_terms, evidence, created_at, "
                              "received_at, product_id, product_ids FROM mentions ORDER BY id"));
    QList<StoredMention> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        StoredMention m;
        m.brandId = q.value(0).toLongLong();
        m.otherBrandIds = idsFromText(q.value(1).toString());
        m.network = networkFromKey(q.value(2).toString());
        m.source = q.value(3).toString();
        m.remoteId = q.value(4).toString();
        m.author = q.value(5).toString();
        m.title = q.value(6).toString();
        m.body = q.value(7).toString();
        m.language = q.value(8).toString();
        m.adverseEvent = q.value(9).toInt() != 0;
        m.reach = q.value(10).toLongLong();
        m.matchedTerms = q.value(11).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        m.evidence = q.value(12).toString();
        m.createdAt = QDateTime::fromSecsSinceEpoch(q.value(13).toLongLong(), QTimeZone::utc());
        m.receivedAt = QDateTime::fromSecsSinceEpoch(q.value(14).toLongLong(), QTimeZone::utc());
        const Id first = q.value(15).toLongLong();
        m.productIds = idsFromText(q.value(16).toString());
        if (m.productIds.isEmpty() && first > 0)
            m.productIds = {first};
        list << m;
    }
    return list;
}

int CollectFixture::count(const QString &sql)
{
    SqlQuery q(db(), sql);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString CollectFixture::cursor(Id accountId, const QString &stream)
{
    SqlQuery q(db(), QStringLiteral("SELECT cursor FROM sync_cursors WHERE account_id = ? AND stream = ?"));
    if (!q.exec(accountId, stream) || !q.next())
        return {};
    return q.value(0).toString();
}

QByteArray rssFeed(const QString &title, const QList<QStringList> &items)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                                 "<title>%1</title><link>https://news.example/</link>"
                                 "<description>Health news</description>")
                      .arg(title.toHtmlEscaped());
    // Items of different feeds never share a link (the same link is the same article).
    const QString feedKey = QString::number(qHash(title), 16);
    int n = 0;
    for (const QStringList &item : items) {
        ++n;
        xml += QStringLiteral("<item><title>%1</title><link>https://news.example/%2</link>"
                              "<guid>https://news.example/%2</guid><description>%3</description>")
                   .arg(item.value(0).toHtmlEscaped())
                   .arg(feedKey + QLatin1Char('/') + QString::number(n))
                   .arg(item.value(1).toHtmlEscaped());
        if (!item.value(2).isEmpty())
            xml += QStringLiteral("<pubDate>%1</pubDate>").arg(item.value(2));
        xml += QStringLiteral("</item>");
    }
    xml += QStringLiteral("</channel></rss>");
    return xml.toUtf8();
}

} // namespace test
} // namespace vigie
