#pragma once

#include <QStringList>

namespace vigie {
namespace cli {

// True when the arguments ask for a headless command (`vigie init`, `vigie --help`…) rather
// than the window.
bool isCliInvocation(const QStringList &arguments);
// True when the command arguments name draws (Command::needsGui).
bool invocationNeedsGui(const QStringList &arguments);
// Runs the command named by arguments (without the program name); returns the exit code.
int run(const QStringList &arguments);

} // namespace cli
} // namespace vigie
