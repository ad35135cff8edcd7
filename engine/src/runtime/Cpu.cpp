// CPU feature detection, physical core count, and the public face of the kernel choice (trit/Cpu.h).
#include "trit/Cpu.h"

#include "kernels/Dispatch.h"
#include "trit/Error.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <utility>

#if defined(__x86_64__) || defined(_M_X64)
#include <cpuid.h>
#endif
#if defined(__linux__)
#include <sched.h>
#include <sys/auxv.h>
#endif
#if defined(__linux__) && defined(__aarch64__)
#include <asm/hwcap.h>
#endif

namespace trit {
namespace {

#if defined(__x86_64__) || defined(_M_X64)
// Which register states the operating system saves on context switches (XCR0); without that, AVX or
// AVX-512 instructions must not be used even if the CPU has them.
uint64_t osSavedStates() {
    uint32_t eax = 0, edx = 0;
    __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
    return (uint64_t(edx) << 32) | eax;
}

CpuFeatures detectX86() {
    CpuFeatures f;
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return f;
    const bool osxsave = c & (1u << 27), avx = c & (1u << 28);
    if (!osxsave || !avx)
        return f;
    const uint64_t xcr0 = osSavedStates();
    const bool ymm_saved = (xcr0 & 0x6) == 0x6;
    const bool zmm_saved = (xcr0 & 0xe6) == 0xe6;
    if (!ymm_saved)
        return f;
    f.fma = c & (1u << 12);
    f.f16c = c & (1u << 29);
    unsigned max_leaf = __get_cpuid_max(0, nullptr);
    if (max_leaf < 7)
        return f;
    __cpuid_count(7, 0, a, b, c, d);
    const unsigned max_subleaf = a;
    f.avx2 = b & (1u << 5);
    if (zmm_saved) {
        // AVX-512 DQ is required too (the AVX-512 file is compiled with it); every VNNI CPU has it.
        const bool dq = b & (1u << 17);
        f.avx512f = (b & (1u << 16)) && dq;
        f.avx512bw = b & (1u << 30);
        f.avx512vl = b & (1u << 31);
        f.avx512vnni = c & (1u << 11);
    }
    if (max_subleaf >= 1) {
        __cpuid_count(7, 1, a, b, c, d);
        f.avxvnni = a & (1u << 4);
    }
    return f;
}
#endif

#if defined(__linux__)
int readInt(const std::string& path) {
    std::ifstream in(path);
    int v = -1;
    in >> v;
    return in ? v : -1;
}

// Distinct (package, core) pairs of the online CPUs in sysfs, else "physical id"/"core id" in
// /proc/cpuinfo; 0 if neither is readable.
int linuxPhysicalCores() {
    std::set<std::pair<int, int>> cores;
    for (int cpu = 0; cpu < 4096; ++cpu) {
        const std::string base = "/sys/devices/system/cpu/cpu" + std::to_string(cpu) + "/topology/";
        const int core = readInt(base + "core_id");
        if (core < 0) {
            if (readInt("/sys/devices/system/cpu/cpu" + std::to_string(cpu) + "/online") == 0)
                continue; // offline CPUs have no topology; later ones may
            break;
        }
        cores.insert({readInt(base + "physical_package_id"), core});
    }
    if (!cores.empty())
        return int(cores.size());
    std::ifstream info("/proc/cpuinfo");
    std::string line;
    int package = 0;
    while (std::getline(info, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        const std::string key = line.substr(0, line.find_last_not_of(" \t", colon - 1) + 1);
        if (key == "physical id")
            package = std::stoi(line.substr(colon + 1));
        else if (key == "core id")
            cores.insert({package, std::stoi(line.substr(colon + 1))});
    }
    return int(cores.size());
}

// CPUs this process may run on (containers and taskset limit it below the machine's count).
int allowedCpus() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0)
        return 0;
    return CPU_COUNT(&set);
}
#endif

} // namespace

CpuFeatures detectCpuFeatures() {
#if defined(__x86_64__) || defined(_M_X64)
    return detectX86();
#elif defined(__aarch64__)
    CpuFeatures f;
    f.neon = true; // Advanced SIMD is mandatory in AArch64
#if defined(__linux__)
    f.dotprod = getauxval(AT_HWCAP) & HWCAP_ASIMDDP;
#elif defined(__APPLE__)
    f.dotprod = true; // every Apple silicon core has it
#endif
    return f;
#else
    return CpuFeatures{};
#endif
}

int physicalCoreCount() {
    int cores = 0;
#if defined(__linux__)
    cores = linuxPhysicalCores();
    if (const int allowed = allowedCpus(); allowed > 0 && cores > 0)
        cores = std::min(cores, allowed);
#endif
    if (cores <= 0)
        cores = int(std::thread::hardware_concurrency());
    return std::max(cores, 1);
}

std::vector<std::string> availableKernelPaths() {
    std::vector<std::string> names;
    for (const kernels::KernelTable* t : kernels::supportedTables())
        names.emplace_back(t->name);
    return names;
}

std::string activeKernelPath() {
    return kernels::active().name;
}

void forceKernelPath(const std::string& name) {
    if (const kernels::KernelTable* t = kernels::findTable(name.c_str())) {
        kernels::setActive(*t);
        return;
    }
    std::string names;
    for (const std::string& n : availableKernelPaths())
        names += (names.empty() ? "" : ", ") + n;
    throw Error("kernel path \"" + name +
                "\" is not available in this build on this CPU; available: " + names);
}

} // namespace trit
