#include "cli/approvecommand.h"

#include "cli/networksession.h"
#include "publishing/approvalservice.h"
#include "storage/database.h"
#include "storage/postrepository.h"

#include <QCommandLineParser>
#include <QTimeZone>

namespace vigie {
namespace cli {

namespace {
// "2026-12-31" means valid through that day in the workspace's zone; a full ISO 8601 time is
// taken as given.
QDateTime parseExpiry(const QString &text, const QTimeZone &zone)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(date.addDays(1), QTime(0, 0), zone).toUTC();
    return parseWorkspaceTime(text, zone);
}
} // namespace

QString ApproveCommand::summary() const
{
    return tr("record an MLR review of a post (approve or request changes)");
}

int ApproveCommand::run(const QStringList &args, Io io)
{
    const QString command = QStringLiteral("vigie approve");
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("POST_ID"), tr("The post reviewed."));
    parser.addOption(
        {QStringLiteral("role"), tr("The review: medical, legal or regulatory."), QStringLiteral("ROLE")});
    parser.addOption(
        {QStringLiteral("as"), tr("Who reviews (must not be the post's author)."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("code"), tr("The MLR reference code of the approval."), QStringLiteral("MLR-CODE")});
    parser.addOption({QStringLiteral("expires"),
                      tr("Date (YYYY-MM-DD, valid through that day) or time after which the post may not "
                         "publish."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("request-changes"), tr("Send the post back to its author instead.")});
    parser.addOption({QStringLiteral("comment"), tr("A note for the author."), QStringLiteral("TEXT")});
    if (int code = parseArguments(parser, args, io); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const Id postId = positional.size() == 1 ? parseId(positional.first()) : 0;
    if (postId <= 0) {
        io.err << tr("vigie approve: give the id of one post (see vigie posts list).") << '\n';
        return BadUsage;
    }
    const ReviewRole role = reviewRoleFromKey(parser.value(QStringLiteral("role")));
    if (role == ReviewRole::Unknown) {
        io.err << tr("vigie approve: --role must be medical, legal or regulatory.") << '\n';
        return BadUsage;
    }
    if (parser.value(QStringLiteral("as")).trimmed().isEmpty()) {
        io.err << tr("vigie approve: say who reviews with --as NAME.") << '\n';
        return BadUsage;
    }
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    const QTimeZone zone(workspace.timezone.toUtf8());
    ReviewDecision decision;
    decision.postId = postId;
    decision.role = role;
    decision.reviewer = parser.value(QStringLiteral("as"));
    decision.approve = !parser.isSet(QStringLiteral("request-changes"));
    decision.mlrCode = parser.value(QStringLiteral("code"));
    decision.comment = parser.value(QStringLiteral("comment"));
    if (parser.isSet(QStringLiteral("expires"))) {
        decision.expiresAt = parseExpiry(parser.value(QStringLiteral("expires")), zone);
        if (!decision.expiresAt.isValid()) {
            io.err << tr("vigie approve: --expires takes a date such as 2026-12-31.") << '\n';
            return BadUsage;
        }
    }
    ApprovalService approvals(db);
    if (auto st = approvals.decide(decision); !st)
        return reportFailure(io, command, st);
    const auto post = PostRepository(db).post(postId);
    const ApprovalStatus status = approvals.status(*post);
    io.out << tr("Post %1: %2 review recorded. It is now %3.")
                  .arg(postId)
                  .arg(reviewRoleDisplayName(role).toLower(), postStateDisplayName(post->state).toLower());
    if (!status.missing.isEmpty() && post->state == PostState::InReview)
        io.out << ' ' << tr("Still missing: %1.").arg(reviewRolesDisplayList(status.missing));
    io.out << '\n';
    return Success;
}

} // namespace cli
} // namespace vigie
