#pragma once

#include "core/types.h"

namespace vigie {

class Database;

// The brand a new post starts with: that of the most recently created post if it is still one
// of the workspace's own brands (what the user is working on), else the first own brand by
// name; 0 when the workspace has none. Competitors are never chosen.
Id defaultBrandId(Database &db, Id workspaceId);

} // namespace vigie
