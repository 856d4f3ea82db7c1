#include "classify/textscan.h"

#include <QChar>
#include <QString>

#include <array>
#include <memory>

namespace vigie {
namespace classify {

namespace {

enum class CharClass : quint8 {
    Separator,   // spaces (NBSP too), apostrophes, hyphens, quotes: end a word
    Letter,      // part of a word, folded to fold[0] (and fold[1] for œ, æ, ß, ﬁ…)
    Digit,       // part of a number; a letter after a digit starts a new word ("1g" = "1" "g")
    Ignorable,   // combining accents, joiners, variation selectors: skipped inside a word
    ClauseBreak, // , ; : ( ) … and the like
    SentenceEnd, // . and line ends
    Question,    // ?
    Exclamation, // !
    Emoji,       // a pictograph in the BMP (☺ ❤ ⚠…): a word of its own
    Surrogate,   // high surrogate: decoded with the next unit
};

struct Fold
{
    char16_t first = 0;
    char16_t second = 0;
    CharClass cls = CharClass::Separator;
    bool frenchAccent = false;
    bool upper = false; // "#TeamNoctélia": an upper-case letter after a lower-case one starts a word
};

char16_t baseLetter(char16_t c)
{
    const QChar ch(c);
    const QString decomposed = ch.decomposition();
    if (!decomposed.isEmpty() && decomposed.at(0).isLetter())
        return decomposed.at(0).toCaseFolded().unicode();
    return ch.toCaseFolded().unicode();
}

// One entry per BMP code unit, built once: folding a character is one array read.
std::unique_ptr<std::array<Fold, 65536>> buildFoldTable()
{
    auto table = std::make_unique<std::array<Fold, 65536>>();
    for (int code = 0; code < 65536; ++code) {
        const char16_t c = char16_t(code);
        Fold &f = (*table)[code];
        const QChar ch(c);
        if (ch.isHighSurrogate()) {
            f.cls = CharClass::Surrogate;
        } else if (ch.isLowSurrogate()) {
            f.cls = CharClass::Separator;
        } else if (ch.isDigit()) {
            f.cls = CharClass::Digit;
            f.first = char16_t(u'0' + ch.digitValue());
        } else if (ch.isLetter()) {
            f.cls = CharClass::Letter;
            f.upper = ch.isUpper();
            const QString decomposed = ch.decomposition();
            if (ch.decompositionTag() == QChar::Compat && decomposed.size() == 2 &&
                decomposed.at(0).isLetter() && decomposed.at(1).isLetter()) { // ﬁ ﬂ ĳ…
                f.first = decomposed.at(0).toCaseFolded().unicode();
                f.second = decomposed.at(1).toCaseFolded().unicode();
            } else {
                f.first = baseLetter(c);
            }
        } else if (ch.isMark() || code == 0x200D || code == 0x200C || (code >= 0xFE00 && code <= 0xFE0F)) {
            f.cls = CharClass::Ignorable;
        } else if ((code >= 0x2600 && code <= 0x27BF) || code == 0x2B50 || code == 0x2B55 || code == 0x2639 ||
                   code == 0x263A) {
            f.cls = CharClass::Emoji;
        }
    }
    auto set = [&](char16_t c, char16_t a, char16_t b = 0) {
        (*table)[c].cls = CharClass::Letter;
        (*table)[c].first = a;
        (*table)[c].second = b;
        (*table)[c].upper = QChar(c).isUpper();
    };
    set(u'œ', u'o', u'e');
    set(u'Œ', u'o', u'e');
    set(u'æ', u'a', u'e');
    set(u'Æ', u'a', u'e');
    set(u'ß', u's', u's');
    set(u'ø', u'o');
    set(u'Ø', u'o');
    set(u'ł', u'l');
    set(u'Ł', u'l');
    set(u'đ', u'd');
    set(u'Đ', u'd');
    set(u'ı', u'i');
    for (char16_t c : u"éèêëàâäùûüçôöîïÿÉÈÊËÀÂÄÙÛÜÇÔÖÎÏŸœŒ")
        if (c)
            (*table)[c].frenchAccent = true;
    for (char16_t c : u",;:()[]{}\"«»–—…•")
        if (c)
            (*table)[c].cls = CharClass::ClauseBreak;
    for (char16_t c : u".\n\u2029\u2028")
        if (c)
            (*table)[c].cls = CharClass::SentenceEnd;
    (*table)[u'?'].cls = CharClass::Question;
    (*table)[u'¿'].cls = CharClass::Separator;
    (*table)[u'!'].cls = CharClass::Exclamation;
    (*table)[u'¡'].cls = CharClass::Separator;
    return table;
}

const std::array<Fold, 65536> &foldTable()
{
    static const std::unique_ptr<std::array<Fold, 65536>> table = buildFoldTable();
    return *table;
}

// "@Helidol_FR" and "https://helidol.fr/…" address an account or a page: they name nothing.
int skipAddress(const char16_t *units, int size, int i)
{
    auto startsWith = [&](const char16_t *prefix) {
        int k = 0;
        for (; prefix[k]; ++k)
            if (i + k >= size || QChar::toLower(units[i + k]) != prefix[k])
                return false;
        return true;
    };
    const bool atWordStart = i == 0 || QChar::isSpace(units[i - 1]) || units[i - 1] == u'(';
    if (!atWordStart)
        return i;
    if (units[i] == u'@') {
        int j = i + 1;
        while (j < size && (QChar::isLetterOrNumber(units[j]) || units[j] == u'_' || units[j] == u'.'))
            ++j;
        return j > i + 1 ? j : i;
    }
    if (startsWith(u"http://") || startsWith(u"https://") || startsWith(u"www.")) {
        int j = i;
        while (j < size && !QChar::isSpace(units[j]))
            ++j;
        return j;
    }
    return i;
}

bool isEmojiCodePoint(char32_t code)
{
    if (code >= 0x1F3FB && code <= 0x1F3FF) // skin tones modify the emoji before them
        return false;
    return code >= 0x1F000 && code <= 0x1FAFF;
}

} // namespace

quint64 wordHash(const char16_t *units, int length)
{
    quint64 h = 1469598103934665603ULL;
    for (int i = 0; i < length; ++i) {
        h ^= units[i];
        h *= 1099511628211ULL;
    }
    return h;
}

void TextScan::closeToken()
{
    if (!m_inToken)
        return;
    m_inToken = false;
    m_current.foldLength = int(folded.size()) - m_current.foldStart;
    m_current.hash = wordHash(folded.data() + m_current.foldStart, m_current.foldLength);
    m_current.sentence = int(sentences.size()) - 1;
    m_current.clause = m_clause;
    tokens.push_back(m_current);
}

void TextScan::closeSentence(bool question)
{
    closeToken();
    Sentence &s = sentences.back();
    ++m_clause;
    if (int(tokens.size()) == s.firstToken) { // "?!" or a blank line: no new sentence
        if (question && sentences.size() > 1)
            sentences[sentences.size() - 2].question = true;
        return;
    }
    s.question = s.question || question;
    s.endToken = int(tokens.size());
    sentences.push_back(Sentence{int(tokens.size()), int(tokens.size()), false});
}

void TextScan::addEmoji(int start, int end, const char16_t *units, int length)
{
    closeToken();
    Token t;
    t.foldStart = int(folded.size());
    folded.insert(folded.end(), units, units + length);
    t.foldLength = length;
    t.start = start;
    t.end = end;
    t.hash = wordHash(units, length);
    t.sentence = int(sentences.size()) - 1;
    t.clause = m_clause;
    t.emoji = true;
    tokens.push_back(t);
}

void TextScan::scan(QStringView text)
{
    const auto &table = foldTable();
    folded.clear();
    tokens.clear();
    sentences.clear();
    sentences.push_back(Sentence{});
    exclamations = 0;
    m_inToken = false;
    m_clause = 0;
    m_lastWasDigit = false;
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    const int size = int(text.size());
    bool lastWasLower = false;
    for (int i = 0; i < size; ++i) {
        const char16_t c = units[i];
        if ((c == u'@' || c == u'h' || c == u'H' || c == u'w' || c == u'W') && !m_inToken) {
            if (const int next = skipAddress(units, size, i); next > i) {
                closeToken();
                i = next - 1;
                continue;
            }
        }
        const Fold &f = table[c];
        switch (f.cls) {
        case CharClass::Letter:
        case CharClass::Digit: {
            const bool digit = f.cls == CharClass::Digit;
            if (m_inToken && (digit != m_lastWasDigit || (f.upper && lastWasLower)))
                closeToken();
            lastWasLower = !digit && !f.upper;
            if (!m_inToken) {
                m_inToken = true;
                m_current = Token{};
                m_current.foldStart = int(folded.size());
                m_current.start = i;
            }
            m_lastWasDigit = digit;
            folded.push_back(f.first);
            if (f.second)
                folded.push_back(f.second);
            m_current.end = i + 1;
            m_current.frenchAccent = m_current.frenchAccent || f.frenchAccent;
            break;
        }
        case CharClass::Ignorable:
            if (m_inToken)
                m_current.end = i + 1;
            break;
        case CharClass::Separator:
            closeToken();
            break;
        case CharClass::ClauseBreak: {
            // "1,9 mg" and "1.5" are numbers, not two clauses
            const bool inNumber =
                m_inToken && m_lastWasDigit && i + 1 < size && table[units[i + 1]].cls == CharClass::Digit;
            if (inNumber) {
                closeToken();
                break;
            }
            closeToken();
            ++m_clause;
            break;
        }
        case CharClass::SentenceEnd: {
            const bool inNumber = c == u'.' && m_inToken && m_lastWasDigit && i + 1 < size &&
                                  table[units[i + 1]].cls == CharClass::Digit;
            if (inNumber)
                closeToken();
            else
                closeSentence(false);
            break;
        }
        case CharClass::Question:
            closeSentence(true);
            break;
        case CharClass::Exclamation:
            ++exclamations;
            closeSentence(false);
            break;
        case CharClass::Emoji:
            addEmoji(i, i + 1, units + i, 1);
            break;
        case CharClass::Surrogate:
            if (i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
                const char32_t code = QChar::surrogateToUcs4(units[i], units[i + 1]);
                if (isEmojiCodePoint(code))
                    addEmoji(i, i + 2, units + i, 2);
                else if (!(code >= 0x1F3FB && code <= 0x1F3FF))
                    closeToken();
                ++i;
            } else {
                closeToken();
            }
            break;
        }
    }
    closeToken();
    Sentence &last = sentences.back();
    last.endToken = int(tokens.size());
    if (last.firstToken == last.endToken && sentences.size() > 1)
        sentences.pop_back();
}

} // namespace classify
} // namespace vigie
