#pragma once

#include <QString>

// LinkedIn's "little" text format, in which the Posts API takes and returns `commentary`
// (learn.microsoft.com/linkedin/marketing/community-management/shares/little-text-format).
// The reserved characters | { } @ [ ] ( ) < > # \ * _ ~ start templates (hashtags, mentions);
// one left unescaped that starts no valid template makes LinkedIn cut the post there while
// answering 201, so every one of them is escaped with a backslash.
//
// Hashtags: a '#' that starts a word (at the start of the text, after a space or an opening
// bracket or quote) followed by a tag with at least one letter becomes the documented
// HashtagTemplate "{hashtag|\#|tag}", so "#pharmacovigilance" stays a clickable hashtag as the
// community manager wrote it. Any other '#' ("#1", "page#section", a lone "#") is escaped text.
// LittleHashtags::Escape writes every '#' as text.
namespace vigie {
namespace platforms {
namespace linkedin {

enum class LittleHashtags { Link, Escape };

// Plain text → little text.
QString escapeLittleText(const QString &text, LittleHashtags hashtags = LittleHashtags::Link);

// Little text (as LinkedIn returns a post's commentary) → what a reader sees: escapes removed,
// hashtag templates as "#tag", mentions "@[Name](urn:li:…)" as "Name". Reserved characters
// left unescaped by someone else's client are kept as they are.
QString unescapeLittleText(const QString &little);

// Whether c is one of little's reserved characters.
bool isLittleReserved(QChar c);

} // namespace linkedin
} // namespace platforms
} // namespace vigie
