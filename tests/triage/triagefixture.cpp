#include "triagefixture.h"

#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QDebug>

namespace vigie {
namespace test {

bool seedTriageWorkspace(Database &db, TriageWorkspace *seeded, const QString &timezone)
{
    WorkspaceRepository workspaces(db);
    seeded->workspace.name = QStringLiteral("Laboratoires Test");
    seeded->workspace.timezone = timezone;
    if (auto st = workspaces.addWorkspace(seeded->workspace); !st) {
        qWarning() << st.error();
        return false;
    }
    seeded->brand = Brand::named(seeded->workspace.id, QStringLiteral("Apaisyl"), QStringLiteral("#2f6f9f"));
    if (auto st = workspaces.addBrand(seeded->brand); !st) {
        qWarning() << st.error();
        return false;
    }
    seeded->account.workspaceId = seeded->workspace.id;
    seeded->account.brandId = seeded->brand.id;
    seeded->account.network = Network::Mastodon;
    seeded->account.handle = QStringLiteral("@apaisyl@piaille.fr");
    if (auto st = workspaces.addAccount(seeded->account); !st) {
        qWarning() << st.error();
        return false;
    }
    return true;
}

QList<EvidenceSpan> defaultEvidence()
{
    const QString text = FlaggedText().text;
    const auto span = [&](EvidenceKind kind, const QString &word) {
        return EvidenceSpan{kind, int(text.indexOf(word)), int(word.size()), word};
    };
    return {span(EvidenceKind::Experience, QStringLiteral("Depuis que je prends")),
            span(EvidenceKind::Product, QStringLiteral("Apaisyl")),
            span(EvidenceKind::Symptom, QStringLiteral("vertiges"))};
}

Id ingestFlagged(Database &db, const TriageWorkspace &seeded, const QDateTime &receivedAt,
                 const FlaggedText &flagged)
{
    static int counter = 0;
    const FixedClock clock(receivedAt);
    IncomingMessage in;
    in.brandId = seeded.brand.id;
    in.message.accountId = seeded.account.id;
    in.message.remoteId = QStringLiteral("flagged-%1").arg(++counter);
    in.rootRemoteId = in.message.remoteId;
    in.message.authorHandle = flagged.authorHandle;
    in.message.authorName = flagged.authorName;
    in.message.body = flagged.text;
    in.message.evidence = flagged.evidence.isEmpty() && flagged.text == FlaggedText().text ? defaultEvidence()
                                                                                           : flagged.evidence;
    in.message.url =
        flagged.url.isEmpty() ? QStringLiteral("https://piaille.fr/@marie/%1").arg(counter) : flagged.url;
    in.message.adverseEvent = true;
    in.message.createdAt = receivedAt.addSecs(-120);
    if (auto st = InboxRepository(db, clock).ingest({in}); !st) {
        qWarning() << st.error();
        return 0;
    }
    SqlQuery q(db, QStringLiteral("SELECT c.id FROM adverse_cases c JOIN messages m ON m.id = c.message_id "
                                  "WHERE m.account_id = ? AND m.remote_id = ?"));
    if (!q.exec(seeded.account.id, in.message.remoteId) || !q.next()) {
        qWarning() << "no case opened for" << in.message.remoteId;
        return 0;
    }
    return q.value(0).toLongLong();
}

Id insertFlaggedMention(Database &db, const TriageWorkspace &seeded, const QDateTime &receivedAt,
                        const QString &text)
{
    static int counter = 0;
    const int n = ++counter;
    SqlQuery insert(
        db, QStringLiteral("INSERT INTO mentions (workspace_id, brand_id, network, source, remote_id, "
                           "author, body, adverse_event, url, created_at) "
                           "VALUES (?, ?, 'bluesky', '#apaisyl', ?, ?, ?, 1, ?, ?)"));
    if (!insert.exec(seeded.workspace.id, seeded.brand.id, QStringLiteral("mention-%1").arg(n),
                     QStringLiteral("jeanne.bsky.social"), text,
                     QStringLiteral("https://bsky.app/profile/jeanne.bsky.social/post/%1").arg(n),
                     receivedAt.addSecs(-600).toSecsSinceEpoch()))
        return 0;
    const Id mentionId = insert.lastInsertId();
    if (auto st = openMentionCases(db, {{seeded.workspace.id, mentionId}}, receivedAt.toSecsSinceEpoch());
        !st) {
        qWarning() << st.error();
        return 0;
    }
    SqlQuery q(db, QStringLiteral("SELECT id FROM adverse_cases WHERE mention_id = ?"));
    if (!q.exec(mentionId) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace test
} // namespace vigie
