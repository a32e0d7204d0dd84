// Reading MEDLINE (see medline.hh).
//
// One pass over the lines collects a record's (tag, value) pairs as views
// into the text where a value is one line (most are), and copies only
// when continuation lines must be joined; the pairs are interpreted when
// the record ends.  Names: each author is an FAU (full name) and the AU
// after it (initials); the FAU wins and an AU without its FAU stands for
// itself.  Corporate authors (CN) keep their place in the list.  Editors
// (FED/ED, book records) are never authors; investigators (FIR/IR) are
// not authors either.
#include "medline.hh"

#include <fmt/format.h>
#include <re2/re2.h>

#include <deque>

#include "line_cuts.hh"

#include "markup_text.hh"
#include "paper_extra.hh"

namespace ream::import {
namespace {

bool is_upper_or_digit(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// "TAG - value" with TAG 1-4 capitals left-justified in four columns.
bool tag_line(std::string_view line, std::string_view* tag, std::string_view* value) {
  if (line.size() < 5 || line[4] != '-' || !(line[0] >= 'A' && line[0] <= 'Z')) return false;
  if (line.size() > 5 && line[5] != ' ') return false;
  size_t end = 1;
  while (end < 4 && is_upper_or_digit(line[end])) ++end;
  for (size_t i = end; i < 4; ++i)
    if (line[i] != ' ') return false;
  *tag = line.substr(0, end);
  *value = line.size() > 6 ? line.substr(6) : std::string_view();
  while (!value->empty() && (value->back() == ' ' || value->back() == '\r')) value->remove_suffix(1);
  return true;
}

struct Field {
  std::string_view tag;
  std::string_view value;
};

// "2019 Aug 14", "2019 Aug", "2019 Jul-Aug", "2019 Spring", "2019".
void take_publication_date(Paper& p, std::string_view dp) {
  int year = 0;
  std::string month, day;
  static const RE2 parts(R"((\d{4})(?: ([A-Za-z]{3,9}))?(?: (\d{1,2}))?)");
  if (!RE2::PartialMatch(re2::StringPiece(dp.data(), dp.size()), parts, &year, &month, &day)) {
    p.date = std::string(dp);
    return;
  }
  if (year >= 1000 && year <= 2999) p.year = year;
  if (month.empty() && dp.size() == 4) return;
  std::string iso = iso_date(year, month_number(month), day.empty() ? 0 : std::stoi(day));
  bool whole = dp.size() == 4 + (month.empty() ? 0 : 1 + month.size()) + (day.empty() ? 0 : 1 + day.size());
  if (whole && !iso.empty() && !month.empty())
    p.date = iso;
  else if (whole && month_number(month) && !day.empty())
    put_text(p, "date_raw", dp);  // "2019 Feb 30": no calendar date
  else
    p.date = std::string(dp);  // "2019 Jul-Aug", "2018 Winter": a hint as written
}

// "*Mice, Inbred C57BL/*genetics" -> "Mice, Inbred C57BL/genetics": the
// stars mark major topics, which is not part of the heading.
std::string heading(std::string_view mh) {
  std::string out;
  for (char c : mh)
    if (c != '*') out += c;
  return out;
}

bool is_label_char(char c) {
  return (c >= 'A' && c <= 'Z') || c == ' ' || c == ',' || c == '&' || c == '/' || c == '-';
}

// NLM writes a structured abstract as one AB value with its section labels
// in capitals ("BACKGROUND: ... METHODS: ..."); each labelled section
// becomes a paragraph.  A label is at least four capitals after a
// sentence end, so "USA: " inside a sentence stays.
std::string abstract_paragraphs(std::string_view ab) {
  std::string out;
  size_t copied = 0;
  for (size_t i = 2; i + 1 < ab.size(); ++i) {
    if (ab[i - 2] != '.' || ab[i - 1] != ' ') continue;
    size_t end = i, capitals = 0;
    while (end < ab.size() && is_label_char(ab[end])) capitals += ab[end++] != ' ';
    if (end + 1 >= ab.size() || ab[end] != ':' || ab[end + 1] != ' ' || capitals < 4 || ab[end - 1] == ' ') continue;
    out.append(ab, copied, i - 1 - copied);
    out += "\n\n";
    copied = i;
  }
  out.append(ab, copied);
  return out;
}

std::string_view id_with(std::string_view value, std::string_view kind) {
  if (!value.ends_with(kind)) return {};
  value.remove_suffix(kind.size());
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  return value;
}

std::string csl_type(const std::vector<std::string_view>& publication_types, bool in_book) {
  for (auto pt : publication_types)
    if (pt == "Preprint") return "article";
  for (auto pt : publication_types)
    if (pt == "Congress") return "paper-conference";
  if (in_book) return "chapter";
  for (auto pt : publication_types)
    if (pt == "Book" || pt == "Books and Documents") return "book";
  return "article-journal";
}

// Collects the authors in order: FAU, then its AU (skipped), or an AU on
// its own; CN where it stands.
class NameList {
 public:
  void full(std::string_view name) {
    names_.emplace_back(name);
    after_full_ = true;
  }
  void brief(std::string_view name) {
    if (!after_full_) names_.emplace_back(name);
    after_full_ = false;
  }
  void corporate(std::string_view name) {
    names_.emplace_back(name);
    after_full_ = false;
  }
  std::vector<std::string> names_;

 private:
  bool after_full_ = false;
};

Paper build(uint64_t line, const std::vector<Field>& fields) {
  Paper p;
  p.line = line;
  NameList authors, editors;
  std::vector<std::string> keywords;
  std::vector<std::string_view> types;
  std::string_view title, book_title, pages, venue, doi_lid, doi_aid;
  for (const Field& f : fields) {
    std::string_view t = f.tag, v = f.value;
    if (v.empty()) continue;
    if (t == "FAU")
      authors.full(v);
    else if (t == "AU")
      authors.brief(v);
    else if (t == "CN")
      authors.corporate(v);
    else if (t == "FED")
      editors.full(v);
    else if (t == "ED")
      editors.brief(v);
    else if (t == "TI")
      title = v;
    else if (t == "BTI")
      book_title = v;
    else if (t == "TT")  // the title in its own language; TI is then NLM's English "[...]"
      put_text(p, "title_original", markup_to_text(v));
    else if (t == "AB")
      p.abstract = abstract_paragraphs(v);
    else if (t == "JT")
      venue = v;
    else if (t == "TA")
      put_text(p, "venue_short", v);
    else if (t == "DP")
      take_publication_date(p, v);
    else if (t == "VI")
      put_text(p, "volume", v);
    else if (t == "IP")
      put_text(p, "issue", v);
    else if (t == "PG")
      pages = v;
    else if (t == "LID" && doi_lid.empty())
      doi_lid = id_with(v, "[doi]");
    else if (t == "AID" && doi_aid.empty())
      doi_aid = id_with(v, "[doi]");
    else if (t == "PMID")
      put_text(p, "pmid", v);
    else if (t == "PMC")
      put_text(p, "pmcid", v);
    else if (t == "PB")
      put_text(p, "publisher", v);
    else if (t == "LA")
      put_text(p, "language", v);
    else if (t == "MH" || t == "OT")
      keywords.push_back(heading(v));
    else if (t == "PT")
      types.push_back(v);
  }
  // A chapter of a book (NCBI Bookshelf) has its own title under TI and the
  // book's under BTI; a whole book has only BTI.
  p.title = markup_to_text(title.empty() ? book_title : title);
  p.venue = std::string(!title.empty() && !book_title.empty() ? book_title : venue);
  p.abstract = markup_to_text(p.abstract);
  p.authors = std::move(authors.names_);
  p.doi = doi_of(doi_lid.empty() ? doi_aid : doi_lid);
  put_text(p, "pages", page_range(pages));
  p.type = csl_type(types, !title.empty() && !book_title.empty());
  p.editors = std::move(editors.names_);
  put_list(p, "keywords_source", keywords);
  return p;
}

class MedlineReader {
 public:
  MedlineReader(std::string_view text, uint64_t first_line, PaperSink& sink)
      : text_(text), sink_(sink), line_(first_line - 1) {}

  void run() {
    size_t pos = 0;
    while (pos < text_.size()) {
      size_t nl = std::min(text_.find('\n', pos), text_.size());
      ++line_;
      if (!read_line(text_.substr(pos, nl - pos), pos)) return;
      pos = nl + 1;
    }
    // MEDLINE has no end-of-record tag: a file cut in the middle of its
    // last line (a download that stopped) shows only in the missing line
    // break, which NLM's files always have.
    if (!fields_.empty() && !text_.empty() && text_.back() != '\n')
      sink_.warning(line_, "the file ends inside this line, without a line break: the record at line " +
                               std::to_string(record_line_) + " may be cut short");
    end_record(text_.size());
  }

 private:
  // False when the sink wants no more.
  bool read_line(std::string_view line, size_t offset) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view tag, value;
    if (tag_line(line, &tag, &value)) {
      // PMID opens a record even without the blank line before it.
      if (tag == "PMID" && !fields_.empty() && !end_record(offset)) return false;
      if (fields_.empty()) start_record(offset);
      fields_.push_back({tag, value});
      last_line_ = line_;
      return true;
    }
    if (line.find_first_not_of(" \t") == std::string_view::npos) return end_record(offset);
    if (fields_.empty()) return outside(line);
    // A continuation line (six spaces in NLM's files; any indent accepted).
    std::string_view& value_so_far = fields_.back().value;
    bool already_joined = !joined_.empty() && joined_.back().data() == value_so_far.data();
    std::string& joined = already_joined ? joined_.back() : joined_.emplace_back(value_so_far);
    joined += ' ';
    joined += line.substr(line.find_first_not_of(" \t"));
    value_so_far = joined;
    last_line_ = line_;
    return true;
  }

  void start_record(size_t offset) {
    flush_outside();
    record_line_ = line_;
    record_start_ = offset;
  }

  bool end_record(size_t offset) {
    flush_outside();
    if (fields_.empty()) return true;
    Paper p = build(record_line_, fields_);
    p.end_line = last_line_;
    std::string_view raw = text_.substr(record_start_, offset - record_start_);
    while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r')) raw.remove_suffix(1);
    fields_.clear();
    joined_.clear();
    if (p.title.empty() && p.doi.empty())
      return sink_.issue({record_line_, "record has no title (TI or BTI) or DOI", std::string(raw)});
    return sink_.paper(std::move(p));
  }

  bool outside(std::string_view) {
    if (outside_from_ == 0) outside_from_ = line_;
    outside_to_ = line_;
    return true;
  }

  void flush_outside() {
    if (outside_from_ == 0) return;
    std::string lines = outside_from_ == outside_to_ ? fmt::format("line {}", outside_from_)
                                                     : fmt::format("lines {}-{}", outside_from_, outside_to_);
    sink_.warning(outside_from_, "text outside a record (" + lines + ") ignored; MEDLINE lines start with a tag");
    outside_from_ = outside_to_ = 0;
  }

  std::string_view text_;
  PaperSink& sink_;
  uint64_t line_ = 0, record_line_ = 0, last_line_ = 0;
  size_t record_start_ = 0;
  std::vector<Field> fields_;
  std::deque<std::string> joined_;  // values joined from several lines (stable addresses)
  uint64_t outside_from_ = 0, outside_to_ = 0;
};

}  // namespace

void parse_medline(std::string_view text, PaperSink& out) { MedlineReader(text, 1, out).run(); }

void parse_medline(std::string_view text, const FormatOptions& options, PaperSink& out) {
  MedlineReader(text, options.first_line, out).run();
}

std::vector<size_t> split_medline(std::string_view text, size_t piece_bytes) {
  // A blank line ends the record and any text outside records before it:
  // the reader holds nothing after one.
  return line_cuts(text, piece_bytes, [](std::string_view before, std::string_view) {
    if (!before.empty() && before.back() == '\r') before.remove_suffix(1);
    return before.find_first_not_of(" \t") == std::string_view::npos;
  });
}

Evidence detect_medline(const Sample& sample) {
  static const RE2 pmid(R"(PMID- ?\d+)");
  for (size_t i = 0; i < sample.lines.size(); ++i) {
    std::string_view line = sample.lines[i];
    if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), pmid)) continue;
    std::string_view tag, value;
    size_t tags = 0;
    for (size_t j = i + 1; j < sample.lines.size() && j < i + 6; ++j)
      if (tag_line(sample.lines[j], &tag, &value)) ++tags;
    if (tags < 2) return {};
    return {kCertain, fmt::format("MEDLINE record '{}' at line {} and its tags", line, sample.line_numbers[i])};
  }
  return {};
}

}  // namespace ream::import
