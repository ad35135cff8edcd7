// ARMv8.2 dot-product kernels: ternary products with SDOT (four int8 products per int32 lane).
#define TRIT_NEON_DOTPROD 1
#include "kernels/KernelTables.h"
#include "kernels/KernelsNeonImpl.h"

namespace trit::kernels {

const KernelTable& neonDotprodTable() {
    static const KernelTable table{"neon-dotprod", quantizeActNeon, ternaryGemvNeon, ternaryGemmNeon,
                                   dotF32Neon,     dotF16Neon,      gemvF16Neon,     gemvF32Neon,
                                   axpyF32Neon,    axpyF16Neon};
    return table;
}

} // namespace trit::kernels
