#pragma once

#include "core/status.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>

namespace vigie {
class Database;
}

// The baseline: the same rows imported by the sqlite3 command-line shell.
namespace vigie {
namespace bench {

struct CsvImport
{
    QString file;
    QString table;
    // Empty: the CSV holds every column of the table, in order. Otherwise the CSV holds these
    // columns only and goes through a TEMP staging table (CSV has no NULL, and the columns it
    // leaves out must keep their defaults or NULL, as Vigie leaves them).
    QString columns{};
};

// The shell script that imports each CSV (header skipped) into its table, with the connection
// settings Vigie uses (foreign keys on, synchronous NORMAL; the store is already in WAL mode).
QString importScript(const QList<CsvImport> &imports);

// What a bulk loader runs once every message is in: fill the FTS5 index in one statement.
QString ftsBuildScript();

// What a bulk loader would run after importing mentions to fill the daily aggregates Vigie maintains
// on insert. Days are computed in the TZ the shell runs with (the workspace's, Europe/Paris).
QString aggregateScript();

struct ShellTiming
{
    double seconds = 0;    // wall clock from start to exit
    double cpuSeconds = 0; // the shell's user + system time
};

// Runs `sqlite3 -bail store` with script on stdin. Anything the shell prints on stderr is a failure.
Status runSqliteShell(const QString &sqlite3, const QString &store, const QString &script,
                      const QProcessEnvironment &environment, ShellTiming *timing);

QString sqliteShellVersion(const QString &sqlite3);

// Sums and counts over every column that matters, per table: equal fingerprints mean the two
// stores hold the same rows (same values and the same storage types). "messages_fts" stands for
// the search index: how many messages, and which (sum of ids), several MATCH queries find, and
// the per-message token counts the index holds.
QMap<QString, QString> contentFingerprint(Database &db, const QStringList &tables);

// The MATCH expressions the search-index fingerprint counts.
QStringList fingerprintMatches();

} // namespace bench
} // namespace vigie
