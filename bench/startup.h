#pragma once

#include "core/status.h"

#include <QString>

// Cold start of the real vigie executable to its first painted window.
namespace vigie {
namespace bench {

struct StartupSample
{
    double wallToPaintMs = 0; // from QProcess::start until the probe's line arrives on stderr
    double wallToExitMs = 0;  // until the process has quit (includes tearing the window down)
    double paintedMs = 0;     // the probe's own figure, from /proc (10 ms resolution)
    double peakRssMb = 0;     // VmHWM at the first paint
};

// Runs `vigie --db store` with VIGIE_EXIT_AFTER_PAINT=1 and QT_QPA_PLATFORM=offscreen; settings
// and data folders point into scratchDir so the user's own are neither read nor written.
Status measureStartup(const QString &vigie, const QString &store, const QString &scratchDir,
                      StartupSample *sample);

} // namespace bench
} // namespace vigie
