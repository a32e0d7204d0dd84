#include "worker_pool.hh"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

namespace {

struct Marks {
  std::vector<std::atomic<int>> hits;
  explicit Marks(size_t n) : hits(n) {}
  static void mark(void* arg, size_t begin, size_t end) {
    auto* self = static_cast<Marks*>(arg);
    for (size_t i = begin; i < end; ++i) self->hits[i].fetch_add(1);
  }
  bool each_once() const {
    for (const auto& h : hits)
      if (h.load() != 1) return false;
    return true;
  }
};

// A task that starts a parallel_for of its own: it must run, not wait for
// workers that are busy with the outer call.
struct Nested {
  Marks inner{64};
  static void task(void* arg, size_t begin, size_t end) {
    auto* self = static_cast<Nested*>(arg);
    for (size_t i = begin; i < end; ++i) ream::cli::parallel_for(1, 1, Marks::mark, &self->inner);
  }
};

}  // namespace

TEST_CASE("parallel_for visits every index once, whatever the grain") {
  ream::cli::start_workers(4);
  REQUIRE(ream::cli::worker_count() == 4);
  for (size_t grain : {size_t{0}, size_t{1}, size_t{7}, size_t{1000}}) {
    Marks m(10007);
    ream::cli::parallel_for(m.hits.size(), grain, Marks::mark, &m);
    CHECK(m.each_once());
  }
}

TEST_CASE("parallel_for nested in a task and from two threads at once completes") {
  ream::cli::start_workers(4);
  Nested n;
  ream::cli::parallel_for(64, 1, Nested::task, &n);
  // Each outer index ran one inner call over index 0.
  CHECK(n.inner.hits[0].load() == 64);

  Marks a(5000), b(5000);
  std::thread other([&] { ream::cli::parallel_for(b.hits.size(), 3, Marks::mark, &b); });
  ream::cli::parallel_for(a.hits.size(), 3, Marks::mark, &a);
  other.join();
  CHECK(a.each_once());
  CHECK(b.each_once());
}

TEST_CASE("available_cores is at least one") { CHECK(ream::cli::available_cores() >= 1); }

TEST_CASE("parallel_start runs every index once on the workers while the caller goes on") {
  ream::cli::start_workers(4);
  for (size_t grain : {size_t{0}, size_t{1}, size_t{5}}) {
    Marks m(3001);
    ream::cli::Batch* batch = ream::cli::parallel_start(m.hits.size(), grain, Marks::mark, &m);
    // Meanwhile the workers are this batch's: another call runs here.
    Marks during(100);
    ream::cli::parallel_for(during.hits.size(), 1, Marks::mark, &during);
    ream::cli::Batch* nested = ream::cli::parallel_start(during.hits.size(), 1, Marks::mark, &during);
    ream::cli::parallel_wait(nested);
    ream::cli::parallel_wait(batch);
    CHECK(m.each_once());
    for (const auto& h : during.hits) CHECK(h.load() == 2);
  }
}

TEST_CASE("a task may wait for what the caller does before parallel_wait") {
  ream::cli::start_workers(2);
  std::atomic<bool> go{false};
  std::atomic<int> seen{0};
  struct Waiter {
    std::atomic<bool>* go;
    std::atomic<int>* seen;
    static void task(void* arg, size_t, size_t) {
      auto* self = static_cast<Waiter*>(arg);
      while (!self->go->load()) std::this_thread::yield();
      self->seen->fetch_add(1);
    }
  } waiter{&go, &seen};
  ream::cli::Batch* batch = ream::cli::parallel_start(1, 1, Waiter::task, &waiter);
  go.store(true);
  ream::cli::parallel_wait(batch);
  CHECK(seen.load() == 1);
}
