// The thread pool: every task runs exactly once on a valid thread, exceptions reach the caller without
// losing tasks, the pool survives sleeping and many tiny runs, row splitting is exact and aligned, and a
// kernel split over the pool gives the same bits for every thread count.
#include "Check.h"
#include "kernels/Kernels.h"
#include "runtime/ThreadPool.h"

#include <atomic>
#include <chrono>
#include <cstring>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

TEST_CASE("every task runs exactly once, on a thread index in range, for 1..4 threads") {
    std::mt19937 rng(31);
    for (int threads = 1; threads <= 4; ++threads) {
        trit::ThreadPool pool(threads);
        CHECK_EQ(pool.threadCount(), threads);
        for (int iter = 0; iter < 2000; ++iter) {
            const int n = int(rng() % 40);
            std::vector<std::atomic<int>> runs(size_t(n) + 1);
            std::atomic<int> bad_thread{0};
            pool.run(n, [&](int task, int thread) {
                runs[size_t(task)].fetch_add(1, std::memory_order_relaxed);
                if (thread < 0 || thread >= threads)
                    bad_thread.fetch_add(1);
            });
            int wrong = 0;
            for (int i = 0; i < n; ++i)
                wrong += runs[size_t(i)].load() != 1;
            CHECK_EQ(wrong, 0);
            CHECK_EQ(runs[size_t(n)].load(), 0);
            CHECK_EQ(bad_thread.load(), 0);
        }
    }
}

TEST_CASE("thread 0 is the calling thread, and the other threads take part") {
    trit::ThreadPool pool(3);
    const std::thread::id caller = std::this_thread::get_id();
    std::atomic<int> caller_mismatch{0}, others{0};
    for (int iter = 0; iter < 200; ++iter)
        pool.run(64, [&](int, int thread) {
            if ((thread == 0) != (std::this_thread::get_id() == caller))
                caller_mismatch.fetch_add(1);
            if (thread != 0)
                others.fetch_add(1);
            std::this_thread::sleep_for(std::chrono::microseconds(20)); // give the workers a chance
        });
    CHECK_EQ(caller_mismatch.load(), 0);
    CHECK(others.load() > 0);
}

TEST_CASE("an exception is rethrown to the caller after all other tasks ran") {
    for (int threads = 1; threads <= 4; ++threads) {
        trit::ThreadPool pool(threads);
        for (int iter = 0; iter < 300; ++iter) {
            const int n = 1 + iter % 17;
            const int failing = iter % n;
            std::atomic<int> ran{0};
            bool caught = false;
            try {
                pool.run(n, [&](int task, int) {
                    if (task == failing)
                        throw std::runtime_error("task " + std::to_string(task));
                    ran.fetch_add(1);
                });
            } catch (const std::runtime_error& e) {
                caught = std::string(e.what()) == "task " + std::to_string(failing);
            }
            CHECK(caught);
            // With one thread the loop stops at the throw; with workers, the other tasks all finish.
            if (threads > 1 && n > 1)
                CHECK_EQ(ran.load(), n - 1);
            std::atomic<int> after{0};
            pool.run(n, [&](int, int) { after.fetch_add(1); });
            CHECK_EQ(after.load(), n);
        }
    }
}

TEST_CASE("workers that fell asleep wake up for the next run") {
    trit::ThreadPool pool(4);
    for (int iter = 0; iter < 5; ++iter) {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        std::atomic<int> count{0};
        pool.run(100, [&](int, int) { count.fetch_add(1); });
        CHECK_EQ(count.load(), 100);
    }
}

TEST_CASE("pools are created and destroyed cleanly, idle or busy") {
    for (int i = 0; i < 50; ++i) {
        trit::ThreadPool pool(1 + i % 4);
        if (i % 2) {
            std::atomic<int> count{0};
            pool.run(8, [&](int, int) { count.fetch_add(1); });
            CHECK_EQ(count.load(), 8);
        }
    }
}

TEST_CASE("splitRows covers every row once, in aligned chunks that differ by at most one unit") {
    for (int rows = 0; rows <= 200; ++rows)
        for (int parts = 1; parts <= 5; ++parts)
            for (int align : {1, 4, 16}) {
                int expected_begin = 0, smallest = rows + 1, largest = -1;
                for (int p = 0; p < parts; ++p) {
                    const trit::RowRange r = trit::splitRows(rows, parts, p, align);
                    CHECK_EQ(r.begin, expected_begin);
                    CHECK(r.begin <= r.end);
                    if (r.end < rows)
                        CHECK_EQ(r.end % align, 0);
                    expected_begin = r.end;
                    smallest = std::min(smallest, r.end - r.begin);
                    largest = std::max(largest, r.end - r.begin);
                }
                CHECK_EQ(expected_begin, rows);
                CHECK(largest - smallest <= align);
            }
}

TEST_CASE("a GEMV split over the pool gives the same bits for 1..4 threads") {
    std::mt19937 rng(32);
    const int K = 333, rows = 157;
    std::vector<float> w(static_cast<size_t>(K) * rows), x(static_cast<size_t>(K));
    std::uniform_real_distribution<float> d(-1.0f, 1.0f);
    for (float& v : w)
        v = d(rng);
    for (float& v : x)
        v = d(rng);
    const trit::kernels::KernelTable& kt = trit::kernels::active();
    std::vector<float> single(static_cast<size_t>(rows));
    kt.gemv_f32(w.data(), K, 0, rows, x.data(), single.data());
    for (int threads = 1; threads <= 4; ++threads) {
        trit::ThreadPool pool(threads);
        std::vector<float> y(static_cast<size_t>(rows));
        pool.forRows(rows, 16, [&](int begin, int end, int) {
            kt.gemv_f32(w.data(), K, begin, end, x.data(), y.data() + begin);
        });
        CHECK(std::memcmp(y.data(), single.data(), y.size() * sizeof(float)) == 0);
    }
}

TRIT_TEST_MAIN()
