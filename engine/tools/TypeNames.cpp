#include "TypeNames.h"

#include "trit/Error.h"

#include <algorithm>
#include <cctype>

namespace trit::cli {

TensorType tensorTypeFromName(const std::string& name) {
    std::string upper = name;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return char(std::toupper(c)); });
    for (TensorType t :
         {TensorType::F32, TensorType::F16, TensorType::BF16, TensorType::Q8_0, TensorType::Q4_K,
          TensorType::Q6_K, TensorType::TQ1_0, TensorType::TQ2_0, TensorType::I2_S})
        if (tensorTypeName(t) == upper)
            return t;
    throw Error("unknown tensor type '" + name + "' (f32, f16, bf16, q8_0, q4_k, q6_k, tq1_0, tq2_0, i2_s)");
}

} // namespace trit::cli
