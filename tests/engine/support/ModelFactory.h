#pragma once
// Tiny model files for the engine tests, written with the same ModelBuilder as `trit mkmodel` into a
// per-process folder of the build tree (removed when the test process ends).
#include "model/ModelBuilder.h"

#include <string>

namespace trit_test {

// A small spec that every ternary type accepts: 256 wide, 2 layers, 4 heads / 2 KV heads, ff 512.
trit::ModelSpec tinySpec(const std::string& arch = "bitnet-b1.58");

// Writes the model (synthetic small vocabulary, padded to 320 tokens) and returns its path. `tag` names the
// file.
std::string writeTinyModel(const trit::ModelSpec& spec, const std::string& tag);

// A folder for this process's files (created on first use).
std::string scratchDir();

} // namespace trit_test
