#pragma once

#include "core/status.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace vigie {

class Database;

// A prepared statement with positional binding and errors that name the statement.
class SqlQuery
{
public:
    SqlQuery(const Database &db, const QString &sql);

    template<typename... Args> Status exec(const Args &...args)
    {
        int index = 0;
        (m_query.bindValue(index++, bindable(QVariant::fromValue(args))), ...);
        return run();
    }
    // Re-runs the prepared statement with a new set of values (bulk inserts).
    Status execWith(const QVariantList &values);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

private:
    // A null QString would be stored as SQL NULL; text columns want an empty string.
    static QVariant bindable(const QVariant &value);
    Status run();
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// Times are stored as UTC epoch seconds; NULL for an invalid QDateTime.
QVariant toDbTime(const QDateTime &time);
QDateTime fromDbTime(const QVariant &value);
// 0 ids are stored as NULL (no brand, no product).
QVariant toDbId(qint64 id);

} // namespace vigie
