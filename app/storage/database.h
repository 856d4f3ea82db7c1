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
    friend class Transaction;
    QString m_connectionName;
    QString m_path;
    SqlDialect m_dialect{SqlDialect::Kind::SQLite};
    int m_schemaVersion = -1;   // cached by migrate(); -1 = ask the store
    int m_transactionDepth = 0; // Transactions open on this connection, the outermost first
    bool m_innerFailed = false; // a joined Transaction ended without commit: the outer one may not
};

// Commits on commit(), rolls back when it goes out of scope otherwise: bad input never half-writes.
// A Transaction opened while another is active on the same Database joins it: its commit() only
// says "my part is done", and if it ends without commit the outer one refuses to commit. So a
// repository call can run inside a caller's larger transaction (an import, a series).
// SQLite transactions start IMMEDIATE: a writer waits for another process's write (busy
// timeout) instead of failing later when a read lock cannot be upgraded.
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
    Database &m_db;
    QSqlDatabase m_connection;
    bool m_active = false;
    bool m_joined = false;
};

} // namespace vigie
