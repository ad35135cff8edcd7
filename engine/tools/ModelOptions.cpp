#include "ModelOptions.h"

#include "trit/Cpu.h"
#include "trit/Error.h"

#include <chrono>

namespace trit::cli {

LoadedModel loadModel(const std::string& path, const CliArgs& args) {
    if (auto kernel = args.value("--kernel"))
        forceKernelPath(*kernel);
    LoadOptions options;
    options.bitlinear_float_weights = args.has("--bitlinear-float");
    options.pre_tokenizer = args.value("--pre", "");
    const auto start = std::chrono::steady_clock::now();
    LoadedModel loaded;
    loaded.model = Model::load(path, options);
    loaded.load_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return loaded;
}

SessionOptions sessionOptions(const CliArgs& args) {
    SessionOptions o;
    o.n_threads = int(args.integer("-t", 0));
    o.n_ctx = uint32_t(args.integer("--ctx", 4096));
    o.kv_type = kvCacheType(args);
    return o;
}

KvCacheType kvCacheType(const CliArgs& args) {
    const std::string kv = args.value("--kv", "f16");
    if (kv == "f16")
        return KvCacheType::F16;
    if (kv == "f32")
        return KvCacheType::F32;
    throw Error("--kv expects f16 or f32, got '" + kv + "'");
}

const char* modelOptionsHelp() {
    return "  -t N               threads (default: physical cores)\n"
           "  --ctx N            context length (default 4096, at most the model's)\n"
           "  --kv f16|f32       KV cache precision (default f16)\n"
           "  --bitlinear-float  quantize float linear weights to ternary at load (BitLinear semantics)\n"
           "  --pre NAME         force a pre-tokenizer (llama3, gpt-2, default)\n"
           "  --kernel NAME      force a kernel path (scalar, avx2, ...)\n";
}

} // namespace trit::cli
