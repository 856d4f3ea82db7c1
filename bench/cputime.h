#pragma once

namespace vigie {
namespace bench {

// CPU seconds (user + system) used by this process, or by its children that have finished.
// On a shared machine wall-clock times move with the neighbours' load; CPU times much less, so
// the benchmark reports both.
double processCpuSeconds();
double childrenCpuSeconds();

} // namespace bench
} // namespace vigie
