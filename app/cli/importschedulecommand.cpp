#include "cli/importschedulecommand.h"

#include "core/status.h"
#include "platforms/registry/platformregistry.h"
#include "publishing/scheduleimport.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie {
namespace cli {

namespace {
// The account's limit and the network's own way of counting, as the composer shows them.
MeasuredLength measureWithRegistry(const Account &account, const QString &text)
{
    if (!platforms::hasAdapter(account.network))
        return {int(text.toUcs4().size()), account.maxLength};
    platforms::Limits limits = platforms::defaultLimits(account.network);
    if (account.maxLength > 0)
        limits.maxLength = account.maxLength;
    return {platforms::postLength(account.network, text, limits), limits.maxLength};
}
} // namespace

QString ImportScheduleCommand::summary() const
{
    return QCoreApplication::translate(
        "vigie::cli", "schedule the posts of a Hootsuite bulk-composer CSV file, all or nothing");
}

int ImportScheduleCommand::run(const QStringList &args, Io io)
{
    const QString command = QStringLiteral("vigie import-schedule");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        QCoreApplication::translate(
            "vigie::cli", "Columns: date and time (DD/MM/YYYY HH:mm or MM/DD/YYYY HH:mm, 24-hour, in the "
                          "workspace's timezone), message, optional link. Nothing is written unless every "
                          "line is correct."));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"),
                                 QCoreApplication::translate("vigie::cli", "The CSV file to import."));
    parser.addOption({QStringLiteral("account"),
                      QCoreApplication::translate("vigie::cli", "The account the posts go to."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("date-order"),
                      QCoreApplication::translate(
                          "vigie::cli", "dmy (31/12/2026) or mdy (12/31/2026); by default the order is "
                                        "read from the file and ambiguous dates are refused."),
                      QStringLiteral("ORDER")});
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("vigie::cli", "Print JSON.")});
    if (int code = parseArguments(parser, args, io); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        io.err << QCoreApplication::translate("vigie::cli", "%1: name one CSV file.").arg(command) << '\n';
        return BadUsage;
    }
    bool idOk = false;
    const Id accountId = parser.value(QStringLiteral("account")).toLongLong(&idOk);
    if (!idOk || accountId <= 0) {
        io.err << QCoreApplication::translate("vigie::cli",
                                              "%1: --account ID is required (see vigie account list).")
                      .arg(command)
               << '\n';
        return BadUsage;
    }
    ImportOptions options;
    options.accountId = accountId;
    if (parser.isSet(QStringLiteral("date-order"))) {
        const auto order = dateOrderFromKey(parser.value(QStringLiteral("date-order")).toLower());
        if (!order || *order == DateOrder::Detect) {
            io.err
                << QCoreApplication::translate("vigie::cli", "%1: --date-order is dmy or mdy.").arg(command)
                << '\n';
            return BadUsage;
        }
        options.dateOrder = *order;
    }

    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    ScheduleImport importer(db, workspace);
    importer.setLengthMeasure(measureWithRegistry);
    const ImportPlan plan = importer.checkFile(files.constFirst(), options);
    QList<ImportError> errors = plan.errors();
    int imported = 0;
    if (errors.isEmpty()) {
        if (auto st = importer.commit(plan, QStringLiteral("cli"), &imported); !st)
            errors << ImportError{0, st.error()};
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    if (json) {
        QJsonArray list;
        for (const ImportError &e : std::as_const(errors))
            list.append(QJsonObject{{QStringLiteral("line"), e.line}, {QStringLiteral("reason"), e.reason}});
        io.out << QJsonDocument(
                      QJsonObject{{QStringLiteral("imported"), imported}, {QStringLiteral("errors"), list}})
                      .toJson(QJsonDocument::Compact)
               << '\n';
        return errors.isEmpty() ? Success : Failure;
    }
    if (errors.isEmpty()) {
        io.out << QCoreApplication::translate("vigie::cli", "Imported %n post(s).", nullptr, imported)
               << '\n';
        return Success;
    }
    io.err << QCoreApplication::translate("vigie::cli", "%1: nothing was imported.").arg(command) << '\n';
    for (const ImportError &e : std::as_const(errors)) {
        if (e.line > 0)
            io.err << QCoreApplication::translate("vigie::cli", "line %1: %2").arg(e.line).arg(e.reason)
                   << '\n';
        else
            io.err << e.reason << '\n';
    }
    return Failure;
}

} // namespace cli
} // namespace vigie
