// Whole-file input and the binary / UTF-8 checks (see input_text.hh).
//
// The UTF-8 scan skips ASCII eight bytes at a time and decodes only the
// rest with ICU's U8_NEXT, so checking costs little next to parsing.
#include "input_text.hh"

#include <fcntl.h>
#include <sys/stat.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
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

namespace {

[[noreturn]] void read_failed(int fd, int err) {
  if (fd != STDIN_FILENO) ::close(fd);
  throw std::system_error(err, std::generic_category(), "read failed");
}

// The size of the regular file open on `fd`, or 0 (not regular, or not known).
uint64_t regular_size(int fd) {
  struct stat st {};
  return (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) ? static_cast<uint64_t>(st.st_size) : 0;
}

// Appends what is left to read of `fd` to `text`, a chunk at a time.
void read_rest(int fd, std::string& text, uint64_t total, const std::function<void(uint64_t, uint64_t)>& progress) {
  for (;;) {
    size_t old = text.size();
    text.resize(old + kChunk);
    ssize_t n = ::read(fd, text.data() + old, kChunk);
    if (n < 0 && errno == EINTR) {
      text.resize(old);
      continue;
    }
    if (n < 0) read_failed(fd, errno);
    text.resize(old + static_cast<size_t>(n));
    if (n == 0) break;
    if (progress) progress(text.size(), total);
  }
}

// Reads [from, to) of `fd` into `into + from`: the bytes read (fewer at
// the end of the file), or -errno.
int64_t read_part(int fd, char* into, uint64_t from, uint64_t to) {
  uint64_t at = from;
  while (at < to) {
    ssize_t n = ::pread(fd, into + at, std::min<uint64_t>(to - at, kChunk), static_cast<off_t>(at));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -static_cast<int64_t>(errno);
    if (n == 0) break;
    at += static_cast<uint64_t>(n);
  }
  return static_cast<int64_t>(at - from);
}

}  // namespace

std::string read_input(const std::string& path, const std::function<void(uint64_t, uint64_t)>& progress) {
  int fd = open_input(path);
  uint64_t total = regular_size(fd);
  std::string text;
  text.reserve(total + 1);
  read_rest(fd, text, total, progress);
  if (fd != STDIN_FILENO) ::close(fd);
  return text;
}

InputBytes read_input_bytes(const std::string& path, const std::function<void(uint64_t, uint64_t)>& progress,
                            const Spread& spread) {
  int fd = open_input(path);
  uint64_t total = regular_size(fd);
  // Standard input is read from where it stands (and left open), a pipe
  // or an empty file as it comes.
  if (fd == STDIN_FILENO || total == 0) {
    std::string text;
    text.reserve(total + 1);
    read_rest(fd, text, total, progress);
    if (fd != STDIN_FILENO) ::close(fd);
    return InputBytes(std::move(text));
  }
  // Parts of 8 MB: a few per worker on a large file, and one, read here,
  // for the small files most imports are.
  constexpr uint64_t kPart = 8 << 20;
  size_t parts = static_cast<size_t>((total + kPart - 1) / kPart);
  auto bytes = std::make_unique_for_overwrite<char[]>(total);
  std::vector<int64_t> got(parts);
  auto part = [&](size_t i) {
    uint64_t from = i * kPart, to = std::min(total, from + kPart);
    got[i] = read_part(fd, bytes.get(), from, to);
  };
  if (spread) {
    spread(parts, part);
  } else {
    for (size_t i = 0; i < parts; ++i) {
      part(i);
      if (got[i] < 0 || static_cast<uint64_t>(got[i]) < std::min(total - i * kPart, kPart)) break;
      if (progress) progress(std::min(total, (i + 1) * kPart), total);
    }
  }
  uint64_t size = 0;  // up to the first part that came short
  for (size_t i = 0; i < parts; ++i) {
    if (got[i] < 0) read_failed(fd, static_cast<int>(-got[i]));
    size += static_cast<uint64_t>(got[i]);
    if (static_cast<uint64_t>(got[i]) < std::min(total - i * kPart, kPart)) break;
  }
  if (spread && progress) progress(size, total);
  if (size == total) {  // the file may have grown since: what follows is read too
    char next = 0;
    ssize_t more;
    do more = ::pread(fd, &next, 1, static_cast<off_t>(total));
    while (more < 0 && errno == EINTR);
    if (more < 0) read_failed(fd, errno);
    if (more > 0) {
      std::string text(bytes.get(), size);
      text += next;
      if (::lseek(fd, static_cast<off_t>(total + 1), SEEK_SET) < 0) read_failed(fd, errno);
      read_rest(fd, text, total, progress);
      ::close(fd);
      return InputBytes(std::move(text));
    }
  }
  ::close(fd);
  return InputBytes(std::move(bytes), size);
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

namespace {

// A file is binary when at least half the lines in its first kBinaryWindow
// bytes hold a NUL; one NUL in one line of a text file is one bad entry.
constexpr size_t kBinaryWindow = 4096;

// Whether the text has a valid multi-byte UTF-8 sequence: a file with
// invalid bytes and none of these was written in a single-byte encoding.
bool has_utf8_beyond_ascii(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  int32_t n = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  for (int32_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0) return true;
  }
  return false;
}

std::string utf8_reason(std::string_view text, size_t bad, bool single_byte_file) {
  std::string reason = fmt::format("invalid UTF-8 (byte 0x{:02X} at column {})", static_cast<unsigned char>(text[bad]),
                                   bad - static_cast<size_t>(line_around(text, bad).data() - text.data()) + 1);
  if (single_byte_file) reason += "; if the file is Latin-1, use --encoding latin1";
  return reason;
}

}  // namespace

