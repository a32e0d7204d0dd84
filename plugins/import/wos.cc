// Reading Web of Science exports (see wos.hh).
//
// Both layouts are turned into one list of (tag, values) per record and
// one builder maps the tags, so the two cannot drift apart.  In plain text
// a continuation line is a new item for list tags (one author, one cited
// reference per line) and more words for text tags (a wrapped title); in
// tab-delimited rows list items are split on "; ".  Names come from AF
// (full) with AU as the fallback, then group authors (CA) as written;
// editors (BE) are never authors.  Cited references (CR) give the DOIs
// they carry to `references`.
#include "wos.hh"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "line_cuts.hh"

#include "input_text.hh"
#include "markup_text.hh"
#include "paper_extra.hh"

namespace ream::import {
namespace {

struct TagValues {
  std::string tag;
  std::vector<std::string> values;
};

bool is_list_tag(std::string_view tag) {
  static const std::array<std::string_view, 13> tags = {"AU", "AF", "BA", "BF", "BE", "CA", "GP",
                                                        "CR", "C1", "C3", "EM", "RI", "OI"};
  for (auto t : tags)
    if (t == tag) return true;
  return false;
}

bool is_tag(std::string_view s) {
  return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && ((s[1] >= 'A' && s[1] <= 'Z') || (s[1] >= '0' && s[1] <= '9'));
}

std::vector<std::string> split_semicolons(std::string_view s) {
  std::vector<std::string> out;
  while (!s.empty()) {
    size_t semi = std::min(s.find(';'), s.size());
    std::string_view item = s.substr(0, semi);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    s.remove_prefix(std::min(semi + 1, s.size()));
  }
  return out;
}

std::string csl_type(std::string_view pt, std::string_view dt, bool conference) {
  if (dt.find("Proceedings Paper") != std::string_view::npos || (conference && pt != "B")) return "paper-conference";
  if (dt.find("Book Chapter") != std::string_view::npos) return "chapter";
  if (pt == "B" || dt == "Book") return "book";
  if (pt == "P") return "patent";
  return "article-journal";
}

// "DOI 10.1000/x" or "DOI [10.1000/x, 10.1000/y]" in a cited reference.
std::string reference_doi(std::string_view cited) {
  static const RE2 doi(R"(\bDOI \[?(10\.[^ ,\]]+))");
  std::string found;
  if (!RE2::PartialMatch(re2::StringPiece(cited.data(), cited.size()), doi, &found)) return "";
  return doi_of(found);
}

class RecordBuilder {
 public:
  explicit RecordBuilder(uint64_t line) { p_.line = line; }

  Paper build(const std::vector<TagValues>& fields) {
    for (const auto& f : fields) take(f);
    p_.authors = !full_.empty() ? full_ : !brief_.empty() ? brief_ : !book_full_.empty() ? book_full_ : book_brief_;
    for (auto& group : groups_) p_.authors.push_back(std::move(group));
    settle_date();
    put_text(p_, "venue_short", iso_abbreviation_.empty() ? abbreviation_29_ : iso_abbreviation_);
    put_text(p_, "pages", page_range(first_page_, last_page_));
    p_.type = csl_type(pt_, dt_, conference_);
    p_.editors = std::move(editors_);
    put_list(p_, "keywords_source", keywords_);
    put_list(p_, "keywords_plus", keywords_plus_);
    put_list(p_, "references", references_);
    return std::move(p_);
  }

 private:
  void take(const TagValues& f) {
    const std::string& t = f.tag;
    const std::vector<std::string>& v = f.values;
    if (v.empty()) return;
    const std::string& one = v.front();
    if (t == "AF") return append(full_, v);
    if (t == "AU") return append(brief_, v);
    if (t == "BF") return append(book_full_, v);
    if (t == "BA") return append(book_brief_, v);
    if (t == "CA" || t == "GP") return append(groups_, v);
    if (t == "BE") return append(editors_, v);
    if (t == "CR") {
      for (const auto& cited : v)
        if (std::string doi = reference_doi(cited); !doi.empty()) references_.push_back(doi);
      return;
    }
    if (t == "PT") return void(pt_ = one);
    if (t == "DT") return void(dt_ = one);
    if (t == "CT") return void(conference_ = true);
    if (t == "TI") return void(p_.title = markup_to_text(one));
    if (t == "SO") return void(p_.venue = one);
    if (t == "JI") return void(iso_abbreviation_ = one);
    if (t == "J9") return void(abbreviation_29_ = one);
    if (t == "AB") return void(p_.abstract = markup_to_text(one));
    if (t == "PY") return void(year_ = one);
    if (t == "PD") return void(month_day_ = one);
    if (t == "VL") return put_text(p_, "volume", one);
    if (t == "IS") return put_text(p_, "issue", one);
    if (t == "BP") return void(first_page_ = one);
    if (t == "EP") return void(last_page_ = one);
    if (t == "AR") return put_text(p_, "article_number", one);
    if (t == "DI") return void(p_.doi = doi_of(one));
    if (t == "PU") return put_text(p_, "publisher", one);
    if (t == "UT") return put_text(p_, "wos_id", one);
    if (t == "PM") return put_text(p_, "pmid", one);
    if (t == "LA") return put_text(p_, "language", one);
    if (t == "DE") return append(keywords_, split_semicolons(one));
    if (t == "ID") return append(keywords_plus_, split_semicolons(one));
  }

