#pragma once
// The whole public API of the trit engine.
#include "trit/Chat.h"
#include "trit/Cpu.h"
#include "trit/Error.h"
#include "trit/Generator.h"
#include "trit/Model.h"
#include "trit/Session.h"
#include "trit/Tokenizer.h"
#include "trit/Version.h"
