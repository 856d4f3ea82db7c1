#include "ui/report/reportcommand.h"

#include "core/status.h"
#include "storage/database.h"
#include "ui/report/analyticsreport.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace vigie {
namespace ui {

namespace {

const QString &commandName()
{
    static const QString name = QStringLiteral("vigie report");
    return name;
}

// A --from/--to value: a calendar day in the workspace's timezone; invalid after saying why.
QDate dayOption(const QCommandLineParser &parser, const QString &option, cli::Io io)
{
    const QString text = parser.value(option);
    if (text.isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli", "%1: --%2 DATE is required (YYYY-MM-DD).")
                      .arg(commandName(), option)
               << '\n';
        return {};
    }
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        io.err << QCoreApplication::translate("vigie::cli", "%1: --%2: '%3' is not a date (YYYY-MM-DD).")
                      .arg(commandName(), option, text)
               << '\n';
    return day;
}

} // namespace

QString ReportCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "write the analytics report as a PDF");
}

int ReportCommand::run(const QStringList &args, cli::Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vigie::cli", "Write the brand listening report (summary per brand and the analytics "
                      "charts) as a PDF, in the interface language. Days are the workspace's."));
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("vigie::cli", "First day, YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("vigie::cli", "Last day, YYYY-MM-DD (included)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("pdf"), QCoreApplication::translate("vigie::cli", "PDF file to write."),
                      QStringLiteral("FILE")});
    cli::addDatabaseOption(parser);
    if (int code = cli::parseArguments(parser, args, io); code >= 0)
        return code;
    const QDate from = dayOption(parser, QStringLiteral("from"), io);
    if (!from.isValid())
        return cli::BadUsage;
    const QDate to = dayOption(parser, QStringLiteral("to"), io);
    if (!to.isValid())
        return cli::BadUsage;
    if (from > to) {
        io.err << QCoreApplication::translate("vigie::cli", "%1: --from (%2) is after --to (%3).")
                      .arg(commandName(), from.toString(Qt::ISODate), to.toString(Qt::ISODate))
               << '\n';
        return cli::BadUsage;
    }
    const QString pdf = parser.value(QStringLiteral("pdf"));
    if (pdf.isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli", "%1: --pdf FILE is required.").arg(commandName())
               << '\n';
        return cli::BadUsage;
    }
    Database db;
    ReportRequest request;
    if (auto st = cli::openExistingWorkspace(parser, db, &request.workspace); !st)
        return cli::reportFailure(io, commandName(), st);
    request.range = DateRange{from, to};
    AnalyticsReport report(db, request);
    if (auto st = report.write(pdf); !st)
        return cli::reportFailure(io, commandName(), st);
    io.out << QCoreApplication::translate("vigie::cli", "Report written to %1 (pages: %2).")
                  .arg(QFileInfo(pdf).absoluteFilePath())
                  .arg(report.pageCount())
           << '\n';
    return cli::Success;
}

} // namespace ui
} // namespace vigie
