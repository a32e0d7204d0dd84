#include "record.hh"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <fmt/format.h>

#include <cstring>
#include <unordered_set>

namespace ream::cli {
namespace {

namespace json = boost::json;

// A Boost.JSON handler that builds nothing: it only learns whether the
// document is an object.  Validation (syntax, UTF-8, depth) is Boost's.
struct Validator {
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  bool first = true;
  bool is_object = false;

  bool seen() { return first = false, true; }
  bool on_document_begin(json::error_code&) { return first = true, is_object = false, true; }
  bool on_document_end(json::error_code&) { return true; }
  bool on_object_begin(json::error_code&) {
    if (first) is_object = true;
    return seen();
  }
  bool on_object_end(std::size_t, json::error_code&) { return true; }
  bool on_array_begin(json::error_code&) { return seen(); }
  bool on_array_end(std::size_t, json::error_code&) { return true; }
  bool on_key_part(json::string_view, std::size_t, json::error_code&) { return true; }
  bool on_key(json::string_view, std::size_t, json::error_code&) { return true; }
  bool on_string_part(json::string_view, std::size_t, json::error_code&) { return seen(); }
  bool on_string(json::string_view, std::size_t, json::error_code&) { return seen(); }
  bool on_number_part(json::string_view, json::error_code&) { return seen(); }
  bool on_int64(std::int64_t, json::string_view, json::error_code&) { return seen(); }
  bool on_uint64(std::uint64_t, json::string_view, json::error_code&) { return seen(); }
  bool on_double(double, json::string_view, json::error_code&) { return seen(); }
  bool on_bool(bool, json::error_code&) { return seen(); }
  bool on_null(json::error_code&) { return seen(); }
  bool on_comment_part(json::string_view, json::error_code&) { return true; }
  bool on_comment(json::string_view, json::error_code&) { return true; }
};

json::parse_options parse_limits() {
  json::parse_options opt;
  opt.max_depth = 1000;
  return opt;
}

// Validate `text` as one JSON document; tell whether it is an object.
bool validate(std::string_view text, bool* is_object, std::string* error) {
  thread_local json::basic_parser<Validator> parser(parse_limits());
  parser.reset();
  json::error_code ec;
  std::size_t used = parser.write_some(false, text.data(), text.size(), ec);
  if (!ec && used != text.size()) ec = json::error::extra_data;
  if (ec) {
    if (error) *error = fmt::format("invalid JSON at byte {}: {}", used + 1, ec.message());
    return false;
  }
  *is_object = parser.handler().is_object;
  return true;
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

size_t skip_ws(std::string_view s, size_t i) {
  while (i < s.size() && is_ws(s[i])) ++i;
  return i;
}

// Index just past the string starting at s[i] == '"'.  A quote ends the
// string unless an odd number of backslashes stands before it.
size_t string_end(std::string_view s, size_t i) {
  const char* base = s.data();
  for (++i;;) {
    const char* q = static_cast<const char*>(std::memchr(base + i, '"', s.size() - i));
    size_t j = static_cast<size_t>(q - base);
    size_t slashes = 0;
    while (j - slashes > i && base[j - slashes - 1] == '\\') ++slashes;
    if (slashes % 2 == 0) return j + 1;
    i = j + 1;
  }
}

// Index just past the value starting at s[i], trailing white space excluded.
// The text is already validated, so only nesting and strings matter here.
size_t value_end(std::string_view s, size_t i) {
  int depth = 0;
  size_t end = i;
  while (i < s.size()) {
    char c = s[i];
    if (c == '"') {
      end = i = string_end(s, i);
      continue;
    }
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) return end;
      --depth;
    } else if (c == ',' && depth == 0) {
      return end;
    }
    if (!is_ws(c)) end = i + 1;
    ++i;
  }
  return end;
}

std::string decode_string(std::string_view json_text) {
  return std::string(json::parse(json::string_view(json_text.data(), json_text.size())).as_string());
}

}  // namespace

bool valid_json(std::string_view text, std::string* error) {
  bool is_object = false;
  return validate(text, &is_object, error);
}

std::string quote(std::string_view text) { return json::serialize(json::string_view(text.data(), text.size())); }

// Stages set many short strings (keywords, cited ids): most are ASCII with
// nothing to escape, and those are copied between quotes, skipping the
// serialiser and the validating parse.  Anything else takes both, so the
// bytes written and the UTF-8 refused are Boost.JSON's either way.
bool append_quoted(std::string& out, std::string_view text) {
  bool plain = std::all_of(text.begin(), text.end(), [](char ch) {
    auto c = static_cast<unsigned char>(ch);
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
  });
  if (plain) {
    out += '"';
    out += text;
    out += '"';
    return true;
  }
  std::string quoted = quote(text);
  bool is_object = false;
  if (!validate(quoted, &is_object, nullptr)) return false;
  out += quoted;
  return true;
}

