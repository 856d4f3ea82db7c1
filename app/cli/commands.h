#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

namespace vigie {
namespace cli {

// Every subcommand, in the order `vigie --help` lists them.
const std::vector<std::unique_ptr<Command>> &allCommands();
// Adds a command defined outside this library (one that needs widgets, such as `vigie report`,
// registered by main() from the user-interface library). Call before run().
void addCommand(std::unique_ptr<Command> command);

} // namespace cli
} // namespace vigie
