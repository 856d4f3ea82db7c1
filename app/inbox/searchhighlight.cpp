#include "inbox/searchhighlight.h"

#include "storage/searchquery.h"

#include <algorithm>

namespace vigie {

namespace {
// One word of a text, as the full-text tokenizer cuts it: letters and digits in a row.
struct Token
{
    QString folded;
    int start = 0; // in the original text
    int end = 0;   // one past the last code unit
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

// Folds one character into out (possibly several code units, possibly none for a lone accent).
void appendFolded(QChar c, QString &out)
{
    if (c.isSurrogate() || c.unicode() < 0x80) {
        out += c.toLower();
        return;
    }
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    for (const QChar d : decomposed) {
        if (d.category() != QChar::Mark_NonSpacing)
            out += d.toLower();
    }
}

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    int i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        while (i < text.size() && isWordChar(text.at(i)))
            appendFolded(text.at(i++), token.folded);
        token.end = i;
        if (!token.folded.isEmpty())
            tokens << token;
    }
    return tokens;
}

// A term as the parser passes it on: a word (maybe ending with *) or a phrase of several words.
struct Pattern
{
    QStringList words; // folded
    bool prefix = false;
    QStringList forms; // a single bare word: the forms the search looks it up in (folded)
};

Pattern patternOf(const QString &term)
{
    Pattern pattern;
    QString text = term.trimmed();
    bool star = false;
    while (text.endsWith(QLatin1Char('*'))) {
        text.chop(1);
        star = true;
    }
    for (const Token &token : tokenize(text))
        pattern.words << token.folded;
    // word* matches as a prefix; a bare word in the forms the search query looks it up in.
    pattern.prefix = pattern.words.size() == 1 && star;
    if (pattern.words.size() == 1 && !star)
        pattern.forms = SearchQueryParser::wordForms(pattern.words.first());
    return pattern;
}
} // namespace

QString foldForSearch(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        appendFolded(c, out);
    return out;
}

QList<TextRange> searchMatchRanges(const QString &text, const QStringList &terms)
{
    QList<TextRange> ranges;
    if (text.isEmpty() || terms.isEmpty())
        return ranges;
    const QList<Token> tokens = tokenize(text);
    for (const QString &term : terms) {
        const Pattern pattern = patternOf(term);
        if (pattern.words.isEmpty())
            continue;
        const int n = int(pattern.words.size());
        for (int t = 0; t + n <= tokens.size(); ++t) {
            bool match = true;
            for (int w = 0; w < n && match; ++w) {
                const QString &word = tokens.at(t + w).folded;
                match = pattern.prefix             ? word.startsWith(pattern.words.at(w))
                        : !pattern.forms.isEmpty() ? pattern.forms.contains(word)
                                                   : word == pattern.words.at(w);
            }
            if (match)
                ranges << TextRange{tokens.at(t).start, tokens.at(t + n - 1).end - tokens.at(t).start};
        }
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> merged;
    for (const TextRange &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.start <= merged.last().start + merged.last().length) {
            TextRange &last = merged.last();
            last.length = std::max(last.start + last.length, range.start + range.length) - last.start;
        } else {
            merged << range;
        }
    }
    return merged;
}

} // namespace vigie
