#pragma once

#include "core/status.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace vigie {

// One connection to a Vigie store. Opening applies pending migrations in a transaction and
// refuses a store written by a newer Vigie.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) a SQLite store and migrates it to latestSchemaVersion(),
    // or to targetVersion when given (tests build older stores that way).
    Status openSqlite(const QString &path, int targetVersion = -1);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return m_dialect; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    // Migrates an open store forward to targetVersion (latest by default).
    Status migrate(int targetVersion = -1);

    // Runs statement and reports the driver's error with the statement.
    Status exec(const QString &sql);

    // The default location: QStandardPaths::AppDataLocation/vigie.sqlite (demo: vigie-demo.sqlite).
    static QString defaultPath(bool demo);

private:
    QString m_connectionName;
    QString m_path;
    SqlDialect m_dialect{SqlDialect::Kind::SQLite};
};

// Commits on commit(), rolls back when it goes out of scope otherwise: bad input never half-writes.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    QSqlDatabase m_connection;
    bool m_active = false;
};

} // namespace vigie
