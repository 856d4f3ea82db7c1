#include "core/clock.h"

namespace vigie {

const Clock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace vigie
