#include "cli/postcommand.h"

#include "cli/networksession.h"
#include "delivery/publishnow.h"
#include "storage/postrepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie {
namespace cli {

using namespace platforms;

QString PostCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "publish a post now on one account");
}

int PostCommand::run(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    addDatabaseOption(parser);
    parser.addOption(
        {QStringLiteral("account"),
         QCoreApplication::translate("vigie::cli", "The account's number (see 'vigie account list')."),
         QStringLiteral("ID")});
    parser.addOption({QStringLiteral("text"),
                      QCoreApplication::translate("vigie::cli", "The text to publish."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("media"),
                      QCoreApplication::translate("vigie::cli", "An image to attach (repeatable)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("alt"),
         QCoreApplication::translate("vigie::cli", "Alt text of the image given before it (repeatable)."),
         QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("reply-to"),
         QCoreApplication::translate("vigie::cli", "Publish as a reply to this post (the network's id)."),
         QStringLiteral("REMOTE_ID")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("vigie::cli", "Print JSON.")});
    if (int code = parseArguments(parser, args, io); code >= 0)
        return code;
    const Id accountId = parseId(parser.value(QStringLiteral("account")));
    const QString text = parser.value(QStringLiteral("text"));
    const QStringList mediaFiles = parser.values(QStringLiteral("media"));
    const QStringList altTexts = parser.values(QStringLiteral("alt"));
    if (!accountId || (text.trimmed().isEmpty() && mediaFiles.isEmpty())) {
        io.err << QCoreApplication::translate(
                      "vigie::cli", "vigie post: give --account ID and --text TEXT (or --media FILE).")
               << '\n';
        return BadUsage;
    }
    if (altTexts.size() > mediaFiles.size()) {
        io.err
            << QCoreApplication::translate(
                   "vigie::cli",
                   "vigie post: each --alt describes the --media given before it; there are more --alt than "
                   "--media.")
            << '\n';
        return BadUsage;
    }
    OutgoingPost content;
    content.text = text;
    content.inReplyToRemoteId = parser.value(QStringLiteral("reply-to"));
    for (qsizetype i = 0; i < mediaFiles.size(); ++i) {
        if (!QFileInfo(mediaFiles.at(i)).isReadable()) {
            io.err << QCoreApplication::translate("vigie::cli", "vigie post: cannot read %1.")
                          .arg(mediaFiles.at(i))
                   << '\n';
            return BadUsage;
        }
        content.media.append({mediaFiles.at(i), altTexts.value(i), {}});
    }

    NetworkSession session;
    if (auto st = session.open(parser, false); !st)
        return reportFailure(io, QStringLiteral("vigie post"), st);
    Account account;
    if (auto st = session.account(accountId, &account); !st)
        return reportFailure(io, QStringLiteral("vigie post"), st);
    // The post is kept like any other so the calendar and the audit log show it.
    Post post;
    post.workspaceId = session.workspace().id;
    post.brandId = account.brandId;
    post.body = text;
    post.scheduledAt = QDateTime::currentDateTimeUtc();
    post.variants = {PostVariant::forAccount(account.id)};
    const QString actor = QStringLiteral("cli");
    if (auto st = PostRepository(session.db()).create(post, actor); !st)
        return reportFailure(io, QStringLiteral("vigie post"), st);
    Result<PublishedPost> published;
    const Status st = session.runJob(account, [&](Adapter &adapter, const Account &) {
        published =
            PublishNow(session.db()).publishVariant(post.variants.constFirst().id, content, adapter, actor);
        return published.outcome;
    });
    if (!st)
        return reportFailure(io, QStringLiteral("vigie post"), st);
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("remote_id"), published.value.remoteId},
                                            {QStringLiteral("url"), published.value.url},
                                            {QStringLiteral("post_id"), post.id}})
                      .toJson(QJsonDocument::Compact)
               << '\n';
    } else {
        io.out << published.value.remoteId << ' ' << published.value.url << '\n';
    }
    return Success;
}

} // namespace cli
} // namespace vigie
