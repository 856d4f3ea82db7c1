#pragma once

#include <QtGlobal>

#include <vector>

// The lexicons Vigie's classifier reads, compiled in as C++ tables (no file to find or parse at
// start-up beyond expanding the patterns below once per process).
//
// An entry is a phrase written as people write it; accents and case do not matter, apostrophes and
// hyphens separate words ("m'a donné" = "m a donne"). "(a|b c|)" offers alternatives for one
// place, the empty one making it optional: "(mal|maux) (au|de) ventre". Entries are separated by
// new lines or ';'.
namespace vigie {
namespace classify {

namespace Category {
enum : quint64 {
    Symptom = quint64(1) << 0,       // a side effect or symptom in lay words
    SideEffect = quint64(1) << 1,    // "effet secondaire", "side effects": the words themselves
    DrugReference = quint64(1) << 2, // a product named without its name: "ce médicament", "these pills"
    Intake = quint64(1) << 3,        // someone took something: "je prends", "after taking", "la dose"
    Person = quint64(1) << 4,     // someone says it happened to them or to someone close: "j'ai eu", "my son"
    Causal = quint64(1) << 5,     // links a symptom to a cause: "m'a donné", "depuis que", "gave me"
    Negator = quint64(1) << 6,    // "pas", "aucun", "no", "never", "sans"
    ScopeBreak = quint64(1) << 7, // ends a negation's reach: "mais", "but", "sauf", "except"
    Hypothetical = quint64(1) << 8, // "peut", "risque de", "can", "may": something that could happen
    QuestionWord = quint64(1) << 9, // "est-ce que", "is it normal"
    News = quint64(1) << 10,        // press, authorities, studies, recalls
    Figurative = quint64(1) << 11,  // a non-drug cause: "ce match", "this ad", "le prix"
    Indication = quint64(1) << 12,  // before a symptom: what the medicine is for ("contre", "relieves")
    Resolved = quint64(1) << 13,    // after a symptom: it went away ("est passée", "gone")
    Inefficacy = quint64(1) << 14,  // the medicine did not work: the symptom is the illness, not an effect
    Sentiment = quint64(1) << 15,   // carries PhraseInfo::sentiment
    Intensifier = quint64(1) << 16, // "très", "trop", "so", "really"
    NotNegator = quint64(1) << 17,  // a phrase starting with a negator that negates nothing ("pas mal de")
    French = quint64(1) << 18,      // a word typical of French text
    English = quint64(1) << 19,     // a word typical of English text
    Conditional = quint64(1) << 20, // "si", "if", "en cas de": a symptom that may come, not one that came
    Known = quint64(1) << 21,       // a common word: never taken for a product name with a typo
    Linked = quint64(1) << 22,      // a causal link strong enough to outweigh "it is what I took it for"
    CausalVerb = quint64(1) << 23,  // "m'a donné", "gave me": the cause is its subject, written before it
    TimeLink =
        quint64(1) << 24, // "depuis", "after": a link only when a medicine follows, not "depuis 3 nuits"
    Pronoun = quint64(1) << 25,     // "ça", "it": a subject that can stand for the medicine named earlier
    Determiner = quint64(1) << 26,  // words that may stand between "contre" and the symptom ("contre les")
    TreatIntent = quint64(1) << 27, // "je vais prendre", "grabbing": what follows treats what came before
    NotSymptom = quint64(1) << 28,  // idioms holding a symptom word: "mort de rire", "such a pain"
    Drowsy = quint64(1) << 29, // sleepiness: the intended effect of a sleep aid unless the writer complains
    WeakSymptom =
        quint64(1) << 30, // an emoji (🤢 🤮 😵): a symptom only in a sentence that links it to a cause
    DoseWord = quint64(1) << 31, // "dose", "comprimé", "pills": a medicine taken, not a medicine taken for it
    IndicationLike = quint64(1) << 32, // pain, fever, sleeplessness, palpitations: what people take medicines
                                       // FOR; only these are read as the reason when the medicine comes after
    FirstPerson = quint64(1) << 33,    // je, moi, my, we…: someone speaks for themselves (news do not)
};
}

struct LexiconBlock
{
    quint64 categories = 0;
    int sentiment = 0;
    const char *entries = nullptr; // UTF-8
};

std::vector<LexiconBlock> frenchSymptomBlocks();
std::vector<LexiconBlock> englishSymptomBlocks();
std::vector<LexiconBlock> frenchContextBlocks();
std::vector<LexiconBlock> englishContextBlocks();
std::vector<LexiconBlock> sentimentBlocks();
std::vector<LexiconBlock> languageBlocks();

} // namespace classify
} // namespace vigie
