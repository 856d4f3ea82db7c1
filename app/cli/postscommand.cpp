#include "cli/postscommand.h"

#include "storage/database.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie {
namespace cli {

namespace {
QJsonObject postJson(const Post &post, const QHash<Id, Account> &accounts)
{
    QJsonArray variants;
    for (const PostVariant &v : post.variants) {
        variants.append(
            QJsonObject{{QStringLiteral("id"), v.id},
                        {QStringLiteral("account"), v.accountId},
                        {QStringLiteral("network"), networkKey(accounts.value(v.accountId).network)},
                        {QStringLiteral("state"), postStateKey(v.state)},
                        {QStringLiteral("remote_id"), v.remoteId},
                        {QStringLiteral("url"), v.remoteUrl},
                        {QStringLiteral("error"), v.error}});
    }
    return QJsonObject{{QStringLiteral("id"), post.id},
                       {QStringLiteral("state"), postStateKey(post.state)},
                       {QStringLiteral("scheduled_at"), jsonTime(post.scheduledAt)},
                       {QStringLiteral("brand_id"), post.brandId},
                       {QStringLiteral("text"), post.body},
                       {QStringLiteral("variants"), variants}};
}
} // namespace

QString PostsCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "list the workspace's posts and where each stands");
}

int PostsCommand::run(const QStringList &args, Io io)
{
    const QString command = QStringLiteral("vigie posts list");
    const auto arguments = singleSubcommandArguments(args, QStringLiteral("list"), io);
    if (!arguments)
        return BadUsage;
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("state"),
                      QCoreApplication::translate("vigie::cli", "Only posts in this state (draft, scheduled, "
                                                                "published, failed, unconfirmed…)."),
                      QStringLiteral("STATE")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("vigie::cli", "Print JSON.")});
    if (int code = parseArguments(parser, *arguments, io); code >= 0)
        return code;
    std::optional<PostState> state;
    if (parser.isSet(QStringLiteral("state"))) {
        const QString wanted = parser.value(QStringLiteral("state"));
        QStringList keys;
        for (PostState s : allPostStates()) {
            keys << postStateKey(s);
            if (keys.constLast() == wanted)
                state = s;
        }
        if (!state) {
            io.err << QCoreApplication::translate("vigie::cli",
                                                  "vigie posts list: unknown state '%1' (one of: %2).")
                          .arg(wanted, keys.join(QStringLiteral(", ")))
                   << '\n';
            return BadUsage;
        }
    }
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    WorkspaceRepository workspaces(db);
    QHash<Id, Account> accounts;
    for (const Account &a : workspaces.accounts(workspace.id))
        accounts.insert(a.id, a);
    PostRepository posts(db);
    QList<Post> all = posts.scheduledBetween(workspace.id, QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                                             QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC));
    all += posts.unscheduled(workspace.id);
    if (state)
        all.removeIf([&](const Post &p) { return p.state != *state; });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Post &p : std::as_const(all))
            array.append(postJson(p, accounts));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    if (all.isEmpty())
        io.out << QCoreApplication::translate("vigie::cli", "No posts.") << '\n';
    for (const Post &p : std::as_const(all))
        io.out << QStringLiteral("%1  %2  %3  %4\n")
                      .arg(p.id, 5)
                      .arg(p.scheduledAt.isValid() ? p.scheduledAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm")
                                                   : QStringLiteral("—               "))
                      .arg(postStateKey(p.state), -12)
                      .arg(p.body.simplified().left(70));
    return Success;
}

} // namespace cli
} // namespace vigie
