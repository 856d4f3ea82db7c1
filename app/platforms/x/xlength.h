#pragma once

#include <QList>
#include <QString>

// How long a post is for X: twitter-text 3's parseTweet with its "v3" configuration, the rule
// POST /2/tweets enforces (https://docs.x.com/resources/fundamentals/counting-characters,
// twitter/twitter-text config/v3.json and conformance/validate.yml):
//   - the text is NFC-normalised first (a decomposed "é" counts once);
//   - every URL counts transformedURLLength = 23, whatever its length;
//   - an emoji, including a sequence (skin tone, ZWJ family, flag, keycap, tag flag), counts 2;
//   - any other code point counts 1 in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and
//     U+2032–U+2037, and 2 elsewhere (CJK, most symbols, characters outside the BMP).
// maxWeightedTweetLength is 280.
namespace vigie {
namespace platforms {
namespace x {

constexpr int kMaxWeightedLength = 280;
constexpr int kUrlWeight = 23;

int countLength(const QString &text);

// Where twitter-text sees URLs in text (indices into text as given, [start, end)); exposed for
// tests and the composer's hints.
struct UrlRange
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool operator==(const UrlRange &) const = default;
};
QList<UrlRange> findUrls(const QString &text);

} // namespace x
} // namespace platforms
} // namespace vigie
