// The index's allocator: large tables start on a 2 MB boundary (a huge
// page can only map such a range), small ones come from the heap, and a
// table keeps its contents as it grows across the threshold.
#include "huge_pages.hh"

#include <catch2/catch.hpp>
#include <cstdint>

using namespace ream::cite;

TEST_CASE("large tables start on a huge-page boundary and keep their contents while growing") {
  HugeVector<uint32_t> table;
  for (uint32_t i = 0; i < 3'000'000; ++i) table.push_back(i * 7);  // 12 MB: crosses the 4 MB threshold
  for (uint32_t i = 0; i < table.size(); i += 99'991) REQUIRE(table[i] == i * 7);
  REQUIRE(table.back() == 2'999'999u * 7);
#if defined(__linux__)
  CHECK(reinterpret_cast<std::uintptr_t>(table.data()) % HugePageAllocator<uint32_t>::kHugePage == 0);
#endif
  table.resize(10);
  table.shrink_to_fit();  // back under the threshold: an ordinary heap block
  REQUIRE(table.size() == 10);
  CHECK(table[9] == 63);
}

TEST_CASE("small tables are ordinary heap blocks") {
  HugeVector<uint64_t> small(1000, 5);
  CHECK(small[999] == 5);
}
