#include "storage/searchquery.h"

namespace vigie {

namespace {

struct Token
{
    enum Kind { Word, Phrase, Or } kind = Word;
    QString text;
    bool excluded = false;
};

// Keeps letters, digits and the joiners the tokenizer splits on anyway ("l'hélidol", "e-mail"):
// a token made only of punctuation ("!!!", "#", "@") has nothing to look for.
bool hasSearchableCharacter(const QString &text)
{
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString wordExpression(const Token &token)
{
    if (token.kind == Token::Phrase)
        return quoted(token.text);
    QString word = token.text;
    const bool prefix = word.endsWith(QLatin1Char('*'));
    while (word.endsWith(QLatin1Char('*')))
        word.chop(1);
    if (prefix)
        return quoted(word) + QStringLiteral("*");
    const QStringList forms = SearchQueryParser::wordForms(word);
    if (forms.size() == 1)
        return quoted(word);
    QStringList alternatives;
    for (const QString &form : forms)
        alternatives << quoted(form);
    return QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace

QStringList SearchQueryParser::wordForms(const QString &word)
{
    int letters = 0;
    for (const QChar c : word)
        letters += c.isLetter() ? 1 : 0;
    // Only plain words get forms: "l'hélidol" or "e-mail" are phrases to the index.
    bool plain = letters >= 3;
    for (const QChar c : word)
        plain = plain && c.isLetter();
    if (!plain)
        return {word};
    QStringList forms{word, word + QLatin1Char('s'), word + QLatin1Char('x')};
    const QChar last = word.back().toLower();
    if ((last == QLatin1Char('s') || last == QLatin1Char('x')) && letters >= 4)
        forms << word.chopped(1);
    return forms;
}

ParsedSearch SearchQueryParser::parse(const QString &text)
{
    ParsedSearch result;
    QList<Token> tokens;
    const QString input = text.trimmed();
    int i = 0;
    while (i < input.size()) {
        const QChar c = input.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        if (c == QLatin1Char('-') && i + 1 < input.size() && !input.at(i + 1).isSpace()) {
            token.excluded = true;
            ++i;
        }
        if (i < input.size() && (input.at(i) == QLatin1Char('"') || input.at(i) == QChar(0x201C) ||
                                 input.at(i) == QChar(0x00AB))) {
            const QChar open = input.at(i);
            const QChar close = open == QLatin1Char('"') ? QLatin1Char('"')
                                : open == QChar(0x201C)  ? QChar(0x201D)
                                                         : QChar(0x00BB);
            const int end = input.indexOf(close, i + 1);
            if (end < 0) {
                result.error =
                    tr("A quotation mark is not closed: add the closing %1 after the phrase.").arg(close);
                return result;
            }
            token.kind = Token::Phrase;
            token.text = input.mid(i + 1, end - i - 1).simplified();
            i = end + 1;
        } else {
            int end = i;
            while (end < input.size() && !input.at(end).isSpace() && input.at(end) != QLatin1Char('"'))
                ++end;
            token.text = input.mid(i, end - i);
            i = end;
            if (token.text == QLatin1String("OR") && !token.excluded)
                token.kind = Token::Or;
        }
        if (token.kind != Token::Or && !hasSearchableCharacter(token.text))
            continue; // punctuation alone: nothing to look for
        tokens << token;
    }

    // Groups of alternatives: a OR b c → (a OR b) AND c.
    QList<QStringList> groups;
    QStringList excluded;
    bool pendingOr = false;
    for (int t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens.at(t);
        if (token.kind == Token::Or) {
            if (groups.isEmpty() || pendingOr || t + 1 >= tokens.size() || tokens.at(t + 1).excluded ||
                tokens.at(t + 1).kind == Token::Or) {
                result.error = tr("OR must stand between two words or phrases, as in: vertige OR nausée.");
                return result;
            }
            pendingOr = true;
            continue;
        }
        const QString expression = wordExpression(token);
        if (token.excluded) {
            excluded << expression;
            continue;
        }
        if (pendingOr)
            groups.last() << expression;
        else
            groups << QStringList{expression};
        pendingOr = false;
        result.terms << token.text;
    }
    if (groups.isEmpty()) {
        result.error = excluded.isEmpty()
                           ? tr("Type a word to search for.")
                           : tr("Add at least one word to look for, not only words to leave out.");
        result.terms.clear();
        return result;
    }
    QStringList parts;
    for (const QStringList &group : groups)
        parts << (group.size() == 1
                      ? group.first()
                      : QLatin1Char('(') + group.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    result.ftsMatch = parts.join(QStringLiteral(" AND "));
    if (!excluded.isEmpty())
        result.ftsMatch = QLatin1Char('(') + result.ftsMatch + QStringLiteral(") NOT (") +
                          excluded.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return result;
}

} // namespace vigie
