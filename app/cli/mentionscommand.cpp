#include "cli/mentionscommand.h"

#include "accounts/accountservice.h"
#include "collect/listeningcollector.h"
#include "delivery/publishaccess.h"
#include "secrets/secretstore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace vigie {
namespace cli {

using collect::CollectReport;
using collect::CollectSource;

namespace {

QString kindKey(CollectSource::Kind kind)
{
    switch (kind) {
    case CollectSource::Kind::Search:
        return QStringLiteral("search");
    case CollectSource::Kind::Feed:
        return QStringLiteral("feed");
    case CollectSource::Kind::Metrics:
        return QStringLiteral("engagement");
    case CollectSource::Kind::Account:
        return QStringLiteral("account");
    }
    return {};
}

QString stateKey(CollectSource::State state)
{
    switch (state) {
    case CollectSource::State::Ok:
        return QStringLiteral("ok");
    case CollectSource::State::NotModified:
        return QStringLiteral("not_modified");
    case CollectSource::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject reportJson(const CollectReport &report)
{
    QJsonArray sources;
    for (const CollectSource &s : report.sources) {
        QJsonObject o{
            {QStringLiteral("kind"), kindKey(s.kind)}, {QStringLiteral("state"), stateKey(s.state)},
            {QStringLiteral("name"), s.name},          {QStringLiteral("network"), networkKey(s.network)},
            {QStringLiteral("fetched"), s.fetched},    {QStringLiteral("new_mentions"), s.newMentions}};
        if (s.accountId)
            o.insert(QStringLiteral("account"), s.accountId);
        if (s.queryId)
            o.insert(QStringLiteral("query"), s.queryId);
        if (s.feedId)
            o.insert(QStringLiteral("feed"), s.feedId);
        if (!s.error.isEmpty())
            o.insert(QStringLiteral("error"), s.error);
        sources.append(o);
    }
    return QJsonObject{{QStringLiteral("sources"), sources},
                       {QStringLiteral("new_mentions"), report.newMentions()},
                       {QStringLiteral("failures"), report.failures()}};
}

// One line per source that worked, then the totals.
void printText(const CollectReport &report, Io io)
{
    for (const CollectSource &s : report.sources) {
        if (s.state == CollectSource::State::NotModified)
            io.out
                << QCoreApplication::translate("vigie::cli", "%1: unchanged since the last read").arg(s.name)
                << '\n';
        else if (s.state == CollectSource::State::Ok && s.kind == CollectSource::Kind::Metrics)
            io.out << QCoreApplication::translate("vigie::cli", "%1: figures of %n post(s) read", nullptr,
                                                  s.fetched)
                          .arg(s.name)
                   << '\n';
        else if (s.state == CollectSource::State::Ok)
            io.out << QCoreApplication::translate("vigie::cli", "%1: %n new mention(s) in %2 read", nullptr,
                                                  s.newMentions)
                          .arg(s.name)
                          .arg(s.fetched)
                   << '\n';
    }
    io.out << QCoreApplication::translate("vigie::cli", "%n new mention(s); %1 sources, %2 failed.", nullptr,
                                          report.newMentions())
                  .arg(report.sources.size())
                  .arg(report.failures())
           << '\n';
}

// Failures go to standard error, where cron mails them, whatever the output format.
void printFailures(const CollectReport &report, Io io)
{
    for (const CollectSource &s : report.sources)
        if (s.state == CollectSource::State::Failed)
            io.err << QCoreApplication::translate("vigie::cli", "vigie mentions sync: %1: %2")
                          .arg(s.name, s.error)
                   << '\n';
}

} // namespace

QString MentionsCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "collect listening mentions now");
}

int MentionsCommand::run(const QStringList &args, Io io)
{
    const QString command = QStringLiteral("vigie mentions sync");
    const auto arguments = singleSubcommandArguments(args, QStringLiteral("sync"), io);
    if (!arguments)
        return BadUsage;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vigie::cli",
        "Search every listening query on the connected accounts, read every feed, store the new "
        "mentions and read the engagement of published posts, once."));
    addDatabaseOption(parser);
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("vigie::cli", "Print the result as JSON.")});
    if (const int code = parseArguments(parser, *arguments, io); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli", "%1: unexpected argument '%2'.")
                      .arg(command, parser.positionalArguments().constFirst())
               << '\n';
        return BadUsage;
    }
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    KeychainSecretStore secrets;
    AccountService accounts(db, secrets);
    QNetworkAccessManager manager;
    collect::ListeningCollector collector(db, accountServiceAccess(accounts), manager);
    const CollectReport report = collector.collect(workspace.id);
    // Refreshed tokens are kept; a refused sign-in marks the account, a rate limit its wait.
    for (const PublishAccountJob &job : report.accounts)
        accounts.finishJob(job.account, job.before, job.after, job.lastOutcome);

    if (parser.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
    else
        printText(report, io);
    printFailures(report, io);
    if (!report.storeError.isEmpty())
        return reportFailure(io, command, Status::failure(report.storeError));
    if (report.sources.isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli",
                                              "%1: nothing to collect: add a listening query on a connected "
                                              "account or a feed first.")
                      .arg(command)
               << '\n';
        return Failure;
    }
    return report.ranAnything() ? Success : Failure;
}

} // namespace cli
} // namespace vigie
