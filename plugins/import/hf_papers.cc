// hf-papers: a title line, then its abstract paragraph, between page
// furniture.
//
// The dump is split into units: a line, or a hard-wrapped paragraph (a
// run of lines none longer than kWrapWidth, joined).  Furniture lines are
// dropped before that; a furniture word glued to the next line
// ("SubscribeSelf-healing ...", from copying a page) is cut off.  Furniture
// is a short documented list (kFurniture) plus patterns: dates, vote counts,
// "Get trending papers ...", "by<name> and the research community", "Submitted by <name>".
//
// Units then become papers by shape, not by wording, so other dumps work:
// a title is short (at most kMaxTitle characters), an abstract is the
// prose unit after it: long, or several sentences ending in a full stop.
// Titles never end in a full stop, but abstracts may end in a URL, so
// punctuation only breaks ties:
//   - a prose unit is abstract text (of the current paper; before any
//     title it is reported, since it cannot be placed);
//   - a short unit after a title that has no abstract yet is that paper's
//     (short) abstract unless a prose unit follows it, which makes it the
//     next title (and the paper before it one without an abstract: warned);
//   - a short unit after an abstract is the next title, unless it ends in
//     a full stop and no prose unit follows (a last abstract paragraph);
//   - a wrapped paragraph where a paper may start, whose first line has no
//     full stop and whose rest ends in one, is a title with its abstract
//     (hard-wrapped dumps without blank lines inside an entry).
#include "hf_papers.hh"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include <fmt/format.h>
#include <re2/re2.h>

#include "line_cuts.hh"

