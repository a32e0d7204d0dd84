// Reading a RIS file (see ris.hh).
//
// One pass over the lines with two states, inside a record or not.  Tags
// are recognised by the exact shape the RIS specification gives
// ("XY  - "): a looser match would take continuation text such as
// "IT - is" for a tag.  Values are kept as written (the import stage
// normalises white space and Unicode); what the tags mean is decided once
// the record is complete, because several tags compete for one field
// (JF, JO, T2 and JA for the venue; PY, Y1 and DA for the date).
//
// A record cut short (no ER before the next TY or the end of the file) is
// an Issue: the data may be incomplete, so the --on-error policy decides.
// Text outside records is ignored with a warning, nothing silently.
#include "ris.hh"

#include "line_cuts.hh"

#include <algorithm>
#include <array>
#include <optional>

#include <fmt/format.h>

#include "bibtex_arxiv.hh"
#include "paper_extra.hh"
#include "ream/identifiers.hpp"
#include "record_types.hh"

namespace ream::import {
namespace {

struct TaggedValue {
  std::string tag;
  std::string value;
};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "XY  - value" -> (XY, value); "ER  -" with nothing after is a tag too.
std::optional<std::pair<std::string_view, std::string_view>> tag_line(std::string_view line) {
  if (line.size() < 5 || !is_upper(line[0]) || !(is_upper(line[1]) || is_digit(line[1]))) return std::nullopt;
  if (line.substr(2, 3) != "  -") return std::nullopt;
  if (line.size() > 5 && line[5] != ' ') return std::nullopt;
  return std::pair(line.substr(0, 2), trim(line.substr(std::min<size_t>(line.size(), 6))));
}

// Whether day `d` exists in the month of `ym` ("2020-02").
bool valid_day(const std::string& ym, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int year = std::stoi(ym.substr(0, 4)), month = std::stoi(ym.substr(5, 2));
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int last = month == 2 && !leap ? 28 : kDays[month - 1];
  return d >= 1 && d <= last;
}

// "2019/05/01/" -> "2019-05-01", "2019/05//" -> "2019-05"; "" when the
// value is not a numeric RIS date or holds only a year.
std::string iso_date(std::string_view s) {
  std::string out;
  int part = 0;
  while (!s.empty() && part < 3) {
    size_t slash = std::min(s.find('/'), s.size());
    std::string_view piece = s.substr(0, slash);
    s.remove_prefix(std::min(slash + 1, s.size()));
    if (piece.empty()) break;
    if (!std::all_of(piece.begin(), piece.end(), is_digit)) return "";
    if (part == 0 && piece.size() != 4) return "";
    if (part > 0 && piece.size() > 2) return "";
    int n = std::stoi(std::string(piece));
    if ((part == 1 && (n < 1 || n > 12)) || (part == 2 && !valid_day(out, n))) return "";
    if (part > 0) out += '-';
    if (part > 0 && piece.size() == 1) out += '0';
    out += piece;
    ++part;
  }
  return part > 1 ? out : "";
}

std::optional<int> year_in(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i)
    if (std::all_of(s.begin() + i, s.begin() + i + 4, is_digit) && (i + 4 == s.size() || !is_digit(s[i + 4])) &&
        (i == 0 || !is_digit(s[i - 1])))
      return std::stoi(std::string(s.substr(i, 4)));
  return std::nullopt;
}

// Where the tags of a finished record go.
class RecordBuilder {
 public:
  RecordBuilder(uint64_t line, const std::vector<TaggedValue>& tags) : tags_(tags) { paper_.line = line; }

  Paper build() {
    for (const TaggedValue& t : tags_)
      if (!t.value.empty()) assign(t);
    settle_venue();
    settle_dates();
    settle_pages();
    settle_doi();
    settle_keywords();
    if (paper_.arxiv.empty()) paper_.arxiv = arxiv_mention(paper_.url);
    if (paper_.arxiv.empty()) paper_.arxiv = arxiv_mention(paper_.venue);
    return std::move(paper_);
  }

