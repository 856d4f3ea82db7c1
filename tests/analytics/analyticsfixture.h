#pragma once

#include "core/types.h"
#include "storage/database.h"

#include <QDate>
#include <QHash>

namespace vigie {
namespace test {

// A workspace with two own brands and one competitor, their products, and helpers to store
// mentions at chosen times through MentionRepository (so the daily aggregates are maintained
// exactly as in the application).
class AnalyticsFixture
{
public:
    explicit AnalyticsFixture(Database &db, const QString &timezone = QStringLiteral("Europe/Paris"));

    bool ok() const { return m_ok; }
    const Workspace &workspace() const { return m_workspace; }
    const Brand &ownBrand() const { return m_brands.at(0); }
    const Brand &secondOwnBrand() const { return m_brands.at(1); }
    const Brand &competitor() const { return m_brands.at(2); }
    QList<Brand> brands() const { return m_brands; }
    QList<Product> products() const { return m_products; }
    const Product &productOf(const Brand &brand, int index = 0) const;

    // Stores count mentions of brand at utcTime (each with its own remote id).
    bool addMentions(const Brand &brand, const QDateTime &utcTime, int count = 1,
                     Sentiment sentiment = Sentiment::Neutral, Id productId = 0);
    // Stores count mentions at noon, workspace time, on day.
    bool addMentionsOn(const Brand &brand, const QDate &day, int count = 1,
                       Sentiment sentiment = Sentiment::Neutral, Id productId = 0);
    // Stores mention as given, filling in the workspace and a remote id when unset.
    bool addMention(Mention mention);
    // A published post of the workspace on network (one account per network), with engagement
    // figures read at publishedAt + 1 day unless withMetrics is false. Returns the variant id, 0 on failure.
    Id addPublishedPost(Network network, const QString &body, const QDateTime &publishedAt, qint64 likes,
                        qint64 reposts, qint64 replies, bool withMetrics = true);
    // A year ending on lastDay of lively, deterministic traffic (weekly rhythm, a spike, every
    // sentiment and product), for screenshots and timing.
    bool addYearOfTraffic(const QDate &lastDay, quint32 seed = 7);

private:
    Database &m_db;
    Workspace m_workspace;
    QList<Brand> m_brands;
    QList<Product> m_products;
    qint64 m_nextRemoteId = 1;
    QHash<Network, Id> m_accounts;
    bool m_ok = false;
};

} // namespace test
} // namespace vigie
