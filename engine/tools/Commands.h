#pragma once
// The subcommands of the `trit` tool. Each takes the arguments after its name and returns the exit code.
#include "CliArgs.h"

namespace trit::cli {

int commandInfo(int argc, char** argv);
int commandRun(int argc, char** argv);
int commandChat(int argc, char** argv);
int commandMkmodel(int argc, char** argv);
int commandConvertDir(int argc, char** argv);
int commandLogits(int argc, char** argv);
int commandLayer(int argc, char** argv);
int commandGenerate(int argc, char** argv);
int commandBench(int argc, char** argv);

} // namespace trit::cli
