#pragma once

#include "core/clock.h"
#include "core/types.h"

namespace vigie {
class Database;
class SecretStore;
}

namespace vigie {
namespace ui {

// What every pane needs: the open store, the workspace shown, the clock and who is working.
struct AppContext
{
    Database *db = nullptr;
    Workspace workspace;
    const Clock *clock = &SystemClock::instance();
    QString actor; // recorded in the audit log
    bool demo = false;
    SecretStore *secrets = nullptr; // the system keychain; nullptr in tests that never touch accounts
};

} // namespace ui
} // namespace vigie
