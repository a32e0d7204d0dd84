// The values of a JSON file, one at a time, with their lines.
//
// CSL-JSON, Crossref and OpenAlex exports come as one array, as JSON
// Lines, or as pretty-printed objects one after another.  Parsing the
// whole file as one document would lose where each record starts and
// let one bad record spoil the file, so the file is cut into its values
// by their brackets first (strings respected) and each is parsed on its
// own.  Cutting is a byte loop: it costs less than the parse.
#ifndef REAM_IMPORT_JSON_VALUES_HH
#define REAM_IMPORT_JSON_VALUES_HH

#include <cstdint>
#include <functional>
#include <string_view>

namespace ream::import {

struct JsonValueText {
  uint64_t line = 0;      // 1-based line where the value starts
  std::string_view text;  // its raw text (not yet validated)
};

// Calls `each` with the records of `text`: the elements of a top-level
// array, else every top-level value (JSON Lines when the first line is
// a whole value by itself, so that one broken line stays one line).
// Stops when `each` returns false.  `first_line` is the line `text`
// starts on in its file.
void for_each_json_record(std::string_view text, uint64_t first_line,
                          const std::function<bool(const JsonValueText&)>& each);

// The same for the elements of the array `array` (which starts with
// "["), found inside a file whose text starts at `file`.
void for_each_json_element(std::string_view file, std::string_view array,
                           const std::function<bool(const JsonValueText&)>& each);

// Index just past the JSON value that starts at s[i] (bracket and
// string aware, not validating); s.size() when it does not end.
size_t json_value_end(std::string_view s, size_t i);

}  // namespace ream::import

#endif