std::unique_ptr<Record> Record::parse(std::string& line, std::string* error) {
  bool is_object = false;
  if (!validate(line, &is_object, error)) return nullptr;
  if (!is_object) {
    if (error) *error = "not a JSON object";
    return nullptr;
  }
  return parse_valid(line);
}

std::unique_ptr<Record> Record::parse_valid(std::string& line) {
  auto rec = std::make_unique<Record>();
  rec->line_ = std::move(line);
  rec->fields_.reserve(8);  // one allocation for most records, not four
  std::string_view s = rec->line_;
  size_t i = skip_ws(s, skip_ws(s, 0) + 1);
  while (i < s.size() && s[i] == '"') {
    Field f;
    size_t key_end = string_end(s, i);
    f.key_json = s.substr(i, key_end - i);
    if (f.key_json.find('\\') == std::string_view::npos) {
      f.key = f.key_json.substr(1, f.key_json.size() - 2);
    } else {
      f.owned = std::make_unique<std::string>(decode_string(f.key_json));
      f.key = *f.owned;
    }
    size_t start = skip_ws(s, skip_ws(s, key_end) + 1);
    size_t end = value_end(s, start);
    f.value = s.substr(start, end - start);
    rec->fields_.push_back(std::move(f));
    i = skip_ws(s, end);
    if (i < s.size() && s[i] == ',') i = skip_ws(s, i + 1);
  }
  rec->drop_duplicate_keys();
  // The line holds every token the record writes (and any key given twice)
  // in the same order, so it is those bytes exactly when it is as long.
  rec->line_is_json_ = s.size() == rec->json_size();
  return rec;
}

// Most records have a dozen fields or fewer: comparing every pair of
// names costs less than hashing them into a set (which, allocated per
// record, was a sixth of `ream cat`'s instructions).
static bool has_duplicate_keys(const std::vector<Field>& fields) {
  if (fields.size() <= 16) {
    for (size_t i = 1; i < fields.size(); ++i)
      for (size_t j = 0; j < i; ++j)
        if (fields[i].key == fields[j].key) return true;
    return false;
  }
  std::unordered_set<std::string_view> seen;
  for (const Field& f : fields)
    if (!seen.insert(f.key).second) return true;
  return false;
}

// JSON allows a key twice; like most JSON tools, the last value wins.  It
// takes the place of the first, so field order stays that of first sight.
void Record::drop_duplicate_keys() {
  if (fields_.size() < 2 || !has_duplicate_keys(fields_)) return;
  std::vector<Field> kept;
  for (Field& f : fields_) {
    auto same = std::find_if(kept.begin(), kept.end(), [&](const Field& k) { return k.key == f.key; });
    if (same == kept.end()) {
      kept.push_back(std::move(f));
    } else {
      same->value = f.value;
      same->cache.reset();
    }
  }
  fields_ = std::move(kept);
}

std::unique_ptr<Record> Record::clone() const {
  auto copy = std::make_unique<Record>();
  copy->origin = origin;
  copy->line_ = line_;
  copy->line_is_json_ = line_is_json_;
  const char* base = line_.data();
  auto rebase = [&](std::string_view v) {
    if (v.data() >= base && v.data() <= base + line_.size())
      return std::string_view(copy->line_.data() + (v.data() - base), v.size());
    return v;
  };
  for (const Field& f : fields_) {
    if (f.owned) {
      // Owned bytes hold key_json, key and value back to back, or (for a
      // parsed field with an escaped name) only the decoded key.
      Field g;
      g.owned = std::make_unique<std::string>(*f.owned);
      auto remap = [&](std::string_view v) {
        if (v.data() >= f.owned->data() && v.data() <= f.owned->data() + f.owned->size())
          return std::string_view(g.owned->data() + (v.data() - f.owned->data()), v.size());
        return rebase(v);
      };
      g.key = remap(f.key);
      g.key_json = remap(f.key_json);
      g.value = remap(f.value);
      copy->fields_.push_back(std::move(g));
    } else {
      Field g;
      g.key = rebase(f.key);
      g.key_json = rebase(f.key_json);
      g.value = rebase(f.value);
      copy->fields_.push_back(std::move(g));
    }
  }
  return copy;
}