 private:
  void assign(const TaggedValue& t) {
    const std::string& tag = t.tag;
    const std::string& v = t.value;
    if (tag == "TY") return set_type(v);
    if (tag == "ID") return add_extra("key", v);
    // The RIS specification: AU/A1 are the authors, A2 and ED editors
    // (of the book or proceedings), A3 series editors, A4 translators.
    if (tag == "AU" || tag == "A1") return paper_.authors.push_back(v);
    if (tag == "A2" || tag == "ED") return paper_.editors.push_back(v);
    if (tag == "A3") return add_extra("series_editors", v);
    if (tag == "A4") return add_extra("translators", v);
    if (tag == "TI" || tag == "T1") return set_or_keep(paper_.title, tag, v);
    // Exports often repeat the abstract under AB and N2: one copy is kept.
    if (tag == "AB" || tag == "N2") return set_or_keep(paper_.abstract, tag, v);
    if (tag == "PY" || tag == "Y1" || tag == "DA") return dates_.push_back(t);
    if (tag == "JF" || tag == "JO" || tag == "T2" || tag == "JA" || tag == "J2" || tag == "J1")
      return venues_.push_back(t);
    if (tag == "DO") return set_or_keep(paper_.doi, tag, doi_field(v));
    if (tag == "UR") {
      doi_candidates_.push_back(v);
      return set_or_keep(paper_.url, tag, v);
    }
    // M3 "Type of Work" and L3 "Related Records" carry a DOI in exports
    // from Mendeley, EndNote and publishers ("doi: 10.1000/x").
    if ((tag == "M3" || tag == "L3") && doi_in(v)) return doi_candidates_.push_back(v);
    if (tag == "SP") return void(start_page_ = v);
    if (tag == "EP") return void(end_page_ = v);
    if (tag == "N1") return append(paper_.notes, v);
    if (tag == "VL") return add_extra("volume", v);
    if (tag == "IS") return add_extra("issue", v);
    if (tag == "KW") return keywords_.push_back(v);
    if (tag == "PB") return add_extra("publisher", v);
    if (tag == "ER") return;
    add_extra(tag, v);
  }

  void set_type(const std::string& ty) {
    std::string upper = ty;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    paper_.type = csl_type_of_ris(upper);
    if (ris_type_of_csl(paper_.type) != upper) add_extra("ris_type", ty);
  }

  static std::optional<std::string> doi_in(std::string_view v) {
    std::string_view s = v;
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    if (s.size() > 4 && (s.substr(0, 4) == "doi:" || s.substr(0, 4) == "DOI:")) {
      s.remove_prefix(4);
      while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    }
    return ids::doi_key(s);
  }

  // A DOI from UR, M3 or L3 when DO gives none.
  void settle_doi() {
    if (!paper_.doi.empty()) return;
    for (const std::string& v : doi_candidates_)
      if (auto doi = doi_in(v)) {
        paper_.doi = *doi;
        return;
      }
    // An M3/L3 DOI not taken stays under its tag.
  }

  void settle_keywords() {
    if (keywords_.empty()) return;
    std::string list = "[";
    for (const std::string& k : keywords_) {
      if (list.size() > 1) list += ',';
      list += '"';
      for (char c : k) {
        if (c == '"' || c == '\\') list += '\\';
        if (static_cast<unsigned char>(c) >= 0x20) list += c;
      }
      list += '"';
    }
    paper_.extra_json.emplace_back("keywords_source", list + "]");
  }

  static void append(std::string& slot, const std::string& v) {
    if (!slot.empty()) slot += "; ";
    slot += v;
  }

  // Repeated tags join with "; " under one name: a record's fields are a
  // JSON object, so a name can appear only once.
  void add_extra(const std::string& name, const std::string& v) {
    for (auto& [n, value] : paper_.extra)
      if (n == name) return append(value, v);
    paper_.extra.emplace_back(name, v);
  }