namespace ream::import {
namespace {

constexpr size_t kMaxTitle = 300;   // characters; the seeds' longest title is 184
constexpr size_t kWrapWidth = 160;  // lines no longer than this may be hard-wrapped
constexpr size_t kMaxFurniture = 80;

// Furniture phrases as the page writes them.  Matched whole (any case) and
// as a prefix glued to a title (exact case, then a capital or digit).
constexpr std::array<std::string_view, 13> kFurniture{
    "Get trending papers in your email inbox once a day!",
    "Get trending papers in your email inbox!",
    "byAK and the research community",
    "Subscribe",
    "new",
    "Daily Papers",
    "Trending Papers",
    "Trending",
    "Sign Up",
    "Log In",
    "Login",
    "Upvote",
    "Submit",
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Characters, not bytes: titles in Greek or CJK must not look long.
size_t length_of(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool starts_capital_or_digit(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s.front());
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// The line with a glued furniture prefix cut off, or the line itself.
std::string_view without_glued_furniture(std::string_view line) {
  for (std::string_view phrase : kFurniture) {
    if (line.size() > phrase.size() && line.substr(0, phrase.size()) == phrase &&
        starts_capital_or_digit(line.substr(phrase.size())))
      return trim(line.substr(phrase.size()));
  }
  return line;
}

struct Unit {
  std::string text;
  uint64_t line = 0;
  size_t length = 0;      // characters
  size_t first_line = 0;  // bytes of the first line, when several were joined
  bool ends_sentence() const { return !text.empty() && text.back() == '.'; }
  // Abstract-like: too long for a title, or several sentences.
  bool is_prose() const { return length > kMaxTitle || (ends_sentence() && has_inner_sentence_break()); }

 private:
  bool has_inner_sentence_break() const {
    for (size_t i = 0; i + 2 < text.size(); ++i)
      if (text[i] == '.' && text[i + 1] == ' ' && text[i + 2] >= 'A' && text[i + 2] <= 'Z') return true;
    return false;
  }
};

struct DatedUnit {
  Unit unit;
  std::string date;  // the date hint in force
};

// Splits the dump into units, dropping furniture and noting dates.
class Splitter {
 public:
  // `text` starts on line first_line + 1 of its file.
  std::vector<DatedUnit> split(std::string_view text, uint64_t number = 0) {
    while (!text.empty()) {
      size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
      take(trim(line), ++number);
    }
    close_run();
    if (!seen_date_) undated_ = units_.size();
    return std::move(units_);
  }

  // For a piece of a file: how many units came before the piece's first
  // date line (those carry the date in force where the piece starts, which
  // only the pieces before it know), and the date in force at its end.
  size_t undated() const { return undated_; }
  bool seen_date() const { return seen_date_; }
  const std::string& date() const { return date_; }

 private:
  void take(std::string_view line, uint64_t number) {
    if (line.empty() || is_hf_furniture(line)) {
      close_run();
      return;
    }
    if (is_hf_date(line)) {
      close_run();
      if (!seen_date_) undated_ = units_.size();
      seen_date_ = true;
      date_ = std::string(line);
      return;
    }
    run_.push_back({without_glued_furniture(line), number});
  }

  // A run of lines is one wrapped paragraph when every line is short
  // enough to have been wrapped; otherwise each line is its own unit.
  void close_run() {
    if (run_.empty()) return;
    bool wrapped = run_.size() > 1;
    for (const auto& [line, number] : run_) wrapped = wrapped && length_of(line) <= kWrapWidth;
    if (wrapped) {
      Unit u{std::string(run_.front().first), run_.front().second};
      u.first_line = u.text.size();
      for (size_t i = 1; i < run_.size(); ++i) (u.text += ' ') += run_[i].first;
      add(std::move(u));
    } else {
      for (const auto& [line, number] : run_) add(Unit{std::string(line), number});
    }
    run_.clear();
  }

  void add(Unit u) {
    u.length = length_of(u.text);
    units_.push_back({std::move(u), date_});
  }

  std::vector<std::pair<std::string_view, uint64_t>> run_;
  std::vector<DatedUnit> units_;
  std::string date_;
  bool seen_date_ = false;
  size_t undated_ = 0;
};

bool is_blank_line(std::string_view line) { return trim(line).empty(); }

// The units of a long dump, found piece by piece on the run's workers.  A
// blank line closes every run of lines, so the pieces are cut after one;
// the date a piece's first units carry is settled afterwards, in order.
std::vector<DatedUnit> split_in_pieces(std::string_view text, const FormatOptions& options) {
  std::vector<size_t> cuts = line_cuts(text, options.piece_bytes,
                                       [](std::string_view before, std::string_view) { return is_blank_line(before); });
  cuts.insert(cuts.begin(), 0);
  cuts.push_back(text.size());
  size_t pieces = cuts.size() - 1;
  std::vector<std::vector<DatedUnit>> units(pieces);
  std::vector<Splitter> splitters(pieces);
  std::vector<uint64_t> lines(pieces, 0);
  options.parallel(pieces, [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      std::string_view piece = text.substr(cuts[i], cuts[i + 1] - cuts[i]);
      units[i] = splitters[i].split(piece);
      lines[i] = count_newlines(piece);
    }
  });
  std::vector<DatedUnit> all;
  std::string date;
  uint64_t lines_before = 0;
  for (size_t i = 0; i < pieces; ++i) {
    for (DatedUnit& u : units[i]) u.unit.line += lines_before;
    lines_before += lines[i];
    for (size_t u = 0; u < splitters[i].undated(); ++u) units[i][u].date = date;
    if (splitters[i].seen_date()) date = splitters[i].date();
    all.insert(all.end(), std::make_move_iterator(units[i].begin()), std::make_move_iterator(units[i].end()));
  }
  return all;
}

// Turns units into papers (the rules in the file comment).
class Assembler {
 public:
  explicit Assembler(PaperSink& out) : out_(out) {}

  bool feed(const std::vector<DatedUnit>& units) {
    for (size_t i = 0; i < units.size(); ++i) {
      const Unit* next = i + 1 < units.size() ? &units[i + 1].unit : nullptr;
      if (!place(units[i], next)) return false;
    }
    return flush();
  }

 private:
  bool place(const DatedUnit& du, const Unit* next) {
    if (auto parts = title_and_abstract(du))
      return place(parts->first, &parts->second.unit) && place(parts->second, next);
    const Unit& u = du.unit;
    bool next_long = next && next->is_prose();
    if (u.is_prose()) {
      if (!paper_) return out_.issue({u.line, "abstract paragraph without a title line before it", u.text});
      append_abstract(u);
      return true;
    }
    bool starts_paper = paper_ && paper_->abstract.empty() ? next_long : !(u.ends_sentence() && !next_long);
    if (!paper_) starts_paper = true;
    if (!starts_paper) {
      append_abstract(u);
      return true;
    }
    if (!flush()) return false;
    paper_.emplace();
    paper_->line = u.line;
    paper_->title = u.text;
    paper_->date = du.date;
    return true;
  }

  // A wrapped paragraph where a new paper may start and whose first line
  // looks like a title (no full stop) while the rest reads as prose (ends
  // in one, or is long) is a title line with its abstract right below it.
  // A title wrapped over two lines has no full stop at its end, so it
  // stays whole.
  std::optional<std::pair<DatedUnit, DatedUnit>> title_and_abstract(const DatedUnit& du) const {
    const Unit& u = du.unit;
    if (u.first_line == 0 || (paper_ && paper_->abstract.empty())) return std::nullopt;
    Unit head{u.text.substr(0, u.first_line), u.line};
    Unit rest{u.text.substr(u.first_line + 1), u.line + 1};
    head.length = length_of(head.text);
    rest.length = length_of(rest.text);
    if (head.ends_sentence() || head.length > kMaxTitle || !(rest.ends_sentence() || rest.length > kMaxTitle))
      return std::nullopt;
    return std::make_pair(DatedUnit{std::move(head), du.date}, DatedUnit{std::move(rest), du.date});
  }

  void append_abstract(const Unit& u) {
    if (!paper_->abstract.empty()) paper_->abstract += ' ';
    paper_->abstract += u.text;
  }

  bool flush() {
    if (!paper_) return true;
    if (paper_->abstract.empty()) out_.warning(paper_->line, "title line without an abstract: '" + paper_->title + "'");
    Paper p = std::move(*paper_);
    paper_.reset();
    return out_.paper(std::move(p));
  }

  PaperSink& out_;
  std::optional<Paper> paper_;
};

}  // namespace

bool is_hf_furniture(std::string_view line) {
  static const RE2 trending(R"((?i)^get trending papers\b.*$)");
  static const RE2 community(R"((?i)^by\s*\S+ and the research community$)");
  static const RE2 votes(R"(^\d{1,3}(?:,\d{3})*(?:\.\d)?[kK]?$)");
  static const RE2 submitted(R"((?i)^submitted by\b.*$)");
  line = trim(line);
  if (line.empty() || length_of(line) > kMaxFurniture) return false;
  for (std::string_view phrase : kFurniture)
    if (iequals(line, phrase)) return true;
  re2::StringPiece s(line.data(), line.size());
  return RE2::FullMatch(s, trending) || RE2::FullMatch(s, community) || RE2::FullMatch(s, votes) ||
         RE2::FullMatch(s, submitted);
}

bool is_hf_date(std::string_view line) {
  static const RE2 month_day(
      R"((?i)^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?$)");
  static const RE2 day_month(
      R"((?i)^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:,?\s+\d{4})?$)");
  line = trim(line);
  if (line.size() > 24) return false;
  re2::StringPiece s(line.data(), line.size());
  return RE2::FullMatch(s, month_day) || RE2::FullMatch(s, day_month);
}

void parse_hf_papers(std::string_view text, PaperSink& out) {
  std::vector<DatedUnit> units = Splitter().split(text);
  Assembler(out).feed(units);
}

void parse_hf_papers(std::string_view text, const FormatOptions& options, PaperSink& out) {
  if (!options.parallel || options.piece_bytes == 0 || text.size() <= options.piece_bytes)
    return parse_hf_papers(text, out);
  Assembler(out).feed(split_in_pieces(text, options));
}

Evidence detect_hf_papers(const Sample& sample) {
  // The page's own furniture, not the shape of the text: a sign-up line
  // or the "by ... and the research community" byline is proof; short
  // generic lines ("new", "Subscribe", a date) count only together.
  static const RE2 signature(
      R"((?i)^(?:get trending papers\b.*|by\s*\S+ and the research community|daily papers|trending papers))");
  size_t generic = 0;
  std::string first_generic;
  for (size_t i = 0; i < sample.lines.size(); ++i) {
    std::string_view line = sample.lines[i];
    if (RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), signature))
      return {kStrong, fmt::format("page line '{}' at line {}", line.substr(0, 60), sample.line_numbers[i])};
    if (is_hf_furniture(line) || is_hf_date(line)) {
      if (generic++ == 0) first_generic = fmt::format("'{}' at line {}", line, sample.line_numbers[i]);
    }
  }
  if (generic < 3) return {};
  return {kConfident, fmt::format("{} page lines such as {}", generic, first_generic)};
}

}  // namespace ream::import
