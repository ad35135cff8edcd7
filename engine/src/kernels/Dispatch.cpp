// Chooses the kernel path once: the best the CPU supports, unless TRIT_KERNEL or forceKernelPath() says
// otherwise. The per-ISA tables are only referenced here, and only called after the CPU check.
#include "kernels/Dispatch.h"

#include "kernels/KernelTables.h"
#include "trit/Cpu.h"
#include "trit/Error.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <string>

namespace trit::kernels {
namespace {

std::atomic<const KernelTable*> g_active{nullptr};

std::string supportedNames() {
    std::string names;
    for (const KernelTable* t : supportedTables())
        names += (names.empty() ? "" : ", ") + std::string(t->name);
    return names;
}

const KernelTable& chooseAtStartup() {
    if (const char* forced = std::getenv("TRIT_KERNEL"); forced && *forced) {
        if (const KernelTable* t = findTable(forced))
            return *t;
        throw Error(std::string("TRIT_KERNEL=") + forced +
                    " names a kernel path this build or CPU does not have; available: " + supportedNames());
    }
    return *supportedTables().back();
}

} // namespace

std::vector<const KernelTable*> supportedTables() {
    std::vector<const KernelTable*> tables{&scalarTable()};
    [[maybe_unused]] const CpuFeatures f = detectCpuFeatures();
#if defined(__x86_64__) || defined(_M_X64)
    const bool avx2 = f.avx2 && f.fma && f.f16c;
    if (avx2)
        tables.push_back(&avx2Table());
    if (avx2 && f.avxvnni)
        tables.push_back(&avxVnniTable());
    if (avx2 && f.avx512f && f.avx512bw && f.avx512vl && f.avx512vnni)
        tables.push_back(&avx512VnniTable());
#endif
#if defined(__aarch64__)
    if (f.neon)
        tables.push_back(&neonTable());
    if (f.neon && f.dotprod)
        tables.push_back(&neonDotprodTable());
#endif
    return tables;
}

const KernelTable* findTable(const char* name) {
    for (const KernelTable* t : supportedTables())
        if (std::strcmp(t->name, name) == 0)
            return t;
    return nullptr;
}

void setActive(const KernelTable& table) {
    g_active.store(&table, std::memory_order_release);
}

const KernelTable& active() {
    if (const KernelTable* t = g_active.load(std::memory_order_acquire))
        return *t;
    // Racing first calls compute the same choice; whichever stores first wins and the others adopt it.
    const KernelTable* expected = nullptr;
    const KernelTable* chosen = &chooseAtStartup();
    g_active.compare_exchange_strong(expected, chosen, std::memory_order_acq_rel);
    return *g_active.load(std::memory_order_acquire);
}

} // namespace trit::kernels
