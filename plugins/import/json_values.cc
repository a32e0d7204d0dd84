// Cutting JSON text into values (see json_values.hh).
#include "json_values.hh"

#include "paper_log.hh"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cstring>

namespace ream::import {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

size_t skip_ws(std::string_view s, size_t i) {
  while (i < s.size() && is_ws(s[i])) ++i;
  return i;
}

// Line numbers for increasing offsets, counted once.
class LineCounter {
 public:
  LineCounter(std::string_view text, uint64_t first_line) : text_(text), line_(first_line) {}
  uint64_t at(size_t offset) {
    line_ += static_cast<uint64_t>(
        std::count(text_.begin() + static_cast<long>(pos_), text_.begin() + static_cast<long>(offset), '\n'));
    pos_ = offset;
    return line_;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint64_t line_;
};

void array_elements(std::string_view text, size_t open, LineCounter& lines,
                    const std::function<bool(const JsonValueText&)>& each) {
  size_t i = skip_ws(text, open + 1);
  if (i < text.size() && text[i] == ']') return;
  while (i < text.size()) {
    size_t end = json_value_end(text, i);
    if (end == i) end = text.size();  // a stray "," or "]" where a value belongs: the rest is one bad value
    if (!each({lines.at(i), text.substr(i, end - i)})) return;
    i = skip_ws(text, end);
    if (i >= text.size() || text[i] == ']') return;
    if (text[i] != ',') {
      each({lines.at(i), text.substr(i)});
      return;
    }
    i = skip_ws(text, i + 1);
  }
}

// Index of the quote that closes the string opening at s[open], or
// s.size().  memchr finds the candidates; a quote after an odd run of
// backslashes is escaped.  Long abstracts make this the hot loop.
size_t string_close(std::string_view s, size_t open) {
  for (size_t i = open + 1; i < s.size(); ++i) {
    const void* hit = std::memchr(s.data() + i, '"', s.size() - i);
    if (!hit) return s.size();
    i = static_cast<size_t>(static_cast<const char*>(hit) - s.data());
    size_t backslashes = 0;
    while (i - backslashes > open + 1 && s[i - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return i;
  }
  return s.size();
}

}  // namespace

std::vector<std::pair<std::string, std::string_view>> raw_members(std::string_view s) {
  std::vector<std::pair<std::string, std::string_view>> out;
  size_t i = skip_ws(s, 0);
  if (i >= s.size() || s[i] != '{') return out;
  i = skip_ws(s, i + 1);
  while (i < s.size() && s[i] == '"') {
    size_t key_end = std::min(string_close(s, i) + 1, s.size());
    boost::json::error_code ec;
    boost::json::value key = boost::json::parse(boost::json::string_view(s.data() + i, key_end - i), ec);
    if (ec || !key.is_string()) break;
    i = skip_ws(s, key_end);
    if (i >= s.size() || s[i] != ':') break;
    i = skip_ws(s, i + 1);
    size_t end = json_value_end(s, i);
    if (end == i) break;
    out.emplace_back(std::string(key.get_string()), s.substr(i, end - i));
    i = skip_ws(s, end);
    if (i < s.size() && s[i] == ',') i = skip_ws(s, i + 1);
  }
  return out;
}

size_t json_value_end(std::string_view s, size_t i) {
  int depth = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '"') {
      i = string_close(s, i);
      if (depth == 0) return std::min(i + 1, s.size());
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) return i;
      if (--depth == 0) return i + 1;
    } else if (depth == 0 && (is_ws(c) || c == ',')) {
      return i;
    }
  }
  return s.size();
}

void for_each_json_record(std::string_view text, uint64_t first_line,
                          const std::function<bool(const JsonValueText&)>& each) {
  LineCounter lines(text, first_line);
  size_t i = skip_ws(text, 0);
  if (i >= text.size()) return;
  if (text[i] == '[') return array_elements(text, i, lines, each);
  size_t first_end = json_value_end(text, i);
  size_t first_nl = std::min(text.find('\n', i), text.size());
  bool json_lines = first_end <= first_nl && text.find_first_not_of(" \t\r", first_end) >= first_nl;
  while (i < text.size()) {
    size_t end = json_lines ? std::min(text.find('\n', i), text.size()) : json_value_end(text, i);
    if (end == i) end = std::min(text.find('\n', i), text.size());  // a stray "}" or "]": one bad line
    std::string_view value = text.substr(i, end - i);
    while (!value.empty() && is_ws(value.back())) value.remove_suffix(1);
    if (!each({lines.at(i), value})) return;
    i = skip_ws(text, end);
  }
}

void for_each_json_element(std::string_view outer, uint64_t outer_line, std::string_view array,
                           const std::function<bool(const JsonValueText&)>& each) {
  size_t offset = static_cast<size_t>(array.data() - outer.data());
  LineCounter lines(outer, outer_line);
  array_elements(outer.substr(0, offset + array.size()), offset, lines, each);
}

bool unwrap_record(const JsonValueText& record, std::initializer_list<std::string_view> wrappers,
                   const std::function<bool(const JsonValueText&)>& each) {
  std::string_view inner = record.text;
  for (bool opened = true; opened && !inner.empty() && inner.front() == '{';) {
    opened = false;
    for (const auto& [key, value] : raw_members(inner))
      if (std::find(wrappers.begin(), wrappers.end(), key) != wrappers.end() && !value.empty() &&
          (value.front() == '{' || value.front() == '[')) {
        inner = value;
        opened = true;
        break;
      }
  }
  if (inner.data() == record.text.data()) return each(record);
  if (inner.front() != '[') {
    LineCounter lines(record.text, record.line);
    return each({lines.at(static_cast<size_t>(inner.data() - record.text.data())), inner});
  }
  bool go_on = true;
  for_each_json_element(record.text, record.line, inner, [&](const JsonValueText& v) { return go_on = each(v); });
  return go_on;
}

void read_records(std::string_view text, const FormatOptions& options, PaperSink& out, const RecordWalk& walk,
                  bool (*read)(const JsonValueText&, PaperSink&)) {
  if (!options.parallel || options.piece_bytes == 0 || text.size() <= options.piece_bytes)
    return walk([&](const JsonValueText& record) { return read(record, out); });
  std::vector<JsonValueText> records;
  std::vector<size_t> blocks{0};  // index of each block's first record
  size_t bytes = 0;
  walk([&](const JsonValueText& record) {
    if (bytes >= options.piece_bytes) {
      blocks.push_back(records.size());
      bytes = 0;
    }
    records.push_back(record);
    bytes += record.text.size();
    return true;
  });
  blocks.push_back(records.size());
  std::vector<PaperLog> logs(blocks.size() - 1);
  options.parallel(logs.size(), [&](size_t begin, size_t end) {
    for (size_t b = begin; b < end; ++b)
      for (size_t r = blocks[b]; r < blocks[b + 1]; ++r) read(records[r], logs[b]);
  });
  for (PaperLog& log : logs)
    if (!log.replay(out)) return;
}

void for_each_wrapped_record(std::string_view text, std::initializer_list<std::string_view> wrappers,
                             const std::function<bool(const JsonValueText&)>& each) {
  for_each_json_record(text, 1, [&](const JsonValueText& record) { return unwrap_record(record, wrappers, each); });
}

}  // namespace ream::import
