// For unit tests of the host and the plugins alike: a file holding given
// bytes, in the SDK's temporary directory ($TMPDIR, or /tmp), for the
// readers to open.  The caller removes it.  Every unit test program finds
// this header through ream_catch_main's include directory.
#ifndef REAM_TESTS_UNIT_TEMP_FILES_HH
#define REAM_TESTS_UNIT_TEMP_FILES_HH

#include <unistd.h>
#include <catch2/catch.hpp>

#include <ream/temp_file.hpp>

#include <string>

namespace ream::testing {

inline std::string write_temp(const std::string& bytes) {
  std::string name = ream::temporary_directory() + "/ream-test-XXXXXX";
  int fd = mkstemp(name.data());
  REQUIRE(fd >= 0);
  REQUIRE(write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  close(fd);
  return name;
}

}  // namespace ream::testing

#endif
