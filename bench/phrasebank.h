#pragma once

#include "core/types.h"

#include <QRandomGenerator>
#include <QString>

// Phrase banks the benchmark corpus builds its French and English social-media texts from.
namespace vigie {
namespace bench {

enum class Language { French, English };
enum class Tone { Positive, Neutral, Negative, AdverseEvent, BrandReply };

QString languageCode(Language language); // "fr", "en"

// A short post or comment (30 to 280 characters) about product of brand, in the given tone.
QString composeText(QRandomGenerator &rng, Language language, Tone tone, const QString &product,
                    const QString &brand);

// What the classifier would highlight in an adverse-event text from composeText: the product
// and the symptom it names, as UTF-16 offsets (stored as messages.evidence).
QList<EvidenceSpan> adverseEvidence(Language language, const QString &text, const QString &product);

struct Person
{
    QString handle; // "claire.martin42"
    QString name;   // "Claire Martin"
};
Person randomPerson(QRandomGenerator &rng, Language language);

} // namespace bench
} // namespace vigie
