#pragma once
// Tensor type names as typed on the command line ("i2_s", "q6_k", ...).
#include "tensor/TensorType.h"

#include <string>

namespace trit::cli {

// Throws Error listing the accepted names.
TensorType tensorTypeFromName(const std::string& name);

} // namespace trit::cli