  static void append(std::vector<std::string>& to, const std::vector<std::string>& items) {
    to.insert(to.end(), items.begin(), items.end());
  }

  // PY is the year; PD the month and day ("MAR 15", "MAR", "SPR").
  void settle_date() {
    static const RE2 year(R"(\d{4})");
    if (!RE2::FullMatch(year_, year)) {
      if (!year_.empty()) p_.date = year_;  // not a year: kept as written
      return;
    }
    p_.year = std::stoi(year_);
    if (month_day_.empty()) return;
    std::string month, day;
    static const RE2 month_day(R"(([A-Za-z]{3,9})(?: (\d{1,2}))?)");
    if (RE2::FullMatch(month_day_, month_day, &month, &day) && month_number(month)) {
      std::string iso = iso_date(*p_.year, month_number(month), day.empty() ? 0 : std::stoi(day));
      if (!iso.empty()) return void(p_.date = iso);
      return put_text(p_, "date_raw", month_day_ + " " + year_);  // "FEB 30": no calendar date
    }
    p_.date = month_day_ + " " + year_;  // "SPR": a hint as written
  }

  Paper p_;
  std::vector<std::string> full_, brief_, book_full_, book_brief_, groups_, editors_, keywords_, keywords_plus_,
      references_;
  std::string pt_, dt_, year_, month_day_, first_page_, last_page_, iso_abbreviation_, abbreviation_29_;
  bool conference_ = false;
};

bool emit(PaperSink& out, uint64_t line, uint64_t end_line, const std::vector<TagValues>& fields,
          std::string_view raw) {
  Paper p = RecordBuilder(line).build(fields);
  p.end_line = end_line;
  if (p.title.empty() && p.doi.empty()) return out.issue({line, "record has no title (TI) or DOI", std::string(raw)});
  return out.paper(std::move(p));
}

std::string_view strip_cr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// The plain-text layout: PT opens a record, ER closes it.
class PlainReader {
 public:
  PlainReader(std::string_view text, uint64_t first_line, PaperSink& out)
      : text_(text), out_(out), line_(first_line - 1) {}

  void run() {
    size_t pos = 0;
    while (pos < text_.size()) {
      size_t nl = std::min(text_.find('\n', pos), text_.size());
      ++line_;
      if (!read_line(strip_cr(text_.substr(pos, nl - pos)), pos)) return;
      pos = nl + 1;
    }
    if (open_) cut_short("has no ER line before the end of the file", text_.size());
  }

 private:
  bool read_line(std::string_view line, size_t offset) {
    bool tagged = line.size() >= 2 && is_tag(line.substr(0, 2)) && (line.size() == 2 || line[2] == ' ');
    std::string_view value = line.size() > 3 ? line.substr(3) : std::string_view();
    if (tagged && line.substr(0, 2) == "PT") {
      if (open_ && !cut_short(fmt::format("ends without ER (a new record starts at line {})", line_), offset))
        return false;
      open_ = true;
      start_line_ = line_;
      start_ = offset;
      fields_.clear();
    }
    if (!open_) return true;  // FN, VR, EF and blank lines frame the records
    if (tagged && line.substr(0, 2) == "ER") {
      open_ = false;
      return emit(out_, start_line_, line_, fields_, text_.substr(start_, offset - start_));
    }
    if (tagged) {
      fields_.push_back({std::string(line.substr(0, 2)), {}});
      if (!value.empty()) fields_.back().values.emplace_back(value);
      return true;
    }
    size_t start = line.find_first_not_of(' ');
    if (start == std::string_view::npos || fields_.empty()) return true;
    TagValues& last = fields_.back();
    if (is_list_tag(last.tag) || last.values.empty())
      last.values.emplace_back(line.substr(start));
    else
      last.values.back().append(" ").append(line.substr(start));
    return true;
  }

