// ExternalSort: the same ascending values whether they fit the buffer or
// go to disk in runs, more runs than one merge takes included.
#include "external_sort.hh"

#include <catch2/catch.hpp>

#include <random>

using namespace ream::dedupe;

namespace {
std::vector<uint64_t> drained(ExternalSort<uint64_t>& sorter, bool unique) {
  std::vector<uint64_t> out;
  sorter.drain(unique, [&](uint64_t v) { out.push_back(v); });
  return out;
}
}  // namespace

TEST_CASE("values come back ascending, in memory and from runs alike") {
  std::mt19937_64 random(7);
  std::vector<uint64_t> values(200000);
  for (auto& v : values) v = random() % 50000;  // many repeats
  for (size_t memory : {size_t{64} << 20, size_t{8} << 10}) {
    ExternalSort<uint64_t> sorter(memory, "test");
    for (uint64_t v : values) sorter.add(v);
    std::vector<uint64_t> all = values, unique = values;
    std::sort(all.begin(), all.end());
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    ExternalSort<uint64_t> again(memory, "test");
    for (uint64_t v : values) again.add(v);
    CHECK(drained(sorter, false) == all);
    CHECK(drained(again, true) == unique);
    // 8 KB holds 1,024 values: 196 runs, merged 64 at a time first.
    CHECK(sorter.runs_written() == (memory < 1 << 20 ? 196 + 3 : 0));
  }
}

TEST_CASE("a drained sort is empty and takes values again") {
  ExternalSort<uint64_t> sorter(1 << 20, "test");
  sorter.add(3);
  sorter.add(1);
  CHECK(drained(sorter, false) == std::vector<uint64_t>{1, 3});
  CHECK(drained(sorter, false).empty());
  sorter.add(2);
  CHECK(drained(sorter, true) == std::vector<uint64_t>{2});
}
