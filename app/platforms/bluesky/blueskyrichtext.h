#pragma once

#include <QList>
#include <QString>

// Bluesky rich text: a post's length in graphemes and its facets (mentions, links, hashtags)
// with UTF-8 byte offsets, detected by the same rules as the official client
// (@atproto/api, packages/api/src/rich-text/detection.ts and util.ts).
namespace vigie {
namespace platforms {
namespace bluesky {

enum class FacetKind {
    Mention, // value = the handle without '@'; did is filled once the handle is resolved
    Link,    // value = the full URI (https:// added to a bare domain)
    Tag,     // value = the tag without '#', or "$TICKER" for a cashtag
};

struct Facet
{
    FacetKind kind = FacetKind::Link;
    int byteStart = 0; // UTF-8 byte offsets into the post text, end exclusive
    int byteEnd = 0;
    QString value;
    QString did; // mentions only, after resolution

    bool operator==(const Facet &) const = default;
};

// The facets of text in the official order (sorted by byteStart). Mentions come out
// unresolved: the publisher asks the server for each handle's DID and drops those it cannot
// resolve, as the official client does.
QList<Facet> detectFacets(const QString &text);

// User-perceived characters (extended grapheme clusters): what Bluesky's 300 limit counts.
int countLength(const QString &text);

// The UTF-8 byte offset of a UTF-16 index into text.
int utf8Offset(const QString &text, qsizetype utf16Index);

// True when str ends with '.' followed by a top-level domain the official client knows
// (case-sensitive, as there).
bool endsWithKnownTld(const QString &str);

} // namespace bluesky
} // namespace platforms
} // namespace vigie
