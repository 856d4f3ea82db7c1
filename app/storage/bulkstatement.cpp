#include "storage/bulkstatement.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace vigie {

BulkStatement::BulkStatement(Database &db, const QString &sql)
    : m_sql(sql)
    , m_query(db.connection())
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (m_db) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    } else {
        m_query.prepare(sql);
    }
}

BulkStatement::~BulkStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void BulkStatement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index + 1, value);
    else if (!m_db)
        m_query.bindValue(index, value);
}

void BulkStatement::bind(int index, const QString &value)
{
    if (m_stmt) {
        if (m_text.size() <= index)
            m_text.resize(index + 1);
        m_text[index] = value.toUtf8();
        const QByteArray &utf8 = m_text.at(index);
        // SQLITE_STATIC: the buffer outlives the step, so SQLite need not copy it.
        sqlite3_bind_text(m_stmt, index + 1, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                          SQLITE_STATIC);
    } else if (!m_db) {
        m_query.bindValue(index, value.isNull() ? QString(QLatin1String("")) : value);
    }
}

void BulkStatement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index + 1);
    else if (!m_db)
        m_query.bindValue(index, QVariant(QMetaType(QMetaType::LongLong)));
}

Status BulkStatement::failure() const
{
    const QString error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_query.lastError().text();
    return Status::failure(Database::tr("Database error: %1").arg(error.trimmed()));
}

Status BulkStatement::exec()
{
    if (m_db) {
        if (!m_stmt)
            return failure();
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            const Status st = failure();
            sqlite3_reset(m_stmt);
            return st;
        }
        sqlite3_reset(m_stmt);
        m_changes = sqlite3_changes(m_db);
        m_lastInsertId = sqlite3_last_insert_rowid(m_db);
        return Status::success();
    }
    if (!m_query.exec())
        return failure();
    m_changes = m_query.numRowsAffected();
    m_lastInsertId = m_query.lastInsertId().toLongLong();
    return Status::success();
}

} // namespace vigie
