#pragma once
// Everything behind trit::Tokenizer: the vocabulary, the encoder of its family (byte-level BPE or
// SentencePiece), special-token handling and the precomputed bytes of every token for fast streaming.
#include "tokenizer/BpeEncoder.h"
#include "tokenizer/PreTokenizer.h"
#include "tokenizer/SpecialTokenSplitter.h"
#include "tokenizer/SpmEncoder.h"
#include "tokenizer/TokenizerConfig.h"
#include "tokenizer/Vocab.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trit {

class TokenizerImpl {
public:
    // Validates the whole configuration; throws Error with the inconsistency.
    explicit TokenizerImpl(const TokenizerConfig& config);

    std::vector<int32_t> encode(std::string_view text, bool add_bos, bool parse_special) const;
    std::string tokenBytes(int32_t id, bool render_special) const;
    std::string decode(const int32_t* ids, size_t count) const;

    const Vocab& vocab() const { return vocab_; }
    int32_t bos() const { return bos_; }
    int32_t eos() const { return eos_; }
    int32_t eot() const { return eot_; }
    int32_t eom() const { return eom_; }
    bool isEndOfGeneration(int32_t id) const;
    bool addBosByDefault() const { return add_bos_; }
    const std::string& model() const { return model_; }
    std::string preTokenizer() const;
    bool ignoresMerges() const { return ignore_merges_; }

private:
    bool isSentencePiece() const { return model_ == "llama"; }
    int32_t checkedId(int32_t id, const char* key) const;
    void encodeRaw(std::string_view text, bool after_special, std::vector<int32_t>& out) const;
    std::string plainBytes(int32_t id) const;

    std::string model_;
    Vocab vocab_;
    std::optional<PreTokenizer> pre_;
    bool ignore_merges_ = false;
    std::optional<BpeEncoder> bpe_;
    std::optional<SpmEncoder> spm_;
    SpecialTokenSplitter specials_;
    int32_t bos_ = -1, eos_ = -1, eot_ = -1, eom_ = -1, unk_ = -1;
    bool add_bos_ = false;
    bool add_space_prefix_ = true;
    std::vector<int32_t> end_of_generation_;
    std::vector<std::string> bytes_; // tokenBytes(id, false) of every token
};

} // namespace trit
