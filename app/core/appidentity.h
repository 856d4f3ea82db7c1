#pragma once

namespace vigie {

// Organisation and application names: they decide where QSettings and the default store live.
void setApplicationIdentity();

} // namespace vigie
