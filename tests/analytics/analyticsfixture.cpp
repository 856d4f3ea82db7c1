#include "analyticsfixture.h"

#include "storage/mentionrepository.h"
#include "storage/postmetricsrepository.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QRandomGenerator>
#include <QTimeZone>
#include <QtMath>

namespace vigie {
namespace test {

AnalyticsFixture::AnalyticsFixture(Database &db, const QString &timezone)
    : m_db(db)
{
    WorkspaceRepository repo(db);
    m_workspace.name = QStringLiteral("Laboratoires Test");
    m_workspace.timezone = timezone;
    if (!repo.addWorkspace(m_workspace))
        return;
    const struct
    {
        const char *name;
        const char *color;
        bool competitor;
        QStringList products;
    } brands[] = {
        {"Hélianthe", "#e07b00", false, {QStringLiteral("Solaris 500 mg"), QStringLiteral("Solaris Junior")}},
        {"Hélianthe Derma",
         "#2f6f9f",
         false,
         {QStringLiteral("Dermalis crème"), QStringLiteral("Dermalis spray")}},
        {"Medivia", "#7b4fa8", true, {QStringLiteral("Medivia Rhume"), QStringLiteral("Medivia Gorge")}},
    };
    for (const auto &b : brands) {
        Brand brand;
        brand.workspaceId = m_workspace.id;
        brand.name = QString::fromUtf8(b.name);
        brand.color = QString::fromLatin1(b.color);
        brand.isCompetitor = b.competitor;
        if (!repo.addBrand(brand))
            return;
        m_brands << brand;
        for (const auto &name : b.products) {
            Product product;
            product.brandId = brand.id;
            product.name = name;
            if (!repo.addProduct(product))
                return;
            m_products << product;
        }
    }
    m_ok = true;
}

const Product &AnalyticsFixture::productOf(const Brand &brand, int index) const
{
    int seen = 0;
    for (const auto &product : m_products) {
        if (product.brandId == brand.id && seen++ == index)
            return product;
    }
    Q_ASSERT_X(false, "productOf", "no such product");
    return m_products.constFirst();
}

bool AnalyticsFixture::addMentions(const Brand &brand, const QDateTime &utcTime, int count,
                                   Sentiment sentiment, Id productId)
{
    QList<Mention> mentions;
    for (int i = 0; i < count; ++i) {
        Mention m;
        m.workspaceId = m_workspace.id;
        m.brandId = brand.id;
        m.productId = productId;
        m.network = Network::Mastodon;
        m.remoteId = QStringLiteral("m%1").arg(m_nextRemoteId++);
        m.body = QStringLiteral("about %1").arg(brand.name);
        m.sentiment = sentiment;
        m.createdAt = utcTime;
        mentions << m;
    }
    int inserted = 0;
    return MentionRepository(m_db).insert(mentions, &inserted).ok() && inserted == count;
}

bool AnalyticsFixture::addMentionsOn(const Brand &brand, const QDate &day, int count, Sentiment sentiment,
                                     Id productId)
{
    const QDateTime noon(day, QTime(12, 0), QTimeZone(m_workspace.timezone.toUtf8()));
    return addMentions(brand, noon.toUTC(), count, sentiment, productId);
}

bool AnalyticsFixture::addMention(Mention mention)
{
    mention.workspaceId = m_workspace.id;
    if (mention.remoteId.isEmpty())
        mention.remoteId = QStringLiteral("x%1").arg(m_nextRemoteId++);
    int inserted = 0;
    return MentionRepository(m_db).insert({mention}, &inserted).ok() && inserted == 1;
}

Id AnalyticsFixture::addPublishedPost(Network network, const QString &body, const QDateTime &publishedAt,
                                      qint64 likes, qint64 reposts, qint64 replies, bool withMetrics)
{
    const qint64 now = publishedAt.toSecsSinceEpoch();
    Id account = m_accounts.value(network);
    if (!account) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO accounts (workspace_id, network, handle, created_at) "
                                        "VALUES (?, ?, ?, ?)"));
        if (!q.exec(m_workspace.id, networkKey(network), QStringLiteral("@lab"), now))
            return 0;
        account = q.lastInsertId();
        m_accounts.insert(network, account);
    }
    SqlQuery post(m_db, QStringLiteral("INSERT INTO posts (workspace_id, brand_id, body, state, created_at, "
                                       "updated_at) VALUES (?, ?, ?, 'published', ?, ?)"));
    if (!post.exec(m_workspace.id, m_brands.at(0).id, body, now, now))
        return 0;
    SqlQuery variant(m_db, QStringLiteral("INSERT INTO post_variants (post_id, account_id, state, remote_id, "
                                          "published_at) VALUES (?, ?, 'published', ?, ?)"));
    if (!variant.exec(post.lastInsertId(), account, QStringLiteral("r%1").arg(m_nextRemoteId++), now))
        return 0;
    const Id variantId = variant.lastInsertId();
    if (withMetrics) {
        PostMetricsRow row;
        row.variantId = variantId;
        row.likes = likes;
        row.reposts = reposts;
        row.replies = replies;
        row.fetchedAt = publishedAt.addDays(1);
        if (!PostMetricsRepository(m_db).save(row))
            return 0;
    }
    return variantId;
}

