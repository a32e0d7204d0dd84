// Whole-file input and the binary / UTF-8 checks (see input_text.hh).
//
// The UTF-8 scan skips ASCII eight bytes at a time and decodes only the
// rest with ICU's U8_NEXT, so checking costs little next to parsing.
#include "input_text.hh"

#include <fcntl.h>
#include <sys/stat.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include <fmt/format.h>

namespace ream::import {
namespace {

constexpr size_t kChunk = 1 << 20;

bool ascii_word(const unsigned char* p) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return (w & 0x8080808080808080ull) == 0;
}

// Offset of the first malformed UTF-8 sequence, or npos.
size_t first_bad_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  int64_t n = static_cast<int64_t>(text.size()), i = 0;
  while (i < n) {
    if (i + 8 <= n && ascii_word(p + i)) {
      i += 8;
      continue;
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t at = static_cast<int32_t>(std::min<int64_t>(i, INT32_MAX)),
            len = static_cast<int32_t>(std::min<int64_t>(n, INT32_MAX));
    int32_t start = at;
    UChar32 c;
    U8_NEXT(p, at, len, c);
    if (c < 0) return static_cast<size_t>(start);
    i = at;
  }
  return std::string_view::npos;
}

int open_input(const std::string& path) {
  if (path == "-") return STDIN_FILENO;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw std::system_error(errno, std::generic_category(), "cannot open");
  struct stat st {};
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw std::system_error(EISDIR, std::generic_category(), "cannot read");
  }
  return fd;
}

}  // namespace

uint64_t line_of(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<uint64_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

std::string_view line_around(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  size_t start = offset;
  while (start > 0 && text[start - 1] != '\n') --start;
  size_t end = text.find('\n', offset);
  if (end == std::string_view::npos) end = text.size();
  if (end > start && text[end - 1] == '\r') --end;
  return text.substr(start, end - start);
}

std::optional<TextFault> find_text_fault(std::string_view text) {
  if (size_t nul = text.find('\0'); nul != std::string_view::npos)
    return TextFault{line_of(text, nul), "binary file (NUL byte); not a text format",
                     std::string(line_around(text, nul))};
  if (size_t bad = first_bad_utf8(text); bad != std::string_view::npos)
    return TextFault{line_of(text, bad),
                     fmt::format("invalid UTF-8 (byte 0x{:02X} at column {})", static_cast<unsigned char>(text[bad]),
                                 bad - (line_around(text, bad).data() - text.data()) + 1),
                     std::string(line_around(text, bad))};
  return std::nullopt;
}

std::string_view without_bom(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text;
}

void check_readable(const std::string& path) {
  int fd = open_input(path);
  if (fd != STDIN_FILENO) ::close(fd);
}

std::string read_input(const std::string& path, const std::function<void(uint64_t, uint64_t)>& progress) {
  int fd = open_input(path);
  struct stat st {};
  uint64_t total = (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) ? static_cast<uint64_t>(st.st_size) : 0;
  std::string text;
  text.reserve(total + 1);
  for (;;) {
    size_t old = text.size();
    text.resize(old + kChunk);
    ssize_t n = ::read(fd, text.data() + old, kChunk);
    if (n < 0 && errno == EINTR) {
      text.resize(old);
      continue;
    }
    if (n < 0) {
      int err = errno;
      if (fd != STDIN_FILENO) ::close(fd);
      throw std::system_error(err, std::generic_category(), "read failed");
    }
    text.resize(old + static_cast<size_t>(n));
    if (n == 0) break;
    if (progress) progress(text.size(), total);
  }
  if (fd != STDIN_FILENO) ::close(fd);
  return text;
}

std::string read_head(const std::string& path, size_t max) {
  int fd = open_input(path);
  std::string head(max, '\0');
  size_t got = 0;
  while (got < max) {
    ssize_t n = ::read(fd, head.data() + got, max - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      throw std::system_error(err, std::generic_category(), "read failed");
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  head.resize(got);
  return head;
}

}  // namespace ream::import
