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