std::optional<TextFault> find_file_fault(std::string_view text) {
  std::string_view start = text.substr(0, kBinaryWindow);
  size_t nul = start.find('\0');
  if (nul == std::string_view::npos) return std::nullopt;
  // UTF-16 text without a byte order mark: ASCII with a NUL beside every character.
  size_t nuls = static_cast<size_t>(std::count(start.begin(), start.end(), '\0'));
  if (start.size() >= 8 && nuls * 5 >= start.size() * 2 && nuls * 5 <= start.size() * 3) {
    const char* order = start[0] == '\0' ? "utf-16be" : "utf-16le";
    return TextFault{1, fmt::format("UTF-16 text without a byte order mark; use --encoding {}", order),
                     std::string(line_around(text, 0))};
  }
  size_t lines = 0, with_nul = 0;
  for (std::string_view rest = start; !rest.empty();) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    ++lines;
    with_nul += line.find('\0') != std::string_view::npos;
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
  }
  if (with_nul * 2 < lines) return std::nullopt;
  return TextFault{line_of(text, nul), "binary file (NUL byte); not a text format",
                   std::string(line_around(text, nul))};
}

std::vector<TextFault> find_line_faults(std::string_view text) {
  std::vector<TextFault> faults;
  std::optional<bool> single_byte;
  size_t from = 0;
  uint64_t line = 1;
  while (from < text.size()) {
    std::string_view rest = text.substr(from);
    size_t nul = rest.find('\0');
    size_t bad = first_bad_utf8(rest.substr(0, nul));
    size_t at = std::min(nul, bad);
    if (at == std::string_view::npos) break;
    at += from;
    line += static_cast<uint64_t>(
        std::count(text.begin() + static_cast<ptrdiff_t>(from), text.begin() + static_cast<ptrdiff_t>(at), '\n'));
    std::string reason;
    if (text[at] == '\0') {
      reason = "NUL byte";
    } else {
      if (!single_byte) single_byte = !has_utf8_beyond_ascii(text);
      reason = utf8_reason(text, at, *single_byte);
    }
    faults.push_back({line, std::move(reason), std::string(line_around(text, at))});
    size_t next = text.find('\n', at);  // one fault per line is enough
    if (next == std::string_view::npos) break;
    from = next + 1;
    ++line;
  }
  return faults;
}

