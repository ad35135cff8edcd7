// Session: the KV cache holds exactly the evaluated tokens; prefix reuse, truncation and the context limit.
#include "Check.h"
#include "support/ModelFactory.h"
#include "trit/Error.h"
#include "trit/Model.h"
#include "trit/Session.h"

#include <cstring>

namespace {

std::shared_ptr<const trit::Model> model() {
    static auto m = trit::Model::load(trit_test::writeTinyModel(trit_test::tinySpec(), "session"));
    return m;
}

trit::SessionOptions options(uint32_t n_ctx = 256) {
    trit::SessionOptions o;
    o.n_ctx = n_ctx;
    o.n_threads = 2;
    return o;
}

std::vector<float> copy(std::span<const float> s) {
    return {s.begin(), s.end()};
}

bool identical(const std::vector<float>& a, const std::vector<float>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

} // namespace

TEST_CASE("tokens, commonPrefix and truncate track the cache") {
    trit::Session s(model(), options());
    const std::vector<int32_t> a = {300, 10, 11, 12, 13};
    s.prefill(a);
    CHECK(s.tokens() == a);
    const std::vector<int32_t> b = {300, 10, 11, 99, 98, 97};
    CHECK_EQ(s.commonPrefix(b), size_t(3));
    CHECK_EQ(s.commonPrefix(std::vector<int32_t>{}), size_t(0));
    s.truncate(3);
    CHECK_EQ(s.tokens().size(), size_t(3));
    s.truncate(10); // longer than the cache: nothing changes
    CHECK_EQ(s.tokens().size(), size_t(3));
}

TEST_CASE("continuing after truncate gives the same logits as a fresh session") {
    const std::vector<int32_t> turn1 = {300, 72, 101, 108, 108, 111, 44, 32};
    const std::vector<int32_t> edited = {300, 72, 101, 108, 119, 111, 114, 108, 100};
    trit::Session reused(model(), options());
    reused.prefill(turn1);
    const size_t keep = reused.commonPrefix(edited);
    CHECK_EQ(keep, size_t(4));
    reused.truncate(keep);
    const auto after_reuse = copy(reused.prefill(std::span<const int32_t>(edited).subspan(keep)));
    trit::Session fresh(model(), options());
    const auto from_scratch = copy(fresh.prefill(edited));
    CHECK(identical(after_reuse, from_scratch));
    CHECK(reused.tokens() == edited);
}

TEST_CASE("evaluateAll writes every position's logits, the last equal to prefill's") {
    const std::vector<int32_t> t = {300, 1, 2, 3, 4, 5};
    trit::Session a(model(), options());
    std::vector<float> all;
    a.evaluateAll(t, all);
    const size_t n_vocab = model()->info().n_vocab;
    REQUIRE(all.size() == t.size() * n_vocab);
    trit::Session b(model(), options());
    const auto last = copy(b.prefill(t));
    CHECK(identical(std::vector<float>(all.end() - std::ptrdiff_t(n_vocab), all.end()), last));
    trit::Session c(model(), options());
    const auto first = copy(c.prefill(std::span<const int32_t>(t).subspan(0, 1)));
    CHECK(identical(std::vector<float>(all.begin(), all.begin() + std::ptrdiff_t(n_vocab)), first));
}

TEST_CASE("the context limit is enforced with a clear error, and the cache stays usable") {
    trit::Session s(model(), options(16));
    CHECK_EQ(s.contextSize(), 16u);
    std::vector<int32_t> ten(10, 65);
    s.prefill(ten);
    std::string message;
    try {
        s.prefill(ten);
    } catch (const trit::Error& e) {
        message = e.what();
    }
    CHECK(message.find("context full") != std::string::npos);
    CHECK_EQ(s.tokens().size(), size_t(10));
    for (int i = 0; i < 6; ++i)
        s.decode(66);
    CHECK_THROWS(s.decode(67));
    CHECK_EQ(s.tokens().size(), size_t(16));
}

TEST_CASE("the context is clamped to the model's and the cache size follows") {
    trit::Session s(model(), options(100000));
    CHECK_EQ(s.contextSize(), model()->info().n_ctx_train);
    CHECK_EQ(s.kvCacheBytes(), model()->info().kvCacheBytes(s.contextSize(), trit::KvCacheType::F16));
    CHECK_EQ(s.threads(), 2);
}

TEST_CASE("token ids outside the vocabulary are refused") {
    trit::Session s(model(), options());
    CHECK_THROWS(s.decode(-1));
    CHECK_THROWS(s.decode(int32_t(model()->info().n_vocab)));
    CHECK(s.tokens().empty());
}

TRIT_TEST_MAIN()
