#pragma once

#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace vigie {

class Database;

// Append-only record of who did what, chained by hashes: each entry stores the SHA-256 of its
// content and of the previous entry's hash. Callers append inside their own transaction so the
// change and its record land together or not at all.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database &db)
        : m_db(db)
    {}

    Status append(Id workspaceId, const QString &actor, const QString &action, const QString &entity,
                  Id entityId, const QJsonObject &detail, const QDateTime &at);
    QList<AuditEvent> eventsFor(const QString &entity, Id entityId) const;

    // What `vigie audit verify` reports: every entry's hash is recomputed from its content and
    // the previous entry's hash, so an edited, deleted or reordered entry breaks the chain there;
    // the head row (last entry, hash, count) shows when the newest entries were cut off.
    struct Verification
    {
        bool intact = true;
        qint64 checked = 0;
        Id firstBadId = 0; // the first entry whose hash or link does not hold
        QString problem;   // in words
    };
    Verification verify() const;
    // Hashes entries written before the chain existed (migration 4), in id order.
    Status sealUnsealed();
    // Records the current last entry as the head (migration 6; after sealUnsealed).
    Status resetHead();

private:
    Database &m_db;
};

} // namespace vigie
