#pragma once
// A minimal test harness for the engine tests: no dependencies, so the same tests build with the host
// compiler, the aarch64 cross compiler (run under qemu-user) and MinGW (run under wine).
//
//   TEST_CASE(name) { CHECK(x == 1); CHECK_EQ(a, b); CHECK_THROWS(f()); }
//   int main(int argc, char** argv) { return trit_test::runAll(argc, argv); }   // via TRIT_TEST_MAIN()
//
// A test may call trit_test::skip("why") to mark itself skipped (printed, and counted separately).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace trit_test {

struct Case {
    const char* name;
    std::function<void()> body;
};

inline std::vector<Case>& registry() {
    static std::vector<Case> cases;
    return cases;
}

struct Registrar {
    Registrar(const char* name, std::function<void()> body) { registry().push_back({name, std::move(body)}); }
};

struct State {
    int failures = 0;
    bool skipped = false;
    std::string skip_reason;
};

inline State& state() {
    static State s;
    return s;
}

struct SkipSignal {};

[[noreturn]] inline void skip(const std::string& why) {
    state().skipped = true;
    state().skip_reason = why;
    throw SkipSignal{};
}

inline void fail(const char* file, int line, const std::string& what) {
    ++state().failures;
    std::fprintf(stderr, "%s:%d: FAILED: %s\n", file, line, what.c_str());
}

template <typename A, typename B> std::string describe(const A& a, const B& b) {
    std::ostringstream os;
    os << a << " vs " << b;
    return os.str();
}

inline int runAll(int argc, char** argv) {
    int failed = 0, passed = 0, skipped = 0;
    const char* only = argc > 1 ? argv[1] : nullptr;
    for (auto& c : registry()) {
        if (only && std::string(c.name).find(only) == std::string::npos)
            continue;
        state() = State{};
        try {
            c.body();
        } catch (const SkipSignal&) {
        } catch (const std::exception& e) {
            fail(c.name, 0, std::string("uncaught exception: ") + e.what());
        }
        if (state().failures) {
            ++failed;
            std::printf("FAIL  %s\n", c.name);
        } else if (state().skipped) {
            ++skipped;
            std::printf("SKIP  %s: %s\n", c.name, state().skip_reason.c_str());
        } else {
            ++passed;
            std::printf("ok    %s\n", c.name);
        }
    }
    std::printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
    std::fflush(stdout);
    if (failed)
        return 1;
    // Every case skipped: tell CTest (SKIP_RETURN_CODE 77) so the skip is visible in its summary.
    return (passed == 0 && skipped > 0) ? 77 : 0;
}

} // namespace trit_test

#define TRIT_CAT2(a, b) a##b
#define TRIT_CAT(a, b) TRIT_CAT2(a, b)
#define TEST_CASE(name)                                                                                      \
    static void TRIT_CAT(test_fn_, __LINE__)();                                                              \
    static trit_test::Registrar TRIT_CAT(test_reg_, __LINE__)(name, TRIT_CAT(test_fn_, __LINE__));           \
    static void TRIT_CAT(test_fn_, __LINE__)()
#define CHECK(cond)                                                                                          \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            trit_test::fail(__FILE__, __LINE__, #cond);                                                      \
    } while (0)
#define CHECK_EQ(a, b)                                                                                       \
    do {                                                                                                     \
        /* copies: a reference into a temporary (e.g. f().back()) would dangle */                            \
        const auto check_a_ = (a);                                                                           \
        const auto check_b_ = (b);                                                                           \
        if (!(check_a_ == check_b_))                                                                         \
            trit_test::fail(__FILE__, __LINE__,                                                              \
                            std::string(#a " == " #b ": ") + trit_test::describe(check_a_, check_b_));       \
    } while (0)
#define CHECK_NEAR(a, b, tol)                                                                                \
    do {                                                                                                     \
        const double check_a_ = (a), check_b_ = (b);                                                         \
        if (!(std::fabs(check_a_ - check_b_) <= (tol)))                                                      \
            trit_test::fail(__FILE__, __LINE__,                                                              \
                            std::string(#a " ~ " #b ": ") + trit_test::describe(check_a_, check_b_));        \
    } while (0)
#define CHECK_THROWS(expr)                                                                                   \
    do {                                                                                                     \
        bool check_threw_ = false;                                                                           \
        try {                                                                                                \
            (void)(expr);                                                                                    \
        } catch (...) {                                                                                      \
            check_threw_ = true;                                                                             \
        }                                                                                                    \
        if (!check_threw_)                                                                                   \
            trit_test::fail(__FILE__, __LINE__, "expected an exception: " #expr);                            \
    } while (0)
#define REQUIRE(cond)                                                                                        \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            trit_test::fail(__FILE__, __LINE__, #cond);                                                      \
            return;                                                                                          \
        }                                                                                                    \
    } while (0)
#define TRIT_TEST_MAIN()                                                                                     \
    int main(int argc, char** argv) {                                                                        \
        return trit_test::runAll(argc, argv);                                                                \
    }
