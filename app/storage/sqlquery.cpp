#include "storage/sqlquery.h"

#include "storage/database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QTimeZone>

namespace vigie {

Q_LOGGING_CATEGORY(lcSql, "vigie.storage.sql")

SqlQuery::SqlQuery(const Database &db, const QString &sql)
    : m_query(db.connection())
    , m_sql(sql)
{
    m_prepared = m_query.prepare(sql);
}

Status SqlQuery::run()
{
    if (!m_prepared || !m_query.exec()) {
        qCWarning(lcSql) << "statement failed:" << m_sql << m_query.lastError().text();
        return Status::failure(Database::tr("Database error: %1").arg(m_query.lastError().text().trimmed()));
    }
    return Status::success();
}

QVariant SqlQuery::bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return value;
}

Status SqlQuery::execWith(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, bindable(values.at(i)));
    return run();
}

QVariant toDbTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromDbTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant toDbId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace vigie
