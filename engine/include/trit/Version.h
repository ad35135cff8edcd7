#pragma once
#include <string_view>

namespace trit {

// The engine's version, e.g. "0.1.0".
std::string_view version();

} // namespace trit
