// Reading a .bib file: find items, apply @string macros, report errors.
//
// BibTeX ignores everything between entries, so the reader jumps from one
// '@' to the next and lets the grammar (bibtex_grammar.cc) read the item
// there.  An '@' that is not followed by a word and a '{' or '(' is free
// text, unless it starts a line, where it can only be a broken entry.
//
// After a syntax error the reader resumes at the next '@' at the start of a
// line (after optional blanks): that is where the next entry almost always
// is, and a value that swallowed the rest of the file (a missing brace) is
// then reported as an unterminated entry rather than taking every later
// entry with it.  Errors name the entry ("@article{knuth84") and its
// opening line, and the Issue's line is where the text stopped fitting.
//
// Macros follow BibTeX: names ignore case, the month macros jan..dec are
// predefined, a @string value is expanded when defined, and an undefined
// macro is an error for the entry that uses it.
#include "bibtex.hh"

#include <algorithm>
#include <cctype>
#include <limits>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>
#include <re2/re2.h>

#include "bibtex_crossref.hh"
#include "bibtex_fields.hh"
#include "bibtex_grammar.hh"
#include "line_cuts.hh"
#include "paper_log.hh"

namespace ream::import {
namespace {

using bibtex::ItemKind;
using bibtex::ParseOutcome;
using bibtex::RawItem;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_space(char c) { return is_blank(c) || c == '\n'; }

class LineIndex {
 public:
  // `text` starts on line `first_line` of its file.
  LineIndex(std::string_view text, uint64_t first_line) : before_(first_line - 1) {
    starts_.push_back(0);
    for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) starts_.push_back(i + 1);
  }
  uint64_t line_of(size_t offset) const {
    return before_ + static_cast<uint64_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
  }

