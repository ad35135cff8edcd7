// Replays fuzz inputs without libFuzzer: every file in the directories given on the command line is passed
// once to LLVMFuzzerTestOneInput. Linked with a fuzz target's source by any compiler, this turns the seed
// corpus and every crash ever found (tests/fuzz/regressions/<target>/) into an ordinary CTest test. A
// missing directory is skipped (a target without regressions yet), but at least one input must be found.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
    std::vector<std::filesystem::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path dir(argv[i]);
        if (!std::filesystem::is_directory(dir)) {
            std::cout << "no inputs in " << dir.string() << "\n";
            continue;
        }
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            if (entry.is_regular_file())
                inputs.push_back(entry.path());
    }
    if (inputs.empty()) {
        std::cerr << "fuzz replay: no input files found in the directories given\n";
        return 1;
    }
    for (const std::filesystem::path& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::cout << "replaying " << path.string() << " (" << bytes.size() << " bytes)" << std::endl;
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    }
    std::cout << inputs.size() << " input(s) replayed without a crash\n";
    return 0;
}
