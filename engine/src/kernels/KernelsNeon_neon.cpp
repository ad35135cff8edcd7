// ARMv8 Advanced SIMD kernels: ternary products with widening int8 multiply-accumulates.
#include "kernels/KernelTables.h"
#include "kernels/KernelsNeonImpl.h"

namespace trit::kernels {

const KernelTable& neonTable() {
    static const KernelTable table{"neon",      quantizeActNeon, ternaryGemvNeon, ternaryGemmNeon,
                                   dotF32Neon,  dotF16Neon,      gemvF16Neon,     gemvF32Neon,
                                   axpyF32Neon, axpyF16Neon};
    return table;
}

} // namespace trit::kernels
