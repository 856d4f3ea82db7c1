#include "cli/initcommand.h"

#include "storage/database.h"
#include "storage/workspacerepository.h"

#include <QCommandLineParser>
#include <QTimeZone>

namespace vigie {
namespace cli {

QString InitCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "create an empty workspace database");
}

int InitCommand::run(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("vigie::cli", "Database file to create."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("vigie::cli", "Workspace name."),
                      QStringLiteral("NAME"), QCoreApplication::translate("vigie::cli", "My workspace")});
    parser.addOption({QStringLiteral("timezone"),
                      QCoreApplication::translate("vigie::cli", "Workspace timezone (IANA name)."),
                      QStringLiteral("ZONE"), QStringLiteral("Europe/Paris")});
    if (int code = parseArguments(parser, args, io); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli", "vigie init: unexpected argument '%1'.")
                      .arg(parser.positionalArguments().first())
               << '\n';
        return BadUsage;
    }
    const QString timezone = parser.value(QStringLiteral("timezone"));
    if (!QTimeZone(timezone.toUtf8()).isValid()) {
        io.err
            << QCoreApplication::translate("vigie::cli", "vigie init: unknown timezone '%1'.").arg(timezone)
            << '\n';
        return BadUsage;
    }
    const QString path = databasePathOption(parser);
    Database db;
    if (auto st = db.openSqlite(path); !st) {
        io.err << QCoreApplication::translate("vigie::cli", "vigie init: %1").arg(st.error()) << '\n';
        return Failure;
    }
    WorkspaceRepository workspaces(db);
    if (auto existing = workspaces.primaryWorkspace()) {
        io.out << QCoreApplication::translate("vigie::cli",
                                              "%1 already holds the workspace \"%2\"; nothing changed.")
                      .arg(path, existing->name)
               << '\n';
        return Success;
    }
    Workspace workspace;
    workspace.name = parser.value(QStringLiteral("name"));
    workspace.timezone = timezone;
    if (auto st = workspaces.addWorkspace(workspace); !st) {
        io.err << QCoreApplication::translate("vigie::cli", "vigie init: %1").arg(st.error()) << '\n';
        return Failure;
    }
    io.out << QCoreApplication::translate("vigie::cli", "Created the workspace \"%1\" in %2.")
                  .arg(workspace.name, path)
           << '\n';
    return Success;
}

} // namespace cli
} // namespace vigie
