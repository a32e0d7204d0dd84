// paper-notes: Markdown with one section per paper.
//
// A section starts at a heading whose text is "Paper NN" (any case, any
// level, optionally "Paper NN: Title") and runs to the next heading of the
// same or a higher level, so its sub-sections ('mon', 'MON the paper',
// ...) belong to it whatever they are called.  In a section:
//   - the title is the heading's own title, or else the first bullet; a
//     venue suffix "(NIPS 2023)" / "[ICML'24]" becomes venue and year;
//   - further bullets before the first sub-heading are affiliations;
//   - the first arXiv abs/pdf link gives `arxiv` (as written, version
//     kept); the first link that is not an image gives `url`; an
//     "arXiv:ID" in the text is the fallback for `arxiv`;
//   - the rest of the section, Markdown and all, is `notes`, so nothing
//     of the notes is lost.
// Other sections (an introduction, YAML front matter) make no record; a
// non-empty one is named in a warning.  Fenced code blocks are skipped
// when looking for headings.
#include "paper_notes.hh"

#include <optional>
#include <vector>

#include <fmt/format.h>
#include <re2/re2.h>

#include <ream/identifiers.hpp>

namespace ream::import {
namespace {

struct Line {
  std::string_view text;
  uint64_t number;
};

struct Heading {
  int level = 0;
  std::string_view text;
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

re2::StringPiece piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

std::optional<Heading> heading_of(std::string_view line) {
  size_t hashes = 0;
  while (hashes < line.size() && line[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6 || (hashes < line.size() && line[hashes] != ' ' && line[hashes] != '\t'))
    return std::nullopt;
  std::string_view text = trim(line.substr(hashes));
  while (!text.empty() && text.back() == '#') text.remove_suffix(1);  // closing hashes
  return Heading{static_cast<int>(hashes), trim(text)};
}

// The title a "Paper NN" heading carries, "" when none; nullopt when the
// heading is not a paper heading at all.
std::optional<std::string> paper_heading_title(std::string_view text) {
  static const RE2 paper(R"((?i)(?:paper|article)[ \t]*#?[ \t]*\d+[ \t]*(?:[:.\-–—][ \t]*(.*))?)");
  std::string title;
  if (!RE2::FullMatch(piece(text), paper, &title)) return std::nullopt;
  return std::string(trim(title));
}

std::optional<std::string_view> bullet_text(std::string_view line) {
  line = trim(line);
  if (line.size() < 2 || (line[0] != '*' && line[0] != '-' && line[0] != '+') || (line[1] != ' ' && line[1] != '\t'))
    return std::nullopt;
  return trim(line.substr(2));
}

bool is_fence(std::string_view line) { return trim(line).starts_with("```") || trim(line).starts_with("~~~"); }

// Everything the section's lines say about the paper.
class SectionReader {
 public:
  SectionReader(const std::vector<Line>& lines, std::string heading_title) : lines_(lines) {
    paper_.title = std::move(heading_title);
  }

  Paper read(uint64_t heading_line) {
    paper_.line = heading_line;
    size_t i = 0;
    read_bullets(i);
    for (; i < lines_.size(); ++i) body_.push_back(lines_[i].text);
    read_links();
    paper_.notes = join(body_);
    std::string bare, venue;
    int year = 0;
    if (split_venue_suffix(paper_.title, &bare, &venue, &year)) {
      paper_.title = bare;
      paper_.venue = venue;
      paper_.year = year;
    }
    return std::move(paper_);
  }

 private:
  // Title and affiliation bullets: the block before the first sub-heading.
  void read_bullets(size_t& i) {
    std::string affiliations;
    for (; i < lines_.size() && !heading_of(trim(lines_[i].text)); ++i) {
      auto bullet = bullet_text(lines_[i].text);
      if (bullet && paper_.title.empty()) {
        paper_.title = *bullet;
      } else if (bullet) {
        if (!affiliations.empty()) affiliations += "; ";
        affiliations += *bullet;
      } else {
        body_.push_back(lines_[i].text);
      }
    }
    if (!affiliations.empty()) paper_.extra.emplace_back("affiliation", affiliations);
  }

  void read_links() {
    static const RE2 link(R"((!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)|(https?://[^\s)\]>"']+))");
    static const RE2 mention(R"((?i)\barxiv:\s*(\d{4}\.\d{4,5}(?:v\d+)?))");
    for (std::string_view text : body_) {
      re2::StringPiece input = piece(text);
      std::string bang, target, bare;
      while (RE2::FindAndConsume(&input, link, &bang, &target, &bare)) {
        std::string url = target.empty() ? bare : target;
        if (!bang.empty()) continue;  // an image
        if (paper_.url.empty()) paper_.url = url;
        if (paper_.arxiv.empty() && ids::arxiv_key(url)) paper_.arxiv = arxiv_as_written(url);
      }
    }
    for (std::string_view text : body_) {
      std::string id;
      if (paper_.arxiv.empty() && RE2::PartialMatch(piece(text), mention, &id)) paper_.arxiv = id;
    }
  }

  // "https://arxiv.org/pdf/2312.03884v2.pdf" -> "2312.03884v2".
  static std::string arxiv_as_written(std::string_view url) {
    static const RE2 path(R"((?i)arxiv\.org/(?:abs|pdf)/(.+?)(?:\.pdf)?/?$)");
    std::string id;
    if (RE2::PartialMatch(piece(url), path, &id)) return id;
    return std::string(url);
  }

  static std::string join(const std::vector<std::string_view>& lines) {
    std::string out;
    for (auto line : lines) {
      line = trim(line);
      if (line.empty()) continue;
      if (!out.empty()) out += '\n';
      out += line;
    }
    return out;
  }

  const std::vector<Line>& lines_;
  Paper paper_;
  std::vector<std::string_view> body_;
};

class NotesImport {
 public:
  explicit NotesImport(PaperSink& out) : out_(out) {}

  void run(std::string_view text) {
    std::vector<Line> lines = split(text);
    size_t i = skip_front_matter(lines);
    bool fenced = false;
    for (; i < lines.size(); ++i) {
      std::optional<Heading> h;
      if (is_fence(lines[i].text))
        fenced = !fenced;
      else if (!fenced)
        h = heading_of(lines[i].text);
      if (!h) {
        if (open_) section_.push_back(lines[i]);
        continue;
      }
      bool ends_paper = !open_ || !is_paper_ || h->level <= level_;
      if (!ends_paper) {
        section_.push_back(lines[i]);
        continue;
      }
      if (!close()) return;
      open(*h, lines[i]);
    }
    close();
  }

 private:
  static std::vector<Line> split(std::string_view text) {
    std::vector<Line> lines;
    uint64_t number = 0;
    while (!text.empty()) {
      size_t nl = text.find('\n');
      lines.push_back({text.substr(0, nl), ++number});
      text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    }
    return lines;
  }

  static size_t skip_front_matter(const std::vector<Line>& lines) {
    if (lines.empty() || trim(lines[0].text) != "---") return 0;
    for (size_t i = 1; i < lines.size(); ++i)
      if (trim(lines[i].text) == "---") return i + 1;
    return 0;
  }

  void open(const Heading& h, const Line& line) {
    open_ = true;
    level_ = h.level;
    heading_line_ = line.number;
    heading_raw_ = std::string(line.text);
    heading_ = std::string(h.text);
    auto title = paper_heading_title(h.text);
    is_paper_ = title.has_value();
    heading_title_ = title.value_or("");
    section_.clear();
  }

  bool close() {
    if (!open_) return true;
    open_ = false;
    if (!is_paper_) {
      bool has_text = false;
      for (const auto& l : section_) has_text = has_text || !trim(l.text).empty();
      if (has_text)
        out_.warning(heading_line_, "section '" + heading_ + "' is not a paper (no 'Paper NN' heading); skipped");
      return true;
    }
    Paper p = SectionReader(section_, heading_title_).read(heading_line_);
    if (p.title.empty())
      return out_.issue(
          {heading_line_, "paper section '" + heading_ + "' has no title (no bullet after the heading)", heading_raw_});
    return out_.paper(std::move(p));
  }

  PaperSink& out_;
  bool open_ = false, is_paper_ = false;
  int level_ = 0;
  uint64_t heading_line_ = 0;
  std::string heading_, heading_raw_, heading_title_;
  std::vector<Line> section_;
};

}  // namespace

bool split_venue_suffix(std::string_view title, std::string* bare, std::string* venue, int* year) {
  static const RE2 suffix(R"(^(.*?\S)\s*[(\[]\s*([A-Za-z][A-Za-z&.\- ]*?)\s*(?:'(\d{2})|(\d{4}))\s*[)\]]$)");
  std::string yy, yyyy;
  if (!RE2::FullMatch(piece(title), suffix, bare, venue, &yy, &yyyy)) return false;
  *year = yyyy.empty() ? 2000 + std::stoi(yy) : std::stoi(yyyy);
  return *year >= 1900 && *year <= 2099;
}

void parse_paper_notes(std::string_view text, PaperSink& out) { NotesImport(out).run(text); }

Evidence detect_paper_notes(const Sample& sample) {
  static const RE2 heading(R"((?im)^(#{1,6}[ \t]*(?:paper|article)[ \t]*#?[ \t]*\d+))");
  std::string found;
  if (!RE2::PartialMatch(piece(sample.head), heading, &found)) return {};
  return {70, fmt::format("heading '{}'", found)};
}

}  // namespace ream::import
