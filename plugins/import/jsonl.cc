// JSON Lines: check each line, map field names and types to the record's.
//
// Boost.JSON validates a line (syntax, UTF-8, nesting); then the object's
// members are walked in their text so that a field the importer does not
// know is passed on exactly as written (Boost.JSON would print 0.5 as
// 5E-1) and in its place in the order.  Known fields go through the shared
// alias table (author -> authors, journal -> venue, ...) and are given
// their record types: authors a list (a string is split on " and " / ";"),
// year a number ("2021" and 2021 both).  A bad line is one Issue; the
// rest of the file goes on.
#include "jsonl.hh"

#include <ream/lines.hpp>

#include "line_cuts.hh"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <fmt/format.h>

#include "paper_fields.hh"

namespace ream::import {
namespace {

namespace json = boost::json;

size_t skip_ws(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  return i;
}

// Index just past the string that starts at s[i] == '"'.
size_t string_end(std::string_view s, size_t i) {
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\')
      ++i;
    else if (s[i] == '"')
      return i + 1;
  }
  return s.size();
}

// Index just past the value that starts at s[i].
size_t value_end(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == '"') return string_end(s, i);
  int depth = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '"') {
      i = string_end(s, i) - 1;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) return i;
      if (--depth == 0) return i + 1;
    } else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
      return i;
    }
  }
  return s.size();
}

std::string kind_of(const json::value& v) {
  switch (v.kind()) {
    case json::kind::array:
      return "a list";
    case json::kind::object:
      return "an object";
    case json::kind::bool_:
      return "true/false";
    default:
      return "a number";
  }
}

// A canonical text field's value as text: strings, and numbers as written.
std::optional<std::string> as_text(const json::value& v, std::string_view raw) {
  if (v.is_string()) return std::string(v.get_string());
  if (v.is_number()) return std::string(raw);
  return std::nullopt;
}

std::optional<std::string> author_name(const json::value& v) {
  if (v.is_string()) return std::string(v.get_string());
  if (!v.is_object()) return std::nullopt;
  const json::object& o = v.get_object();
  if (auto* name = o.if_contains("name"); name && name->is_string()) return std::string(name->get_string());
  std::string out;
  for (const char* part : {"given", "family"})
    if (auto* p = o.if_contains(part); p && p->is_string()) {
      if (!out.empty()) out += ' ';
      out += p->get_string();
    }
  if (out.empty()) return std::nullopt;
  return out;
}

class JsonlImport {
 public:
  explicit JsonlImport(PaperSink& out) : out_(out) {}

  bool line(std::string_view text, uint64_t number) {
    json::error_code ec;
    json::value doc = json::parse(json::string_view(text.data(), text.size()), ec);
    if (ec) return out_.issue({number, "invalid JSON: " + ec.message(), std::string(text)});
    if (!doc.is_object()) return out_.issue({number, "not a JSON object", std::string(text)});
    Paper p;
    p.line = number;
    p.end_line = number;
    problem_.clear();
    for (const auto& [key, raw] : object_members(text)) take(p, key, raw, number);
    if (!problem_.empty()) return out_.issue({number, problem_, std::string(text)});
    if (p.title.empty() && p.arxiv.empty() && p.doi.empty())
      return out_.issue({number, "record has no title, arxiv or doi", std::string(text)});
    return out_.paper(std::move(p));
  }

 private:
  void take(Paper& p, const std::string& key, std::string_view raw, uint64_t number) {
    std::string_view field = canonical_field(key);
    json::value v = json::parse(json::string_view(raw.data(), raw.size()));
    if (v.is_null() && !field.empty()) return;
    if (field.empty()) return p.extra_json.emplace_back(key, std::string(raw)), void();
    if (field == "source") return p.extra_json.emplace_back("original_source", std::string(raw)), void();
    if (field == "authors") return take_authors(p, key, v);
    if (field == "year" && v.is_int64()) return p.year = static_cast<int>(v.get_int64()), void();
    auto text = as_text(v, raw);
    if (!text) {
      fail(fmt::format("field '{}' must be text, not {}", key, kind_of(v)));
      return;
    }
    if (field == "id") {
      if (!text->starts_with("arxiv:") && !text->starts_with("doi:") && !text->starts_with("title:"))
        p.extra_json.emplace_back("original_id", std::string(raw));
      return;
    }
    if (auto complaint = set_text_field(p, field, *text)) {
      std::string kept = field == "year" ? "year_raw" : key + "_text";
      out_.warning(number, *complaint + "; kept as field '" + kept + "'");
      p.extra_json.emplace_back(kept, std::string(raw));
    }
  }

  void take_authors(Paper& p, const std::string& key, const json::value& v) {
    if (v.is_string()) {
      p.authors = split_authors(v.get_string());
      return;
    }
    if (!v.is_array()) return fail(fmt::format("field '{}' must be a list of names or text, not {}", key, kind_of(v)));
    for (const auto& item : v.get_array()) {
      auto name = author_name(item);
      if (!name) return fail(fmt::format("field '{}' holds {} where a name was expected", key, kind_of(item)));
      p.authors.push_back(std::move(*name));
    }
  }

  void fail(std::string why) {
    if (problem_.empty()) problem_ = std::move(why);
  }

  PaperSink& out_;
  std::string problem_;
};

}  // namespace

std::vector<std::pair<std::string, std::string_view>> object_members(std::string_view s) {
  std::vector<std::pair<std::string, std::string_view>> out;
  size_t i = skip_ws(s, 0);
  if (i >= s.size() || s[i] != '{') return out;
  i = skip_ws(s, i + 1);
  while (i < s.size() && s[i] == '"') {
    size_t key_end = string_end(s, i);
    json::value key = json::parse(json::string_view(s.data() + i, key_end - i));
    i = skip_ws(s, key_end);
    if (i >= s.size() || s[i] != ':') break;
    i = skip_ws(s, i + 1);
    size_t end = value_end(s, i);
    out.emplace_back(std::string(key.get_string()), s.substr(i, end - i));
    i = skip_ws(s, end);
    if (i < s.size() && s[i] == ',') i = skip_ws(s, i + 1);
  }
  return out;
}

void parse_jsonl(std::string_view text, PaperSink& out) { parse_jsonl(text, FormatOptions{}, out); }

void parse_jsonl(std::string_view text, const FormatOptions& options, PaperSink& out) {
  JsonlImport import(out);
  for (const auto& [line, number] : ream::Lines(text)) {
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (!import.line(line, number + options.first_line - 1)) return;
  }
}

std::vector<size_t> split_jsonl(std::string_view text, size_t piece_bytes) {
  // Every line is read on its own.
  return line_cuts(text, piece_bytes, [](std::string_view, std::string_view) { return true; });
}

Evidence detect_jsonl(const Sample& sample) {
  // Lines of objects, the first with a "title": one object spread over
  // lines, an array, or an object that is no paper are other formats.
  constexpr size_t kChecked = 3;
  if (sample.lines.empty()) return {};
  for (size_t i = 0; i < sample.lines.size() && i < kChecked; ++i) {
    std::string_view line = sample.lines[i];
    if (line.front() != '{' || line.back() != '}') return {};
    boost::system::error_code ec;
    json::value v = json::parse(json::string_view(line.data(), line.size()), ec);
    if (ec || !v.is_object()) return {};
    if (i == 0 && !v.as_object().contains("title")) return {};
  }
  return {kStrong, fmt::format("line {} is a JSON object with a \"title\"", sample.line_numbers.front())};
}

}  // namespace ream::import
