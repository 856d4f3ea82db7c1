#include "cli/postcommand.h"

#include "cli/networksession.h"
#include "delivery/publishnow.h"
#include "platforms/registry/mediafit.h"
#include "publishing/approvalservice.h"
#include "publishing/compliance.h"
#include "storage/database.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace vigie {
namespace cli {

using namespace platforms;

namespace {
// Checks that a post may go to this account now or later: the brand's compliance rules.
Status complianceOf(Database &db, const Post &post)
{
    const auto findings = ComplianceChecker::forStoredPost(db, post).check(post);
    return ComplianceChecker::hasErrors(findings) ? Status::failure(ComplianceChecker::errorText(findings))
                                                  : Status::success();
}

// Checks that the account's network takes the attached files (types, sizes, count), before
// anything is written or sent.
Status mediaFitOf(const Account &account, const QList<PostMedia> &media)
{
    QStringList problems;
    for (const MediaMisfit &misfit : MediaFit::check(account.network, media))
        problems << misfit.message;
    return problems.isEmpty() ? Status::success() : Status::failure(problems.join(QLatin1Char('\n')));
}
} // namespace

QString PostCommand::summary() const
{
    return tr("publish a post on one account now, or schedule it with --at");
}

int PostCommand::schedule(const QCommandLineParser &parser, const Post &draft, Io io)
{
    const QString command = QStringLiteral("vigie post");
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    const QTimeZone zone(workspace.timezone.toUtf8());
    const QDateTime when = parseWorkspaceTime(parser.value(QStringLiteral("at")), zone);
    if (!when.isValid()) {
        io.err << tr("vigie post: --at takes an ISO 8601 time such as 2026-12-01T09:00 (workspace time) or "
                     "2026-12-01T08:00Z.")
               << '\n';
        return BadUsage;
    }
    if (when <= QDateTime::currentDateTimeUtc()) {
        io.err << tr("vigie post: %1 has already passed; leave out --at to publish now.")
                      .arg(when.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"))
               << '\n';
        return BadUsage;
    }
    const auto account = WorkspaceRepository(db).account(draft.variants.constFirst().accountId);
    if (!account || account->workspaceId != workspace.id)
        return reportFailure(io, command,
                             Status::failure(tr("There is no account %1 (see vigie account list).")
                                                 .arg(draft.variants.constFirst().accountId)));
    Post post = draft;
    post.workspaceId = workspace.id;
    post.brandId = account->brandId;
    post.scheduledAt = when;
    // Checked before anything is written: a refused post leaves no trace but the message.
    if (auto st = complianceOf(db, post); !st)
        return reportFailure(io, command, st);
    if (auto st = mediaFitOf(*account, post.extras.media); !st)
        return reportFailure(io, command, st);
    const QString actor = QStringLiteral("cli");
    if (auto st = PostRepository(db).create(post, actor); !st)
        return reportFailure(io, command, st);
    if (auto st = ApprovalService(db).submit(post.id, actor); !st) {
        PostRepository(db).remove(post.id, actor);
        return reportFailure(io, command, st);
    }
    const auto stored = PostRepository(db).post(post.id);
    const QString local = when.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm");
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("post_id"), post.id},
                                            {QStringLiteral("state"), postStateKey(stored->state)},
                                            {QStringLiteral("scheduled_at"), when.toString(Qt::ISODate)}})
                      .toJson(QJsonDocument::Compact)
               << '\n';
    } else if (stored->state == PostState::InReview) {
        io.out << tr("Post %1 is in review for %2 (%3): it needs the %4 review before it can publish.")
                      .arg(post.id)
                      .arg(local, workspace.timezone,
                           reviewRolesDisplayList(PostRepository(db).requiredReviewsOf(post.brandId)))
               << '\n';
    } else {
        io.out << tr("Post %1 is scheduled for %2 (%3).").arg(post.id).arg(local, workspace.timezone) << '\n';
    }
    return Success;
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
    parser.addOption({QStringLiteral("at"),
                      tr("Schedule instead of publishing now: an ISO 8601 time (workspace time unless it "
                         "has an offset). A brand that requires reviews gets the post in review."),
                      QStringLiteral("ISO8601")});
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
    if (parser.isSet(QStringLiteral("at"))) {
        if (!content.inReplyToRemoteId.isEmpty()) {
            io.err << tr("vigie post: --reply-to publishes now; it cannot be scheduled with --at.") << '\n';
            return BadUsage;
        }
        Post draft;
        draft.body = text;
        draft.variants = {PostVariant::forAccount(accountId)};
        for (const MediaAttachment &m : std::as_const(content.media))
            draft.extras.media << PostMedia{QFileInfo(m.filePath).absoluteFilePath(), m.altText,
                                            fileSha256(m.filePath)};
        return schedule(parser, draft, io);
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
    // Publishing now skips the calendar, not the rules: a brand that requires reviews must go
    // through them, and the compliance checks apply.
    PostRepository posts(session.db());
    if (const QList<ReviewRole> required = posts.requiredReviewsOf(post.brandId); !required.isEmpty())
        return reportFailure(
            io, QStringLiteral("vigie post"),
            Status::failure(tr("This account's brand requires the %1 review: schedule the post "
                               "with --at so it can be approved first.")
                                .arg(reviewRolesDisplayList(required))));
    if (auto st = complianceOf(session.db(), post); !st)
        return reportFailure(io, QStringLiteral("vigie post"), st);
    QList<PostMedia> media;
    for (const MediaAttachment &m : std::as_const(content.media))
        media << PostMedia{m.filePath, m.altText, {}};
    if (auto st = mediaFitOf(account, media); !st)
        return reportFailure(io, QStringLiteral("vigie post"), st);
    content.text = withSafetyText(text, posts.safetyTextOf(post.brandId));
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
