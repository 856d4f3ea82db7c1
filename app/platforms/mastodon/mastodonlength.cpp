#include "platforms/mastodon/mastodonlength.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace vigie {
namespace platforms {
namespace mastodon {

namespace {

// Mastodon's URL rule (config/initializers/twitter_regex.rb over twitter-text), for URLs that
// carry a protocol: the validator extracts URLs with extract_url_without_protocol: false.
// Path characters are anything but white space, <, >, (, ) and ?; a path may not end with
// punctuation such as . , ; : ! ? unless it is a balanced parenthesis.
const QRegularExpression &urlPattern()
{
    static const QString general = QStringLiteral(R"([^\s<>()?])");
    static const QString balanced = QStringLiteral(R"(\((?:%1+|(?:%1*\(%1+\)%1*))\))").arg(general);
    static const QString ending = QStringLiteral(R"((?:[^\s()?!*"'「」<>;:=,.$%\[\]~&|@]|%1))").arg(balanced);
    static const QString path = QStringLiteral(R"((?:%1*(?:%2%1*)*%3|%1+/))").arg(general, balanced, ending);
    static const QString uchars =
        QStringLiteral(R"(\x{A0}-\x{D7FF}\x{F900}-\x{FDCF}\x{FDF0}-\x{FFEF}\x{10000}-\x{10FFFD})");
    static const QString query =
        QStringLiteral(R"((?:\?[a-z0-9!?*'();:&=+$/%#\[\]\-_.,~|@^%1]*[a-z0-9_&=#/\-%1]))").arg(uchars);
    // The domain needs a dot and an alphabetic top-level label (twitter-text checks a TLD list).
    static const QString label = QStringLiteral(R"([\p{L}\p{M}\p{N}_-]+)");
    static const QString domain =
        QStringLiteral(R"((?:%1\.)+(?:\p{L}{2,}|xn--[a-z0-9-]+)(?![\p{L}\p{M}\p{N}_-]))").arg(label);
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![A-Za-z0-9@＠$#＃])(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini)://%1(?::\d+)?(?:/%2*)?%3?)")
            .arg(domain, path, query),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Account::MENTION_RE: "@user" or "@user@domain", not after "=", "/" or a word character.
const QRegularExpression &mentionPattern()
{
    static const QString word = QStringLiteral(R"([\p{L}\p{M}\p{N}\p{Pc}])");
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![=/\p{L}\p{M}\p{N}\p{Pc}])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(@%1+(?:[.-]+%1+)*)?)")
            .arg(word),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

struct Entity
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString replacement;
};

int graphemeCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

} // namespace

QString countableText(const QString &text, int urlLength)
{
    // Ruby's `return '' if str.blank?`: a status of spaces only counts nothing.
    if (text.trimmed().isEmpty())
        return {};

    QList<Entity> entities;
    const QString urlPlaceholder(qMax(0, urlLength), QLatin1Char('x'));
    auto urls = urlPattern().globalMatch(text);
    while (urls.hasNext()) {
        const auto match = urls.next();
        entities.append({match.capturedStart(), match.capturedEnd(), urlPlaceholder});
    }
    auto mentions = mentionPattern().globalMatch(text);
    while (mentions.hasNext()) {
        const auto match = mentions.next();
        // Extractor#extract_mentions_or_lists_with_indices drops a match followed by another
        // "@" or by "://" (it is then part of something else), without shortening it.
        const QStringView after = QStringView(text).mid(match.capturedEnd());
        if (after.startsWith(QLatin1Char('@')) || after.startsWith(QChar(0xFF20)) || after.startsWith(u"://"))
            continue;
        if (match.capturedLength(2) == 0)
            continue; // a local mention counts as typed
        entities.append({match.capturedStart(), match.capturedEnd(), QLatin1Char('@') + match.captured(1)});
    }

    // Extractor.remove_overlapping_entities: in order of position, the first entity wins.
    std::stable_sort(entities.begin(), entities.end(),
                     [](const Entity &a, const Entity &b) { return a.start < b.start; });
    QString result;
    result.reserve(text.size());
    qsizetype position = 0;
    for (const Entity &entity : std::as_const(entities)) {
        if (entity.start < position)
            continue;
        result += QStringView(text).mid(position, entity.start - position);
        result += entity.replacement;
        position = entity.end;
    }
    result += QStringView(text).mid(position);
    return result;
}

int countLength(const QString &text, const Limits &limits)
{
    return graphemeCount(countableText(text, limits.urlLength));
}

int countStatusLength(const QString &text, const QString &contentWarning, const Limits &limits)
{
    return graphemeCount(contentWarning + countableText(text, limits.urlLength));
}

} // namespace mastodon
} // namespace platforms
} // namespace vigie
