#include "baseline.h"

#include "cputime.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlRecord>

namespace vigie {
namespace bench {

namespace {
QString quoted(const QString &path)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Julian day number (as QDate::toJulianDay) of an epoch second in the shell's local time zone.
const char *const kLocalDay = "CAST(julianday(date(created_at, 'unixepoch', 'localtime')) + 0.5 AS INTEGER)";

const QMap<QString, QString> &fingerprintQueries()
{
    static const QMap<QString, QString> queries = {
        {QStringLiteral("threads"),
         QStringLiteral(
             "SELECT count(*), sum(account_id), total(brand_id), sum(length(root_remote_id)), "
             "sum(status = 'open'), sum(is_read), sum(last_message_at), sum(message_count), "
             "sum(length(last_author)), sum(length(snippet)), sum(unicode(snippet)), "
             "sum(has_adverse_event), sum(typeof(last_message_at) = 'integer'), sum(length(assignee)), "
             "sum(sentiment), sum(sentiment * id), sum(typeof(sentiment) = 'integer') FROM threads")},
        {QStringLiteral("messages"),
         QStringLiteral("SELECT count(*), sum(thread_id), sum(account_id), sum(length(remote_id)), "
                        "sum(length(parent_remote_id)), sum(direction = 'out'), sum(length(kind)), "
                        "sum(length(author_handle)), sum(length(author_name)), sum(length(body)), "
                        "sum(unicode(body)), sum(lang = 'fr'), sum(sentiment), sum(adverse_event), "
                        "sum(length(delivery_state)), sum(created_at), sum(received_at), sum(length(url)), "
                        "sum(typeof(sentiment) = 'integer'), sum(typeof(created_at) = 'integer'), "
                        "sum(length(evidence)), sum(evidence <> ''), sum(instr(evidence, 'symptom') * id), "
                        "sum(length(moderation)) FROM messages")},
        {QStringLiteral("adverse_cases"),
         QStringLiteral(
             "SELECT count(*), sum(id), sum(workspace_id), sum(message_id), sum(message_id * id), "
             "count(mention_id), sum(status = 'pending'), sum(flagged_at), sum(day0), count(decided_at), "
             "sum(length(decided_by)), sum(length(reason)), count(serious), sum(length(seriousness)), "
             "sum(intake = '{}'), sum(due_at - day0), sum(updated_at), sum(typeof(day0) = 'integer'), "
             "sum(typeof(message_id) = 'integer') FROM adverse_cases")},
        {QStringLiteral("mentions"),
         QStringLiteral(
             "SELECT count(*), sum(workspace_id), sum(brand_id), total(product_id), "
             "sum(length(network)), sum(length(source)), sum(length(remote_id)), sum(length(author)), "
             "sum(length(body)), sum(unicode(body)), sum(lang = 'fr'), sum(sentiment), "
             "sum(adverse_event), sum(length(url)), sum(reach), sum(created_at), "
             "sum(typeof(reach) = 'integer'), sum(length(other_brand_ids)), sum(length(product_ids)), "
             "sum(length(title)), sum(length(author_name)), sum(length(matched_terms)), "
             "sum(length(evidence)), sum(received_at), sum(typeof(received_at) = 'integer') FROM mentions")},
        {QStringLiteral("mention_daily"),
         QStringLiteral(
             "SELECT count(*), sum(brand_id * day), sum(day * total), sum(positive), sum(neutral), "
             "sum(negative), sum(adverse) FROM mention_daily")},
        {QStringLiteral("mention_product_daily"),
         QStringLiteral(
             "SELECT count(*), sum(product_id * day), sum(day * total) FROM mention_product_daily")},
        {QStringLiteral("mention_source_daily"),
         QStringLiteral("SELECT count(*), sum(brand_id * day), sum(day * total), sum(length(network) * total), "
                        "sum(length(source) * day), sum(unicode(source)) FROM mention_source_daily")},
    };
    return queries;
}
QString searchFingerprint(Database &db)
{
    QStringList values;
    for (const QString &match : fingerprintMatches()) {
        SqlQuery q(
            db, QStringLiteral("SELECT count(*), sum(rowid) FROM messages_fts WHERE messages_fts MATCH ?"));
        values << (q.exec(match) && q.next()
                       ? QStringLiteral("%1=%2/%3").arg(match, q.value(0).toString(), q.value(1).toString())
                       : match + QStringLiteral("=error"));
    }
    // One docsize row per indexed message, holding its token count per column.
    SqlQuery sizes(db, QStringLiteral("SELECT count(*), sum(id), sum(length(sz)), sum(id * length(sz)) "
                                      "FROM messages_fts_docsize"));
    values << (sizes.exec() && sizes.next() ? QStringLiteral("docsize=%1/%2/%3/%4")
                                                  .arg(sizes.value(0).toString(), sizes.value(1).toString(),
                                                       sizes.value(2).toString(), sizes.value(3).toString())
                                            : QStringLiteral("docsize=error"));
    return values.join(QLatin1Char(','));
}
} // namespace

QString importScript(const QList<CsvImport> &imports)
{
    QString script = QStringLiteral("PRAGMA foreign_keys = ON;\nPRAGMA synchronous = NORMAL;\n.mode csv\n");
    for (const CsvImport &import : imports) {
        if (import.columns.isEmpty()) {
            script += QStringLiteral(".import --skip 1 %1 %2\n").arg(quoted(import.file), import.table);
            continue;
        }
        const QString staging = QStringLiteral("staged_") + import.table;
        script += QStringLiteral("CREATE TEMP TABLE %1 (%2);\n.import --skip 1 %3 %1\n"
                                 "INSERT INTO main.%4 (%2) SELECT * FROM temp.%1;\nDROP TABLE temp.%1;\n")
                      .arg(staging, import.columns, quoted(import.file), import.table);
    }
    return script;
}

QString ftsBuildScript()
{
    return QStringLiteral("PRAGMA synchronous = NORMAL;\n"
                          "INSERT INTO messages_fts (rowid, body, author_name, author_handle) "
                          "SELECT id, body, author_name, author_handle FROM messages;\n");
}

QStringList fingerprintMatches()
{
    // A frequent word, a rare one (an author's handle), an accented word typed without its
    // accents, the same with them, a phrase, a prefix, one column.
    return {QStringLiteral("pharmacie"),
            QStringLiteral("martin421"),
            QStringLiteral("demangeaisons"),
            QStringLiteral("nausées"),
            QStringLiteral("\"mal au ventre\""),
            QStringLiteral("vertig*"),
            QStringLiteral("author_name : camille")};
}

QString aggregateScript()
{
    const QString day = QString::fromLatin1(kLocalDay);
    return QStringLiteral(
               "PRAGMA synchronous = NORMAL;\nBEGIN;\n"
               "INSERT INTO mention_daily (workspace_id, brand_id, day, total, positive, neutral, "
               "negative, adverse) SELECT workspace_id, brand_id, %1, count(*), sum(sentiment > 0), "
               "sum(sentiment = 0), sum(sentiment < 0), sum(adverse_event) FROM mentions "
               "GROUP BY 1, 2, 3;\n"
               "INSERT INTO mention_product_daily (product_id, day, total) SELECT product_id, %1, "
               "count(*) FROM mentions WHERE product_id IS NOT NULL GROUP BY 1, 2;\n"
               "INSERT INTO mention_source_daily (workspace_id, brand_id, network, source, day, total) "
               "SELECT workspace_id, brand_id, network, source, %1, count(*) FROM mentions "
               "GROUP BY 1, 2, 3, 4, 5;\n"
               "COMMIT;\n")
        .arg(day);
}

Status runSqliteShell(const QString &sqlite3, const QString &store, const QString &script,
                      const QProcessEnvironment &environment, ShellTiming *timing)
{
    const double cpuBefore = childrenCpuSeconds();
    QProcess shell;
    shell.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    shell.start(sqlite3, {QStringLiteral("-bail"), store});
    if (!shell.waitForStarted(30000))
        return Status::failure(QStringLiteral("cannot start %1: %2").arg(sqlite3, shell.errorString()));
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(-1))
        return Status::failure(QStringLiteral("%1 did not finish: %2").arg(sqlite3, shell.errorString()));
    timing->seconds = timer.nsecsElapsed() / 1e9;
    timing->cpuSeconds = childrenCpuSeconds() - cpuBefore; // the shell has been waited for by now
    const QString errors = QString::fromUtf8(shell.readAllStandardError()).trimmed();
    if (shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0 || !errors.isEmpty())
        return Status::failure(
            QStringLiteral("sqlite3 import failed (exit %1): %2").arg(shell.exitCode()).arg(errors));
    return Status::success();
}

QString sqliteShellVersion(const QString &sqlite3)
{
    QProcess shell;
    shell.start(sqlite3, {QStringLiteral("--version")});
    if (!shell.waitForFinished(10000))
        return QStringLiteral("unknown");
    return QString::fromUtf8(shell.readAllStandardOutput()).section(QLatin1Char(' '), 0, 1).trimmed();
}

QMap<QString, QString> contentFingerprint(Database &db, const QStringList &tables)
{
    QMap<QString, QString> result;
    for (const QString &table : tables) {
        if (table == QLatin1String("messages_fts")) {
            result.insert(table, searchFingerprint(db));
            continue;
        }
        SqlQuery q(db, fingerprintQueries().value(table));
        QStringList values;
        if (q.exec() && q.next()) {
            for (int i = 0; i < q.raw().record().count(); ++i)
                values << q.value(i).toString();
        }
        result.insert(table, values.join(QLatin1Char(',')));
    }
    return result;
}

} // namespace bench
} // namespace vigie