std::string with_replacements(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  int32_t n = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  for (int32_t i = 0; i < n;) {
    if (p[i] != 0 && p[i] < 0x80) {
      out += static_cast<char>(p[i++]);
      continue;
    }
    int32_t start = i;
    UChar32 c;
    if (p[i] == 0) {
      ++i;
      c = -1;
    } else {
      U8_NEXT(p, i, n, c);
    }
    if (c < 0)
      out += "\xEF\xBF\xBD";
    else
      out.append(text.data() + start, static_cast<size_t>(i - start));
  }
  return out;
}

bool known_encoding(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(name.c_str(), &status);
  if (conv) ucnv_close(conv);
  return U_SUCCESS(status) && conv != nullptr;
}

namespace {

// Converts `bytes` from `encoding` to UTF-8 with ICU, stopping at the
// first byte sequence that is invalid in it.
// Bytes 0x80-0x9F are control characters in Latin-1 that no text holds;
// in a file said to be Latin-1 they are Windows-1252's curly quotes and
// dashes (what Windows writes), and read as Latin-1 they would become
// invisible controls in titles: such a file is refused, not guessed at.
void refuse_c1_controls(std::u16string_view units) {
  auto c1 = std::find_if(units.begin(), units.end(), [](char16_t u) { return u >= 0x80 && u <= 0x9F; });
  if (c1 == units.end()) return;
  uint64_t line = 1 + static_cast<uint64_t>(std::count(units.begin(), c1, u'\n'));
  throw DecodeError{line, fmt::format("byte 0x{:02X} is a control character in Latin-1, not text: the file is "
                                      "probably Windows-1252; use --encoding windows-1252",
                                      static_cast<unsigned>(*c1))};
}

std::string convert_to_utf8(std::string_view bytes, const std::string& encoding, bool partial) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(encoding.c_str(), &status);
  if (U_FAILURE(status)) throw DecodeError{0, fmt::format("unknown encoding '{}'", encoding)};
  ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::u16string units(bytes.size() + 2, u'\0');
  const char* source = bytes.data();
  UChar* target = reinterpret_cast<UChar*>(units.data());
  ucnv_toUnicode(conv, &target, target + units.size(), &source, bytes.data() + bytes.size(), nullptr, partial ? 0 : 1,
                 &status);
  if (U_FAILURE(status)) {
    ucnv_close(conv);
    size_t at = static_cast<size_t>(source - bytes.data());
    // Lines are counted in the source bytes only for ASCII-compatible encodings; the
    // converted prefix's line count is right for all of them.
    std::u16string_view done(units.data(), static_cast<size_t>(target - reinterpret_cast<UChar*>(units.data())));
    uint64_t line = 1 + static_cast<uint64_t>(std::count(done.begin(), done.end(), u'\n'));
    throw DecodeError{line, fmt::format("not valid {} (byte offset {})", encoding, at)};
  }
  units.resize(static_cast<size_t>(target - reinterpret_cast<UChar*>(units.data())));
  std::string_view name = ucnv_getName(conv, &status);
  bool latin1 = U_SUCCESS(status) && name == "ISO-8859-1";
  ucnv_close(conv);
  if (latin1) refuse_c1_controls(units);
  std::string out;
  out.reserve(units.size() + units.size() / 2);
  icu::UnicodeString(false, units.data(), static_cast<int32_t>(units.size())).toUTF8String(out);
  return out;
}

}  // namespace

bool needs_decoding(std::string_view raw, const std::string& encoding) {
  return !encoding.empty() || raw.substr(0, 3) == "\xEF\xBB\xBF" || raw.substr(0, 2) == "\xFF\xFE" ||
         raw.substr(0, 2) == "\xFE\xFF";
}

std::string decode_input(std::string raw, const std::string& encoding, bool partial) {
  if (encoding.empty()) {
    std::string_view bytes = raw;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return raw.substr(3);
    if (bytes.substr(0, 2) == "\xFF\xFE") return convert_to_utf8(bytes.substr(2), "UTF-16LE", partial);
    if (bytes.substr(0, 2) == "\xFE\xFF") return convert_to_utf8(bytes.substr(2), "UTF-16BE", partial);
    return raw;
  }
  std::string out = convert_to_utf8(raw, encoding, partial);
  if (std::string_view(out).substr(0, 3) == "\xEF\xBB\xBF") out.erase(0, 3);
  return out;
}

}  // namespace ream::import
