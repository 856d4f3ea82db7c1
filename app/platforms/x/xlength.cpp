#include "platforms/x/xlength.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace vigie {
namespace platforms {
namespace x {

namespace {

const QSet<QString> &knownTlds()
{
    static const QSet<QString> tlds = [] {
        static const char *const list[] = {
#include "platforms/x/xtlds.inc"
        };
        QSet<QString> set;
        for (const char *tld : list)
            set.insert(QString::fromLatin1(tld));
        return set;
    }();
    return tlds;
}

// twitter-text's extractor (js/src/regexp/*.js): the URL path, query and domain characters.
const QRegularExpression &urlCandidate()
{
    static const QString latinAccents = QStringLiteral(
        R"(\x{00C0}-\x{00D6}\x{00D8}-\x{00F6}\x{00F8}-\x{00FF}\x{0100}-\x{024F}\x{0253}\x{0254}\x{0256})"
        R"(\x{0257}\x{0259}\x{025B}\x{0263}\x{0268}\x{026F}\x{0272}\x{0289}\x{028B}\x{02BB}\x{0300}-\x{036F})"
        R"(\x{1E00}-\x{1EFF})");
    static const QString general =
        QStringLiteral(R"([a-z\x{0400}-\x{04FF}0-9!*';:=+,.$/%#\[\]\-\x{2013}_~|&@%1])").arg(latinAccents);
    static const QString balanced = QStringLiteral(R"(\((?:%1+|(?:%1*\(%1+\)%1*))\))").arg(general);
    static const QString ending =
        QStringLiteral(R"((?:[+\-a-z\x{0400}-\x{04FF}0-9=_#/%1]|%2))").arg(latinAccents, balanced);
    static const QString path = QStringLiteral(R"((?:%1*(?:%2%1*)*%3|%1+/))").arg(general, balanced, ending);
    static const QString query = QStringLiteral(R"(\?[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*[a-z0-9\-_&=#/])");
    static const QRegularExpression re(
        QStringLiteral(R"((?<![A-Za-z0-9@\x{FF20}$#\x{FF03}])(https?://)?)"
                       R"(((?:[\p{L}\p{M}\p{N}_-]+\.)+[\p{L}\p{M}\p{N}_-]+)(?::[0-9]+)?(/%1*)?(%2)?)")
            .arg(path, query),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool isAscii(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() > 0x7f)
            return false;
    return true;
}

bool isIpv4(const QStringList &labels)
{
    if (labels.size() != 4)
        return false;
    for (const QString &label : labels) {
        bool ok = false;
        const int value = label.toInt(&ok);
        if (!ok || value > 255 || label.size() > 3)
            return false;
    }
    return true;
}

// The domain rules twitter-text applies: labels without a leading or trailing hyphen, an
// underscore only in subdomains, each label at most 63 characters once punycode-encoded, and a
// known top-level domain (any non-ASCII or punycode one when a protocol was typed).
bool validHost(const QString &host, bool withProtocol, bool hasPath)
{
    const QStringList labels = host.toLower().split(QLatin1Char('.'));
    if (withProtocol && isIpv4(labels))
        return true;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &label = labels.at(i);
        if (label.isEmpty() || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        if (i >= labels.size() - 2 && label.contains(QLatin1Char('_')))
            return false;
        const qsizetype encoded = isAscii(label) ? label.size() : QUrl::toAce(label).size();
        if (encoded == 0 || encoded > 63)
            return false;
    }
    const QString &tld = labels.constLast();
    if (!withProtocol) {
        if (!isAscii(host) || !knownTlds().contains(tld))
            return false;
        // A bare "name.cc" with a country code is a word more often than a link ("fin.de"):
        // twitter-text takes it only with a path, or when it is t.co.
        return tld.size() != 2 || labels.size() > 2 || hasPath ||
               host.compare(u"t.co", Qt::CaseInsensitive) == 0;
    }
    return knownTlds().contains(tld) || !isAscii(tld) || tld.startsWith(QLatin1String("xn--"));
}

char32_t codePointAt(const QString &text, qsizetype i, int *units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

int codePointWeight(char32_t cp)
{
    // twitter-text config v3: ranges of weight 100 (one character), defaultWeight 200.
    if (cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247))
        return 1;
    return 2;
}

bool isRegionalIndicator(char32_t cp)
{
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

bool isSkinTone(char32_t cp)
{
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
}

// Code points that start an emoji: the Emoji blocks and the older symbols that take an emoji
// presentation (twemoji's list draws from the same blocks).
bool isPictographic(char32_t cp)
{
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
           (cp >= 0x2300 && cp <= 0x23FF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
           (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2100 && cp <= 0x214F) ||
           (cp >= 0x25A0 && cp <= 0x25FF) || cp == 0x203C || cp == 0x2049 || cp == 0x3030 || cp == 0x303D ||
           cp == 0x3297 || cp == 0x3299 || cp == 0xA9 || cp == 0xAE;
}

// The end of an emoji sequence of more than one code point starting at i (a flag, a keycap, an
// emoji with a variation selector, skin tone, tags or ZWJ-joined members), or -1. A single
// emoji code point needs no special case: it weighs 2 like any code point outside the ranges.
qsizetype emojiSequenceEnd(const QString &text, qsizetype i)
{
    int units = 0;
    const char32_t first = codePointAt(text, i, &units);
    qsizetype j = i + units;
    auto peek = [&](qsizetype at, int *n) -> char32_t {
        return at < text.size() ? codePointAt(text, at, n) : 0;
    };
    int n = 0;
    if (isRegionalIndicator(first))
        return isRegionalIndicator(peek(j, &n)) ? j + n : -1;
    if (first == u'#' || first == u'*' || (first >= u'0' && first <= u'9')) {
        if (peek(j, &n) == 0xFE0F)
            j += n;
        return peek(j, &n) == 0x20E3 ? j + n : -1;
    }
    if (!isPictographic(first))
        return -1;
    bool sequence = false;
    while (true) {
        const char32_t next = peek(j, &n);
        if (next == 0xFE0F || next == 0x20E3 || isSkinTone(next) || (next >= 0xE0020 && next <= 0xE007F)) {
            j += n;
            sequence = true;
            continue;
        }
        int m = 0;
        if (next == 0x200D && isPictographic(peek(j + n, &m))) {
            j += n + m;
            sequence = true;
            continue;
        }
        break;
    }
    return sequence ? j : -1;
}

} // namespace

QList<UrlRange> findUrls(const QString &text)
{
    QList<UrlRange> urls;
    auto matches = urlCandidate().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const bool withProtocol = match.capturedLength(1) > 0;
        const qsizetype start = match.capturedStart();
        if (!withProtocol && start > 0 && QStringLiteral("-_./").contains(text.at(start - 1)))
            continue;
        if (!validHost(match.captured(2), withProtocol, match.capturedLength(3) > 0))
            continue;
        urls.append({start, match.capturedEnd()});
    }
    return urls;
}

int countLength(const QString &text)
{
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    const QList<UrlRange> urls = findUrls(normalized);
    int length = 0;
    qsizetype nextUrl = 0;
    qsizetype i = 0;
    while (i < normalized.size()) {
        if (nextUrl < urls.size() && urls.at(nextUrl).start == i) {
            length += kUrlWeight;
            i = urls.at(nextUrl).end;
            ++nextUrl;
            continue;
        }
        const qsizetype emojiEnd = emojiSequenceEnd(normalized, i);
        if (emojiEnd > i) {
            length += 2;
            i = emojiEnd;
            continue;
        }
        int units = 0;
        length += codePointWeight(codePointAt(normalized, i, &units));
        i += units;
    }
    return length;
}

} // namespace x
} // namespace platforms
} // namespace vigie
