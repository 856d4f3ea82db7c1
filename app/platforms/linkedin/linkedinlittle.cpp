#include "platforms/linkedin/linkedinlittle.h"

namespace vigie {
namespace platforms {
namespace linkedin {

namespace {

const QString kReserved = QStringLiteral("|{}@[]()<>#\\*_~");
const QString kHashtagOpen = QStringLiteral("{hashtag|\\#|");

bool isTagCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_');
}

// Where a hashtag may start: the start of the text, a space, or an opening bracket or quote.
bool mayPrecedeHashtag(const QString &text, qsizetype at)
{
    if (at == 0)
        return true;
    const QChar before = text.at(at - 1);
    return before.isSpace() || QStringLiteral("([{\"'\u00ab\u201c\u2018").contains(before);
}

// The tag after text[at] == '#' (its length), 0 when what follows is no hashtag.
qsizetype hashtagLength(const QString &text, qsizetype at)
{
    qsizetype end = at + 1;
    bool hasLetter = false;
    while (end < text.size()) {
        const QChar c = text.at(end);
        // A surrogate pair (an emoji) ends the tag, as on LinkedIn.
        if (!isTagCharacter(c))
            break;
        hasLetter = hasLetter || c.isLetter();
        ++end;
    }
    return hasLetter ? end - at - 1 : 0;
}

void appendEscaped(QString &out, QChar c)
{
    if (kReserved.contains(c))
        out += QLatin1Char('\\');
    out += c;
}

} // namespace

bool isLittleReserved(QChar c)
{
    return kReserved.contains(c);
}

QString escapeLittleText(const QString &text, LittleHashtags hashtags)
{
    QString out;
    out.reserve(text.size() + text.size() / 8 + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('#') && hashtags == LittleHashtags::Link && mayPrecedeHashtag(text, i)) {
            if (const qsizetype length = hashtagLength(text, i)) {
                out += kHashtagOpen;
                for (const QChar t : QStringView(text).mid(i + 1, length))
                    appendEscaped(out, t);
                out += QLatin1Char('}');
                i += length;
                continue;
            }
        }
        appendEscaped(out, c);
    }
    return out;
}

QString unescapeLittleText(const QString &little)
{
    QString out;
    out.reserve(little.size());
    qsizetype i = 0;
    while (i < little.size()) {
        const QChar c = little.at(i);
        if (c == QLatin1Char('\\') && i + 1 < little.size()) {
            out += little.at(i + 1);
            i += 2;
            continue;
        }
        if (c == QLatin1Char('{') && QStringView(little).mid(i).startsWith(kHashtagOpen)) {
            // {hashtag|\#|tag}: the tag up to the first unescaped '}'.
            qsizetype j = i + kHashtagOpen.size();
            QString tag;
            while (j < little.size() && little.at(j) != QLatin1Char('}')) {
                if (little.at(j) == QLatin1Char('\\') && j + 1 < little.size())
                    ++j;
                tag += little.at(j);
                ++j;
            }
            if (j < little.size()) {
                out += QLatin1Char('#') + tag;
                i = j + 1;
                continue;
            }
        }
        if (c == QLatin1Char('@') && i + 1 < little.size() && little.at(i + 1) == QLatin1Char('[')) {
            // @[Name](urn:li:person:…): the name as shown.
            const qsizetype close = little.indexOf(QLatin1String("]("), i + 2);
            const qsizetype end = close < 0 ? -1 : little.indexOf(QLatin1Char(')'), close + 2);
            if (end > 0) {
                out += unescapeLittleText(little.mid(i + 2, close - i - 2));
                i = end + 1;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace linkedin
} // namespace platforms
} // namespace vigie
