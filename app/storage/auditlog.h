#pragma once

#include "core/status.h"
#include "core/types.h"

#include <QJsonObject>
#include <QList>

namespace vigie {

class Database;

// Append-only record of who did what. Callers append inside their own transaction so the
// change and its record land together or not at all.
class AuditLog
{
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    {}

    Status append(Id workspaceId, const QString &actor, const QString &action, const QString &entity,
                  Id entityId, const QJsonObject &detail, const QDateTime &at);
    QList<AuditEvent> eventsFor(const QString &entity, Id entityId) const;

private:
    Database &m_db;
};

} // namespace vigie
