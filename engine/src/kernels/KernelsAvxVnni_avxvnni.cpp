// AVX-VNNI kernels (e.g. Alder Lake and later laptops without AVX-512): the AVX2 kernels with the ternary
// products done by the 256-bit vpdpbusd.
#define TRIT_AVX_VNNI 1
#include "kernels/KernelTables.h"
#include "kernels/KernelsAvx2Impl.h"

namespace trit::kernels {

const KernelTable& avxVnniTable() {
    static const KernelTable table{"avx-vnni", quantizeActAvx, ternaryGemvAvx, ternaryGemmAvx, dotF32Avx,
                                   dotF16Avx,  gemvF16Avx,     gemvF32Avx,     axpyF32Avx,     axpyF16Avx};
    return table;
}

} // namespace trit::kernels
