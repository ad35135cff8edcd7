#pragma once
// Keys and values of every layer for up to n_ctx positions, stored as f16 or f32 (SessionOptions).
// Layout per layer: position-major, each position holding n_head_kv * head_dim values.
#include "trit/Model.h"

#include <cstdint>
#include <memory>

namespace trit {

class KvCache {
public:
    KvCache(uint32_t n_layer, uint32_t n_ctx, uint32_t kv_dim, KvCacheType type);

    KvCacheType type() const { return type_; }
    uint32_t capacity() const { return n_ctx_; }
    uint64_t bytes() const;

    // Stores one position's keys and values (kv_dim each) for a layer.
    void store(uint32_t layer, uint32_t pos, const float* k, const float* v);
    // Start of a position's keys/values: uint16_t* (f16 cache) or float* (f32 cache).
    const void* keys(uint32_t layer, uint32_t pos) const;
    const void* values(uint32_t layer, uint32_t pos) const;

private:
    size_t index(uint32_t layer, uint32_t pos) const { return (size_t(layer) * n_ctx_ + pos) * kv_dim_; }
    uint32_t n_ctx_, kv_dim_;
    KvCacheType type_;
    size_t elements_ = 0; // per K or V
    // Left uninitialized on purpose: a position is always written before it is read, and untouched pages of
    // a 4096-token cache then cost no memory (and no start-up time zeroing hundreds of megabytes).
    std::unique_ptr<uint16_t[]> k16_, v16_;
    std::unique_ptr<float[]> k32_, v32_;
};

} // namespace trit
