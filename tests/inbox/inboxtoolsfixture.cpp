#include "inboxtoolsfixture.h"

#include "storage/savedreplyrepository.h"
#include "storage/sqlquery.h"

#include <QtTest>

namespace vigie {
namespace test {

bool addFlaggedConversation(Database &db, const SeededInbox &seed, FlaggedConversation *flagged)
{
    IncomingMessage in;
    in.rootRemoteId = QStringLiteral("at://did:plc:patient/app.bsky.feed.post/flagged");
    in.brandId = seed.brandA.id;
    Message &m = in.message;
    m.accountId = seed.accounts.at(1).id; // Bluesky
    m.remoteId = in.rootRemoteId;
    m.authorHandle = QStringLiteral("marie.dupont.bsky.social");
    m.authorName = QStringLiteral("Marie Dupont");
    m.body = QStringLiteral("Depuis que je prends Apaisyl j'ai des vertiges et des naus\u00e9es le matin, "
                            "c'est normal ? Mon m\u00e9decin est en vacances.");
    m.language = QStringLiteral("fr");
    m.sentiment = Sentiment::Negative;
    m.adverseEvent = true;
    m.createdAt = seed.newest.addSecs(300);
    const auto span = [&m](EvidenceKind kind, const QString &words) {
        return EvidenceSpan{kind, int(m.body.indexOf(words)), int(words.size()), words};
    };
    m.evidence = {span(EvidenceKind::Experience, QStringLiteral("Depuis que je prends")),
                  span(EvidenceKind::Product, QStringLiteral("Apaisyl")),
                  span(EvidenceKind::Symptom, QStringLiteral("vertiges")),
                  span(EvidenceKind::Symptom, QStringLiteral("naus\u00e9es"))};
    if (auto st = InboxRepository(db).ingest({in}); !st) {
        qWarning() << st.error();
        return false;
    }
    SqlQuery q(db, QStringLiteral("SELECT id, thread_id FROM messages WHERE remote_id = ?"));
    if (!q.exec(m.remoteId) || !q.next())
        return false;
    flagged->messageId = q.value(0).toLongLong();
    flagged->threadId = q.value(1).toLongLong();
    flagged->body = m.body;
    return true;
}

bool addSavedReplies(Database &db, Id workspaceId)
{
    const QList<SavedReply> replies = {
        {0, workspaceId, QStringLiteral("en"), QStringLiteral("Adverse event: please report"),
         QStringLiteral("Hello {name}, thank you for telling us about {product}. {agent}, {brand}")},
        {0, workspaceId, QStringLiteral("fr"), QStringLiteral("Effet ind\u00e9sirable : d\u00e9claration"),
         QStringLiteral("Bonjour {name}, merci de nous avoir parl\u00e9 de {product}. Pouvez-vous nous "
                        "\u00e9crire en priv\u00e9 ? {agent}, \u00e9quipe {brand}")},
        {0, workspaceId, QStringLiteral("fr"), QStringLiteral("Remerciement"),
         QStringLiteral("Merci {prenom} pour votre message !")},
    };
    for (SavedReply reply : replies) {
        if (auto st = SavedReplyRepository(db).save(reply); !st) {
            qWarning() << st.error();
            return false;
        }
    }
    return true;
}

} // namespace test
} // namespace vigie
