#include "tokenizer/TokenizerFactory.h"

#include "tokenizer/TokenizerImpl.h"

#include <memory>

namespace trit {

Tokenizer makeTokenizer(const TokenizerConfig& config) {
    return Tokenizer(std::make_unique<TokenizerImpl>(config));
}

} // namespace trit
