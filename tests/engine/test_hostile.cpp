// The hostile-file corpus (tests/engine/support/HostileCorpus): every broken file must give a trit::Error
// whose message starts with the file's path and says what is wrong — from disk (memory-mapped) and from an
// exactly-sized heap buffer, so that AddressSanitizer catches any read past the end.
#include "Check.h"
#include "gguf/GgufFile.h"
#include "support/HostileCorpus.h"
#include "trit/Error.h"

#include <filesystem>
#include <set>
#include <unistd.h>

using namespace trit;
namespace fs = std::filesystem;

namespace {

// Returns the error message, or "" (and records a failure) when nothing was thrown.
std::string errorOf(const std::function<void()>& load, const std::string& name) {
    try {
        load();
    } catch (const Error& e) {
        return e.what();
    } catch (const std::exception& e) {
        trit_test::fail(__FILE__, __LINE__, name + ": threw a non-trit exception: " + e.what());
        return "";
    }
    trit_test::fail(__FILE__, __LINE__, name + ": loaded without an error");
    return "";
}

} // namespace

TEST_CASE("the base of the corpus is a valid file") {
    const auto base = trit_test::makeHostileBaseFile();
    const GgufFile f = GgufFile::fromMemory(base.data(), base.size(), "base.gguf");
    CHECK_EQ(f.tensors().size(), 3u);
    CHECK_EQ(f.getString("general.architecture").value_or(""), std::string("bitnet-b1.58"));
}

TEST_CASE("the corpus has at least 40 distinct broken files") {
    const auto corpus = trit_test::makeHostileCorpus();
    std::set<std::string> names;
    for (const auto& c : corpus)
        names.insert(c.name);
    CHECK(corpus.size() >= 40);
    CHECK_EQ(names.size(), corpus.size());
}

TEST_CASE("every hostile file is refused from memory with a clear message") {
    for (const auto& c : trit_test::makeHostileCorpus()) {
        const std::vector<uint8_t> exact(c.bytes); // exactly sized: ASan sees any over-read
        const std::string name = c.name + ".gguf";
        const std::string message =
            errorOf([&] { (void)GgufFile::fromMemory(exact.data(), exact.size(), name); }, c.name);
        if (message.rfind(name + ": ", 0) != 0 || message.find(c.expected) == std::string::npos)
            trit_test::fail(__FILE__, __LINE__, c.name + ": expected \"" + c.expected + "\" in: " + message);
    }
}

TEST_CASE("every hostile file is refused from disk, and the corpus can be written to a folder") {
    const fs::path dir = fs::temp_directory_path() / ("trit_test_hostile_" + std::to_string(getpid()));
    const auto paths = trit_test::writeHostileCorpus(dir.string());
    const auto corpus = trit_test::makeHostileCorpus();
    REQUIRE(paths.size() == corpus.size());
    for (size_t i = 0; i < paths.size(); ++i) {
        CHECK_EQ(fs::file_size(paths[i]), corpus[i].bytes.size());
        const std::string message = errorOf([&] { (void)GgufFile::open(paths[i]); }, corpus[i].name);
        if (message.rfind(paths[i] + ": ", 0) != 0 || message.find(corpus[i].expected) == std::string::npos)
            trit_test::fail(__FILE__, __LINE__,
                            corpus[i].name + ": expected \"" + corpus[i].expected + "\" in: " + message);
    }
    fs::remove_all(dir);
}

TEST_CASE("unsupported-type messages name the type and list what is supported") {
    for (const auto& c : trit_test::makeHostileCorpus()) {
        if (c.name != "type_tl1")
            continue;
        const std::string m =
            errorOf([&] { (void)GgufFile::fromMemory(c.bytes.data(), c.bytes.size(), "x"); }, c.name);
        CHECK(m.find("I2_S") != std::string::npos);
        CHECK(m.find("bitnet.cpp") != std::string::npos);
        CHECK(m.find("Supported tensor types: F32, F16") != std::string::npos);
    }
}

TRIT_TEST_MAIN()
