#include "cli/calendarcommand.h"

#include "publishing/icalendarexport.h"
#include "storage/database.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTimeZone>

namespace vigie {
namespace cli {

namespace {
// A day in the workspace's timezone, as the UTC instant it starts; invalid when unreadable.
QDateTime dayStart(const QString &text, const QTimeZone &zone)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return day.isValid() ? QDateTime(day, QTime(0, 0), zone).toUTC() : QDateTime();
}
} // namespace

QString CalendarCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "export the planned posts as an iCalendar file");
}

int CalendarCommand::run(const QStringList &args, Io io)
{
    const QString command = QStringLiteral("vigie calendar export");
    const auto arguments = singleSubcommandArguments(args, QStringLiteral("export"), io);
    if (!arguments)
        return BadUsage;
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("ics"),
                      QCoreApplication::translate("vigie::cli", "The .ics file to write."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("from"),
         QCoreApplication::translate("vigie::cli", "First day (YYYY-MM-DD); default: every post."),
         QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("vigie::cli", "Last day (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    if (int code = parseArguments(parser, *arguments, io); code >= 0)
        return code;
    const QString target = parser.value(QStringLiteral("ics"));
    if (target.isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli", "vigie calendar export: --ics FILE is required.")
               << '\n';
        return BadUsage;
    }
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    WorkspaceRepository workspaces(db);
    const QTimeZone zone(workspace.timezone.toUtf8());
    QDateTime from = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    QDateTime to = QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC);
    if (parser.isSet(QStringLiteral("from")))
        from = dayStart(parser.value(QStringLiteral("from")), zone);
    if (parser.isSet(QStringLiteral("to"))) {
        to = dayStart(parser.value(QStringLiteral("to")), zone);
        to = to.isValid() ? to.addDays(1) : to;
    }
    if (!from.isValid() || !to.isValid() || to <= from) {
        io.err << QCoreApplication::translate("vigie::cli",
                                              "vigie calendar export: --from and --to take dates "
                                              "(YYYY-MM-DD), the first not after the second.")
               << '\n';
        return BadUsage;
    }
    ICalendarInput input;
    input.calendarName = workspace.name;
    input.posts = PostRepository(db).scheduledBetween(workspace.id, from, to);
    for (const Brand &brand : workspaces.brands(workspace.id))
        input.brands.insert(brand.id, brand);
    for (const Account &account : workspaces.accounts(workspace.id))
        input.accounts.insert(account.id, account);
    input.stamp = QDateTime::currentDateTimeUtc();
    QSaveFile file(target); // written whole or not at all
    if (!file.open(QIODevice::WriteOnly) || file.write(exportICalendar(input)) < 0 || !file.commit())
        return reportFailure(io, command,
                             Status::failure(QCoreApplication::translate("vigie::cli", "cannot write %1: %2")
                                                 .arg(target, file.errorString())));
    io.out << QCoreApplication::translate("vigie::cli", "Wrote %1 posts to %2.")
                  .arg(input.posts.size())
                  .arg(target)
           << '\n';
    return Success;
}

} // namespace cli
} // namespace vigie
