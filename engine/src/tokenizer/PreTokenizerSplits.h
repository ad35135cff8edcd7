#pragma once
// Hand-written equivalents of the pre-tokenizer regexes (ENGINE_SPEC §4.2 step 2, §4.4, §4.5). Each function
// takes the text as code points and a partition of it into chunks (lengths in code points), splits every
// chunk on its own and returns the finer partition: matches and the gaps between them both become pieces,
// as llama.cpp does.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace trit::pretokenize {

struct CodepointText {
    std::vector<uint32_t> codepoints;
    std::vector<uint8_t> classes; // codepointClass() of each code point
};

using Partition = std::vector<size_t>;

// (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}|
// ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
Partition splitLlama3(const CodepointText& text, const Partition& chunks);
// 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
Partition splitGpt2(const CodepointText& text, const Partition& chunks);
// [\p{P}\$\+<=>\^~\|]+
Partition splitPunctuationRuns(const CodepointText& text, const Partition& chunks);
// \p{N}+
Partition splitNumberRuns(const CodepointText& text, const Partition& chunks);
// [0-9][0-9][0-9]
Partition splitDigitTriplets(const CodepointText& text, const Partition& chunks);

} // namespace trit::pretokenize
