#include "trit/Version.h"

namespace trit {

std::string_view version() {
    return TRIT_VERSION;
}

} // namespace trit
