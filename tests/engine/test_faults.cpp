// Faults around the model file: an address-space limit smaller than the model, the file deleted while
// loaded, and the file truncated on disk while mapped. Faults that could kill the process run in a forked
// child, which reports through a pipe and leaves with _exit (so the parent's scratch folder survives).
#include "Check.h"
#include "support/ModelFactory.h"
#include "trit/Error.h"
#include "trit/Model.h"
#include "trit/Session.h"

#ifdef _WIN32

// Windows refuses to truncate or delete a file while it is mapped, and has no fork or RLIMIT_AS; the faults
// below are POSIX ones.
TEST_CASE("model-file faults are POSIX faults") {
    trit_test::skip("no fork or RLIMIT_AS, and Windows refuses to truncate a mapped file");
}

#else

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define TRIT_FAULTS_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define TRIT_FAULTS_SANITIZED 1
#endif
#endif

namespace {

// What a child reported: how it ended and the text it wrote to the pipe.
struct ChildResult {
    int status = 0;
    std::string text;
    bool exitedWith(int code) const { return WIFEXITED(status) && WEXITSTATUS(status) == code; }
    bool killedBy(int signal) const { return WIFSIGNALED(status) && WTERMSIG(status) == signal; }
};

// Child exit codes: what the engine did.
constexpr int kThrewError = 10, kSucceeded = 11, kThrewOther = 12, kLimitIgnored = 13;

// For the helpers, which return values and so cannot use REQUIRE; the test harness reports the exception.
void need(bool ok, const char* what) {
    if (!ok)
        throw std::runtime_error(std::string(what) + ": " + std::strerror(errno));
}

[[maybe_unused]] ChildResult runInChild(const std::function<int(int report_fd)>& body) {
    int fds[2];
    need(pipe(fds) == 0, "pipe");
    const pid_t pid = fork();
    need(pid >= 0, "fork");
    if (pid == 0) {
        close(fds[0]);
        int code = kThrewOther;
        try {
            code = body(fds[1]);
        } catch (...) {
        }
        _exit(code);
    }
    close(fds[1]);
    ChildResult result;
    char buffer[512];
    for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;)
        result.text.append(buffer, static_cast<size_t>(n));
    close(fds[0]);
    need(waitpid(pid, &result.status, 0) == pid, "waitpid");
    return result;
}

[[maybe_unused]] void report(int fd, const std::string& text) {
    if (write(fd, text.data(), text.size()) < 0)
        _exit(kThrewOther);
}

[[maybe_unused]] uint64_t virtualMemoryBytes() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmSize:", 0) == 0)
            return std::stoull(line.substr(7)) * 1024; // in kB
    return 0;
}

[[maybe_unused]] uint64_t fileSize(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    return static_cast<uint64_t>(in.tellg());
}

trit::SessionOptions sessionOptions() {
    trit::SessionOptions o;
    o.n_ctx = 64;
    o.n_threads = 2;
    return o;
}

std::vector<float> logitsOf(const std::shared_ptr<const trit::Model>& model) {
    trit::Session session(model, sessionOptions());
    const std::vector<int32_t> prompt = {300, 72, 101, 108, 108, 111};
    const std::span<const float> logits = session.prefill(prompt);
    return {logits.begin(), logits.end()};
}

bool identical(const std::vector<float>& a, const std::vector<float>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

} // namespace

TEST_CASE("a model larger than the address-space limit fails with a clear error, no crash") {
#ifdef TRIT_FAULTS_SANITIZED
    trit_test::skip(
        "sanitizers reserve terabytes of address space, so RLIMIT_AS cannot be tested under them");
#else
    trit::ModelSpec spec = trit_test::tinySpec();
    spec.n_embd = 1024;
    spec.n_head = 16;
    spec.n_head_kv = 4;
    spec.n_ff = 4096;
    const std::string path = trit_test::writeTinyModel(spec, "faults-large");
    const uint64_t size = fileSize(path);
    REQUIRE(size > 4u << 20);
    const ChildResult child = runInChild([&](int fd) {
        // Room for the loader's own small allocations, not for mapping the file.
        const rlim_t limit = virtualMemoryBytes() + size / 2;
        const rlimit rl{limit, limit};
        if (setrlimit(RLIMIT_AS, &rl) != 0)
            return kThrewOther;
        // qemu-user accepts the limit but does not enforce it: then there is nothing to test.
        void* probe = mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (probe != MAP_FAILED) {
            munmap(probe, size);
            return kLimitIgnored;
        }
        try {
            auto model = trit::Model::load(path);
            return kSucceeded;
        } catch (const trit::Error& e) {
            report(fd, e.what());
            return kThrewError;
        }
    });
    if (child.exitedWith(kLimitIgnored))
        trit_test::skip("RLIMIT_AS is accepted but not enforced here (qemu-user ignores it)");
    std::printf("RLIMIT_AS below the model size (%llu bytes) gave: %s\n",
                static_cast<unsigned long long>(size), child.text.c_str());
    CHECK(child.exitedWith(kThrewError));
    CHECK(child.text.find(path) != std::string::npos);
    CHECK(child.text.find("memory") != std::string::npos);
#endif
}

TEST_CASE("a model deleted from disk while loaded keeps working with the same results") {
    const std::string path = trit_test::writeTinyModel(trit_test::tinySpec(), "faults-deleted");
    const auto model = trit::Model::load(path);
    const std::vector<float> before = logitsOf(model);
    REQUIRE(std::remove(path.c_str()) == 0);
    CHECK(identical(before, logitsOf(model)));
    CHECK_THROWS(trit::Model::load(path)); // and a fresh load names the missing file
}

TEST_CASE("a model truncated on disk while mapped gives an error, not SIGBUS") {
#ifdef TRIT_FAULTS_SANITIZED
    trit_test::skip("the sanitizers turn SIGBUS into their own report and exit code");
#else
    const std::string path = trit_test::writeTinyModel(trit_test::tinySpec(), "faults-truncated");
    const ChildResult child = runInChild([&](int fd) {
        const auto model = trit::Model::load(path);
        const std::vector<float> before = logitsOf(model);
        if (truncate(path.c_str(), 4096) != 0)
            return kThrewOther;
        try {
            const bool same = identical(before, logitsOf(model));
            report(fd, same ? "same logits" : "different logits");
            return kSucceeded;
        } catch (const trit::Error& e) {
            report(fd, e.what());
            return kThrewError;
        }
    });
    if (child.killedBy(SIGBUS))
        trit_test::skip("KNOWN FAILURE (issue 8): the engine dies of SIGBUS when its model file is truncated "
                        "while mapped; MappedFile needs a guard");
    std::printf("truncating the mapped model gave: %s\n", child.text.c_str());
    // Either the engine no longer reads the file (and computes the same) or it says what happened.
    CHECK(child.exitedWith(kThrewError) || (child.exitedWith(kSucceeded) && child.text == "same logits"));
#endif
}

#endif

TRIT_TEST_MAIN()
