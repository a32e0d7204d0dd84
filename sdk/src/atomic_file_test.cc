// ream::AtomicFile and ream::SideFile: the one rule for files ream writes.
#include <ream/atomic_file.hpp>

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

fs::path scratch() {
  char name[] = "/tmp/ream-atomic-XXXXXX";
  REQUIRE(mkdtemp(name));
  return name;
}

size_t entries(const fs::path& dir) {
  return static_cast<size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

pid_t dead_pid() {
  pid_t child = fork();
  if (child == 0) _exit(0);
  waitpid(child, nullptr, 0);
  return child;
}
}  // namespace

TEST_CASE("a side file replaces its target only on commit") {
  fs::path dir = scratch(), target = dir / "report.jsonl";
  std::ofstream(target) << "yesterday";
  {
    ream::SideFile report("report", target.string());
    report.line("today");
    report.finish();
    CHECK(slurp(target) == "yesterday");
    report.commit();
  }
  CHECK(slurp(target) == "today\n");
  CHECK(entries(dir) == 1);
  {
    ream::SideFile report("report", target.string());
    report.line("half");
    report.finish();
  }  // dropped without commit
  CHECK(slurp(target) == "today\n");
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("a symbolic link is followed and stays a link") {
  fs::path dir = scratch();
  fs::create_directory(dir / "real");
  fs::create_symlink("real/digest.md", dir / "link.md");
  ream::AtomicFile f((dir / "link.md").string());
  f.write("new");
  f.commit();
  CHECK(fs::is_symlink(dir / "link.md"));
  CHECK(slurp(dir / "real" / "digest.md") == "new");
  fs::remove_all(dir);
}

TEST_CASE("a device is written through, and its errors are I/O errors") {
  ream::AtomicFile null("/dev/null");
  CHECK(null.writes_through());
  null.write("x");
  null.commit();
  ream::AtomicFile full("/dev/full");
  CHECK_THROWS_WITH(full.write("x"), "/dev/full: write failed: No space left on device");
}

TEST_CASE("stale temporaries of dead ream processes are removed, others kept") {
  fs::path dir = scratch(), target = dir / "out.jsonl";
  std::string dead = ".out.jsonl.ream-" + std::to_string(dead_pid()) + "-0";
  std::string live = ".out.jsonl.ream-" + std::to_string(getppid()) + "-1";
  for (const auto& name : {dead, live, std::string(".out.jsonl.ream-notes"), std::string(".other.ream-1-0")})
    std::ofstream(dir / name) << "x";
  ream::remove_stale_temporaries(target.string());
  CHECK(!fs::exists(dir / dead));
  CHECK(fs::exists(dir / live));
  CHECK(fs::exists(dir / ".out.jsonl.ream-notes"));
  CHECK(fs::exists(dir / ".other.ream-1-0"));
  fs::remove_all(dir);
}

TEST_CASE("the identity is the inode the file has once in place") {
  fs::path dir = scratch(), target = dir / "digest.md";
  ream::AtomicFile f(target.string());
  std::string path;
  uint64_t dev = 0, ino = 0;
  REQUIRE(f.identity(path, dev, ino));
  f.write("x");
  f.commit();
  CHECK(path == target.string());
  CHECK(fs::exists(path));
  struct stat st {};
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK(st.st_ino == ino);
  CHECK(st.st_dev == dev);
  fs::remove_all(dir);
}
