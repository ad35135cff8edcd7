#include "model/KvCache.h"

#include "tensor/Codecs.h"

namespace trit {

KvCache::KvCache(uint32_t n_layer, uint32_t n_ctx, uint32_t kv_dim, KvCacheType type)
    : n_ctx_(n_ctx), kv_dim_(kv_dim), type_(type) {
    const size_t n = size_t(n_layer) * n_ctx * kv_dim;
    if (type == KvCacheType::F16) {
        k16_.resize(n);
        v16_.resize(n);
    } else {
        k32_.resize(n);
        v32_.resize(n);
    }
}

uint64_t KvCache::bytes() const {
    return (k16_.size() + v16_.size()) * sizeof(uint16_t) + (k32_.size() + v32_.size()) * sizeof(float);
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
    return type_ == KvCacheType::F16 ? static_cast<const void*>(k16_.data() + at) : k32_.data() + at;
}

const void* KvCache::values(uint32_t layer, uint32_t pos) const {
    const size_t at = index(layer, pos);
    return type_ == KvCacheType::F16 ? static_cast<const void*>(v16_.data() + at) : v32_.data() + at;
}

} // namespace trit
