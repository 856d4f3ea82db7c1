#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "demo/demoworld.h"

namespace vigie {
class Database;
}

namespace vigie {
namespace demo {

// What a team leaves on six weeks of conversations: tags by subject, open conversations shared
// between the community managers and reviewers, notes on the flagged ones, and the saved replies
// they use in French and English. Reads the conversations createInbox stored.
Status createInboxTools(Database &db, FixedClock &clock, const DemoWorld &world, DemoRandom &rng,
                        const QString &actor);

} // namespace demo
} // namespace vigie