  bool cut_short(const std::string& why, size_t end) {
    open_ = false;
    std::string_view raw = text_.substr(start_, end - start_);
    while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r')) raw.remove_suffix(1);
    return out_.issue({start_line_, fmt::format("record opened at line {} {}", start_line_, why), std::string(raw)});
  }

  std::string_view text_;
  PaperSink& out_;
  uint64_t line_ = 0, start_line_ = 0;
  size_t start_ = 0;
  bool open_ = false;
  std::vector<TagValues> fields_;
};

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> cells;
  while (true) {
    size_t tab = line.find('\t');
    cells.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) return cells;
    line.remove_prefix(tab + 1);
  }
}

// The tab-delimited layout: a header row of tags, then one row a record.
void read_tabbed(std::string_view text, PaperSink& out) {
  std::vector<std::string> header;
  uint64_t number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = std::min(text.find('\n', pos), text.size());
    std::string_view line = strip_cr(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++number;
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    std::vector<std::string_view> cells = split_tabs(line);
    if (header.empty()) {
      for (auto c : cells) header.emplace_back(c);
      continue;
    }
    while (cells.size() > header.size() && cells.back().empty()) cells.pop_back();  // the trailing tab
    if (cells.size() > header.size()) {
      if (!out.issue(
              {number, fmt::format("row has {} cells, the header {}", cells.size(), header.size()), std::string(line)}))
        return;
      continue;
    }
    std::vector<TagValues> fields;
    for (size_t i = 0; i < cells.size(); ++i) {
      if (cells[i].empty()) continue;
      TagValues f{header[i], {}};
      if (is_list_tag(header[i]))
        f.values = split_semicolons(cells[i]);
      else
        f.values.emplace_back(cells[i]);
      fields.push_back(std::move(f));
    }
    if (!emit(out, number, number, fields, line)) return;
  }
}

bool tabbed_header(std::string_view line) { return line.substr(0, 6) == "PT\tAU\t"; }

}  // namespace

void parse_wos(std::string_view text, PaperSink& out) {
  text = without_bom(text);
  size_t first = text.find_first_not_of(" \r\n");
  if (first != std::string_view::npos && tabbed_header(text.substr(first))) return read_tabbed(text, out);
  PlainReader(text, 1, out).run();
}

void parse_wos(std::string_view text, const FormatOptions& options, PaperSink& out) {
  // split_wos cuts only the plain layout, so a later piece is plain text
  // whatever its first line looks like.
  if (options.first_line == 1) return parse_wos(text, out);
  PlainReader(text, options.first_line, out).run();
}

std::vector<size_t> split_wos(std::string_view text, size_t piece_bytes) {
  std::string_view body = without_bom(text);
  size_t first = body.find_first_not_of(" \r\n");
  if (first == std::string_view::npos || tabbed_header(body.substr(first))) return {};
  // After an ER line no record is open, whether that line closed one or
  // stood outside any: the reader holds nothing there.
  return line_cuts(text, piece_bytes, [](std::string_view before, std::string_view) {
    before = strip_cr(before);
    return before.size() >= 2 && before.substr(0, 2) == "ER" && (before.size() == 2 || before[2] == ' ');
  });
}

Evidence detect_wos(const Sample& sample) {
  if (sample.lines.empty()) return {};
  std::string_view first = sample.lines.front();
  auto has_cell = [](const std::vector<std::string_view>& cells, std::string_view tag) {
    return std::find(cells.begin(), cells.end(), tag) != cells.end();
  };
  if (std::vector<std::string_view> cells = split_tabs(first);
      tabbed_header(first) && has_cell(cells, "AF") && has_cell(cells, "UT"))
    return {kCertain, fmt::format("Web of Science tab-delimited header at line {}", sample.line_numbers.front())};
  for (size_t i = 0; i < sample.lines.size(); ++i) {
    std::string_view line = sample.lines[i];
    if (line.starts_with("FN ") && line.find("Web of Science") != std::string_view::npos)
      return {kCertain, fmt::format("'{}' at line {}", line, sample.line_numbers[i])};
    static const RE2 record_type(R"(PT [JBSP])");
    if (RE2::FullMatch(re2::StringPiece(line.data(), line.size()), record_type) && i + 1 < sample.lines.size() &&
        (sample.lines[i + 1].starts_with("AU ") || sample.lines[i + 1].starts_with("AF ")))
      return {kStrong, fmt::format("Web of Science record '{}' at line {}", line, sample.line_numbers[i])};
  }
  return {};
}

}  // namespace ream::import
