#pragma once

#include "storage/adversecaserepository.h"

namespace vigie {
namespace test {

// A workspace (Europe/Paris unless told) with one brand and a Mastodon account, into which
// tests ingest flagged messages the way a sync does, so InboxRepository opens the cases.
struct TriageWorkspace
{
    Workspace workspace;
    Brand brand;
    Account account;
};
bool seedTriageWorkspace(Database &db, TriageWorkspace *seeded,
                         const QString &timezone = QStringLiteral("Europe/Paris"));

struct FlaggedText
{
    QString text = QStringLiteral("Depuis que je prends Apaisyl j'ai des vertiges.");
    QString authorHandle = QStringLiteral("@marie@piaille.fr");
    QString authorName = QStringLiteral("Marie");
    QList<EvidenceSpan> evidence;
    QString url;
};
// The evidence the classifier would give the default text: product, experience, symptom.
QList<EvidenceSpan> defaultEvidence();

// Ingests one adverse-event message received at receivedAt (the ingest's clock); returns the
// case opened for it, 0 on failure (with a warning).
Id ingestFlagged(Database &db, const TriageWorkspace &seeded, const QDateTime &receivedAt,
                 const FlaggedText &flagged = {});

// A listening mention with its case opened by openMentionCases; returns the case id.
Id insertFlaggedMention(Database &db, const TriageWorkspace &seeded, const QDateTime &receivedAt,
                        const QString &text);

} // namespace test
} // namespace vigie
