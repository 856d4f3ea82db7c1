#include "storage/auditlog.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>

namespace vigie {

Status AuditLog::append(Id workspaceId, const QString &actor, const QString &action, const QString &entity,
                        Id entityId, const QJsonObject &detail, const QDateTime &at)
{
    SqlQuery query(m_db, QStringLiteral("INSERT INTO audit_events (workspace_id, at, actor, action, entity, "
                                        "entity_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    return query.exec(toDbId(workspaceId), toDbTime(at), actor, action, entity, entityId,
                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
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
