#pragma once
// Everything a tokenizer is built from, as plain data (filled from GGUF metadata by the model loader,
// or by tests and tools directly).
#include <cstdint>
#include <string>
#include <vector>

namespace trit {

struct TokenizerConfig {
    std::string model = "gpt2";       // tokenizer.ggml.model: "gpt2" (byte-level BPE) or "llama" (SPM)
    std::string pre;                  // tokenizer.ggml.pre; empty when absent (spec §4.4 decides)
    std::vector<std::string> tokens;  // tokenizer.ggml.tokens
    std::vector<int32_t> token_types; // tokenizer.ggml.token_type (may be empty = all normal)
    std::vector<float> scores;        // tokenizer.ggml.scores (may be empty)
    std::vector<std::string> merges;  // tokenizer.ggml.merges ("left right")
    int32_t bos_id = -1, eos_id = -1, eot_id = -1, eom_id = -1, unk_id = -1, pad_id = -1;
    bool add_bos = false;         // tokenizer.ggml.add_bos_token (default per model type)
    bool add_bos_present = false; // whether the key was in the file
    bool add_eos = false;
    bool add_space_prefix = true; // tokenizer.ggml.add_space_prefix (SentencePiece: "▁" before the text)
};

// Token types as in GGUF.
enum TokenType : int32_t {
    kNormal = 1,
    kUnknown = 2,
    kControl = 3,
    kUserDefined = 4,
    kUnused = 5,
    kByte = 6
};

} // namespace trit
