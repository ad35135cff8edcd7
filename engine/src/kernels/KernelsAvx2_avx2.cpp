// AVX2 + FMA + F16C kernels: ternary products with vpmaddubsw on the unsigned codes.
#include "kernels/KernelTables.h"
#include "kernels/KernelsAvx2Impl.h"

namespace trit::kernels {

const KernelTable& avx2Table() {
    static const KernelTable table{"avx2",    quantizeActAvx, ternaryGemvAvx, ternaryGemmAvx, dotF32Avx,
                                   dotF16Avx, gemvF16Avx,     gemvF32Avx,     axpyF32Avx,     axpyF16Avx};
    return table;
}

} // namespace trit::kernels
