#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

namespace vigie {
namespace cli {

// Every subcommand, in the order `vigie --help` lists them.
const std::vector<std::unique_ptr<Command>> &allCommands();

} // namespace cli
} // namespace vigie
