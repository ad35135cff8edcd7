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

// Writes a model with a given tokenizer and weight source (see ModelBuilder::write).
std::string writeModel(const trit::ModelSpec& spec, const std::string& tag,
                       const trit::TokenizerConfig& tokenizer, const trit::WeightSource& source = nullptr);

// A model whose greedy output is printable ASCII and never ends by itself: the embedding (= tied head) rows
// of every other token are zero, so their logits are 0 while some ASCII token's is positive.
std::string writeAsciiModel(const std::string& tag);

// A model that always ends its turn at once: <|eot_id|> is token 0 and every embedding row is zero, so all
// logits tie at 0 and greedy picks the lowest id.
std::string writeEndsAtOnceModel(const std::string& tag);

// A folder for this process's files (created on first use).
std::string scratchDir();
// The built trit tool (env TRIT_TOOL); skips the calling test when it is not there.
std::string tritTool();

} // namespace trit_test
