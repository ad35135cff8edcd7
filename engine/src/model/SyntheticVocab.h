#pragma once
// Valid byte-level BPE vocabularies for generated models (no downloads): the 256 byte tokens in GPT-2's
// byte->unicode form, merges, and the special tokens <|begin_of_text|>, <|end_of_text|>, <|eot_id|>.
#include "tokenizer/TokenizerConfig.h"

#include <cstdint>

namespace trit {

// A small vocabulary: 256 bytes + a few English merges + specials, padded with reserved control tokens up to
// `n_vocab` (0 = no padding).
TokenizerConfig smallSyntheticVocab(uint32_t n_vocab);

// The shape of the Llama 3 vocabulary (128256 tokens, 280147 merges, specials at 128000.. with their Llama 3
// names and ids) with synthetic texts for the normal tokens; no `pre`, as in the official 2B4T file.
TokenizerConfig llama3ShapedSyntheticVocab();

} // namespace trit
