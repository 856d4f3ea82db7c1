#include "cputime.h"

#include <sys/resource.h>

namespace vigie {
namespace bench {

namespace {
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

double processCpuSeconds()
{
    return cpuSeconds(RUSAGE_SELF);
}

double childrenCpuSeconds()
{
    return cpuSeconds(RUSAGE_CHILDREN);
}

} // namespace bench
} // namespace vigie
