#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a person types in the inbox search box, turned into a safe full-text query. Supported:
// words (all must appear; each also matches words that start with it: "vertige" finds
// "vertiges"), "an exact phrase", -word to leave out, OR between two words or phrases. Case and
// accents never matter. Everything else is taken as text, so no input can reach the SQL engine
// as syntax; what cannot be read gets a sentence saying why.
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
};

} // namespace vigie
