#include "trit/Model.h"

#include "model/ModelImpl.h"

namespace trit {

Model::Model(std::unique_ptr<ModelImpl> impl) : impl_(std::move(impl)) {}
Model::~Model() = default;

std::shared_ptr<const Model> Model::load(const std::string& path, const LoadOptions& options) {
    return std::shared_ptr<const Model>(new Model(ModelImpl::load(path, options)));
}

const ModelInfo& Model::info() const {
    return impl_->info();
}
const Tokenizer& Model::tokenizer() const {
    return impl_->tokenizer();
}
uint64_t Model::mappedBytes() const {
    return impl_->file().fileSize();
}

} // namespace trit
