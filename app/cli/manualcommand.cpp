#include "cli/manualcommand.h"

#include "cli/networksession.h"
#include "manual/manualpublishing.h"
#include "storage/adversecaserepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie {
namespace cli {

QString ManualCommand::summary() const
{
    return tr("list the posts to publish by hand in communities without an API, mark them published");
}

int ManualCommand::run(const QStringList &args, Io io)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("due"))
        return due(args, io);
    if (sub == QLatin1String("published"))
        return published(args, io);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        io.out << tr("Usage: vigie manual due [--json]\n"
                     "       vigie manual published VARIANT_ID --url URL\n");
        return Success;
    }
    io.err << tr("vigie manual: say due or published (see 'vigie manual --help').") << '\n';
    return BadUsage;
}

int ManualCommand::due(const QStringList &args, Io io)
{
    const QString command = QStringLiteral("vigie manual due");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the posts of manual channels whose time has come and that nobody marked published: "
           "post each one in its community, then run 'vigie manual published'."));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (int code = parseArguments(parser, QStringList{command} + args.mid(2), io); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << tr("%1: unexpected argument '%2'.").arg(command, parser.positionalArguments().constFirst())
               << '\n';
        return BadUsage;
    }
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    const QList<ManualDuePost> due = ManualPublishing(db).due();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ManualDuePost &p : due)
            list.append(QJsonObject{{QStringLiteral("variant"), p.variantId},
                                    {QStringLiteral("post"), p.postId},
                                    {QStringLiteral("account"), p.accountId},
                                    {QStringLiteral("community"), p.community},
                                    {QStringLiteral("community_url"), p.communityUrl},
                                    {QStringLiteral("scheduled_at"), jsonTime(p.scheduledAt)},
                                    {QStringLiteral("text"), p.text},
                                    {QStringLiteral("follow_ups"), QJsonArray::fromStringList(p.followUps)},
                                    {QStringLiteral("media"), QJsonArray::fromStringList(p.mediaPaths)},
                                    {QStringLiteral("announced_at"), jsonTime(p.announcedAt)},
                                    {QStringLiteral("blocker"), p.blocker}});
        io.out << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    if (due.isEmpty()) {
        io.out << tr("No post to publish by hand right now.") << '\n';
        return Success;
    }
    const QTimeZone zone = workspaceTimeZone(workspace.timezone);
    for (const ManualDuePost &p : due) {
        io.out << QStringLiteral("%1  %2  %3  %4\n")
                      .arg(p.variantId, 6)
                      .arg(p.community, p.scheduledAt.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"),
                           p.text.section(QLatin1Char('\n'), 0, 0).left(100));
        if (!p.blocker.isEmpty())
            io.out << QStringLiteral("        ") << tr("may not be published: %1").arg(p.blocker) << '\n';
    }
    io.out << tr("%n post(s) to publish by hand; then: vigie manual published VARIANT_ID --url URL", nullptr,
                 int(due.size()))
           << '\n';
    return Success;
}

int ManualCommand::published(const QStringList &args, Io io)
{
    const QString command = QStringLiteral("vigie manual published");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record that a post of a manual channel is online, with the address of the published post."));
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("VARIANT_ID"),
                                 tr("The number 'vigie manual due' shows in its first column."));
    parser.addOption(
        {QStringLiteral("url"), tr("The published post's address (https://…)."), QStringLiteral("URL")});
    if (int code = parseArguments(parser, QStringList{command} + args.mid(2), io); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const Id variantId = positional.size() == 1 ? parseId(positional.first()) : 0;
    if (variantId <= 0 || !parser.isSet(QStringLiteral("url"))) {
        io.err << tr("%1: give the post's number (see 'vigie manual due') and --url URL.").arg(command)
               << '\n';
        return BadUsage;
    }
    const QString url = parser.value(QStringLiteral("url"));
    if (const QString problem = ManualPublishing::urlProblem(url); !problem.isEmpty()) {
        io.err << command << QStringLiteral(": ") << problem << '\n';
        return BadUsage;
    }
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    ManualPublishing publishing(db, SystemClock::instance(), QStringLiteral("cli"));
    const auto post = publishing.post(variantId);
    if (auto st = publishing.markPublished(variantId, url); !st)
        return reportFailure(io, command, st);
    io.out << tr("Marked published on %1: %2").arg(post ? post->community : QString(), url.trimmed()) << '\n';
    return Success;
}

} // namespace cli
} // namespace vigie
