// ream::read_whole_file: a file a stage reads whole (an index, a table, a
// stopword list, a template), or an I/O error with the OS reason.
//
// ream(1) has one rule for files: one that cannot be opened or read is
// exit status 4 with the OS reason, whatever its role.  A directory opens
// but cannot be read (EISDIR), and a read error half-way must not leave a
// truncated table that looks valid, so the whole file is read with
// read(2) and every error is reported, never taken as the end.
#ifndef REAM_READ_FILE_HPP
#define REAM_READ_FILE_HPP

#include <fcntl.h>
#include <unistd.h>

#include <ream/plugin.hpp>

#include <cerrno>
#include <cstring>
#include <string>

namespace ream {

// Throws ream::IoError "cannot read WHAT 'PATH': REASON".
inline std::string read_whole_file(const std::string& path, const std::string& what) {
  auto fail = [&](int error) { return IoError("cannot read " + what + " '" + path + "': " + std::strerror(error)); };
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw fail(errno);
  std::string text;
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error = errno;
      ::close(fd);
      throw fail(error);
    }
    if (n == 0) break;
    text.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return text;
}

}  // namespace ream

#endif
