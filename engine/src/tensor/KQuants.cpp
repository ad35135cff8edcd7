#include "tensor/KQuants.h"

#include "tensor/Codecs.h"

#include <algorithm>
#include <cmath>

namespace trit::kquants {

namespace {

float loadF16(const uint8_t* src) {
    return f16ToF32(static_cast<uint16_t>(src[0] | (src[1] << 8)));
}

// Stores value as f16 and returns what a reader will see, so the encoders work with the stored scale.
float storeF16(uint8_t* dst, float value) {
    const uint16_t h = f32ToF16(value);
    dst[0] = static_cast<uint8_t>(h & 0xFF);
    dst[1] = static_cast<uint8_t>(h >> 8);
    return f16ToF32(h);
}

int roundClamp(float value, int lo, int hi) {
    return std::clamp(static_cast<int>(std::lround(value)), lo, hi);
}

// Q4_K's 6-bit sub-block scale and min j (0..7) from the 12 packed bytes.
void q4kScaleMin(const uint8_t* s, int j, int& sc, int& m) {
    if (j < 4) {
        sc = s[j] & 63;
        m = s[j + 4] & 63;
    } else {
        sc = (s[j + 4] & 0xF) | ((s[j - 4] >> 6) << 4);
        m = (s[j + 4] >> 4) | ((s[j] >> 6) << 4);
    }
}

} // namespace

void decodeQ4K(const uint8_t* block, float* out) {
    const float d = loadF16(block);
    const float dmin = loadF16(block + 2);
    const uint8_t* scales = block + 4;
    const uint8_t* qs = block + 16;
    for (int c = 0; c < 4; ++c) {
        int sc = 0, m = 0;
        q4kScaleMin(scales, 2 * c, sc, m);
        const float d1 = d * static_cast<float>(sc), m1 = dmin * static_cast<float>(m);
        q4kScaleMin(scales, 2 * c + 1, sc, m);
        const float d2 = d * static_cast<float>(sc), m2 = dmin * static_cast<float>(m);
        for (int l = 0; l < 32; ++l) {
            out[64 * c + l] = d1 * static_cast<float>(qs[32 * c + l] & 0xF) - m1;
            out[64 * c + 32 + l] = d2 * static_cast<float>(qs[32 * c + l] >> 4) - m2;
        }
    }
}

void encodeQ4K(const float* values, uint8_t* block) {
    float sub_scale[8], sub_min[8];
    for (int j = 0; j < 8; ++j) {
        const float* x = values + 32 * j;
        const float lo = std::min(0.0f, *std::min_element(x, x + 32));
        const float hi = *std::max_element(x, x + 32);
        sub_scale[j] = (hi - lo) / 15.0f;
        sub_min[j] = -lo;
    }
    const float d = storeF16(block, *std::max_element(sub_scale, sub_scale + 8) / 63.0f);
    const float dmin = storeF16(block + 2, *std::max_element(sub_min, sub_min + 8) / 63.0f);
    int sc[8], m[8];
    for (int j = 0; j < 8; ++j) {
        sc[j] = d > 0 ? roundClamp(sub_scale[j] / d, 0, 63) : 0;
        m[j] = dmin > 0 ? roundClamp(sub_min[j] / dmin, 0, 63) : 0;
    }
    uint8_t* s = block + 4;
    for (int j = 0; j < 4; ++j) {
        s[j] = static_cast<uint8_t>(sc[j] | ((sc[j + 4] >> 4) << 6));
        s[j + 4] = static_cast<uint8_t>(m[j] | ((m[j + 4] >> 4) << 6));
        s[j + 8] = static_cast<uint8_t>((sc[j + 4] & 0xF) | ((m[j + 4] & 0xF) << 4));
    }
    uint8_t* qs = block + 16;
    for (int j = 0; j < 8; ++j) {
        const float step = d * static_cast<float>(sc[j]), offset = dmin * static_cast<float>(m[j]);
        for (int l = 0; l < 32; ++l) {
            const int q = step > 0 ? roundClamp((values[32 * j + l] + offset) / step, 0, 15) : 0;
            uint8_t& byte = qs[32 * (j / 2) + l];
            byte = (j % 2 == 0) ? static_cast<uint8_t>((byte & 0xF0) | q)
                                : static_cast<uint8_t>((byte & 0x0F) | (q << 4));
        }
    }
}

void decodeQ6K(const uint8_t* block, float* out) {
    const float d = loadF16(block + 208);
    for (int half = 0; half < 2; ++half) {
        const uint8_t* ql = block + 64 * half;
        const uint8_t* qh = block + 128 + 32 * half;
        const int8_t* sc = reinterpret_cast<const int8_t*>(block + 192 + 8 * half);
        float* y = out + 128 * half;
        for (int l = 0; l < 32; ++l) {
            const int is = l / 16;
            const int q1 = ((ql[l] & 0xF) | (((qh[l] >> 0) & 3) << 4)) - 32;
            const int q2 = ((ql[l + 32] & 0xF) | (((qh[l] >> 2) & 3) << 4)) - 32;
            const int q3 = ((ql[l] >> 4) | (((qh[l] >> 4) & 3) << 4)) - 32;
            const int q4 = ((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4)) - 32;
            y[l] = d * static_cast<float>(sc[is]) * static_cast<float>(q1);
            y[l + 32] = d * static_cast<float>(sc[is + 2]) * static_cast<float>(q2);
            y[l + 64] = d * static_cast<float>(sc[is + 4]) * static_cast<float>(q3);
            y[l + 96] = d * static_cast<float>(sc[is + 6]) * static_cast<float>(q4);
        }
    }
}

void encodeQ6K(const float* values, uint8_t* block) {
    float sub_scale[16];
    for (int k = 0; k < 16; ++k) {
        float amax = 0;
        for (int i = 0; i < 16; ++i)
            amax = std::max(amax, std::fabs(values[16 * k + i]));
        sub_scale[k] = amax / 31.0f;
    }
    const float d = storeF16(block + 208, *std::max_element(sub_scale, sub_scale + 16) / 127.0f);
    int8_t* sc = reinterpret_cast<int8_t*>(block + 192);
    for (int k = 0; k < 16; ++k)
        sc[k] = static_cast<int8_t>(d > 0 ? roundClamp(sub_scale[k] / d, -128, 127) : 0);
    std::fill(block, block + 192, uint8_t{0});
    for (int e = 0; e < 256; ++e) {
        const float step = d * static_cast<float>(sc[e / 16]);
        const int q = (step > 0 ? roundClamp(values[e] / step, -32, 31) : 0) + 32;
        const int half = e / 128, lane = (e % 128) / 32, l = e % 32;
        uint8_t* ql = block + 64 * half;
        uint8_t* qh = block + 128 + 32 * half;
        uint8_t& low = ql[l + 32 * (lane % 2)];
        low |= static_cast<uint8_t>(lane < 2 ? (q & 0xF) : ((q & 0xF) << 4));
        qh[l] |= static_cast<uint8_t>((q >> 4) << (2 * lane));
    }
}

} // namespace trit::kquants
