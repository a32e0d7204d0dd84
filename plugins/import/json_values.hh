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
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "format_detect.hh"
#include "paper.hh"

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
// "["), found inside `outer` (a value of the file that starts on line
// `outer_line`).
void for_each_json_element(std::string_view outer, uint64_t outer_line, std::string_view array,
                           const std::function<bool(const JsonValueText&)>& each);

// The records of an API response file: as for_each_json_record, but an
// object that wraps its records in a member named in `wrappers` (Crossref's
// "message" and "items", OpenAlex's "results") is opened, as deep as the
// wrappers go: an array found there gives its elements, an object is the
// record.  Works on the raw text, so a response of 10,000 works is not
// parsed twice.
void for_each_wrapped_record(std::string_view text, std::initializer_list<std::string_view> wrappers,
                             const std::function<bool(const JsonValueText&)>& each);
// The unwrapping for one record of the file.  Returns false when `each` did.
bool unwrap_record(const JsonValueText& record, std::initializer_list<std::string_view> wrappers,
                   const std::function<bool(const JsonValueText&)>& each);

// The members of the object text `object` as (key, raw value text), in
// order, for text not yet validated: the walk stops, without throwing, at
// the first thing that is not a member (jsonl.hh's object_members needs
// valid JSON).
std::vector<std::pair<std::string, std::string_view>> raw_members(std::string_view object);

// Calls read(record, out) for every record `walk` passes to its callback,
// in order, as `walk([&](auto& r) { return read(r, out); })` would.  With
// options.parallel (and a text larger than a piece) the records are found
// first, read in blocks of about options.piece_bytes on the workers, each
// block into a log of its own, and the logs replayed into `out` in order:
// the same papers, issues and warnings, provided `read` depends on its
// record alone and says everything through the sink it is given.
using RecordWalk = std::function<void(const std::function<bool(const JsonValueText&)>&)>;
void read_records(std::string_view text, const FormatOptions& options, PaperSink& out, const RecordWalk& walk,
                  bool (*read)(const JsonValueText&, PaperSink&));

// Index just past the JSON value that starts at s[i] (bracket and
// string aware, not validating); s.size() when it does not end.
size_t json_value_end(std::string_view s, size_t i);

}  // namespace ream::import

#endif
