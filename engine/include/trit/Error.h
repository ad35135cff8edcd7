#pragma once
// Every failure the engine reports to its caller: a message a person can act on (which file, what is wrong,
// and — for unsupported features — what is supported).
#include <stdexcept>
#include <string>

namespace trit {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace trit