  void set_or_keep(std::string& slot, const std::string& tag, const std::string& v) {
    if (slot.empty())
      slot = v;
    else if (slot != v)
      add_extra(tag, v);
  }

  // The full journal name beats the abbreviations; the others stay in
  // extra under their tags.
  void settle_venue() {
    static const std::array<std::string_view, 6> preference = {"JF", "JO", "T2", "J1", "JA", "J2"};
    const TaggedValue* best = nullptr;
    for (std::string_view tag : preference)
      for (const TaggedValue& t : venues_)
        if (t.tag == tag && !best) best = &t;
    for (const TaggedValue& t : venues_) {
      if (&t == best)
        paper_.venue = t.value;
      else if (!best || t.value != best->value)
        add_extra(t.tag, t.value);
    }
  }

  void settle_dates() {
    for (const TaggedValue& d : dates_) {
      if (!paper_.year) paper_.year = year_in(d.value);
      std::string iso = iso_date(d.value);
      if (paper_.date.empty() && !iso.empty()) paper_.date = iso;
    }
    // A date that is not a real date is kept as written (date_raw), not
    // made to look valid; other dates that say more than date and year
    // stay under their tags.
    for (const TaggedValue& d : dates_) {
      bool said = !iso_date(d.value).empty() || (paper_.year && trim_slashes(d.value) == std::to_string(*paper_.year));
      if (said) continue;
      add_extra(looks_numeric_date(d.value) ? "date_raw" : d.tag, d.value);
    }
  }

  // "2020/13/45": the shape of a numeric RIS date, whatever the numbers.
  static bool looks_numeric_date(std::string_view s) {
    return s.size() > 5 && s.find('/') == 4 &&
           std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c) || c == '/'; });
  }

  static std::string_view trim_slashes(std::string_view s) {
    while (!s.empty() && s.back() == '/') s.remove_suffix(1);
    return s;
  }

  void settle_pages() {
    if (start_page_.empty() && end_page_.empty()) return;
    // EndNote and others write the whole range in SP ("505-510").
    add_extra("pages", end_page_.empty() ? page_range(start_page_) : page_range(start_page_, end_page_));
  }

  const std::vector<TaggedValue>& tags_;
  Paper paper_;
  std::vector<TaggedValue> venues_, dates_;
  std::string start_page_, end_page_;
  std::vector<std::string> doi_candidates_, keywords_;
};

