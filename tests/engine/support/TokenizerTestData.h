#pragma once
// Helpers shared by the tokenizer and chat tests: the shared test-data folder, the llama.cpp .inp/.out
// vector files, and small synthetic byte-level vocabularies.
#include "tokenizer/TokenizerConfig.h"

#include <cstdint>
#include <string>
#include <vector>

namespace trit_test {

// $TRIT_SHARED_TESTDATA/tokenizer; skips the current test (with the reason) when it is not there.
std::string tokenizerTestDataDir();

struct TokenizerVector {
    std::string text;
    std::vector<int32_t> ids;
};
// Reads NAME.inp (texts separated by "\n__ggml_vocab_test__\n") and NAME.out (ids, one line per text).
std::vector<TokenizerVector> readTokenizerVectors(const std::string& dir, const std::string& name);

// A byte-level BPE vocabulary with the 256 byte tokens (ids 0..255, no merges) followed by `specials`
// as control tokens (ids 256...).
trit::TokenizerConfig byteLevelConfig(const std::vector<std::string>& specials);

// "[1 2 3]": token ids as text, so that CHECK_EQ can print both sides.
std::string idsText(const std::vector<int32_t>& ids);

} // namespace trit_test

#define CHECK_IDS(a, b) CHECK_EQ(trit_test::idsText(a), trit_test::idsText(b))

namespace trit_test {} // namespace trit_test