 private:
  uint64_t before_;
  std::vector<size_t> starts_;
};

using Macros = std::unordered_map<std::string, std::string>;

Macros month_macros() {
  return {{"jan", "January"},   {"feb", "February"}, {"mar", "March"},    {"apr", "April"},
          {"may", "May"},       {"jun", "June"},     {"jul", "July"},     {"aug", "August"},
          {"sep", "September"}, {"oct", "October"},  {"nov", "November"}, {"dec", "December"}};
}

// A value that macros grow past this is an attack or a mistake (40
// @string lines that each double the last reach gigabytes); real values,
// abstracts included, are far below it.
constexpr size_t kMaxExpanded = 1 << 20;
// All expansions of a file together may add this many bytes per byte of
// the file (plus kMaxExpanded): many small macros each used often are
// fine, a few lines that multiply into gigabytes of output are not.
constexpr size_t kExpansionPerByte = 64;

// Whether a field named crossref or xdata (any case) may be set in `text`:
// the name before some '='.  Looking only at the bytes before each '='
// keeps this a memchr scan rather than a pattern match over the file.
bool names_inheritance(std::string_view text) {
  for (size_t eq = text.find('='); eq != std::string_view::npos; eq = text.find('=', eq + 1)) {
    size_t end = eq;
    while (end > 0 && is_space(text[end - 1])) --end;
    for (std::string_view name : {std::string_view("crossref"), std::string_view("xdata")}) {
      if (end < name.size()) continue;
      std::string_view word = text.substr(end - name.size(), name.size());
      bool same = std::equal(word.begin(), word.end(), name.begin(),
                             [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
      if (same) return true;
    }
  }
  return false;
}

// Joins the pieces of a value, expanding macros and spending `budget`;
// false (with the macro in `culprit`, and `too_long` set when a limit and
// not a missing definition stopped it) when a macro is unknown or the
// value grows too long.  `added` counts the bytes expansion added.
bool expand_value(const bibtex::RawField& field, const Macros& macros, std::string& value, size_t& budget,
                  size_t& added, std::string_view& culprit, bool& too_long) {
  for (const bibtex::ValuePiece& piece : field.pieces) {
    if (piece.kind == bibtex::ValuePiece::Kind::kText) {
      value += piece.text;
      continue;
    }
    culprit = piece.text;
    auto macro = macros.find(lower(piece.text));
    too_long =
        macro != macros.end() && (value.size() + macro->second.size() > kMaxExpanded || macro->second.size() > budget);
    if (macro == macros.end() || too_long) return false;
    budget -= macro->second.size();
    added += macro->second.size();
    value += macro->second;
  }
  return true;
}

// Where the reader of one piece of a file starts, and what it must know
// of the file before it.
struct PieceStart {
  uint64_t first_line = 1;
  size_t file_bytes = 0;  // the whole file's size (the expansion budget is the file's)
  Macros macros;          // the macros in force where the piece starts
  size_t spent = 0;       // bytes expansion added before the piece (the budget is the file's)
  bool inherits = true;   // false: the file is known to use no crossref or xdata
};

// What the reader of a piece met that tells whether it read its piece as
// a reader of the whole file would have.
struct PieceReport {
  bool sound = true;            // no item failed to parse, no expansion reached a limit
  std::vector<size_t> strings;  // offsets of the @string items read
  size_t expanded = 0;          // bytes macro expansion added
};

class BibtexReader {
 public:
  BibtexReader(std::string_view text, PaperSink& sink)
      : BibtexReader(text, sink, PieceStart{1, text.size(), month_macros()}) {}
  BibtexReader(std::string_view text, PaperSink& sink, PieceStart start)
      : text_(text),
        sink_(sink),
        braces_(text),
        lines_(text, start.first_line),
        macros_(std::move(start.macros)),
        file_bytes_(start.file_bytes),
        may_inherit_(start.inherits),
        budget_(kMaxExpanded + kExpansionPerByte * start.file_bytes - start.spent) {}

  const PieceReport& report() const { return report_; }

  void run() {
    spooling_ = may_inherit_ && names_inheritance(text_);
    size_t pos = 0;
    while (!stopped_) {
      size_t at = text_.find('@', pos);
      if (at == std::string_view::npos) break;
      pos = read_item(at);
    }
    if (spooling_ && !stopped_) replay();
  }

 private:
  // Reads the item at `at`; returns where to look for the next one.
  size_t read_item(size_t at) {
    ParseOutcome outcome = bibtex::parse_item(text_, braces_, at);
    switch (outcome.status) {
      case ParseOutcome::Status::kNotAnItem:
        return not_an_item(at, outcome.item);
      case ParseOutcome::Status::kFailed:
        return failed(at, outcome);
      case ParseOutcome::Status::kParsed:
        break;
    }
    const RawItem& item = outcome.item;
    if (item.kind == ItemKind::kString) report_.strings.push_back(at);
    if (item.kind == ItemKind::kString) define_macros(at, item);
    if (item.kind == ItemKind::kEntry) import_entry(at, item);
    return item.end;
  }

  size_t not_an_item(size_t at, const RawItem& item) {
    if (!starts_line(at) || item.type.empty() || item.kind == ItemKind::kComment) return at + 1;
    report(lines_.line_of(at), "expected '{' or '(' after @" + std::string(item.type), at, resync(at));
    return resync(at);
  }

  size_t failed(size_t at, const ParseOutcome& outcome) {
    report_.sound = false;  // what failed may have read past the piece
    size_t next = resync(at);
    size_t where = outcome.error_at;
    while (where < text_.size() && is_space(text_[where])) ++where;
    if (runs_off(where)) {
      uint64_t line = lines_.line_of(std::min(where, last_visible()));
      report(line,
             "unterminated " + label(at, outcome.item) + " (opened at line " + std::to_string(lines_.line_of(at)) + ")",
             at, next);
    } else {
      report(lines_.line_of(where),
             "bad " + label(at, outcome.item) + ": expected " + outcome.expected + ", found " + token_at(where), at,
             next);
    }
    return next;
  }

  // Whether the failure at `where` means the item never ended: the text
  // ran out, the next entry began, or a brace or quote there never closes.
  bool runs_off(size_t where) const {
    if (where >= text_.size()) return true;
    if (text_[where] == '@' && starts_line(where)) return true;
    if (text_[where] == '{') return braces_.close_of(where) == std::string_view::npos;
    if (text_[where] == '"') return text_.find('"', where + 1) == std::string_view::npos;
    return false;
  }

  void define_macros(size_t at, const RawItem& item) {
    for (const bibtex::RawField& def : item.fields) {
      std::string value;
      if (!expand(def, value)) {
        report_expansion(at, item.end, "@string " + std::string(def.name));
        if (stopped_) return;
        continue;
      }
      macros_[lower(def.name)] = std::move(value);
    }
  }

  // A file that uses crossref or xdata is read whole before any entry
  // becomes a paper (a parent may follow its children); issues and
  // entries then go out in their order in the file.
  void replay() {
    std::vector<bibtex::ExpandedEntry> entries;
    for (auto& event : spool_)
      if (event.entry) entries.push_back(std::move(*event.entry));
    std::vector<bool> records = bibtex::resolve_inheritance(entries, sink_);
    size_t next = 0;
    for (auto& event : spool_) {
      if (event.entry) {
        size_t index = next++;
        if (records[index] && !emit(entries[index], event.end)) return;
      } else if (!sink_.issue(std::move(event.issue))) {
        return;
      }
    }
  }

  bool emit(const bibtex::ExpandedEntry& entry, size_t end) {
    Paper p = bibtex::paper_from_entry(entry, sink_);
    p.end_line = lines_.line_of(end == 0 ? 0 : end - 1);
    if (!sink_.paper(std::move(p))) stopped_ = true;
    return !stopped_;
  }

  void import_entry(size_t at, const RawItem& item) {
    bibtex::ExpandedEntry entry{lower(item.type), std::string(item.key), lines_.line_of(at), {}};
    for (const bibtex::RawField& field : item.fields) {
      std::string value;
      if (!expand(field, value)) {
        report_expansion(at, item.end,
                         "field " + lower(field.name) + " of @" + std::string(item.type) + "{" + std::string(item.key));
        return;
      }
      entry.fields.push_back({lower(field.name), std::move(value), line_at(field.name.data())});
    }
    if (spooling_)
      spool_.push_back({std::move(entry), {}, item.end});
    else
      emit(entry, item.end);
  }

  // Joins the pieces of a value, expanding macros; false (with the macro
  // in culprit_) when a macro is unknown or the value grows too long.
  bool expand(const bibtex::RawField& field, std::string& value) {
    return expand_value(field, macros_, value, budget_, report_.expanded, culprit_, too_long_);
  }

  void report_expansion(size_t at, size_t end, const std::string& where) {
    if (too_long_) report_.sound = false;  // the budget is the whole file's
    std::string why = too_long_ ? fmt::format(
                                      "macro '{}' in {} expands past the limit ({} bytes a value, {} "
                                      "bytes in all); refusing to expand it",
                                      culprit_, where, kMaxExpanded, kMaxExpanded + kExpansionPerByte * file_bytes_)
                                : "undefined macro '" + std::string(culprit_) + "' in " + where;
    report(line_at(culprit_.data()), why, at, end);
  }

  // "entry @article{knuth84", "@string", "@preamble".
  std::string label(size_t at, const RawItem& item) const {
    if (item.kind != ItemKind::kEntry) return "@" + lower(item.type);
    size_t open = text_.find_first_of("{(", at);
    char opener = open == std::string_view::npos ? '{' : text_[open];
    return "entry @" + std::string(item.type) + opener + std::string(item.key);
  }

  // What stands at `where`, for "found ...": a word, or one character.
  std::string token_at(size_t where) const {
    if (where >= text_.size()) return "end of file";
    size_t end = where;
    while (end < text_.size() && end - where < 24 && !is_space(text_[end]) &&
           std::string_view(",={}()#\"").find(text_[end]) == std::string_view::npos)
      ++end;
    if (end == where) ++end;
    while (end < text_.size() && (static_cast<unsigned char>(text_[end]) & 0xC0) == 0x80) ++end;
    return "'" + std::string(text_.substr(where, end - where)) + "'";
  }

  // The next '@' that is the first visible character of a line after `at`.
  size_t resync(size_t at) const {
    for (size_t nl = text_.find('\n', at); nl != std::string_view::npos; nl = text_.find('\n', nl + 1)) {
      size_t i = nl + 1;
      while (i < text_.size() && is_blank(text_[i])) ++i;
      if (i < text_.size() && text_[i] == '@') return i;
    }
    return text_.size();
  }

  bool starts_line(size_t at) const {
    while (at > 0 && is_blank(text_[at - 1])) --at;
    return at == 0 || text_[at - 1] == '\n';
  }

  size_t last_visible() const {
    size_t end = text_.size();
    while (end > 0 && is_space(text_[end - 1])) --end;
    return end == 0 ? 0 : end - 1;
  }

  uint64_t line_at(const char* p) const { return lines_.line_of(static_cast<size_t>(p - text_.data())); }

  void report(uint64_t line, std::string reason, size_t from, size_t to) {
    std::string_view raw = text_.substr(from, to - from);
    while (!raw.empty() && is_space(raw.back())) raw.remove_suffix(1);
    Issue issue{line, std::move(reason), std::string(raw)};
    if (spooling_)
      spool_.push_back({std::nullopt, std::move(issue), 0});
    else if (!sink_.issue(std::move(issue)))
      stopped_ = true;
  }

  std::string_view text_;
  PaperSink& sink_;
  bibtex::BraceIndex braces_;
  LineIndex lines_;
  Macros macros_;
  size_t file_bytes_;
  bool may_inherit_;
  // What a spooling reader has met, in file order: an entry (with the
  // offset where it ends) or an issue.
  struct Event {
    std::optional<bibtex::ExpandedEntry> entry;
    Issue issue;
    size_t end = 0;
  };
  bool spooling_ = false;
  std::vector<Event> spool_;
  std::string_view culprit_;  // the macro expand() stopped at
  bool too_long_ = false;
  size_t budget_;  // bytes expansion may still add
  PieceReport report_;
  bool stopped_ = false;
};

// The next '@' after `from` that is the first visible character of a
// line (where BibtexReader::resync goes), or the end of `text`.
size_t next_line_at(std::string_view text, size_t from) {
  for (size_t nl = text.find('\n', from); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
    size_t i = nl + 1;
    while (i < text.size() && is_blank(text[i])) ++i;
    if (i < text.size() && text[i] == '@') return i;
  }
  return text.size();
}

// Whether the '@' at `at` may open a @string item: the word after it,
// past any white space, is "string" in any case.  (A few such '@' stand in
// a value or a comment; the pieces' reports tell those apart.)
bool names_string(std::string_view text, size_t at) {
  size_t i = at + 1;
  while (i < text.size() && is_space(text[i])) ++i;
  return i + 6 <= text.size() && lower(text.substr(i, 6)) == "string";
}

// A file planned to be read in pieces, cut before '@'s that start lines.
// A piece is read with the macros in force where it starts: the @string
// items before it are read first, each from its '@' to the next line that
// starts with one.  What a piece says is taken only once every piece
// before it was taken and its own report shows it read its piece as a
// reader of the whole file would (accept); otherwise the rest of the file,
// from that piece on, is read in one pass with the state a whole-file
// reader has there (read_rest), so the file is said exactly as one
// reader says it.  A piece is refused for an item that does not parse (it
// may run past its piece), a @string item the pieces did not read as one
// (it stood in a value), an expansion that reached a limit, or when the
// pieces' expansions so far pass the file's budget.  Files that use
// crossref or xdata (a parent may follow its children) get no plan.
class BibtexPieces : public PiecePlan {
 public:
  BibtexPieces(std::string_view text, std::vector<size_t> cuts) : text_(text), cuts_(std::move(cuts)) {}

  // Reads ahead what the pieces need: their first lines, and the macros in
  // force where each starts.  The pieces are searched on `parallel` for
  // newlines, crossref or xdata (no name before a '=' can straddle a cut,
  // which is always at an '@') and the '@'s that may open a @string item;
  // only those items are read here, in order.  False when the file must
  // be read whole: it uses crossref or xdata, or a @string item cannot be
  // read ahead of the pieces.
  bool scan(const ParallelFor& parallel) {
    const size_t pieces = count();
    first_line_.assign(pieces + 1, 0);
    std::vector<std::vector<size_t>> candidates(pieces);
    std::vector<char> inherits(pieces, 0);
    parallel(pieces, [&](size_t begin, size_t end) {
      for (size_t i = begin; i < end; ++i) {
        std::string_view piece = piece_text(i);
        first_line_[i + 1] = count_newlines(piece);
        inherits[i] = names_inheritance(piece);
        for (size_t at = piece.find('@'); at != std::string_view::npos; at = piece.find('@', at + 1))
          if (names_string(text_, cuts_[i] + at)) candidates[i].push_back(cuts_[i] + at);
      }
    });
    if (std::find(inherits.begin(), inherits.end(), 1) != inherits.end()) return false;
    first_line_[0] = 1;
    for (size_t i = 1; i <= pieces; ++i) first_line_[i] += first_line_[i - 1];
    reports_.assign(pieces, {});
    macros_.resize(pieces);
    strings_before_.assign(pieces + 1, 0);
    Macros table = month_macros();
    std::shared_ptr<const Macros> in_force;  // shared by the pieces with no @string between them
    for (size_t piece = 0; piece < pieces; ++piece) {
      if (!in_force || strings_before_[piece - 1] != strings_.size()) in_force = std::make_shared<const Macros>(table);
      macros_[piece] = in_force;
      strings_before_[piece] = strings_.size();
      for (size_t at : candidates[piece])
        if (!read_string_ahead(at, table)) return false;
    }
    strings_before_[pieces] = strings_.size();
    return true;
  }

  size_t count() const override { return cuts_.size() - 1; }

  void read(size_t k, PaperSink& out) override {
    BibtexReader reader(piece_text(k), out, PieceStart{first_line_[k], text_.size(), *macros_[k], 0, false});
    try {
      reader.run();
    } catch (...) {
      reports_[k] = reader.report();
      throw;
    }
    reports_[k] = reader.report();
  }

  bool accept(size_t k) override {
    const PieceReport& report = reports_[k];
    if (!report.sound) return false;
    for (size_t at : report.strings)
      if (next_string_ >= strings_.size() || strings_[next_string_++] != cuts_[k] + at) return false;
    expanded_ += report.expanded;
    return next_string_ == strings_before_[k + 1] && expanded_ <= kMaxExpanded + kExpansionPerByte * text_.size();
  }

  void read_rest(size_t k, PaperSink& out) override {
    BibtexReader(text_.substr(cuts_[k]), out,
                 PieceStart{first_line_[k], text_.size(), *macros_[k], spent_before(k), false})
        .run();
  }

 private:
  // Reads the item at `at` as a @string, from its '@' to the next line
  // that starts with one, into `table`; false when it cannot be read ahead.
  bool read_string_ahead(size_t at, Macros& table) {
    std::string_view window = text_.substr(at, next_line_at(text_, at) - at);
    bibtex::BraceIndex braces(window);
    ParseOutcome outcome = bibtex::parse_item(window, braces, 0);
    if (outcome.status == ParseOutcome::Status::kFailed) return false;
    if (outcome.status != ParseOutcome::Status::kParsed || outcome.item.kind != ItemKind::kString) return true;
    strings_.push_back(at);
    for (const bibtex::RawField& def : outcome.item.fields) {
      std::string value;
      size_t budget = std::numeric_limits<size_t>::max(), added = 0;
      std::string_view culprit;
      bool too_long = false;
      if (expand_value(def, table, value, budget, added, culprit, too_long))
        table[lower(def.name)] = std::move(value);
      else if (too_long)
        return false;
    }
    return true;
  }

  std::string_view piece_text(size_t k) const { return text_.substr(cuts_[k], cuts_[k + 1] - cuts_[k]); }
  // What expansion added before piece k, the pieces before it accepted.
  size_t spent_before(size_t k) const {
    size_t spent = 0;
    for (size_t i = 0; i < k; ++i) spent += reports_[i].expanded;
    return spent;
  }

  std::string_view text_;
  std::vector<size_t> cuts_;                           // 0, the cuts, text_.size()
  std::vector<std::shared_ptr<const Macros>> macros_;  // by piece: the macros in force where it starts
  std::vector<size_t> strings_;                        // offsets of the @string items, in order
  std::vector<size_t> strings_before_;                 // by piece: how many of strings_ lie before it
  std::vector<uint64_t> first_line_;
  std::vector<PieceReport> reports_;       // by piece, written by its reader
  size_t next_string_ = 0, expanded_ = 0;  // what accept() has taken so far
};

}  // namespace

void parse_bibtex(std::string_view text, PaperSink& out) { BibtexReader(text, out).run(); }

std::unique_ptr<PiecePlan> plan_bibtex(std::string_view text, const FormatOptions& options) {
  if (!options.parallel || options.piece_bytes == 0 || text.size() <= options.piece_bytes) return nullptr;
  std::vector<size_t> cuts = line_cuts(text, options.piece_bytes, [](std::string_view, std::string_view line) {
    return !line.empty() && line.front() == '@';
  });
  if (cuts.empty()) return nullptr;
  cuts.insert(cuts.begin(), 0);
  cuts.push_back(text.size());
  auto plan = std::make_unique<BibtexPieces>(text, std::move(cuts));
  if (!plan->scan(options.parallel)) return nullptr;
  return plan;
}

void parse_bibtex(std::string_view text, const FormatOptions& options, PaperSink& out) {
  std::unique_ptr<PiecePlan> plan = plan_bibtex(text, options);
  if (!plan) return parse_bibtex(text, out);
  std::vector<PaperLog> logs(plan->count());
  options.parallel(logs.size(), [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) plan->read(i, logs[i]);
  });
  for (size_t k = 0; k < logs.size(); ++k) {
    if (!plan->accept(k)) return plan->read_rest(k, out);
    if (!logs[k].replay(out)) return;
  }
}

Evidence detect_bibtex(const Sample& sample) {
  // "@type{key," (or "@string{"...) at the start of a line.  BibTeX ignores
  // text between entries, so comment lines ('%', JabRef's and Mendeley's
  // headers) may come first; other text first makes it less sure.
  static const RE2 entry(R"(^@\s*([A-Za-z]+)\s*[{(]\s*([^\s,={}()]*)\s*(,?).*)");
  static const RE2 known(
      R"((?i)article|book|booklet|conference|inbook|incollection|inproceedings|manual|mastersthesis|misc|)"
      R"(phdthesis|proceedings|techreport|unpublished|online|report|thesis|collection|mvbook|mvcollection|)"
      R"(mvproceedings|bookinbook|suppbook|suppcollection|periodical|suppperiodical|patent|dataset|software|)"
      R"(reference|mvreference|inreference|set|xdata|electronic|www|string|preamble|comment)");
  bool other_text = false;
  for (size_t i = 0; i < sample.lines.size(); ++i) {
    std::string_view line = sample.lines[i];
    std::string type, key, comma;
    if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), entry, &type, &key, &comma)) {
      if (line.front() != '%') other_text = true;
      continue;
    }
    std::string kind = lower(type);
    bool keyless = kind == "string" || kind == "preamble" || kind == "comment";
    bool is_entry = RE2::FullMatch(type, known) && (keyless || !comma.empty() || key.empty());
    if (!is_entry) return {};
    int confidence = other_text ? kConfident + kMargin : kCertain;
    return {confidence, fmt::format("entry '{}' at line {}", line.substr(0, 40), sample.line_numbers[i])};
  }
  return {};
}

}  // namespace ream::import