class RisReader {
 public:
  RisReader(std::string_view text, uint64_t first_line, PaperSink& sink)
      : text_(text), sink_(sink), line_(first_line - 1) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
  }

  void run() {
    size_t pos = 0;
    while (pos < text_.size() && !stopped_) {
      size_t nl = std::min(text_.find('\n', pos), text_.size());
      ++line_;
      line_end_ = nl;
      read_line(text_.substr(pos, nl - pos), pos);
      pos = nl + 1;
    }
    if (stopped_) return;
    flush_outside();
    if (open_) cut_short("has no 'ER  - ' line before the end of the file", text_.size());
  }

 private:
  void read_line(std::string_view line, size_t offset) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    auto tagged = tag_line(line);
    if (tagged && tagged->first == "TY") return open_record(*tagged, offset);
    if (!open_) return outside(line);
    if (tagged && tagged->first == "ER") return close_record();
    if (tagged) return void(tags_.push_back({std::string(tagged->first), std::string(tagged->second)}));
    std::string_view more = trim(line);
    if (more.empty() || tags_.empty()) return;
    std::string& value = tags_.back().value;
    if (!value.empty()) value += ' ';
    value += more;
  }

  void open_record(std::pair<std::string_view, std::string_view> ty, size_t offset) {
    flush_outside();
    if (open_) cut_short("ends without 'ER  - ' (a new record starts at line " + std::to_string(line_) + ")", offset);
    if (stopped_) return;
    open_ = true;
    record_line_ = line_;
    record_start_ = offset;
    tags_.clear();
    tags_.push_back({std::string(ty.first), std::string(ty.second)});
  }

  void close_record() {
    open_ = false;
    Paper p = RecordBuilder(record_line_, tags_).build();
    p.end_line = line_;
    if (p.title.empty() && p.arxiv.empty() && p.doi.empty()) {
      std::string_view raw = text_.substr(record_start_, line_end_ - record_start_);
      if (!sink_.issue({record_line_, "record has no title, arxiv or doi", std::string(raw)})) stopped_ = true;
      return;
    }
    if (!sink_.paper(std::move(p))) stopped_ = true;
  }

  void cut_short(const std::string& why, size_t end) {
    open_ = false;
    std::string_view raw = text_.substr(record_start_, end - record_start_);
    while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r' || raw.back() == ' ')) raw.remove_suffix(1);
    std::string reason = "record opened at line " + std::to_string(record_line_) + " " + why;
    if (!sink_.issue(Issue{record_line_, std::move(reason), std::string(raw)})) stopped_ = true;
  }

  void outside(std::string_view line) {
    if (trim(line).empty()) return flush_outside();
    if (outside_from_ == 0) outside_from_ = line_;
    outside_to_ = line_;
  }

  void flush_outside() {
    if (outside_from_ == 0) return;
    std::string lines = outside_from_ == outside_to_
                            ? "line " + std::to_string(outside_from_)
                            : "lines " + std::to_string(outside_from_) + "-" + std::to_string(outside_to_);
    sink_.warning(outside_from_, "text outside a record (" + lines + ") ignored; records start with 'TY  - '");
    outside_from_ = outside_to_ = 0;
  }

  std::string_view text_;
  PaperSink& sink_;
  uint64_t line_ = 0;
  bool open_ = false;
  bool stopped_ = false;
  uint64_t record_line_ = 0;
  size_t line_end_ = 0;  // where the line being read ends
  size_t record_start_ = 0;
  std::vector<TaggedValue> tags_;
  uint64_t outside_from_ = 0, outside_to_ = 0;
};

}  // namespace

void parse_ris(std::string_view text, PaperSink& out) { RisReader(text, 1, out).run(); }

void parse_ris(std::string_view text, const FormatOptions& options, PaperSink& out) {
  RisReader(text, options.first_line, out).run();
}

std::vector<size_t> split_ris(std::string_view text, size_t piece_bytes) {
  // After an ER line no record is open; a blank line or a new TY line next
  // also ends any run of text outside records there, so the warning about
  // such a run covers the same lines in a piece as in the whole file.
  auto strip = [](std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
  };
  return line_cuts(text, piece_bytes, [&](std::string_view before, std::string_view line) {
    auto closing = tag_line(strip(before));
    if (!closing || closing->first != "ER") return false;
    line = strip(line);
    if (trim(line).empty()) return true;
    auto opening = tag_line(line);
    return opening && opening->first == "TY";
  });
}

Evidence detect_ris(const Sample& sample) {
  // The first tag line is "TY  - " and more tag lines follow.  Lines
  // before it are allowed: ScienceDirect and Ovid write a few header lines
  // ("Provider: ...") before the first record.
  for (size_t i = 0; i < sample.lines.size(); ++i) {
    auto tag = tag_line(sample.lines[i]);
    if (!tag) continue;
    if (tag->first != "TY") return {};
    size_t tags = 0;
    for (size_t j = i + 1; j < sample.lines.size(); ++j) tags += tag_line(sample.lines[j]).has_value();
    if (tags == 0) return {};
    return {kCertain, fmt::format("record start '{}' at line {} and {} more tag lines", sample.lines[i],
                                  sample.line_numbers[i], tags)};
  }
  return {};
}

}  // namespace ream::import
