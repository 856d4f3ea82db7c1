#pragma once

#include "core/status.h"

#include <QByteArray>
#include <QList>
#include <QSqlQuery>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace vigie {

class Database;

// A write statement run many times in a row (ingest, aggregates). On SQLite it binds and steps
// through the C API on the connection's own handle: QSqlQuery::bindValue costs more than SQLite's
// insert itself (QSqlResult builds a ":N" placeholder string and hashes it on every bind). Other
// drivers go through QSqlQuery.
class BulkStatement
{
public:
    BulkStatement(Database &db, const QString &sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    void bind(int index, qint64 value);
    void bind(int index, const QString &value); // a null QString is stored as '' (text columns)
    void bindNull(int index);
    void bindId(int index, qint64 id) { id > 0 ? bind(index, id) : bindNull(index); }

    Status exec();
    int changes() const { return m_changes; }
    qint64 lastInsertId() const { return m_lastInsertId; }

private:
    Status failure() const;
    QString m_sql;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlQuery m_query;        // other drivers
    QList<QByteArray> m_text; // UTF-8 of bound text, alive until the next bind of that index
    int m_changes = 0;
    qint64 m_lastInsertId = 0;
};

} // namespace vigie
