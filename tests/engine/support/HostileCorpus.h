#pragma once
// Broken GGUF files for robustness tests (issue 3): each is derived from one small valid file, comes with
// a substring its error message must contain, and must make the loader throw trit::Error — never crash,
// read out of bounds, hang or allocate without bound. The model tests and the app tests reuse the corpus.
#include <cstdint>
#include <string>
#include <vector>

namespace trit_test {

struct HostileCase {
    std::string name;           // file-name friendly, unique
    std::vector<uint8_t> bytes; // the whole file
    std::string expected;       // must appear in the error message (which starts with the file's path)
};

// The valid file every case is derived from: architecture "bitnet-b1.58", a few metadata values of
// several types, and three tensors ("a" F32 [8], "b" I2_S [128, 2], "c" F16 [16, 2]).
std::vector<uint8_t> makeHostileBaseFile();
std::vector<HostileCase> makeHostileCorpus();
// Writes every case as <dir>/<name>.gguf (creating dir) and returns the paths written.
std::vector<std::string> writeHostileCorpus(const std::string& dir);

} // namespace trit_test
