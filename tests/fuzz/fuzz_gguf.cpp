// libFuzzer target for the GGUF reader: any input must either parse or throw trit::Error — no crash, no
// out-of-bounds read (run under ASan/UBSan), no unbounded allocation. A parsed file is also read through
// the typed getters and its tensor bytes touched, so that every pointer the reader hands out is exercised.
#include "gguf/GgufFile.h"
#include "trit/Error.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        const trit::GgufFile file = trit::GgufFile::fromMemory(data, size, "fuzz.gguf");
        for (const auto& [key, value] : file.metadata()) {
            try {
                (void)file.getString(key);
                (void)file.getStringArray(key);
                (void)file.getFloatArray(key);
                (void)file.getIntArray(key);
                (void)file.getUInt(key);
            } catch (const trit::Error&) {
            }
        }
        unsigned sum = 0;
        for (const auto& tensor : file.tensors())
            if (tensor.n_bytes > 0)
                sum += tensor.data[0] + tensor.data[tensor.n_bytes - 1];
        return static_cast<int>(sum & 0); // the reads above must not be optimized away, the result is 0
    } catch (const trit::Error&) {
    }
    return 0;
}
