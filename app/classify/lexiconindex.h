#pragma once

#include "classify/fuzzyindex.h"
#include "classify/textscan.h"
#include "classify/wordtable.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

// The lexicons of lexicon*.cpp as one vocabulary and one phrase trie, built once per process and
// shared read-only by every Classifier and thread.
namespace vigie {
namespace classify {

// "(a|b) c" -> {"a c", "b c"}; see lexicon.h for the syntax.
QStringList expandPattern(const QString &pattern);
// The folded words of a phrase, split exactly as a message would be.
std::vector<std::u16string> phraseWords(QStringView phrase);

class LexiconIndex
{
public:
    static const LexiconIndex &instance();

    // The word's id in the vocabulary, trying the singular ("vertiges" -> "vertige") when the
    // word itself is unknown; -1 when neither is known.
    int wordId(std::u16string_view word, quint64 hash) const;
    // The symptom word a misspelled token stands for ("diarée", "nightmars"), or -1: 1 typo from 7
    // letters, 2 from 9. Only symptom words are corrected, the rest of the lexicon is too common.
    int correctedSymptomWord(std::u16string_view word) const;
    const PhraseTrie &trie() const { return m_trie; }
    int phraseCount() const { return m_phrases; }

private:
    LexiconIndex();

    WordTable m_words;
    PhraseTrie m_trie;
    FuzzyIndex m_symptomWords;
    int m_phrases = 0;
};

} // namespace classify
} // namespace vigie
