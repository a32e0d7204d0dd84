#include "output.hh"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "failure.hh"

using namespace ream::cli;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

fs::path scratch() {
  char name[] = "/tmp/ream-out-XXXXXX";
  REQUIRE(mkdtemp(name));
  return name;
}

size_t entries(const fs::path& dir) {
  return static_cast<size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}
}  // namespace

TEST_CASE("an atomic output appears only on commit") {
  fs::path dir = scratch();
  fs::path target = dir / "digest.md";
  {
    std::ofstream(target) << "yesterday";
    Output out;
    out.open(target.string());
    out.write("today");
    out.flush();
    CHECK(slurp(target) == "yesterday");
    out.commit();
  }
  CHECK(slurp(target) == "today");
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("an abandoned atomic output leaves the old file and no temporary") {
  fs::path dir = scratch();
  fs::path target = dir / "digest.md";
  std::ofstream(target) << "yesterday";
  {
    Output out;
    out.open(target.string());
    out.write("half");
    out.flush();
  }  // destroyed without commit
  CHECK(slurp(target) == "yesterday");
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("a full disk is an I/O failure that names the file") {
  Output out;
  out.open("/dev/full");
  try {
    out.write(std::string(1 << 17, 'x'));
    out.commit();
    FAIL("wrote to /dev/full");
  } catch (const Failure& f) {
    CHECK(f.code() == kExitIo);
    CHECK(std::string(f.what()) == "/dev/full: write failed: No space left on device");
  }
}

TEST_CASE("an output in a missing directory fails before any work") {
  Output out;
  CHECK_THROWS_AS(out.open("/nonexistent/dir/x.jsonl"), Failure);
}
