#include "platforms/bluesky/blueskyrichtext.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>
#include <algorithm>

namespace vigie {
namespace platforms {
namespace bluesky {

namespace {

// JavaScript's \s (WhiteSpace and LineTerminator), spelled out: PCRE's \s is ASCII-only unless
// Unicode properties are switched on, and that option would also widen \b and \d, which the
// official patterns use in their ASCII meaning.
const QString kSpace = QStringLiteral(
    R"(\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF})");
// Zero-width characters a hashtag stops at (util.ts: "likely incomplete").
const QString kZeroWidth = QStringLiteral(R"(\x{AD}\x{2060}\x{200A}\x{200B}\x{200C}\x{200D}\x{20E2})");

// The patterns below are compiled once per thread (thread_local): adapters run in worker
// threads and the composer's counter in the window's.
QRegularExpression compile(const QString &pattern, QRegularExpression::PatternOptions options = {})
{
    QRegularExpression re(pattern, options);
    Q_ASSERT_X(re.isValid(), "bluesky rich text", qPrintable(re.errorString()));
    return re;
}

// MENTION_REGEX = /(^|\s|\()(@)([a-zA-Z0-9.-]+)(\b)/g
const QRegularExpression &mentionPattern()
{
    static thread_local const QRegularExpression re =
        compile(QStringLiteral(R"((^|[%1]|\()(@)([a-zA-Z0-9.-]+)(\b))").arg(kSpace));
    return re;
}

// URL_REGEX = /(^|\s|\()((https?:\/\/[\S]+)|((?<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)[\S]*))/gim
// The "i" flag is spelled out as ASCII ranges: PCRE's caseless classes would also take the
// Kelvin sign and long s, which JavaScript's non-Unicode mode does not.
const QRegularExpression &urlPattern()
{
    static thread_local const QRegularExpression re = compile(
        QStringLiteral(R"((^|[%1]|\()(([hH][tT][tT][pP][sS]?://[^%1]+)|((?<domain>[a-zA-Z][a-zA-Z0-9]*)"
                       R"((\.[a-zA-Z0-9]+)+)[^%1]*)))")
            .arg(kSpace),
        QRegularExpression::MultilineOption);
    return re;
}

// TAG_REGEX = /(^|\s)[#＃]((?!\ufe0f)[^\s<zw>]*[^\d\s\p{P}<zw>]+[^\s<zw>]*)?/gu
const QRegularExpression &tagPattern()
{
    static thread_local const QRegularExpression re =
        compile(QStringLiteral(R"((^|[%1])[#\x{FF03}]((?!\x{FE0F})[^%1%2]*[^\d%1\p{P}%2]+[^%1%2]*)?)")
                    .arg(kSpace, kZeroWidth));
    return re;
}

// CASHTAG_REGEX = /(^|\s|\()\$([A-Za-z][A-Za-z0-9]{0,4})(?=\s|$|[.,;:!?)"'\u2019])/gu
const QRegularExpression &cashtagPattern()
{
    static thread_local const QRegularExpression re = compile(
        QStringLiteral(R"re((^|[%1]|\()\$([A-Za-z][A-Za-z0-9]{0,4})(?=[%1]|\z|[.,;:!?)"'\x{2019}]))re")
            .arg(kSpace));
    return re;
}

// TRAILING_PUNCTUATION_REGEX = /\p{P}+$/gu
const QRegularExpression &trailingPunctuation()
{
    static thread_local const QRegularExpression re = compile(QStringLiteral(R"(\p{P}+\z)"));
    return re;
}

const QSet<QString> &knownTlds()
{
    static const QSet<QString> tlds = [] {
        static const char *const list[] = {
#include "platforms/bluesky/blueskytlds.inc"
        };
        QSet<QString> set;
        set.reserve(int(std::size(list)));
        for (const char *tld : list)
            set.insert(QString::fromLatin1(tld));
        return set;
    }();
    return tlds;
}

void detectMentions(const QString &text, QList<Facet> &facets)
{
    auto it = mentionPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString handle = match.captured(3);
        if (!endsWithKnownTld(handle) && !handle.endsWith(QLatin1String(".test")))
            continue;                                       // probably not a handle
        const qsizetype start = match.capturedStart(3) - 1; // the '@'
        facets.append({FacetKind::Mention,
                       utf8Offset(text, start),
                       utf8Offset(text, start + handle.size() + 1),
                       handle,
                       {}});
    }
}

void detectLinks(const QString &text, QList<Facet> &facets)
{
    auto it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        QString uri = match.captured(2);
        if (!uri.startsWith(QLatin1String("http"))) {
            const QString domain = match.captured(QStringLiteral("domain"));
            if (domain.isEmpty() || !endsWithKnownTld(domain))
                continue;
            uri.prepend(QLatin1String("https://"));
        }
        const qsizetype start = match.capturedStart(2);
        qsizetype end = start + match.capturedLength(2);
        // Strip one trailing punctuation mark, then an unbalanced closing parenthesis.
        if (QStringLiteral(".,;:!?").contains(uri.back())) {
            uri.chop(1);
            --end;
        }
        if (uri.endsWith(QLatin1Char(')')) && !uri.contains(QLatin1Char('('))) {
            uri.chop(1);
            --end;
        }
        facets.append({FacetKind::Link, utf8Offset(text, start), utf8Offset(text, end), uri, {}});
    }
}

void detectTags(const QString &text, QList<Facet> &facets)
{
    auto it = tagPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        QString tag = match.captured(2);
        if (tag.isEmpty())
            continue;
        tag = tag.trimmed().remove(trailingPunctuation());
        // 64 UTF-16 units, as the official client measures with String.length.
        if (tag.isEmpty() || tag.size() > 64)
            continue;
        const qsizetype hash = match.capturedStart(0) + match.capturedLength(1);
        facets.append(
            {FacetKind::Tag, utf8Offset(text, hash), utf8Offset(text, hash + 1 + tag.size()), tag, {}});
    }
}

void detectCashtags(const QString &text, QList<Facet> &facets)
{
    auto it = cashtagPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString ticker = match.captured(2).toUpper();
        if (ticker.isEmpty())
            continue;
        const qsizetype dollar = match.capturedStart(0) + match.capturedLength(1);
        facets.append({FacetKind::Tag,
                       utf8Offset(text, dollar),
                       utf8Offset(text, dollar + 1 + ticker.size()),
                       QLatin1Char('$') + ticker,
                       {}});
    }
}

} // namespace

bool endsWithKnownTld(const QString &str)
{
    // Every entry is a single label, so "ends with '.' + tld" means "the last label is one".
    const qsizetype dot = str.lastIndexOf(QLatin1Char('.'));
    return dot >= 0 && knownTlds().contains(str.mid(dot + 1));
}

int utf8Offset(const QString &text, qsizetype utf16Index)
{
    return int(QStringView(text).left(qBound<qsizetype>(0, utf16Index, text.size())).toUtf8().size());
}

QList<Facet> detectFacets(const QString &text)
{
    QList<Facet> facets;
    detectMentions(text, facets);
    detectLinks(text, facets);
    detectTags(text, facets);
    detectCashtags(text, facets);
    std::stable_sort(facets.begin(), facets.end(),
                     [](const Facet &a, const Facet &b) { return a.byteStart < b.byteStart; });
    return facets;
}

int countLength(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

} // namespace bluesky
} // namespace platforms
} // namespace vigie
