// The host's record: one JSON object, parsed once, fields kept in order.
//
// A line is validated by Boost.JSON (syntax, UTF-8, top-level object) and
// then split into its top-level members.  Each field keeps its value as
// the exact JSON text it had on input, so a field no stage touches is
// written out byte for byte (Boost.JSON would print 0.5 as 5E-1 and round
// big integers).  Values are decoded only when a stage asks for them, and
// the decoded form is cached until the field changes.  A line that is
// already written as the host writes records (no white space between the
// top-level members, no key twice) is its own output: json() and
// append_json() hand it over whole until a field changes, instead of
// putting it together again member by member.
#ifndef REAM_CLI_RECORD_HH
#define REAM_CLI_RECORD_HH

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ream::cli {

// The decoded forms of one field, made on first use.
struct FieldCache {
  std::optional<std::string> string;
  bool array_done = false;
  std::vector<std::optional<std::string>> array;  // nullopt: not a string
};

struct Field {
  std::string_view key;                // decoded name
  std::string_view key_json;           // the name as JSON text, quotes included
  std::string_view value;              // the value as JSON text
  std::unique_ptr<std::string> owned;  // bytes of a field set by a stage
  std::unique_ptr<FieldCache> cache;
};

// Where a record was read from.  Shared by all records of one file.
struct Origin {
  std::shared_ptr<const std::string> file;
  uint64_t line = 0;
};

class Record {
 public:
  // Parse one line.  On success the record takes the bytes of `line`; on
  // failure `line` is left as it was, null is returned and `error` says
  // why (not a JSON object, invalid JSON or invalid UTF-8).
  static std::unique_ptr<Record> parse(std::string& line, std::string* error);
  // The same for a line known to be one valid JSON object (text this
  // host wrote, sealed: see ream_host.record_parse_sealed), unchecked.
  static std::unique_ptr<Record> parse_valid(std::string& line);

  Record() = default;
  Record(const Record&) = delete;
  Record& operator=(const Record&) = delete;
  std::unique_ptr<Record> clone() const;

  size_t size() const { return fields_.size(); }
  const Field& at(size_t i) const { return fields_[i]; }
  const Field* find(std::string_view key) const;

  // Setting a field keeps its position, or appends it.  `json` must be
  // valid JSON text (set_json checks; the typed setters produce it).
  bool set_json(std::string_view key, std::string_view json);
  bool set_string(std::string_view key, std::string_view text);                     // false: bad UTF-8
  bool set_strings(std::string_view key, std::span<const std::string_view> items);  // false: bad UTF-8
  void set_raw(std::string_view key, std::string json);                             // trusted JSON
  bool remove(std::string_view key);

  // Decoded views, cached on the field.
  std::optional<std::string_view> string_value(const Field& f) const;
  const std::vector<std::optional<std::string>>* array_strings(const Field& f) const;

  // The record as one line of JSON, without the newline.
  const std::string& json() const;
  void append_json(std::string& out) const;

  Origin origin;

 private:
  void invalidate() { json_valid_ = line_is_json_ = false; }
  void drop_duplicate_keys();
  size_t json_size() const;  // of what append_json writes
  Field& slot(std::string_view key);

  std::string line_;
  std::vector<Field> fields_;
  mutable std::string json_;
  mutable bool json_valid_ = false;
  bool line_is_json_ = false;  // line_ is the bytes append_json would write
};

// Check that `json` is one valid JSON value.  On failure, `error` says why.
bool valid_json(std::string_view json, std::string* error);

// The JSON text of a string.
std::string quote(std::string_view text);
// Appends the JSON text of `text` to `out`; false (and `out` partly
// written) when `text` is not valid UTF-8.
bool append_quoted(std::string& out, std::string_view text);

}  // namespace ream::cli

#endif  // REAM_CLI_RECORD_HH
