#include "support/TokenizerTestData.h"

#include "Check.h"
#include "tokenizer/ByteUnicode.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace trit_test {
namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

std::string tokenizerTestDataDir() {
    const char* root = std::getenv("TRIT_SHARED_TESTDATA");
    if (!root || !*root)
        skip("TRIT_SHARED_TESTDATA is not set (the shared tokenizer test data lives in ../shared/testdata)");
    const std::string dir = std::string(root) + "/tokenizer";
    if (!std::filesystem::is_directory(dir))
        skip(dir + " does not exist (the shared test data is not beside this checkout)");
    return dir;
}

std::vector<TokenizerVector> readTokenizerVectors(const std::string& dir, const std::string& name) {
    const std::string inp = readFile(dir + "/" + name + ".inp");
    const std::string out = readFile(dir + "/" + name + ".out");
    const std::string separator = "\n__ggml_vocab_test__\n";
    std::vector<TokenizerVector> vectors;
    size_t start = 0;
    while (true) {
        const size_t hit = inp.find(separator, start);
        vectors.push_back(
            {inp.substr(start, hit == std::string::npos ? std::string::npos : hit - start), {}});
        if (hit == std::string::npos)
            break;
        start = hit + separator.size();
    }
    std::istringstream lines(out);
    std::string line;
    size_t index = 0;
    while (std::getline(lines, line)) {
        if (index >= vectors.size())
            throw std::runtime_error(name + ".out has more lines than " + name + ".inp has texts");
        std::istringstream ids(line);
        int32_t id = 0;
        while (ids >> id)
            vectors[index].ids.push_back(id);
        ++index;
    }
    // The files end with a separator, so the last text is "" and its (empty) line of ids has no newline.
    if (index + 1 == vectors.size() && vectors.back().text.empty())
        ++index;
    if (index != vectors.size())
        throw std::runtime_error(name + ".out has " + std::to_string(index) + " lines for " +
                                 std::to_string(vectors.size()) + " texts");
    return vectors;
}

trit::TokenizerConfig byteLevelConfig(const std::vector<std::string>& specials) {
    trit::TokenizerConfig c;
    c.model = "gpt2";
    c.pre = "gpt-2";
    for (int b = 0; b < 256; ++b) {
        c.tokens.push_back(trit::byte_unicode::encodeByte(static_cast<uint8_t>(b)));
        c.token_types.push_back(trit::kNormal);
    }
    for (const std::string& s : specials) {
        c.tokens.push_back(s);
        c.token_types.push_back(trit::kControl);
    }
    return c;
}

std::string idsText(const std::vector<int32_t>& ids) {
    std::string s = "[";
    for (size_t i = 0; i < ids.size(); ++i)
        s += (i ? " " : "") + std::to_string(ids[i]);
    return s + "]";
}

} // namespace trit_test
