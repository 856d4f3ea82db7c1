#include "cli/statscommand.h"

#include "storage/database.h"
#include "storage/storestats.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie {
namespace cli {

QString StatsCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "show how many rows each table holds");
}

int StatsCommand::run(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("vigie::cli", "Database file to read."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("vigie::cli", "Print JSON.")});
    if (int code = parseArguments(parser, args, io); code >= 0)
        return code;
    const QString path = databasePathOption(parser);
    if (!QFileInfo::exists(path)) {
        io.err << QCoreApplication::translate("vigie::cli", "vigie stats: no database at %1 (create one with "
                                                            "'vigie init').")
                      .arg(path)
               << '\n';
        return Failure;
    }
    Database db;
    if (auto st = db.openSqlite(path); !st) {
        io.err << QCoreApplication::translate("vigie::cli", "vigie stats: %1").arg(st.error()) << '\n';
        return Failure;
    }
    const auto counts = storeRowCounts(db);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object;
        for (const auto &[table, count] : counts)
            object.insert(table, count);
        object.insert(QStringLiteral("schema_version"), db.schemaVersion());
        io.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    for (const auto &[table, count] : counts)
        io.out << QStringLiteral("%1 %2\n").arg(table, -14).arg(count);
    return Success;
}

} // namespace cli
} // namespace vigie
