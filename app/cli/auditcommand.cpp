#include "cli/auditcommand.h"

#include "storage/auditlog.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie {
namespace cli {

QString AuditCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "check that no audit log entry was edited or deleted");
}

int AuditCommand::run(const QStringList &args, Io io)
{
    const auto arguments = singleSubcommandArguments(args, QStringLiteral("verify"), io);
    if (!arguments)
        return BadUsage;
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("vigie::cli", "Print JSON.")});
    if (int code = parseArguments(parser, *arguments, io); code >= 0)
        return code;
    Database db;
    if (auto st = openExistingStore(parser, db); !st)
        return reportFailure(io, QStringLiteral("vigie audit verify"), st);
    const AuditLog::Verification result = AuditLog(db).verify();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("intact"), result.intact}, {QStringLiteral("checked"), result.checked}};
        if (!result.intact) {
            o.insert(QStringLiteral("first_bad_id"), result.firstBadId);
            o.insert(QStringLiteral("problem"), result.problem);
        }
        io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else if (result.intact) {
        io.out << QCoreApplication::translate("vigie::cli", "The audit log is intact: %1 entries checked.")
                      .arg(result.checked)
               << '\n';
    } else {
        io.err << QCoreApplication::translate("vigie::cli", "The audit log has been tampered with: %1")
                      .arg(result.problem)
               << '\n';
    }
    return result.intact ? Success : Failure;
}

} // namespace cli
} // namespace vigie
