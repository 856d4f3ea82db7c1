#pragma once

#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QDate>

namespace vigie {

class Database;

struct DailyBrandCount
{
    Id brandId = 0;
    QDate day;
    qint64 total = 0;
    qint64 positive = 0;
    qint64 neutral = 0;
    qint64 negative = 0;
    qint64 adverse = 0;
};

struct ProductCount
{
    Id productId = 0;
    QString productName;
    Id brandId = 0;
    qint64 total = 0;
};

// Listening mentions. Inserting keeps the daily aggregates in step, in the same transaction.
class MentionRepository
{
    Q_DECLARE_TR_FUNCTIONS(MentionRepository)

public:
    explicit MentionRepository(Database &db)
        : m_db(db)
    {}

    // Stores mentions (all of one workspace) skipping ones already stored (same network and
    // remote id). insertedCount receives how many were new. Each new mention flagged as a
    // possible adverse event gets a pending case (day 0 = its receivedAt, now when unset), in
    // the same transaction.
    Status insert(const QList<Mention> &mentions, int *insertedCount = nullptr);

    // Per brand and day, from <= day <= to (days in the workspace's timezone), from the aggregates.
    QList<DailyBrandCount> dailyCounts(Id workspaceId, const QDate &from, const QDate &to,
                                       Id brandId = 0) const;
    // Products named most often in the period, most mentioned first.
    QList<ProductCount> topProducts(Id workspaceId, const QDate &from, const QDate &to, int limit) const;

private:
    Database &m_db;
};

} // namespace vigie
