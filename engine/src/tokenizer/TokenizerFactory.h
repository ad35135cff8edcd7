#pragma once
// Builds a Tokenizer from plain configuration data (filled from GGUF metadata by the model loader, or by
// tests and tools). Throws trit::Error for an inconsistent configuration.
#include "tokenizer/TokenizerConfig.h"
#include "trit/Tokenizer.h"

namespace trit {

Tokenizer makeTokenizer(const TokenizerConfig& config);

} // namespace trit
