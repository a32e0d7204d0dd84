// Reading the text of arXiv listing and abstract pages (see arxiv.hh).
//
// The text is what a browser's "select all, copy" or a text-mode browser
// gives: one line per block.  An entry starts at a listing line
// "[N] arXiv:ID ..." or at an abstract page's "[Submitted on ...]"; its
// fields are labelled lines (Title:, Authors:, Comments:, Journal-ref:,
// Subjects:, DOI:, Abstract:, Cite as:), and the page leaves the title and
// author labels out in places, so the first unlabelled lines of an entry
// are its title and then its authors.  Unlabelled lines after those are
// the abstract (its blank lines part paragraphs), unless they continue a
// wrapped label line.  Section headings ("Cross submissions ...") set
// what kind of announcement the entries after them are; page furniture
// ("Submission history", "Bibliographic Tools", ...) ends an entry.
#include <fmt/format.h>
#include <re2/re2.h>

#include <array>
#include <optional>

#include "arxiv.hh"
#include "bibtex_arxiv.hh"
#include "paper_extra.hh"

namespace ream::import {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\xC2')) {
    if (s.front() == '\xC2') {  // a no-break space (U+00A0) the page indents with
      if (s.size() < 2 || s[1] != '\xA0') break;
      s.remove_prefix(1);
    }
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_furniture(std::string_view line) {
  static const std::array<std::string_view, 14> starts = {"Submission history",
                                                          "Bibliographic Tools",
                                                          "Bibliographic and Citation Tools",
                                                          "Access Paper:",
                                                          "Current browse context:",
                                                          "References & Citations",
                                                          "Export BibTeX Citation",
                                                          "Which authors of this paper",
                                                          "Code, Data and Media",
                                                          "Demos",
                                                          "Related Papers",
                                                          "About arXivLabs",
                                                          "Total of ",
                                                          "Showing new listings"};
  for (auto s : starts)
    if (line.starts_with(s)) return true;
  static const RE2 paging(R"re(\[ showing .*\]|About|Help|Contact|Subscribe|Copyright|Privacy Policy)re");
  if (line.size() > 80) return false;  // furniture lines are short; abstract lines need no regex
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), paging);
}

// "New submissions (showing 3 of 3 entries)" -> "new", and so on.
std::optional<std::string> section_kind(std::string_view line) {
  if (line.empty() || (line[0] != 'N' && line[0] != 'C' && line[0] != 'R')) return std::nullopt;
  static const RE2 heading(
      R"re((New submissions|Cross submissions|Cross-lists|Replacement submissions|Replacements)\b.*)re");
  std::string which;
  if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), heading, &which)) return std::nullopt;
  if (which == "New submissions") return "new";
  if (which.starts_with("Cross")) return "cross-list";
  return "replacement";
}

class TextReader {
 public:
  TextReader(std::string_view text, PaperSink& out) : text_(text), out_(out) {}

  void run() {
    size_t pos = 0;
    while (pos < text_.size() && !stopped_) {
      size_t nl = std::min(text_.find('\n', pos), text_.size());
      ++line_;
      pos_ = pos;
      read_line(trim(text_.substr(pos, nl - pos)));
      pos = nl + 1;
    }
    pos_ = text_.size();
    if (!stopped_) finish();
  }

 private:
  enum class Field { kNone, kTitle, kAuthors, kComments, kJournalRef, kAbstract, kOther };

  void read_line(std::string_view line) {
    static const RE2 listing(R"re(\[\d+\]\s+arXiv:(\S+)(?:\s+\((cross-list from [^)]*|replaced[^)]*)\))?.*)re");
    static const RE2 submitted(R"re(\[Submitted on (\d{1,2}) ([A-Z][a-z]{2}) (\d{4})\b.*\])re");
    re2::StringPiece piece(line.data(), line.size());
    std::string id, note, day, month, year;
    bool bracket = !line.empty() && line[0] == '[';
    if (bracket && RE2::FullMatch(piece, listing, &id, &note)) {
      finish();
      open(id);
      if (note.starts_with("cross-list")) kind_ = "cross-list";
      if (note.starts_with("replaced")) kind_ = "replacement";
      return;
    }
    if (bracket && RE2::FullMatch(piece, submitted, &day, &month, &year)) {
      finish();
      open("");
      abstract_page_ = true;
      p_.date = iso_date(std::stoi(year), month_number(month), std::stoi(day));
      p_.year = std::stoi(year);
      return;
    }
    if (auto kind = section_kind(line)) {
      finish();
      section_ = *kind;
      return;
    }
    if (!open_) return;
    if (is_furniture(line)) return finish();
    if (line.empty()) return blank();
    if (labelled(line)) return;
    unlabelled(line);
  }

  void open(const std::string& id) {
    open_ = true;
    p_ = Paper{};
    p_.line = line_;
    start_ = pos_;
    p_.arxiv = id;
    kind_ = section_;
    field_ = Field::kNone;
    subjects_.clear();
    after_blank_ = false;
    abstract_page_ = false;
  }

