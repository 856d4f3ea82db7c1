#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a person types in the inbox search box, turned into a safe full-text query. Supported:
// words (all must appear; a word also finds its plural or singular: "vertige" finds "vertiges"),
// word* for every word starting so, "an exact phrase", -word to leave out, OR between two words or
// phrases. Case and accents never matter. Bare words are not prefixes: a prefix of a frequent word
// makes SQLite read every matching message before the first page (11 ms at 1M messages against
// 0.1 ms for whole words), and "mal" should not find "malade". Everything else is taken as text, so no input
// can reach the SQL engine as syntax; what cannot be read gets a sentence saying why.
namespace vigie {

struct ParsedSearch
{
    QString ftsMatch;  // an FTS5 MATCH expression (empty when error is set)
    QStringList terms; // the words and phrases looked for, for highlighting
    QString error;     // for a person: why the query cannot be run

    bool ok() const { return error.isEmpty(); }
};

class SearchQueryParser
{
    Q_DECLARE_TR_FUNCTIONS(SearchQueryParser)

public:
    static ParsedSearch parse(const QString &text);
    // The forms a bare word is looked up in: itself, with -s and -x, and without a final s or x
    // (French and English plurals), from three letters on. The highlighter uses the same rule.
    static QStringList wordForms(const QString &word);
};

} // namespace vigie
