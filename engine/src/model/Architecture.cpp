#include "model/Architecture.h"

#include "trit/Error.h"

namespace trit {

namespace {

Architecture bitnetB158(std::string_view name) {
    Architecture a;
    a.name = std::string(name);
    a.sub_norms = true;
    a.activation = FfnActivation::Relu2;
    a.rope = RopeStyle::Neox;
    a.head_always_tied = true;
    return a;
}

Architecture bitnet() {
    Architecture a;
    a.name = "bitnet";
    a.sub_norms_optional = true;
    a.activation = FfnActivation::Silu; // unless bitnet.hidden_activation says otherwise (ModelHparams)
    a.rope = RopeStyle::Neox;
    a.per_tensor_scales = true;
    return a;
}

Architecture llama() {
    Architecture a;
    a.name = "llama";
    a.activation = FfnActivation::Silu;
    a.rope = RopeStyle::Norm;
    return a;
}

} // namespace

std::string supportedArchitecturesText() {
    return "bitnet-b1.58, bitnet-25, bitnet, llama";
}

Architecture findArchitecture(std::string_view name, const std::string& file) {
    if (name == "bitnet-b1.58" || name == "bitnet-25")
        return bitnetB158(name);
    if (name == "bitnet")
        return bitnet();
    if (name == "llama")
        return llama();
    throw Error(file + ": unsupported model architecture '" + std::string(name) +
                "'; supported architectures: " + supportedArchitecturesText());
}

} // namespace trit
