#pragma once
// A persistent pool of worker threads for the forward pass. run() hands out task indices 0..n-1 to the
// workers and the calling thread, and returns when every task has finished. Workers spin briefly before
// sleeping, so decode's many small calls per token cost little more than the work itself.
//
// Determinism is the caller's side of the contract: each output element must be computed entirely by one
// task (never reduced across tasks), so results do not depend on the number of threads.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace trit {

// A non-owning reference to a callable `void(int task, int thread)`; cheaper than std::function (no
// allocation, no copy). The callable must outlive the run() it is passed to.
class TaskRef {
public:
    TaskRef() : object_(nullptr), call_([](void*, int, int) {}) {}
    template <typename F>
    requires(!std::is_same_v<std::remove_cvref_t<F>, TaskRef>)
        TaskRef(F&& f) // NOLINT(google-explicit-constructor): used like std::function
        : object_(const_cast<void*>(static_cast<const void*>(&f))), call_([](void* o, int task, int thread) {
              (*static_cast<std::remove_reference_t<F>*>(o))(task, thread);
          }) {}

    void operator()(int task, int thread) const { call_(object_, task, thread); }

private:
    void* object_;
    void (*call_)(void*, int, int);
};

// Rows [begin, end) of part `part` out of `parts` when `rows` are split into chunks that are multiples of
// `align` rows (the last chunk takes the remainder), as evenly as possible so all threads finish together.
struct RowRange {
    int begin = 0;
    int end = 0;
};
RowRange splitRows(int rows, int parts, int part, int align);

class ThreadPool {
public:
    // `threads` is the total number of threads working in run(), the caller included (>= 1).
    explicit ThreadPool(int threads);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    int threadCount() const { return int(workers_.size()) + 1; }

    // Runs fn(task, thread) for every task in [0, n_tasks), each exactly once; thread is in
    // [0, threadCount()) and 0 is the caller. Blocks until all tasks are done. If tasks throw, the remaining
    // tasks still run, and the first exception is rethrown here. Not reentrant: one run() at a time.
    void run(int n_tasks, TaskRef fn);

    // Splits `rows` over threadCount() tasks in chunks aligned to `align` rows and runs fn(begin, end,
    // thread) for each non-empty chunk.
    template <typename F> void forRows(int rows, int align, F&& fn) {
        const int parts = threadCount();
        run(parts, [&](int task, int thread) {
            const RowRange r = splitRows(rows, parts, task, align);
            if (r.begin < r.end)
                fn(r.begin, r.end, thread);
        });
    }

private:
    // The job in flight is described by one atomic word, so that claiming a task and checking that it
    // belongs to the current job is a single compare-and-swap: generation (16 bits), task count (24 bits),
    // next unclaimed task (24 bits). A worker that wakes late can only claim tasks of the current job, and
    // the caller waits for the tasks to finish, not for every worker to check in, so a worker that the OS
    // has not scheduled yet never delays a run.
    static constexpr int kTaskBits = 24;
    static constexpr uint64_t kTaskMask = (uint64_t(1) << kTaskBits) - 1;

    void workerLoop(int thread);
    // Claims and runs tasks of the current job until none are left; returns the state word it last saw.
    uint64_t drainTasks(int thread);

    std::vector<std::thread> workers_;

    TaskRef job_; // written only while no task is claimable or running
    std::atomic<uint64_t> state_{0};
    std::atomic<int> done_tasks_{0};
    std::atomic<bool> stopping_{false};

    std::mutex mutex_;
    std::condition_variable work_ready_;
    std::condition_variable work_done_;
    int sleeping_workers_ = 0;
    bool caller_sleeping_ = false;
    std::exception_ptr error_;
};

} // namespace trit
