#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "demo/demoworld.h"

namespace vigie {
class Database;
namespace demo {

class DemoRandom;

// The laboratory's reviewers, and their decisions on the demo's posts: every approved,
// scheduled or published post of a brand that requires reviews carries an approval per role,
// bound to its content, with an MLR code; posts in review have some; a few were sent back.
Status createReviews(Database &db, FixedClock &clock, const DemoWorld &world, DemoRandom &rng);

} // namespace demo
} // namespace vigie
