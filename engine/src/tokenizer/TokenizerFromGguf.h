#pragma once
// Reads the tokenizer keys of ENGINE_SPEC §4.1 from a GGUF file into a TokenizerConfig.
#include "tokenizer/TokenizerConfig.h"

namespace trit {

class GgufFile;

// Throws Error when a key has the wrong type or the file has no tokenizer.
TokenizerConfig tokenizerConfigFromGguf(const GgufFile& file);

} // namespace trit