  bool labelled(std::string_view line) {
    static const RE2 label(
        R"re((Title|Authors?|Comments|Journal-ref|Subjects|DOI|Abstract|Cite as|Report-number|MSC-class|ACM-class):\s*(.*))re");
    std::string name, value;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon > 14) return false;  // every label is shorter
    if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), label, &name, &value)) return false;
    after_blank_ = false;
    if (name == "Title") return set(Field::kTitle, p_.title, value);
    if (name == "Authors" || name == "Author") return set(Field::kAuthors, authors_, value);
    if (name == "Comments") return set(Field::kComments, p_.notes, value);
    if (name == "Journal-ref") return set(Field::kJournalRef, journal_ref_, value);
    if (name == "Abstract") return set(Field::kAbstract, p_.abstract, value);
    field_ = Field::kOther;
    if (name == "Subjects") subjects_ = value;
    if (name == "DOI") p_.doi = doi_of(value);
    if (name == "Cite as" && p_.arxiv.empty()) p_.arxiv = arxiv_mention(value);
    if (name == "Cite as") cited_ = true;
    return true;
  }

  bool set(Field field, std::string& slot, const std::string& value) {
    field_ = field;
    field_labelled_ = true;
    slot = value;
    return true;
  }

  void unlabelled(std::string_view line) {
    if (cited_) {
      // Under "Cite as:": "(or arXiv:ID vN for this version)" and arXiv's DOI.
      if (line.starts_with("https://doi.org/")) p_.doi = doi_of(line);
      return;
    }
    bool continues = !after_blank_ && field_labelled_ &&
                     (field_ == Field::kTitle || field_ == Field::kAuthors || field_ == Field::kComments ||
                      field_ == Field::kJournalRef || field_ == Field::kAbstract);
    if (continues) return append(slot(field_), line, " ");
    if (p_.title.empty()) return set_line(Field::kTitle, p_.title, line);
    if (authors_.empty() && field_ == Field::kTitle) return set_line(Field::kAuthors, authors_, line);
    field_ = Field::kAbstract;
    field_labelled_ = true;  // the abstract's next lines continue it
    append(p_.abstract, line, after_blank_ ? "\n\n" : " ");
    after_blank_ = false;
  }

  void set_line(Field field, std::string& slot, std::string_view line) {
    field_ = field;
    field_labelled_ = false;
    slot = std::string(line);
    after_blank_ = false;
  }

  std::string& slot(Field field) {
    switch (field) {
      case Field::kTitle:
        return p_.title;
      case Field::kAuthors:
        return authors_;
      case Field::kComments:
        return p_.notes;
      case Field::kJournalRef:
        return journal_ref_;
      default:
        return p_.abstract;
    }
  }

  static void append(std::string& slot, std::string_view more, std::string_view joint) {
    if (!slot.empty()) slot += joint;
    slot += more;
  }

  void blank() {
    after_blank_ = true;
    if (field_ != Field::kAbstract) field_ = Field::kNone;
  }

  void finish() {
    if (!open_) return;
    open_ = false;
    cited_ = false;
    p_.authors = arxiv_author_list(authors_);
    authors_.clear();
    put_text(p_, "journal_ref", journal_ref_);
    journal_ref_.clear();
    static const RE2 category(R"re(\(([a-z\-]+(?:\.[A-Za-z\-]+)?)\))re");
    re2::StringPiece rest(subjects_);
    std::string code;
    std::vector<std::string> categories;
    while (RE2::FindAndConsume(&rest, category, &code)) categories.push_back(code);
    if (!categories.empty()) put_text(p_, "primary_category", categories.front());
    if (!abstract_page_) put_text(p_, "announcement", kind_);
    settle_arxiv_paper(p_);
    put_list(p_, "categories", categories);
    p_.end_line = line_;
    if (p_.title.empty() || p_.arxiv.empty()) {
      std::string why = p_.arxiv.empty() ? "entry has no arXiv id" : "entry has no title";
      std::string_view raw = text_.substr(start_, pos_ - start_);
      while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r')) raw.remove_suffix(1);
      if (!out_.issue({p_.line, why, std::string(raw)})) stopped_ = true;
      return;
    }
    if (!out_.paper(std::move(p_))) stopped_ = true;
  }

  std::string_view text_;
  PaperSink& out_;
  uint64_t line_ = 0;
  size_t pos_ = 0, start_ = 0;  // the current line's offset; the entry's
  bool open_ = false, stopped_ = false, after_blank_ = false, abstract_page_ = false, cited_ = false;
  Field field_ = Field::kNone;
  bool field_labelled_ = false;  // whether the field's first line had its label
  Paper p_;
  std::string authors_, journal_ref_, subjects_, kind_, section_ = "new";
};

}  // namespace

void parse_arxiv_text(std::string_view text, PaperSink& out) { TextReader(text, out).run(); }

}  // namespace ream::import
