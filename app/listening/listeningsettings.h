#pragma once

#include "core/status.h"
#include "core/types.h"

namespace vigie {

class Database;

// When a brand's day is a crisis: volume or negative share well above its rolling baseline.
struct CrisisThresholds
{
    bool enabled = true;
    double volumeSigmas = 3.0;          // deviations above the baseline volume that raise an alert
    double negativeSigmas = 3.0;        // deviations above the baseline negative share
    int minimumMentions = 20;           // a day with fewer mentions never raises an alert
    double minimumNegativeShare = 0.35; // the negative share must also reach this (0..1)
    int baselineDays = 28;              // span of the rolling baseline
};

struct ListeningSettings
{
    int collectMinutes = 15; // 0 = only on demand
    CrisisThresholds crisis;
};

// Stored per workspace in workspace_settings; defaults for anything unset or unreadable.
ListeningSettings loadListeningSettings(Database &db, Id workspaceId);
// Refuses values out of range with a sentence, writing nothing.
Status saveListeningSettings(Database &db, Id workspaceId, const ListeningSettings &settings);

} // namespace vigie
