#include "progress.hh"

#include <catch2/catch.hpp>

using ream::cli::ProgressLine;

TEST_CASE("progress shows records, size, rate and elapsed time") {
  CHECK(ProgressLine::format(1200, 5'000'000, 0, 2.0) == "ream: 1200 records, 5.0 MB, 2.5 MB/s, 2.0 s");
}

TEST_CASE("a known input size adds percentage and ETA") {
  CHECK(ProgressLine::format(10, 25'000'000, 100'000'000, 5.0) ==
        "ream: 10 records, 25.0 MB, 5.0 MB/s, 5.0 s, 25%, ETA 15 s");
}
