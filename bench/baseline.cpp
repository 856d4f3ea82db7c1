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
         QStringLiteral("SELECT count(*), sum(account_id), total(brand_id), sum(length(root_remote_id)), "
                        "sum(status = 'open'), sum(is_read), sum(last_message_at), sum(message_count), "
                        "sum(length(last_author)), sum(length(snippet)), sum(unicode(snippet)), "
                        "sum(has_adverse_event), sum(typeof(last_message_at) = 'integer') FROM threads")},
        {QStringLiteral("messages"),
         QStringLiteral(
             "SELECT count(*), sum(thread_id), sum(account_id), sum(length(remote_id)), "
             "sum(length(parent_remote_id)), sum(direction = 'out'), sum(length(kind)), "
             "sum(length(author_handle)), sum(length(author_name)), sum(length(body)), "
             "sum(unicode(body)), sum(lang = 'fr'), sum(sentiment), sum(adverse_event), "
             "sum(length(delivery_state)), sum(created_at), sum(received_at), sum(length(url)), "
             "sum(typeof(sentiment) = 'integer'), sum(typeof(created_at) = 'integer') FROM messages")},
        {QStringLiteral("mentions"),
         QStringLiteral(
             "SELECT count(*), sum(workspace_id), sum(brand_id), total(product_id), "
             "sum(length(network)), sum(length(source)), sum(length(remote_id)), sum(length(author)), "
             "sum(length(body)), sum(unicode(body)), sum(lang = 'fr'), sum(sentiment), "
             "sum(adverse_event), sum(length(url)), sum(reach), sum(created_at), "
             "sum(typeof(reach) = 'integer') FROM mentions")},
        {QStringLiteral("mention_daily"),
         QStringLiteral(
             "SELECT count(*), sum(brand_id * day), sum(day * total), sum(positive), sum(neutral), "
             "sum(negative), sum(adverse) FROM mention_daily")},
        {QStringLiteral("mention_product_daily"),
         QStringLiteral(
             "SELECT count(*), sum(product_id * day), sum(day * total) FROM mention_product_daily")},
    };
    return queries;
}
} // namespace

QString importScript(const QList<CsvImport> &imports)
{
    QString script = QStringLiteral("PRAGMA foreign_keys = ON;\nPRAGMA synchronous = NORMAL;\n.mode csv\n");
    for (const CsvImport &import : imports)
        script += QStringLiteral(".import --skip 1 %1 %2\n").arg(quoted(import.file), import.table);
    return script;
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
