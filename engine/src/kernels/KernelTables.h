#pragma once
// The per-instruction-set kernel tables. Each is defined in a file compiled with that instruction set's
// flags (see engine/CMakeLists.txt), so only Dispatch.cpp may call them, and only after checking that the
// CPU supports the instruction set.
#include "kernels/Kernels.h"

namespace trit::kernels {

#if defined(__x86_64__) || defined(_M_X64)
const KernelTable& avx2Table();       // KernelsAvx2_avx2.cpp: AVX2 + FMA + F16C
const KernelTable& avxVnniTable();    // KernelsAvxVnni_avxvnni.cpp: AVX2 + AVX-VNNI (256-bit vpdpbusd)
const KernelTable& avx512VnniTable(); // KernelsAvx512_avx512.cpp: AVX-512 F/BW/VL/DQ + VNNI
#endif
#if defined(__aarch64__)
const KernelTable& neonTable();        // KernelsNeon_neon.cpp: ARMv8 Advanced SIMD
const KernelTable& neonDotprodTable(); // KernelsNeonDotprod_dotprod.cpp: ARMv8.2 SDOT
#endif

} // namespace trit::kernels