bool AnalyticsFixture::addYearOfTraffic(const QDate &lastDay, quint32 seed)
{
    QRandomGenerator random(seed);
    QRandomGenerator where(seed + 1); // network, source and adverse flag: the counts stay as they were
    const QString feeds[] = {QStringLiteral("Le Quotidien du Médecin"), QStringLiteral("Santé Magazine"),
                             QStringLiteral("Forum Doctissimo — Douleurs et migraines")};
    const QTimeZone zone(m_workspace.timezone.toUtf8());
    QList<Mention> mentions;
    const QDate firstDay = lastDay.addYears(-1);
    const double brandWeight[] = {1.0, 0.45, 0.7};
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        const int daysIn = int(firstDay.daysTo(day));
        const bool weekend = day.dayOfWeek() >= 6;
        // A slow upward trend, quieter weekends, and a two-week spike in late winter.
        double base = 18.0 + 10.0 * daysIn / 365.0 + (weekend ? -7.0 : 0.0);
        const int spikeDay = int(firstDay.daysTo(QDate(lastDay.year(), 3, 3)));
        const bool inSpike = daysIn >= spikeDay && daysIn < spikeDay + 14;
        for (int b = 0; b < m_brands.size(); ++b) {
            double expected = base * brandWeight[b] * (inSpike && b == 0 ? 2.6 : 1.0);
            const int count = qMax(0, int(expected + random.bounded(9) - 4));
            for (int i = 0; i < count; ++i) {
                Mention m;
                m.workspaceId = m_workspace.id;
                m.brandId = m_brands.at(b).id;
                const int roll = int(random.bounded(100));
                const int negativeShare = inSpike && b == 0 ? 55 : 18;
                m.sentiment = roll < negativeShare ? Sentiment::Negative
                              : roll < 70          ? Sentiment::Neutral
                                                   : Sentiment::Positive;
                if (random.bounded(100) < 65) {
                    const int p = int(random.bounded(5));
                    m.productId = m_products.at(2 * b + (p < 3 ? 0 : 1)).id;
                }
                const int channel = int(where.bounded(10));
                m.network = channel < 5 ? Network::Bluesky : channel < 8 ? Network::Mastodon : Network::Feed;
                m.source = m.network == Network::Feed ? feeds[where.bounded(3)]
                           : channel % 2              ? QStringLiteral("#") + m_brands.at(b).name
                                         : QLatin1Char('"') + m_brands.at(b).name + QLatin1Char('"');
                m.adverseEvent = where.bounded(100) < (inSpike && b == 0 ? 12 : 2);
                m.body = QStringLiteral("about %1").arg(m_brands.at(b).name);
                m.url = QStringLiteral("https://example.org/m/%1").arg(m_nextRemoteId);
                m.remoteId = QStringLiteral("y%1").arg(m_nextRemoteId++);
                m.createdAt =
                    QDateTime(day, QTime(int(random.bounded(24)), int(random.bounded(60))), zone).toUTC();
                mentions << m;
            }
        }
    }
    return MentionRepository(m_db).insert(mentions).ok();
}

} // namespace test
} // namespace vigie
