#pragma once

#include "inboxfixture.h"

namespace vigie {
namespace test {

// A conversation on Bluesky whose message the classifier flagged, with its evidence (an
// experience, a product, two symptoms), in French, newer than every seeded one.
struct FlaggedConversation
{
    Id threadId = 0;
    Id messageId = 0;
    QString body;
};
bool addFlaggedConversation(Database &db, const SeededInbox &seed, FlaggedConversation *flagged);

// Saved replies in French and English, one with a placeholder Vigie does not know.
bool addSavedReplies(Database &db, Id workspaceId);

} // namespace test
} // namespace vigie
