#include "runtime/ThreadPool.h"

#include "trit/Error.h"

#include <algorithm>
#include <string>

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>
#endif

namespace trit {
namespace {

// Waiting threads first poll with a pause instruction (a few microseconds), then keep polling but yield
// the core between polls, so that on a busy or oversubscribed machine the thread that still has work gets
// to run; after that they sleep. Together about a millisecond: it bridges the gaps between one token's
// matrix products without burning a core when generation stops.
constexpr int kPauseSpins = 2000;
constexpr int kYieldSpins = 1000;
constexpr int kSpinIterations = kPauseSpins + kYieldSpins;

inline void relax(int spin) {
    if (spin >= kPauseSpins) {
        std::this_thread::yield();
        return;
    }
#if defined(__x86_64__) || defined(_M_X64)
    _mm_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

} // namespace

RowRange splitRows(int rows, int parts, int part, int align) {
    align = std::max(align, 1);
    parts = std::max(parts, 1);
    const int units = (rows + align - 1) / align;
    const int base = units / parts, extra = units % parts;
    // The last `extra` parts take one more unit each: the last unit may be partial, so this keeps every
    // part within one unit of the others.
    const int first_with_extra = parts - extra;
    const int first_unit = part * base + std::max(0, part - first_with_extra);
    const int count = base + (part >= first_with_extra ? 1 : 0);
    RowRange r;
    r.begin = std::min(rows, first_unit * align);
    r.end = std::min(rows, (first_unit + count) * align);
    return r;
}

ThreadPool::ThreadPool(int threads) {
    const int workers = std::max(threads, 1) - 1;
    workers_.reserve(size_t(workers));
    for (int i = 0; i < workers; ++i)
        workers_.emplace_back([this, i] { workerLoop(i + 1); });
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_.store(true, std::memory_order_release);
    }
    work_ready_.notify_all();
    for (std::thread& t : workers_)
        t.join();
}

uint64_t ThreadPool::drainTasks(int thread) {
    uint64_t s = state_.load(std::memory_order_acquire);
    for (;;) {
        const uint64_t next = s & kTaskMask, count = (s >> kTaskBits) & kTaskMask;
        if (next >= count)
            return s;
        if (!state_.compare_exchange_weak(s, s + 1, std::memory_order_acq_rel, std::memory_order_acquire))
            continue; // s now holds the current word; try again
        try {
            job_(int(next), thread);
        } catch (...) {
            std::lock_guard<std::mutex> lock(mutex_);
            if (!error_)
                error_ = std::current_exception();
        }
        if (done_tasks_.fetch_add(1, std::memory_order_acq_rel) + 1 == int(count)) {
            // Taking the lock orders this with a caller that is about to sleep, so the notify is not lost.
            std::lock_guard<std::mutex> lock(mutex_);
            if (caller_sleeping_)
                work_done_.notify_one();
        }
        s = state_.load(std::memory_order_acquire);
    }
}

void ThreadPool::run(int n_tasks, TaskRef fn) {
    if (n_tasks <= 0)
        return;
    if (workers_.empty() || n_tasks == 1) {
        for (int task = 0; task < n_tasks; ++task)
            fn(task, 0);
        return;
    }
    if (uint64_t(n_tasks) > kTaskMask)
        throw Error("ThreadPool::run: " + std::to_string(n_tasks) + " tasks are too many; use at most " +
                    std::to_string(kTaskMask));
    bool wake = false;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        job_ = fn;
        error_ = nullptr;
        done_tasks_.store(0, std::memory_order_relaxed);
        const uint64_t generation = (state_.load(std::memory_order_relaxed) >> (2 * kTaskBits)) + 1;
        state_.store((generation << (2 * kTaskBits)) | (uint64_t(n_tasks) << kTaskBits),
                     std::memory_order_release);
        wake = sleeping_workers_ > 0;
    }
    if (wake)
        work_ready_.notify_all();

    drainTasks(0);

    for (int spin = 0; done_tasks_.load(std::memory_order_acquire) != n_tasks; ++spin) {
        if (spin < kSpinIterations) {
            relax(spin);
            continue;
        }
        std::unique_lock<std::mutex> lock(mutex_);
        caller_sleeping_ = true;
        work_done_.wait(lock, [&] { return done_tasks_.load(std::memory_order_acquire) == n_tasks; });
        caller_sleeping_ = false;
        break;
    }
    std::exception_ptr error;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        error = std::exchange(error_, nullptr);
        job_ = TaskRef();
    }
    if (error)
        std::rethrow_exception(error);
}

void ThreadPool::workerLoop(int thread) {
    uint64_t seen = 0;
    for (;;) {
        uint64_t current = state_.load(std::memory_order_acquire);
        for (int spin = 0; current == seen && spin < kSpinIterations; ++spin) {
            relax(spin);
            current = state_.load(std::memory_order_acquire);
        }
        if (current == seen) {
            std::unique_lock<std::mutex> lock(mutex_);
            ++sleeping_workers_;
            work_ready_.wait(lock, [&] {
                return state_.load(std::memory_order_acquire) != seen ||
                       stopping_.load(std::memory_order_acquire);
            });
            --sleeping_workers_;
        }
        if (stopping_.load(std::memory_order_acquire))
            return;
        // Wait for the word to change from the one that had no task left (a job published meanwhile is
        // therefore not missed).
        seen = drainTasks(thread);
    }
}

} // namespace trit
