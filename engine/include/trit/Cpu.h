#pragma once
// Which kernel path runs: chosen once from the CPU's features, or forced (tests, benchmarks) with
// forceKernelPath() or the environment variable TRIT_KERNEL=<name> read at first use.
#include <string>
#include <vector>

namespace trit {

struct CpuFeatures {
    bool avx2 = false, fma = false, f16c = false, avxvnni = false;
    bool avx512f = false, avx512bw = false, avx512vl = false, avx512vnni = false;
    bool neon = false, dotprod = false;
};

CpuFeatures detectCpuFeatures();
// Physical cores (not hyper-threads); at least 1.
int physicalCoreCount();
// Names of the kernel paths this build has and this CPU can run, best last; always includes "scalar".
std::vector<std::string> availableKernelPaths();
// The path in use, e.g. "avx512-vnni", "avx2", "neon-dotprod", "scalar".
std::string activeKernelPath();
// Throws trit::Error if the name is unknown or the CPU cannot run it.
void forceKernelPath(const std::string& name);

} // namespace trit
