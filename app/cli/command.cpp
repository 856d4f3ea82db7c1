#include "cli/command.h"

#include "core/status.h"
#include "storage/database.h"
#include "storage/workspacerepository.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace vigie {
namespace cli {

int parseArguments(QCommandLineParser &parser, const QStringList &args, Io io)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("vigie::cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        io.err << QCoreApplication::translate("vigie::cli", "vigie: %1").arg(parser.errorText()) << '\n'
               << QCoreApplication::translate("vigie::cli", "Try 'vigie %1 --help'.").arg(args.value(0))
               << '\n';
        return BadUsage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program; show the command as typed instead.
        const QString program = QCoreApplication::arguments().value(0);
        const QString asTyped = args.value(0).startsWith(QLatin1String("vigie"))
                                    ? args.value(0)
                                    : QStringLiteral("vigie %1").arg(args.value(0));
        text.replace(QCoreApplication::applicationFilePath(), asTyped);
        if (!program.isEmpty())
            text.replace(program, asTyped);
        io.out << text;
        return Success;
    }
    return -1;
}

std::optional<QStringList> singleSubcommandArguments(const QStringList &args, const QString &sub, Io io)
{
    const QString name = args.value(0);
    const QString given = args.value(1);
    const QStringList head{QStringLiteral("vigie %1 %2").arg(name, sub)};
    if (given == sub)
        return head + args.mid(2);
    if (given == QLatin1String("--help") || given == QLatin1String("-h"))
        return head + args.mid(1);
    io.err << QCoreApplication::translate("vigie::cli", "vigie %1: say %2 (see 'vigie %1 --help').")
                  .arg(name, sub)
           << '\n';
    return std::nullopt;
}

int reportFailure(Io io, const QString &command, const Status &status)
{
    io.err << QCoreApplication::translate("vigie::cli", "%1: %2").arg(command, status.error()) << '\n';
    return Failure;
}

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("vigie::cli", "Database file to use."),
                      QStringLiteral("PATH")});
}

Status openExistingStore(const QCommandLineParser &parser, Database &db)
{
    const QString path = databasePathOption(parser);
    if (!QFileInfo::exists(path))
        return Status::failure(QCoreApplication::translate("vigie::cli", "no database at %1.").arg(path));
    return db.openSqlite(path);
}

Status openExistingWorkspace(const QCommandLineParser &parser, Database &db, Workspace *workspace)
{
    if (auto st = openExistingStore(parser, db); !st)
        return st;
    const auto primary = WorkspaceRepository(db).primaryWorkspace();
    if (!primary)
        return Status::failure(
            QCoreApplication::translate("vigie::cli", "%1 has no workspace.").arg(db.path()));
    *workspace = *primary;
    return Status::success();
}

QString databasePathOption(const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    return path.isEmpty() ? Database::defaultPath(false) : path;
}

QJsonValue jsonTime(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDateTime parseWorkspaceTime(const QString &text, const QTimeZone &zone)
{
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        return {};
    return (when.timeSpec() == Qt::LocalTime ? QDateTime(when.date(), when.time(), zone) : when).toUTC();
}

} // namespace cli
} // namespace vigie
