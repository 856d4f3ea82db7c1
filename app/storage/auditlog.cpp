#include "storage/auditlog.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace vigie {

namespace {
struct ChainRow
{
    Id id = 0;
    QVariant workspaceId;
    qint64 at = 0;
    QString actor, action, entity;
    Id entityId = 0;
    QString detail, prevHash, hash;
};

const QString kChainColumns =
    QStringLiteral("id, workspace_id, at, actor, action, entity, entity_id, detail, prev_hash, hash");

ChainRow readChainRow(const SqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1),
            q.value(2).toLongLong(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(),
            q.value(6).toLongLong(), q.value(7).toString(),
            q.value(8).toString(),   q.value(9).toString()};
}

// The id is part of the hash so an entry cannot be moved; fields are separated by a control
// character no field can hold unnoticed (it would change the hash anyway).
QString chainHash(const QString &prevHash, Id id, const QVariant &workspaceId, qint64 at,
                  const QString &actor, const QString &action, const QString &entity, Id entityId,
                  const QString &detail)
{
    const QString sep(QChar(0x1f));
    const QString text =
        QStringList{prevHash,
                    QString::number(id),
                    workspaceId.isNull() ? QString() : QString::number(workspaceId.toLongLong()),
                    QString::number(at),
                    actor,
                    action,
                    entity,
                    QString::number(entityId),
                    detail}
            .join(sep);
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString chainHash(const ChainRow &r, const QString &prevHash)
{
    return chainHash(prevHash, r.id, r.workspaceId, r.at, r.actor, r.action, r.entity, r.entityId, r.detail);
}

QString lastHash(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1"));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}
} // namespace

Status AuditLog::append(Id workspaceId, const QString &actor, const QString &action, const QString &entity,
                        Id entityId, const QJsonObject &detail, const QDateTime &at)
{
    // The caller's transaction makes the read of the last hash and the insert one step: a second
    // writer cannot commit between them (SQLite refuses its stale snapshot).
    const QString prevHash = lastHash(m_db);
    const QString detailText = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    SqlQuery query(m_db, QStringLiteral("INSERT INTO audit_events (workspace_id, at, actor, action, entity, "
                                        "entity_id, detail, prev_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (auto st = query.execWith(
            {toDbId(workspaceId), toDbTime(at), actor, action, entity, entityId, detailText, prevHash});
        !st)
        return st;
    const Id id = query.lastInsertId();
    const QVariant ws = toDbId(workspaceId);
    const QString hash =
        chainHash(prevHash, id, ws, toDbTime(at).toLongLong(), actor, action, entity, entityId, detailText);
    SqlQuery seal(m_db, QStringLiteral("UPDATE audit_events SET hash = ? WHERE id = ?"));
    if (auto st = seal.exec(hash, id); !st)
        return st;
    if (m_db.schemaVersion() < 6)
        return Status::success(); // migrations before the head existed
    SqlQuery head(m_db,
                  QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?, entries = entries + 1 "
                                 "WHERE id = 1"));
    if (auto st = head.exec(id, hash); !st)
        return st;
    if (head.numRowsAffected() == 1)
        return Status::success();
    SqlQuery first(
        m_db, QStringLiteral("INSERT INTO audit_head (id, last_id, last_hash, entries) VALUES (1, ?, ?, 1)"));
    return first.exec(id, hash);
}

Status AuditLog::resetHead()
{
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM audit_head"));
    if (auto st = clear.exec(); !st)
        return st;
    SqlQuery q(m_db, QStringLiteral("SELECT id, hash, (SELECT COUNT(*) FROM audit_events) FROM audit_events "
                                    "ORDER BY id DESC LIMIT 1"));
    if (auto st = q.exec(); !st)
        return st;
    if (!q.next())
        return Status::success();
    SqlQuery head(
        m_db, QStringLiteral("INSERT INTO audit_head (id, last_id, last_hash, entries) VALUES (1, ?, ?, ?)"));
    return head.exec(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong());
}

Status AuditLog::sealUnsealed()
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM audit_events ORDER BY id").arg(kChainColumns));
    if (auto st = q.exec(); !st)
        return st;
    QList<ChainRow> rows;
    while (q.next())
        rows << readChainRow(q);
    SqlQuery seal(m_db, QStringLiteral("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE id = ?"));
    QString prev;
    for (const ChainRow &row : std::as_const(rows)) {
        const QString hash = chainHash(row, prev);
        if (auto st = seal.exec(prev, hash, row.id); !st)
            return st;
        prev = hash;
    }
    return Status::success();
}

AuditLog::Verification AuditLog::verify() const
{
    Verification result;
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM audit_events ORDER BY id").arg(kChainColumns));
    if (auto st = q.exec(); !st) {
        result.intact = false;
        result.problem = st.error();
        return result;
    }
    QString prev;
    Id lastId = 0;
    while (q.next()) {
        const ChainRow row = readChainRow(q);
        ++result.checked;
        if (row.prevHash != prev) {
            result.intact = false;
            result.firstBadId = row.id;
            result.problem =
                tr("The entry before entry %1 was deleted or changed: the chain breaks there.").arg(row.id);
            return result;
        }
        if (chainHash(row, prev) != row.hash) {
            result.intact = false;
            result.firstBadId = row.id;
            result.problem = tr("Entry %1 (%2 by %3) was edited after it was written.")
                                 .arg(row.id)
                                 .arg(row.action, row.actor);
            return result;
        }
        prev = row.hash;
        lastId = row.id;
    }
    SqlQuery head(m_db, QStringLiteral("SELECT last_id, last_hash, entries FROM audit_head WHERE id = 1"));
    if (auto st = head.exec(); !st) {
        result.intact = false;
        result.problem = st.error();
        return result;
    }
    if (!head.next()) {
        if (result.checked > 0) {
            result.intact = false;
            result.problem = tr("The record of the log's last entry is missing: it was deleted.");
        }
        return result;
    }
    const Id headId = head.value(0).toLongLong();
    if (headId != lastId || head.value(1).toString() != prev ||
        head.value(2).toLongLong() != result.checked) {
        result.intact = false;
        result.firstBadId = lastId;
        result.problem =
            headId > lastId ? tr("The newest entries were deleted: the log ended at entry %1 and now ends at "
                                 "entry %2.")
                                  .arg(headId)
                                  .arg(lastId)
                            : tr("The log's last entry does not match its record (%1 entries recorded, %2 "
                                 "found).")
                                  .arg(head.value(2).toLongLong())
                                  .arg(result.checked);
    }
    return result;
}

QList<AuditEvent> AuditLog::eventsFor(const QString &entity, Id entityId) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT id, workspace_id, at, actor, action, entity, entity_id, detail "
                                  "FROM audit_events WHERE entity = ? AND entity_id = ? ORDER BY id"));
    QList<AuditEvent> events;
    if (!query.exec(entity, entityId))
        return events;
    while (query.next()) {
        AuditEvent event;
        event.id = query.value(0).toLongLong();
        event.workspaceId = query.value(1).toLongLong();
        event.at = fromDbTime(query.value(2));
        event.actor = query.value(3).toString();
        event.action = query.value(4).toString();
        event.entity = query.value(5).toString();
        event.entityId = query.value(6).toLongLong();
        event.detail = query.value(7).toString();
        events << event;
    }
    return events;
}

} // namespace vigie
