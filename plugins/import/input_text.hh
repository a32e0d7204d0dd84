// Reading one input whole, and the checks every text format needs first.
//
// Every importer format is small next to memory (a 100 MB dump is large),
// and several formats need look-ahead, so a file is read in one piece.
// Before any parser sees it, the text is checked once: a NUL byte means a
// binary file, and malformed UTF-8 is found with its line, so parsers can
// assume valid UTF-8 and report nothing about encodings.
#ifndef REAM_IMPORT_INPUT_TEXT_HH
#define REAM_IMPORT_INPUT_TEXT_HH

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ream::import {

// Why a text cannot be parsed at all: where, why, and the offending line.
struct TextFault {
  uint64_t line = 0;
  std::string reason;
  std::string raw;
};

// The first NUL byte or malformed UTF-8 sequence in `text`, if any.
std::optional<TextFault> find_text_fault(std::string_view text);

// Faults that make the whole file unreadable as text, so that no entry
// of it is worth trying: NUL bytes near the start (a binary file, or
// UTF-16 without a byte order mark, which gets a hint).
std::optional<TextFault> find_file_fault(std::string_view text);

// Every line holding a NUL byte or malformed UTF-8, in order; a fault's
// reason suggests --encoding latin1 when the file has no valid non-ASCII
// UTF-8 at all (what a Latin-1 or Windows-1252 file looks like).
std::vector<TextFault> find_line_faults(std::string_view text);

// `text` with every NUL and malformed UTF-8 sequence replaced by U+FFFD,
// so that parsers can assume valid UTF-8.  The stage never lets an entry
// holding a replacement through (find_line_faults names them).
std::string with_replacements(std::string_view text);

// Thrown when bytes are not valid in the encoding they are read as.
struct DecodeError {
  uint64_t line = 0;
  std::string reason;
};

// Whether `name` is an encoding ICU can convert from ("latin1", "utf-16le",
// "windows-1252", ...).
bool known_encoding(const std::string& name);

// The bytes of a file as UTF-8.  With `encoding` empty the file is UTF-8
// unless a byte order mark says UTF-16 (then converted); a UTF-8 byte
// order mark is dropped.  Otherwise `encoding` names an ICU converter and
// every byte must be valid in it (DecodeError with the line otherwise).
// `partial` allows the bytes to stop inside a character (a file's head).
std::string decode_input(std::string raw, const std::string& encoding, bool partial = false);
// Whether decode_input would change `raw`: an encoding is named, or a
// byte order mark leads; otherwise the bytes are the UTF-8 text as read.
bool needs_decoding(std::string_view raw, const std::string& encoding);

// The 1-based line of byte `offset`, and the line around it.
uint64_t line_of(std::string_view text, size_t offset);
std::string_view line_around(std::string_view text, size_t offset);

// Drops a leading UTF-8 byte order mark.
std::string_view without_bom(std::string_view text);

// Reads a whole file ("-" for standard input), calling `progress` with the
// bytes read so far and the size when known (0 otherwise).  Throws
// std::system_error when the file cannot be opened or read.
std::string read_input(const std::string& path, const std::function<void(uint64_t, uint64_t)>& progress);

// A whole input's bytes: a buffer a read filled directly, or a string
// made from them (decoded, repaired).  The buffer is never zero-filled
// first: for a 100 MB file, filling the string a read then overwrites
// cost as much as the read itself, on the one thread that reads.
class InputBytes {
 public:
  InputBytes() = default;
  explicit InputBytes(std::string text) : text_(std::move(text)) {}
  InputBytes(std::unique_ptr<char[]> bytes, size_t size) : bytes_(std::move(bytes)), size_(size) {}
  std::string_view view() const { return bytes_ ? std::string_view(bytes_.get(), size_) : std::string_view(text_); }
  size_t size() const { return view().size(); }

 private:
  std::string text_;
  std::unique_ptr<char[]> bytes_;
  size_t size_ = 0;
};

// Runs body(i) for every i in [0, count), perhaps several at once on
// other threads; body must not throw or talk to the host.
using Spread = std::function<void(size_t count, const std::function<void(size_t)>& body)>;

// read_input, for a regular file of known size straight into its buffer:
// in parts read at once through `spread` when given (progress is then
// told once, at the end), or one after the other.  Bytes the file gained
// since its size was taken are read too, as read_input reads them; a
// file that shrank meanwhile ends where the first part came short.
InputBytes read_input_bytes(const std::string& path, const std::function<void(uint64_t, uint64_t)>& progress,
                            const Spread& spread = {});

// The first `max` bytes of a named file (not standard input), for
// recognising its format before anything is imported.
std::string read_head(const std::string& path, size_t max);

// Opens `path` to check that it can be read, so that a missing second file
// stops the run before the first is imported.  Throws std::system_error.
void check_readable(const std::string& path);

}  // namespace ream::import

#endif
