#include "cli/publishduecommand.h"

#include "cli/networksession.h"
#include "delivery/publishaccess.h"
#include "delivery/scheduledpublisher.h"
#include "secrets/secretstore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie {
namespace cli {

namespace {
QJsonArray reportsJson(const PublishSummary &summary)
{
    QJsonArray list;
    for (const PublishReport &r : summary.variants)
        list.append(QJsonObject{{QStringLiteral("variant"), r.variantId},
                                {QStringLiteral("post"), r.postId},
                                {QStringLiteral("account"), r.accountId},
                                {QStringLiteral("state"), postStateKey(r.state)},
                                {QStringLiteral("remote_id"), r.remoteId},
                                {QStringLiteral("error"), r.error},
                                {QStringLiteral("next_attempt_at"), jsonTime(r.nextAttemptAt)}});
    return list;
}

void printText(const PublishSummary &summary, Io io)
{
    for (const PublishReport &r : summary.variants) {
        switch (r.state) {
        case PostState::Published:
            io.out << QCoreApplication::translate("vigie::cli", "Published post %1 on %2: %3")
                          .arg(r.postId)
                          .arg(r.channel, r.remoteUrl.isEmpty() ? r.remoteId : r.remoteUrl)
                   << '\n';
            break;
        case PostState::Scheduled:
            io.out << QCoreApplication::translate("vigie::cli", "Post %1 on %2 will be tried again at %3: %4")
                          .arg(r.postId)
                          .arg(r.channel, r.nextAttemptAt.toUTC().toString(Qt::ISODate), r.error)
                   << '\n';
            break;
        case PostState::Unconfirmed:
            io.out << QCoreApplication::translate("vigie::cli", "Post %1 on %2 is unconfirmed: %3")
                          .arg(r.postId)
                          .arg(r.channel, r.error)
                   << '\n';
            break;
        default:
            io.out << QCoreApplication::translate("vigie::cli", "Post %1 on %2 failed: %3")
                          .arg(r.postId)
                          .arg(r.channel, r.error)
                   << '\n';
            break;
        }
    }
    // The counts go through plain ints: Qt 6.4's lupdate loops forever on a translate() whose
    // plural argument is a call with a scoped enum, such as summary.count(PostState::Failed).
    const int published = summary.count(PostState::Published);
    const int retried = summary.count(PostState::Scheduled);
    const int failed = summary.count(PostState::Failed);
    const int unconfirmed = summary.count(PostState::Unconfirmed);
    QStringList counts;
    counts << QCoreApplication::translate("vigie::cli", "%n variant(s) published", nullptr, published);
    counts << QCoreApplication::translate("vigie::cli", "%n to retry", nullptr, retried);
    counts << QCoreApplication::translate("vigie::cli", "%n failed", nullptr, failed);
    counts << QCoreApplication::translate("vigie::cli", "%n unconfirmed", nullptr, unconfirmed);
    io.out << counts.join(QStringLiteral(", ")) << '\n';
}
} // namespace

QString PublishDueCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli",
                                       "publish every post that is due, then exit (cron, timers)");
}

int PublishDueCommand::run(const QStringList &args, Io io)
{
    const QString command = QStringLiteral("vigie publish-due");
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    addDatabaseOption(parser);
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("vigie::cli", "Print the result as JSON.")});
    parser.addOption({QStringLiteral("account"),
                      QCoreApplication::translate("vigie::cli", "Only publish on this account."),
                      QStringLiteral("ID")});
    if (const int code = parseArguments(parser, args, io); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli", "%1: unexpected argument '%2'.")
                      .arg(command, parser.positionalArguments().constFirst())
               << '\n';
        return BadUsage;
    }
    ScheduledPublisher::Options options;
    options.actor = QStringLiteral("vigie publish-due");
    if (parser.isSet(QStringLiteral("account"))) {
        options.accountId = parseId(parser.value(QStringLiteral("account")));
        if (!options.accountId) {
            io.err << QCoreApplication::translate("vigie::cli",
                                                  "%1: --account takes an account id (see 'vigie "
                                                  "account list').")
                          .arg(command)
                   << '\n';
            return BadUsage;
        }
    }
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st) {
        reportFailure(io, command, st);
        return BadUsage;
    }
    KeychainSecretStore secrets;
    AccountService accounts(db, secrets);
    ScheduledPublisher publisher(db, accountServiceAccess(accounts));
    const PublishSummary summary = publisher.run(options);
    finishAccountJobs(accounts, summary);
    if (parser.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(reportsJson(summary)).toJson(QJsonDocument::Indented);
    else
        printText(summary, io);
    if (!summary.storeError.isEmpty()) {
        reportFailure(io, command, Status::failure(summary.storeError));
        return BadUsage;
    }
    return summary.needsAttention() ? Failure : Success;
}

} // namespace cli
} // namespace vigie
