#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "demo/demoworld.h"

namespace vigie {
class Database;
}

namespace vigie {
namespace demo {

// Six weeks of pharmacovigilance triage: the older flagged messages decided by the reviewers
// (confirmed with an intake, most submitted to the safety department; the rest dismissed with a
// reason), the recent ones still waiting, and two left pending past their deadline so the queue
// shows what overdue looks like.
Status createCaseDecisions(Database &db, FixedClock &clock, const DemoWorld &world, DemoRandom &rng);

} // namespace demo
} // namespace vigie
