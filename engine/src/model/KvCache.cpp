#include "model/KvCache.h"

#include "tensor/Codecs.h"

namespace trit {

KvCache::KvCache(uint32_t n_layer, uint32_t n_ctx, uint32_t kv_dim, KvCacheType type)
    : n_ctx_(n_ctx), kv_dim_(kv_dim), type_(type) {
    elements_ = size_t(n_layer) * n_ctx * kv_dim;
    if (type == KvCacheType::F16) {
        k16_ = std::make_unique_for_overwrite<uint16_t[]>(elements_);
        v16_ = std::make_unique_for_overwrite<uint16_t[]>(elements_);
    } else {
        k32_ = std::make_unique_for_overwrite<float[]>(elements_);
        v32_ = std::make_unique_for_overwrite<float[]>(elements_);
    }
}

uint64_t KvCache::bytes() const {
    return 2 * elements_ * (type_ == KvCacheType::F16 ? sizeof(uint16_t) : sizeof(float));
}

void KvCache::store(uint32_t layer, uint32_t pos, const float* k, const float* v) {
    const size_t at = index(layer, pos);
    if (type_ == KvCacheType::F16) {
        for (uint32_t i = 0; i < kv_dim_; ++i) {
            k16_[at + i] = f32ToF16(k[i]);
            v16_[at + i] = f32ToF16(v[i]);
        }
    } else {
        for (uint32_t i = 0; i < kv_dim_; ++i) {
            k32_[at + i] = k[i];
            v32_[at + i] = v[i];
        }
    }
}

const void* KvCache::keys(uint32_t layer, uint32_t pos) const {
    const size_t at = index(layer, pos);
    return type_ == KvCacheType::F16 ? static_cast<const void*>(k16_.get() + at) : k32_.get() + at;
}

const void* KvCache::values(uint32_t layer, uint32_t pos) const {
    const size_t at = index(layer, pos);
    return type_ == KvCacheType::F16 ? static_cast<const void*>(v16_.get() + at) : v32_.get() + at;
}

} // namespace trit
