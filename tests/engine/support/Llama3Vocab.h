#pragma once
// The Llama 3 / BitNet b1.58 2B4T tokenizer built from the tiktoken rank file in the shared test data
// (ENGINE_SPEC §5 fixture 1): tokens are the byte->unicode form of each rank's bytes, the merges are every
// split of a token into two tokens ordered by the rank of the result (so BPE with them merges exactly as
// tiktoken does), and the 256 special tokens 128000..128255 are control tokens. tokenizer.ggml.pre is left
// absent, as in the official 2B4T file.
#include "tokenizer/TokenizerConfig.h"

#include <string>

namespace trit_test {

// Throws std::runtime_error when the file cannot be read or is malformed.
trit::TokenizerConfig llama3TokenizerConfig(const std::string& tiktoken_path);

} // namespace trit_test
