#include "tokenizer/TokenizerImpl.h"

#include "tokenizer/ByteUnicode.h"
#include "tokenizer/Utf8.h"
#include "trit/Error.h"

#include <algorithm>

namespace trit {
namespace {

constexpr std::string_view kSpmSpace = "\xE2\x96\x81";   // U+2581 "▁", SentencePiece's space
constexpr std::string_view kSpmUnknown = "\xE2\x96\x85"; // U+2585, what llama.cpp prints for <unk>

// ENGINE_SPEC §4.4: the official 2B4T file has no tokenizer.ggml.pre, but its vocabulary is Llama 3's.
bool isLlama3Vocabulary(const Vocab& vocab) {
    return vocab.size() == 128256 && vocab.text(128000) == "<|begin_of_text|>";
}

std::string decodeByteLevel(const std::string& text) {
    std::string bytes;
    bytes.reserve(text.size());
    size_t pos = 0;
    while (pos < text.size()) {
        const utf8::Sequence seq = utf8::inspect(std::string_view(text).substr(pos));
        const int byte =
            seq.kind == utf8::Sequence::kComplete ? byte_unicode::decodeCodepoint(seq.codepoint) : -1;
        if (byte >= 0)
            bytes += static_cast<char>(byte);
        else // not part of the byte alphabet: keep the character itself
            bytes.append(text, pos, seq.length);
        pos += seq.length;
    }
    return bytes;
}

std::string decodeSentencePiece(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (size_t pos = 0; pos < text.size();) {
        if (std::string_view(text).substr(pos, kSpmSpace.size()) == kSpmSpace) {
            out += ' ';
            pos += kSpmSpace.size();
        } else {
            out += text[pos++];
        }
    }
    return out;
}

// "<0x41>" -> 0x41, or -1.
int parseByteToken(const std::string& text) {
    if (text.size() != 6 || text.compare(0, 3, "<0x") != 0 || text[5] != '>')
        return -1;
    int value = 0;
    for (size_t i = 3; i < 5; ++i) {
        const char c = text[i];
        const int digit = (c >= '0' && c <= '9')   ? c - '0'
                          : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                          : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                                                   : -1;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

} // namespace

TokenizerImpl::TokenizerImpl(const TokenizerConfig& c)
    : model_(c.model), vocab_(c.tokens, c.token_types, c.scores), specials_(vocab_) {
    if (model_ != "gpt2" && model_ != "llama")
        throw Error("unsupported tokenizer model '" + model_ +
                    "' (tokenizer.ggml.model); supported: gpt2 (byte-level BPE), llama (SentencePiece)");
    unk_ = checkedId(c.unk_id, "tokenizer.ggml.unknown_token_id");
    bos_ = checkedId(c.bos_id, "tokenizer.ggml.bos_token_id");
    eos_ = checkedId(c.eos_id, "tokenizer.ggml.eos_token_id");
    eot_ = checkedId(c.eot_id, "tokenizer.ggml.eot_token_id");
    eom_ = checkedId(c.eom_id, "tokenizer.ggml.eom_token_id");

    if (isSentencePiece()) {
        // llama.cpp's defaults for SentencePiece vocabularies: <unk> 0, <s> 1, </s> 2.
        if (c.unk_id < 0 && vocab_.contains(0))
            unk_ = 0;
        if (c.bos_id < 0 && vocab_.contains(1))
            bos_ = 1;
        if (c.eos_id < 0 && vocab_.contains(2))
            eos_ = 2;
        spm_.emplace(vocab_, unk_);
    } else {
        std::string pre = c.pre;
        if (pre.empty())
            pre = isLlama3Vocabulary(vocab_) ? "llama3" : "default";
        pre_ = PreTokenizer::fromName(pre);
        ignore_merges_ = pre_->kind() == PreTokenizer::Kind::Llama3;
        bpe_.emplace(vocab_, c.merges);
    }
    add_space_prefix_ = c.add_space_prefix;
    add_bos_ = c.add_bos_present ? c.add_bos : (isSentencePiece() || ignore_merges_);

    if (eot_ < 0)
        for (const char* text : {"<|eot_id|>", "<|im_end|>", "<|end|>"})
            if ((eot_ = vocab_.find(text)) >= 0)
                break;
    if (eom_ < 0)
        eom_ = vocab_.find("<|eom_id|>");
    for (int32_t id : {eos_, eot_, eom_})
        if (id >= 0 &&
            std::find(end_of_generation_.begin(), end_of_generation_.end(), id) == end_of_generation_.end())
            end_of_generation_.push_back(id);

    bytes_.reserve(static_cast<size_t>(vocab_.size()));
    for (int32_t id = 0; id < vocab_.size(); ++id)
        bytes_.push_back(plainBytes(id));
}

int32_t TokenizerImpl::checkedId(int32_t id, const char* key) const {
    if (id < -1 || id >= vocab_.size())
        throw Error(std::string(key) + " is " + std::to_string(id) + ", outside the vocabulary of " +
                    std::to_string(vocab_.size()) + " tokens");
    return id;
}

std::string TokenizerImpl::plainBytes(int32_t id) const {
    const std::string& text = vocab_.text(id);
    switch (vocab_.type(id)) {
    case kNormal:
        return isSentencePiece() ? decodeSentencePiece(text) : decodeByteLevel(text);
    case kByte:
        if (isSentencePiece()) {
            const int byte = parseByteToken(text);
            return byte >= 0 ? std::string(1, static_cast<char>(byte)) : std::string();
        }
        return decodeByteLevel(text);
    case kUserDefined:
        return text;
    case kUnknown:
        return isSentencePiece() ? std::string(kSpmUnknown) : std::string();
    case kControl:
    case kUnused:
        break;
    }
    return {};
}

std::string TokenizerImpl::preTokenizer() const {
    return pre_ ? pre_->name() : "sentencepiece";
}

bool TokenizerImpl::isEndOfGeneration(int32_t id) const {
    return std::find(end_of_generation_.begin(), end_of_generation_.end(), id) != end_of_generation_.end();
}

void TokenizerImpl::encodeRaw(std::string_view text, bool after_special, std::vector<int32_t>& out) const {
    if (isSentencePiece()) {
        // SentencePiece marks word starts with "▁": a leading one at the start and after every special token.
        std::string escaped;
        escaped.reserve(text.size() * 2 + 3);
        if (after_special && add_space_prefix_)
            escaped += kSpmSpace;
        for (char ch : text) {
            if (ch == ' ')
                escaped += kSpmSpace;
            else
                escaped += ch;
        }
        spm_->encode(vocab_, escaped, out);
        return;
    }
    for (std::string_view piece : pre_->split(text))
        bpe_->encodeWord(vocab_, byte_unicode::encode(piece), ignore_merges_, out);
}

std::vector<int32_t> TokenizerImpl::encode(std::string_view text, bool add_bos, bool parse_special) const {
    // Invalid UTF-8 becomes U+FFFD, as in llama.cpp, so every later step sees whole characters.
    const std::string input = utf8::repaired(text);
    std::vector<int32_t> out;
    if (add_bos && bos_ >= 0)
        out.push_back(bos_);
    if (input.empty())
        return out;
    if (!parse_special) {
        encodeRaw(input, true, out);
        return out;
    }
    bool after_special = true;
    for (const TextFragment& fragment : specials_.split(vocab_, input)) {
        if (fragment.token >= 0) {
            out.push_back(fragment.token);
            after_special = true;
        } else {
            encodeRaw(fragment.text, after_special, out);
            after_special = false;
        }
    }
    return out;
}

std::string TokenizerImpl::tokenBytes(int32_t id, bool render_special) const {
    if (!vocab_.contains(id))
        throw Error("token id " + std::to_string(id) + " is outside the vocabulary of " +
                    std::to_string(vocab_.size()) + " tokens");
    const TokenType type = vocab_.type(id);
    if (render_special && (type == kControl || type == kUnknown))
        return vocab_.text(id);
    return bytes_[static_cast<size_t>(id)];
}

std::string TokenizerImpl::decode(const int32_t* ids, size_t count) const {
    std::string out;
    bool first_text = true;
    for (size_t i = 0; i < count; ++i) {
        std::string piece = tokenBytes(ids[i], false);
        if (piece.empty())
            continue;
        // The space SentencePiece encoding put in front of the text is not part of it.
        if (first_text && isSentencePiece() && add_space_prefix_ && piece.front() == ' ')
            piece.erase(0, 1);
        first_text = false;
        out += piece;
    }
    return out;
}

} // namespace trit
