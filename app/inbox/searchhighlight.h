#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vigie {

// A stretch of a text to show highlighted: start and length in UTF-16 code units (as QString).
struct TextRange
{
    int start = 0;
    int length = 0;

    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// Where the words of a search appear in a text, found the way the full-text index finds them:
// case and accents never matter ("Vertige" matches "vértige"), a word also matches its plural or
// singular (SearchQueryParser::wordForms: "vertige" lights up "vertiges"), word* matches the words
// it starts, a phrase matches its words in a row. terms are SearchQueryParser's ParsedSearch::terms. Ranges
// are sorted and never overlap; a word matched by two terms is one range.
QList<TextRange> searchMatchRanges(const QString &text, const QStringList &terms);

// text folded for comparison: lower case, accents removed ("Élodie" → "elodie"); ligatures and
// other letters are kept as they are.
QString foldForSearch(const QString &text);

} // namespace vigie
