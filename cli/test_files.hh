// For the host's unit tests: a file holding given bytes, in the SDK's
// temporary directory ($TMPDIR, or /tmp), for the readers to open.  The
// caller removes it.
#ifndef REAM_CLI_TEST_FILES_HH
#define REAM_CLI_TEST_FILES_HH

#include <unistd.h>
#include <catch2/catch.hpp>

#include <ream/temp_file.hpp>

#include <string>

namespace ream::cli::testing {

inline std::string write_temp(const std::string& bytes) {
  std::string name = ream::temporary_directory() + "/ream-test-XXXXXX";
  int fd = mkstemp(name.data());
  REQUIRE(fd >= 0);
  REQUIRE(write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  close(fd);
  return name;
}

}  // namespace ream::cli::testing

#endif
