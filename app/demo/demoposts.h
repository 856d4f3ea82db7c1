#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "demo/demoworld.h"

namespace vigie {
class Database;
}

namespace vigie {
namespace demo {

// About six weeks of posts around world.today (four weeks back, two ahead) in every state, plus a
// few unscheduled drafts. Fills world.published for the inbox to comment on. clock is moved to
// each post's creation time while it is stored.
Status createPosts(Database &db, FixedClock &clock, DemoWorld &world, DemoRandom &rng, const QString &actor);

} // namespace demo
} // namespace vigie
