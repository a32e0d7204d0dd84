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

// The 1-based line of byte `offset`, and the line around it.
uint64_t line_of(std::string_view text, size_t offset);
std::string_view line_around(std::string_view text, size_t offset);

// Drops a leading UTF-8 byte order mark.
std::string_view without_bom(std::string_view text);

// Reads a whole file ("-" for standard input), calling `progress` with the
// bytes read so far and the size when known (0 otherwise).  Throws
// std::system_error when the file cannot be opened or read.
std::string read_input(const std::string& path, const std::function<void(uint64_t, uint64_t)>& progress);

// The first `max` bytes of a named file (not standard input), for
// recognising its format before anything is imported.
std::string read_head(const std::string& path, size_t max);

// Opens `path` to check that it can be read, so that a missing second file
// stops the run before the first is imported.  Throws std::system_error.
void check_readable(const std::string& path);

}  // namespace ream::import

#endif
