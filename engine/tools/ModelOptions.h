#pragma once
// Options shared by the commands that load a model and open a session.
#include "CliArgs.h"
#include "trit/Session.h"

#include <memory>
#include <string>

namespace trit::cli {

struct LoadedModel {
    std::shared_ptr<const Model> model;
    double load_ms = 0;
};

// --bitlinear-float, --pre NAME, --kernel NAME.
LoadedModel loadModel(const std::string& path, const CliArgs& args);
// -t N, --ctx N, --kv f16|f32.
SessionOptions sessionOptions(const CliArgs& args);
// --kv f16|f32 alone.
KvCacheType kvCacheType(const CliArgs& args);
// Help text for the options above.
const char* modelOptionsHelp();

} // namespace trit::cli
