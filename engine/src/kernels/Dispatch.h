#pragma once
// Internal side of the kernel choice (the public side is trit/Cpu.h): which tables this build has, which
// the CPU can run, and the one in use.
#include "kernels/Kernels.h"

#include <vector>

namespace trit::kernels {

// Every path this build has and this CPU can run, worst first (scalar) and best last.
std::vector<const KernelTable*> supportedTables();
// Makes `table` the active path for every later call of active().
void setActive(const KernelTable& table);

} // namespace trit::kernels
