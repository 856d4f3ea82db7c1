#pragma once

#include <QFlags>
#include <QStringList>

namespace vigie {
namespace platforms {

// What a network lets Vigie do. The composer hides what a channel cannot take; the inbox
// offers hide/delete only where the network allows them.
enum class Capability : quint32 {
    Text = 1u << 0,
    Media = 1u << 1,
    Polls = 1u << 2,
    Threads = 1u << 3,
    NativeScheduling = 1u << 4,
    Reply = 1u << 5,
    HideComment = 1u << 6,
    DeleteComment = 1u << 7,
    DirectMessages = 1u << 8,
    ContentWarning = 1u << 9,
    AltText = 1u << 10,
    MentionSearch = 1u << 11,
    PostMetrics = 1u << 12,
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

// How a network measures a post's length.
enum class LengthRule {
    Characters, // Unicode code points
    Graphemes,  // user-perceived characters (Bluesky; Mastodon too, with its URL and mention rules)
    Weighted,   // X: CJK and emoji weigh 2, URLs 23
};

struct Limits
{
    int maxLength = 500;
    LengthRule lengthRule = LengthRule::Characters;
    int urlLength = 23; // what every URL counts for, where the network shortens them (0 = as typed)
    int maxMedia = 4;
    qint64 maxImageBytes = 8 * 1024 * 1024;
    qint64 maxVideoBytes = 40 * 1024 * 1024;
    QStringList mediaTypes = {QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                              QStringLiteral("image/gif"), QStringLiteral("image/webp")};
    int maxAltTextLength = 1500;
    int maxPollOptions = 4;
};

} // namespace platforms
} // namespace vigie
