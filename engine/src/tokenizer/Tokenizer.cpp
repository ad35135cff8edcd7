#include "trit/Tokenizer.h"

#include "tokenizer/TokenizerImpl.h"

namespace trit {

Tokenizer::Tokenizer(std::unique_ptr<TokenizerImpl> impl) : impl_(std::move(impl)) {}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

std::vector<int32_t> Tokenizer::encode(std::string_view text, bool add_bos, bool parse_special) const {
    return impl_->encode(text, add_bos, parse_special);
}

std::string Tokenizer::tokenBytes(int32_t id, bool render_special) const {
    return impl_->tokenBytes(id, render_special);
}

std::string Tokenizer::decode(std::span<const int32_t> ids) const {
    return impl_->decode(ids.data(), ids.size());
}

int32_t Tokenizer::vocabSize() const {
    return impl_->vocab().size();
}
int32_t Tokenizer::bos() const {
    return impl_->bos();
}
int32_t Tokenizer::eos() const {
    return impl_->eos();
}
int32_t Tokenizer::eot() const {
    return impl_->eot();
}
bool Tokenizer::isEndOfGeneration(int32_t id) const {
    return impl_->isEndOfGeneration(id);
}
bool Tokenizer::addBosByDefault() const {
    return impl_->addBosByDefault();
}
int32_t Tokenizer::findToken(std::string_view text) const {
    return impl_->vocab().find(text);
}
std::string Tokenizer::model() const {
    return impl_->model();
}
std::string Tokenizer::preTokenizer() const {
    return impl_->preTokenizer();
}

} // namespace trit
