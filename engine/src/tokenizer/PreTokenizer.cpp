#include "tokenizer/PreTokenizer.h"

#include "tokenizer/PreTokenizerSplits.h"
#include "tokenizer/UnicodeClasses.h"
#include "tokenizer/Utf8.h"
#include "trit/Error.h"

namespace trit {
namespace {

struct NamedKind {
    const char* name;
    PreTokenizer::Kind kind;
};

// llama.cpp maps "falcon3" to the Llama 3 regex; the bitnet.cpp fork uses another one (ENGINE_SPEC §4.5 [?]).
constexpr NamedKind kNames[] = {
    {"llama-bpe", PreTokenizer::Kind::Llama3}, {"llama3", PreTokenizer::Kind::Llama3},
    {"llama-v3", PreTokenizer::Kind::Llama3},  {"falcon3", PreTokenizer::Kind::Llama3},
    {"gpt-2", PreTokenizer::Kind::Gpt2},       {"default", PreTokenizer::Kind::Default},
};

} // namespace

PreTokenizer::PreTokenizer(Kind kind) : kind_(kind) {}

PreTokenizer PreTokenizer::fromName(const std::string& name) {
    for (const auto& entry : kNames)
        if (name == entry.name)
            return PreTokenizer(entry.kind);
    std::string known;
    for (const auto& entry : kNames)
        known += (known.empty() ? "" : ", ") + std::string(entry.name);
    throw Error("unsupported pre-tokenizer '" + name + "' (tokenizer.ggml.pre); supported: " + known);
}

std::vector<std::string> PreTokenizer::knownNames() {
    std::vector<std::string> names;
    for (const auto& entry : kNames)
        names.emplace_back(entry.name);
    return names;
}

const char* PreTokenizer::name() const {
    switch (kind_) {
    case Kind::Llama3:
        return "llama3";
    case Kind::Gpt2:
        return "gpt-2";
    case Kind::Default:
        break;
    }
    return "default";
}

std::vector<std::string_view> PreTokenizer::split(std::string_view text) const {
    pretokenize::CodepointText cps;
    std::vector<size_t> byte_offsets; // of every code point, plus the end
    cps.codepoints.reserve(text.size());
    cps.classes.reserve(text.size());
    byte_offsets.reserve(text.size() + 1);
    size_t pos = 0;
    while (pos < text.size()) {
        const utf8::Sequence seq = utf8::inspect(text.substr(pos));
        const uint32_t cp = seq.kind == utf8::Sequence::kComplete ? seq.codepoint : utf8::kReplacement;
        byte_offsets.push_back(pos);
        cps.codepoints.push_back(cp);
        cps.classes.push_back(codepointClass(cp));
        pos += seq.length;
    }
    byte_offsets.push_back(text.size());

    pretokenize::Partition parts{cps.codepoints.size()};
    switch (kind_) {
    case Kind::Llama3:
        parts = pretokenize::splitLlama3(cps, parts);
        break;
    case Kind::Gpt2:
        parts = pretokenize::splitGpt2(cps, parts);
        break;
    case Kind::Default:
        // llama.cpp's fallback: four regexes, each refining the pieces of the previous one (§4.4).
        parts = pretokenize::splitPunctuationRuns(cps, parts);
        parts = pretokenize::splitGpt2(cps, parts);
        parts = pretokenize::splitNumberRuns(cps, parts);
        parts = pretokenize::splitDigitTriplets(cps, parts);
        break;
    }

    std::vector<std::string_view> pieces;
    pieces.reserve(parts.size());
    size_t start = 0;
    for (size_t length : parts) {
        if (length == 0)
            continue;
        const size_t b0 = byte_offsets[start], b1 = byte_offsets[start + length];
        pieces.push_back(text.substr(b0, b1 - b0));
        start += length;
    }
    return pieces;
}

} // namespace trit
