#pragma once

namespace vigie {
namespace ui {

// Starts the window: parses --db, --demo and --lang, opens the store and shows the main window.
int runGui(int argc, char *argv[]);

} // namespace ui
} // namespace vigie
