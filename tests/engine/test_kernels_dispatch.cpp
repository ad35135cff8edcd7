// Kernel path choice: what is offered, forcing a path (and refusing an unknown one), the default choice,
// and the physical core count.
#include "Check.h"
#include "kernels/Dispatch.h"
#include "kernels/Kernels.h"
#include "trit/Cpu.h"
#include "trit/Error.h"

#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

TEST_CASE("scalar is always offered first, and every offered path can be found by name") {
    const std::vector<std::string> paths = trit::availableKernelPaths();
    REQUIRE(!paths.empty());
    CHECK_EQ(paths.front(), std::string("scalar"));
    for (const std::string& name : paths) {
        const trit::kernels::KernelTable* t = trit::kernels::findTable(name.c_str());
        REQUIRE(t != nullptr);
        CHECK_EQ(std::string(t->name), name);
    }
    CHECK(trit::kernels::findTable("no-such-path") == nullptr);
}

TEST_CASE("the offered paths match the CPU's features") {
    const trit::CpuFeatures f = trit::detectCpuFeatures();
    const std::vector<std::string> paths = trit::availableKernelPaths();
    auto offered = [&](const char* name) {
        for (const std::string& p : paths)
            if (p == name)
                return true;
        return false;
    };
#if defined(__x86_64__)
    CHECK_EQ(offered("avx2"), f.avx2 && f.fma && f.f16c);
    CHECK_EQ(offered("avx-vnni"), f.avx2 && f.fma && f.f16c && f.avxvnni);
    CHECK_EQ(offered("avx512-vnni"), f.avx2 && f.avx512f && f.avx512bw && f.avx512vl && f.avx512vnni);
#elif defined(__aarch64__)
    CHECK(f.neon);
    CHECK(offered("neon"));
    CHECK_EQ(offered("neon-dotprod"), f.dotprod);
#endif
    (void)f;
    (void)offered;
}

TEST_CASE("the default path is the best offered unless TRIT_KERNEL names another") {
    const char* forced = std::getenv("TRIT_KERNEL");
    if (forced && *forced)
        CHECK_EQ(trit::activeKernelPath(), std::string(forced));
    else
        CHECK_EQ(trit::activeKernelPath(), trit::availableKernelPaths().back());
}

TEST_CASE("forceKernelPath switches to every offered path and refuses unknown ones") {
    const std::string before = trit::activeKernelPath();
    for (const std::string& name : trit::availableKernelPaths()) {
        trit::forceKernelPath(name);
        CHECK_EQ(trit::activeKernelPath(), name);
        CHECK_EQ(std::string(trit::kernels::active().name), name);
    }
    bool threw = false;
    try {
        trit::forceKernelPath("avx1024");
    } catch (const trit::Error& e) {
        threw = std::string(e.what()).find("scalar") != std::string::npos; // the message lists what exists
    }
    CHECK(threw);
    trit::forceKernelPath(before);
    CHECK_EQ(trit::activeKernelPath(), before);
}

TEST_CASE("physicalCoreCount is at least one and at most the logical CPU count") {
    const int cores = trit::physicalCoreCount();
    CHECK(cores >= 1);
    if (const unsigned logical = std::thread::hardware_concurrency(); logical > 0)
        CHECK(cores <= int(logical));
}

TRIT_TEST_MAIN()