const Field* Record::find(std::string_view key) const {
  for (const Field& f : fields_)
    if (f.key == key) return &f;
  return nullptr;
}

Field& Record::slot(std::string_view key) {
  invalidate();
  for (Field& f : fields_)
    if (f.key == key) return f;
  fields_.emplace_back();
  return fields_.back();
}

void Record::set_raw(std::string_view key, std::string value_json) {
  std::string key_json;
  if (!append_quoted(key_json, key)) key_json = quote(key);  // the serialiser's bytes, as before
  Field& f = slot(key);
  auto bytes = std::make_unique<std::string>();
  bytes->reserve(key_json.size() + key.size() + value_json.size());
  *bytes += key_json;
  *bytes += key;
  *bytes += value_json;
  f.owned = std::move(bytes);
  std::string_view all = *f.owned;
  f.key_json = all.substr(0, key_json.size());
  f.key = all.substr(key_json.size(), key.size());
  f.value = all.substr(key_json.size() + key.size());
  f.cache.reset();
}

bool Record::set_json(std::string_view key, std::string_view value_json) {
  bool is_object = false;
  if (!validate(value_json, &is_object, nullptr)) return false;
  // Store it compactly: the host writes one record per line.
  size_t start = skip_ws(value_json, 0);
  size_t end = value_json.size();
  while (end > start && is_ws(value_json[end - 1])) --end;
  std::string_view v = value_json.substr(start, end - start);
  // Two memchr scans: find_first_of looks each byte up in the set.
  bool has_newline = v.find('\n') != std::string_view::npos || v.find('\r') != std::string_view::npos;
  set_raw(key, has_newline ? json::serialize(json::parse(json::string_view(v.data(), v.size()))) : std::string(v));
  return true;
}

bool Record::set_string(std::string_view key, std::string_view text) {
  std::string quoted;
  if (!append_quoted(quoted, text)) return false;  // invalid UTF-8
  set_raw(key, std::move(quoted));
  return true;
}

bool Record::set_strings(std::string_view key, std::span<const std::string_view> items) {
  size_t size = 2;
  for (std::string_view item : items) size += item.size() + 3;
  std::string json;
  json.reserve(size);
  json += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) json += ',';
    if (!append_quoted(json, items[i])) return false;
  }
  json += ']';
  set_raw(key, std::move(json));
  return true;
}

bool Record::remove(std::string_view key) {
  for (auto it = fields_.begin(); it != fields_.end(); ++it) {
    if (it->key == key) {
      fields_.erase(it);
      invalidate();
      return true;
    }
  }
  return false;
}

std::optional<std::string_view> Record::string_value(const Field& f) const {
  if (f.value.empty() || f.value.front() != '"') return std::nullopt;
  std::string_view inner = f.value.substr(1, f.value.size() - 2);
  if (inner.find('\\') == std::string_view::npos) return inner;
  auto& cache = const_cast<Field&>(f).cache;
  if (!cache) cache = std::make_unique<FieldCache>();
  if (!cache->string) cache->string = decode_string(f.value);
  return std::string_view(*cache->string);
}

const std::vector<std::optional<std::string>>* Record::array_strings(const Field& f) const {
  if (f.value.empty() || f.value.front() != '[') return nullptr;
  auto& cache = const_cast<Field&>(f).cache;
  if (!cache) cache = std::make_unique<FieldCache>();
  if (!cache->array_done) {
    json::value v = json::parse(json::string_view(f.value.data(), f.value.size()));
    for (const json::value& item : v.as_array()) {
      if (item.is_string())
        cache->array.emplace_back(std::string(item.as_string()));
      else
        cache->array.emplace_back(std::nullopt);
    }
    cache->array_done = true;
  }
  return &cache->array;
}

void Record::append_json(std::string& out) const {
  if (line_is_json_) {
    out += line_;
    return;
  }
  out += '{';
  for (size_t i = 0; i < fields_.size(); ++i) {
    if (i) out += ',';
    out += fields_[i].key_json;
    out += ':';
    out += fields_[i].value;
  }
  out += '}';
}

size_t Record::json_size() const {
  size_t size = fields_.empty() ? 2 : 1 + 2 * fields_.size();  // braces, colons and commas
  for (const Field& f : fields_) size += f.key_json.size() + f.value.size();
  return size;
}

const std::string& Record::json() const {
  if (line_is_json_) return line_;
  if (!json_valid_) {
    json_.clear();
    json_.reserve(json_size());  // once, not by doubling
    append_json(json_);
    json_valid_ = true;
  }
  return json_;
}

}  // namespace ream::cli
