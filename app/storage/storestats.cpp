#include "storage/storestats.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace vigie {

QList<QPair<QString, qint64>> storeRowCounts(const Database &db)
{
    static const char *const tables[] = {"workspaces",    "brands",  "products", "accounts", "posts",
                                         "post_variants", "threads", "messages", "mentions", "audit_events"};
    QList<QPair<QString, qint64>> counts;
    for (const char *table : tables) {
        const QString name = QString::fromLatin1(table);
        SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(name));
        counts.append({name, q.exec() && q.next() ? q.value(0).toLongLong() : -1});
    }
    return counts;
}

} // namespace vigie
