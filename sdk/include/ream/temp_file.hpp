// ream::unnamed_temporary_file: a scratch file with no name, in $TMPDIR.
//
// Stages that set records aside (spools, sort runs) need files that vanish
// however the process ends, kill -9 included, so the file is unlinked from
// the start.  tmpfile(3) does that but always in /tmp, whatever TMPDIR
// says, and /tmp is often a small tmpfs while a corpus needs twice its size:
// a user must be able to point the spool at a big disk, as with sort(1)'s
// TMPDIR.  Linux's O_TMPFILE makes a file that never had a name; where the
// file system refuses it, mkstemp and an immediate unlink come close.
#ifndef REAM_TEMP_FILE_HPP
#define REAM_TEMP_FILE_HPP

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace ream {

// Where scratch files go: $TMPDIR when it is set and not empty, else /tmp.
inline std::string temporary_directory() {
  const char* env = std::getenv("TMPDIR");
  return env && *env ? env : "/tmp";
}

// Opened for reading and writing ("w+b"); null with errno set on failure.
inline std::FILE* unnamed_temporary_file() {
  std::string dir = temporary_directory();
  int fd = -1;
#ifdef O_TMPFILE
  fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
#endif
  if (fd < 0) {
    std::string path = dir + "/ream.XXXXXX";
    fd = ::mkostemp(path.data(), O_CLOEXEC);
    if (fd < 0) return nullptr;
    ::unlink(path.c_str());
  }
  std::FILE* f = ::fdopen(fd, "w+b");
  if (!f) ::close(fd);
  return f;
}

}  // namespace ream

#endif
