#include "storage/database.h"

#include "storage/migrations.h"

#include <QAtomicInteger>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <algorithm>

namespace vigie {

Q_LOGGING_CATEGORY(lcDatabase, "vigie.storage.database", QtInfoMsg)

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("vigie-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString describe(const QSqlError &error)
{
    return error.text().trimmed();
}
} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

void Database::close()
{
    m_schemaVersion = -1;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return allMigrations().constLast().version;
}

QString Database::defaultPath(bool demo)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(demo ? QStringLiteral("vigie-demo.sqlite") : QStringLiteral("vigie.sqlite"));
}

Status Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        qCWarning(lcDatabase) << "statement failed:" << sql << describe(query.lastError());
        return Status::failure(tr("Database error: %1").arg(describe(query.lastError())));
    }
    return Status::success();
}

Status Database::openSqlite(const QString &path, int targetVersion)
{
    close();
    m_dialect = SqlDialect(SqlDialect::Kind::SQLite);
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(tr("Cannot create the folder %1.").arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString error = describe(db.lastError());
        close();
        return Status::failure(tr("Cannot open the database %1: %2").arg(path, error));
    }
    for (const auto &statement : m_dialect.connectionSetup()) {
        if (auto st = exec(statement); !st) {
            close();
            // The first statement that touches the file fails when it is not a SQLite database.
            return Status::failure(tr("%1 is not a Vigie database (%2).").arg(path, st.error()));
        }
    }
    if (auto st = migrate(targetVersion); !st) {
        close();
        return st;
    }
    return Status::success();
}

int Database::schemaVersion() const
{
    // Known once migrate() ran: callers on hot paths (every audit append) ask it.
    if (m_schemaVersion >= 0)
        return m_schemaVersion;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Status Database::migrate(int targetVersion)
{
    const int latest = latestSchemaVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    if (auto st = exec(m_dialect.expand(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                           "description TEXT NOT NULL, applied_at {bigint} NOT NULL)")));
        !st)
        return st;

    m_schemaVersion = -1;
    const int current = schemaVersion();
    if (current > latest) {
        return Status::failure(
            tr("This database was written by a newer version of Vigie (schema version %1; "
               "this version reads up to %2). Update Vigie to open it; it was left unchanged.")
                .arg(current)
                .arg(latest));
    }
    for (const auto &migration : allMigrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return Status::failure(tr("Cannot start a transaction to upgrade the database."));
        if (auto st = migration.apply(*this); !st)
            return Status::failure(
                tr("Upgrading the database to version %1 failed: %2").arg(migration.version).arg(st.error()));
        QSqlQuery record(connection());
        record.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(migration.description);
        record.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!record.exec())
            return Status::failure(tr("Database error: %1").arg(describe(record.lastError())));
        if (auto st = tx.commit(); !st)
            return st;
        m_schemaVersion = migration.version;
        qCDebug(lcDatabase) << "migrated" << m_path << "to schema version" << migration.version;
    }
    m_schemaVersion = std::max(current, m_schemaVersion);
    return Status::success();
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_connection(db.connection())
{
    if (db.m_transactionDepth > 0) {
        m_joined = true;
        m_active = true;
        ++db.m_transactionDepth;
        return;
    }
    if (db.dialect().kind() == SqlDialect::Kind::SQLite) {
        QSqlQuery begin(m_connection);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            qCWarning(lcDatabase) << "cannot begin transaction:" << begin.lastError().text();
    } else {
        m_active = m_connection.transaction();
        if (!m_active)
            qCWarning(lcDatabase) << "cannot begin transaction:" << m_connection.lastError().text();
    }
    if (m_active) {
        db.m_transactionDepth = 1;
        db.m_innerFailed = false;
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    --m_db.m_transactionDepth;
    if (m_joined) {
        m_db.m_innerFailed = true;
        return;
    }
    m_connection.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(Database::tr("No transaction is active."));
    m_active = false;
    --m_db.m_transactionDepth;
    if (m_joined)
        return Status::success();
    if (m_db.m_innerFailed) {
        m_connection.rollback();
        return Status::failure(Database::tr("Saving failed: a step of this change did not complete."));
    }
    if (!m_connection.commit()) {
        const QString error = m_connection.lastError().text();
        m_connection.rollback();
        return Status::failure(Database::tr("Saving failed: %1").arg(error));
    }
    return Status::success();
}

} // namespace vigie
