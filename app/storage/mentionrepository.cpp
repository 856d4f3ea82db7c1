#include "storage/mentionrepository.h"

#include "storage/adversecaserepository.h"
#include "storage/bulkstatement.h"
#include "storage/database.h"
#include "storage/mentionaggregates.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QDateTime>

namespace vigie {

Status MentionRepository::insert(const QList<Mention> &mentions, int *insertedCount)
{
    if (insertedCount)
        *insertedCount = 0;
    if (mentions.isEmpty())
        return Status::success();
    const Id workspaceId = mentions.constFirst().workspaceId;
    const auto workspace = WorkspaceRepository(m_db).workspace(workspaceId);
    if (!workspace)
        return Status::failure(tr("The workspace of these mentions does not exist."));
    const QTimeZone zone(workspace->timezone.toUtf8());
    MentionAggregates aggregates(zone.isValid() ? zone : QTimeZone::utc());

    Transaction tx(m_db);
    BulkStatement q(
        m_db, QStringLiteral("INSERT INTO mentions (workspace_id, brand_id, product_id, network, source, "
                             "remote_id, author, body, lang, sentiment, adverse_event, url, reach, "
                             "created_at, other_brand_ids, product_ids, title, author_name, matched_terms, "
                             "evidence, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?) ON CONFLICT (network, remote_id) DO NOTHING"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // (received_at, (workspace, mention)) in insertion order, so cases are numbered like their mentions.
    QList<QPair<qint64, QPair<Id, Id>>> flagged;
    int inserted = 0;
    for (const auto &m : mentions) {
        if (m.workspaceId != workspaceId)
            return Status::failure(tr("Mentions of different workspaces cannot be stored together."));
        if (m.remoteId.isEmpty() || !m.createdAt.isValid())
            return Status::failure(tr("A mention needs a remote id and a date."));
        const QList<Id> productIds = mentionProductIds(m);
        const qint64 receivedAt = m.receivedAt.isValid() ? m.receivedAt.toSecsSinceEpoch() : now;
        int i = 0;
        q.bind(i++, m.workspaceId);
        q.bind(i++, m.brandId);
        q.bindId(i++, productIds.value(0));
        q.bind(i++, networkKey(m.network));
        q.bind(i++, m.source);
        q.bind(i++, m.remoteId);
        q.bind(i++, m.author);
        q.bind(i++, m.body);
        q.bind(i++, m.language);
        q.bind(i++, qint64(m.sentiment));
        q.bind(i++, qint64(m.adverseEvent ? 1 : 0));
        q.bind(i++, m.url);
        q.bind(i++, m.reach);
        q.bind(i++, m.createdAt.toSecsSinceEpoch());
        QList<Id> otherBrands = mentionBrandIds(m);
        otherBrands.removeFirst();
        q.bind(i++, idsToText(otherBrands));
        q.bind(i++, productIds.size() > 1 ? idsToText(productIds) : QString());
        q.bind(i++, m.title);
        q.bind(i++, m.authorName);
        q.bind(i++, m.matchedTerms.join(QLatin1Char('\n')));
        q.bind(i++, m.evidence.isEmpty() ? QString() : evidenceToJson(m.evidence));
        q.bind(i++, receivedAt);
        if (auto st = q.exec(); !st)
            return st;
        if (q.changes() < 1)
            continue;
        ++inserted;
        aggregates.add(m);
        // A possible adverse event found by listening is a case like one in the inbox: the
        // 15-day clock starts when Vigie received it.
        if (m.adverseEvent)
            flagged.append({receivedAt, qMakePair(m.workspaceId, q.lastInsertId())});
    }
    for (qsizetype i = 0; i < flagged.size();) {
        // One call per run of mentions received at the same second (usually the whole batch).
        QList<QPair<Id, Id>> run;
        const qint64 receivedAt = flagged.at(i).first;
        for (; i < flagged.size() && flagged.at(i).first == receivedAt; ++i)
            run << flagged.at(i).second;
        if (auto st = openMentionCases(m_db, run, receivedAt); !st)
            return st;
    }
    if (auto st = aggregates.flush(m_db); !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    if (insertedCount)
        *insertedCount = inserted;
    return Status::success();
}

QList<DailyBrandCount> MentionRepository::dailyCounts(Id workspaceId, const QDate &from, const QDate &to,
                                                      Id brandId) const
{
    QString sql = QStringLiteral("SELECT brand_id, day, total, positive, neutral, negative, adverse "
                                 "FROM mention_daily WHERE workspace_id = ? AND day >= ? AND day <= ?");
    QVariantList values{workspaceId, from.toJulianDay(), to.toJulianDay()};
    if (brandId > 0) {
        sql += QStringLiteral(" AND brand_id = ?");
        values << brandId;
    }
    sql += QStringLiteral(" ORDER BY day, brand_id");
    SqlQuery q(m_db, sql);
    QList<DailyBrandCount> result;
    if (!q.execWith(values))
        return result;
    while (q.next()) {
        DailyBrandCount c;
        c.brandId = q.value(0).toLongLong();
        c.day = QDate::fromJulianDay(q.value(1).toLongLong());
        c.total = q.value(2).toLongLong();
        c.positive = q.value(3).toLongLong();
        c.neutral = q.value(4).toLongLong();
        c.negative = q.value(5).toLongLong();
        c.adverse = q.value(6).toLongLong();
        result << c;
    }
    return result;
}

QList<ProductCount> MentionRepository::topProducts(Id workspaceId, const QDate &from, const QDate &to,
                                                   int limit) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT p.id, p.name, p.brand_id, SUM(d.total) AS n "
                                    "FROM mention_product_daily d JOIN products p ON p.id = d.product_id "
                                    "JOIN brands b ON b.id = p.brand_id "
                                    "WHERE b.workspace_id = ? AND d.day >= ? AND d.day <= ? "
                                    "GROUP BY p.id, p.name, p.brand_id ORDER BY n DESC, p.name LIMIT ?"));
    QList<ProductCount> result;
    if (!q.exec(workspaceId, from.toJulianDay(), to.toJulianDay(), limit))
        return result;
    while (q.next()) {
        ProductCount c;
        c.productId = q.value(0).toLongLong();
        c.productName = q.value(1).toString();
        c.brandId = q.value(2).toLongLong();
        c.total = q.value(3).toLongLong();
        result << c;
    }
    return result;
}

} // namespace vigie
