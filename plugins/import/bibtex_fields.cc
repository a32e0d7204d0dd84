// BibTeX fields to Paper fields (see bibtex_fields.hh).
//
// The canonical fields take the first field that provides them (journal
// or booktitle for the venue); everything else, including a second venue
// candidate, lands in `extra` under its own name and in source order, so
// no information in the entry is lost.  Identifiers (doi, url, eprint,
// file) keep their characters: a "~" in a URL is not a tie.  The year is
// the first four-digit number of the year field ("2019a" gives 2019), with
// the field as written kept as `year_raw` whenever it says more than that.
#include "bibtex_fields.hh"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>

#include "bibtex_arxiv.hh"
#include "paper_extra.hh"
#include "ream/identifiers.hpp"
#include "record_types.hh"
#include "tex_unicode.hh"

namespace ream::import::bibtex {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_identifier_field(std::string_view name) {
  static const std::set<std::string_view> names = {"doi", "url", "eprint", "file", "pdf", "isbn", "issn"};
  return names.count(name) > 0;
}

// The first run of exactly four digits, if any.
std::optional<int> year_in(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    if (j - i == 4) return std::stoi(std::string(s.substr(i, 4)));
    i = j == i ? i + 1 : j;
  }
  return std::nullopt;
}

// 1-12 from "5", "05", "May", "may", "Sept.", or nullopt.
std::optional<int> month_in(std::string_view s) {
  static const std::array<std::string_view, 12> names = {"jan", "feb", "mar", "apr", "may", "jun",
                                                         "jul", "aug", "sep", "oct", "nov", "dec"};
  if (!s.empty() && s.size() <= 2 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    int m = std::stoi(std::string(s));
    if (m >= 1 && m <= 12) return m;
    return std::nullopt;
  }
  std::string l = lower(s);
  for (size_t i = 0; i < names.size(); ++i)
    if (l.size() >= 3 && l.compare(0, 3, names[i]) == 0) return static_cast<int>(i) + 1;
  return std::nullopt;
}

// Stand-ins for a case-protecting group's braces: they pass through
// tex_to_unicode (which drops braces) and become braces again in
// `title_protected`.  ASCII control characters rather than private-use
// letters, so that an ASCII title stays on tex_to_unicode's fast path; the
// title's own control characters of these two codes are dropped first.
constexpr std::string_view kOpenMark = "\x01", kCloseMark = "\x02";

// `tex` with the braces of each case-protecting group ("The {BERT} model",
// "{{Whole Title}}") replaced by the marks.  A group is protecting at
// brace depth 0 unless it is a command's argument (\emph{x}, \'{e}) or
// starts with a command ({\"U}, BibTeX's special characters).
std::string mark_protected(std::string_view tex, bool* any) {
  std::string out;
  *any = false;
  bool after_command = false;  // the last token was a command: a '{' now opens its argument
  std::vector<bool> marked;    // per open group: whether it is protecting
  for (size_t i = 0; i < tex.size(); ++i) {
    char c = tex[i];
    if (c == '\\' && i + 1 < tex.size()) {  // a command or control symbol, copied whole
      size_t j = i + 1;
      if (std::isalpha(static_cast<unsigned char>(tex[j])))
        while (j < tex.size() && std::isalpha(static_cast<unsigned char>(tex[j]))) ++j;
      else
        ++j;
      out.append(tex.substr(i, j - i));
      i = j - 1;
      after_command = true;
      continue;
    }
    if (c == '{') {
      bool protecting = marked.empty() && !after_command && i + 1 < tex.size() && tex[i + 1] != '\\';
      marked.push_back(protecting);
      out += protecting ? kOpenMark : std::string_view("{");
      *any = *any || protecting;
      after_command = false;
      continue;
    }
    if (c == '}' && !marked.empty()) {
      out += marked.back() ? kCloseMark : std::string_view("}");
      marked.pop_back();
      after_command = false;
      continue;
    }
    if (!is_space(c)) after_command = false;
    if (c != kOpenMark[0] && c != kCloseMark[0]) out += c;
  }
  return out;
}

// TeX text whose blank lines (TeX's paragraph breaks) become "\n\n".
std::string tex_paragraphs(std::string_view tex) {
  std::string out;
  size_t start = 0;
  while (start <= tex.size()) {
    size_t end = start;
    for (;;) {  // the next newline followed by a blank line
      end = tex.find('\n', end);
      if (end == std::string_view::npos) break;
      size_t next = end + 1;
      while (next < tex.size() && (tex[next] == ' ' || tex[next] == '\t' || tex[next] == '\r')) ++next;
      if (next < tex.size() && tex[next] == '\n') break;
      end = next;
    }
    if (end == std::string_view::npos) end = tex.size();
    std::string paragraph = tex_to_unicode(tex.substr(start, end - start));
    if (!paragraph.empty()) out += (out.empty() ? "" : "\n\n") + paragraph;
    start = end + 1;
  }
  return out;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

// Types whose BibTeX `number` is an issue of a periodical or proceedings,
// not a report's or a series' number.
bool number_is_issue(std::string_view csl_type) {
  return csl_type == "article-journal" || csl_type == "paper-conference" || csl_type == "article" ||
         csl_type == "article-magazine" || csl_type == "article-newspaper" || csl_type == "periodical";
}

// "a, b; c" -> ["a","b","c"]: BibTeX keywords are separated by commas
// (biblatex) or semicolons (Zotero, Mendeley).
std::string keyword_array(std::string_view text) {
  std::string out = "[";
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of(",;", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    while (!word.empty() && is_space(word.front())) word.remove_prefix(1);
    while (!word.empty() && is_space(word.back())) word.remove_suffix(1);
    if (!word.empty()) {
      if (out.size() > 1) out += ',';
      out += '"';
      for (char c : word) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out += c;
      }
      out += '"';
    }
    start = end + 1;
  }
  return out + "]";
}

std::string two_digits(int n) {
  return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10);
}

// Fields whose meaning spans several entries of the BibTeX record and is
// settled once all are read.
struct Pending {
  std::string year, month, eprint, archive;
};

class PaperBuilder {
 public:
  PaperBuilder(const ExpandedEntry& entry, PaperSink& sink) : entry_(entry), sink_(sink) {
    paper_.line = entry.line;
    paper_.type = csl_type_of_bibtex(entry.type);
    if (bibtex_type_of_csl(paper_.type) != entry.type) paper_.extra.emplace_back("bibtex_type", entry.type);
    if (!entry.key.empty()) paper_.extra.emplace_back("key", entry.key);
  }

  Paper build() {
    std::set<std::string> seen;
    for (const ExpandedField& f : entry_.fields) {
      if (!seen.insert(f.name).second) {
        sink_.warning(f.line, "duplicate field '" + f.name + "' in @" + entry_.type + "{" + entry_.key +
                                  " ignored; the first one is kept");
        continue;
      }
      if (f.name == "author") {
        set_authors(f.value);
        continue;
      }
      if (f.name == "editor") {
        for (std::string& name : split_names(f.value))
          if (name != "others") paper_.editors.push_back(std::move(name));
        continue;
      }
      if (f.name == "title" && paper_.title.empty()) {
        set_title(f.value);
        continue;
      }
      if (f.name == "keywords") {
        paper_.extra_json.emplace_back("keywords_source", keyword_array(tex_to_unicode(f.value)));
        continue;
      }
      std::string value = is_identifier_field(f.name)                  ? tex_verbatim(f.value)
                          : (f.name == "abstract" || f.name == "note") ? tex_paragraphs(f.value)
                                                                       : tex_to_unicode(f.value);
      if (!value.empty()) assign(f.name, std::move(value));
    }
    settle_date();
    settle_arxiv();
    if (paper_.doi.empty() && !paper_.url.empty())
      if (auto doi = ids::doi_key(paper_.url)) paper_.doi = *doi;
    return std::move(paper_);
  }

 private:
  void assign(const std::string& name, std::string value) {
    if (name == "title") return set_or_keep(paper_.title, name, std::move(value));
    if (name == "journal" || name == "journaltitle" || name == "booktitle")
      return set_or_keep(paper_.venue, name, std::move(value));
    if (name == "doi") return set_or_keep(paper_.doi, name, doi_field(value));
    if (name == "url") return set_or_keep(paper_.url, name, std::move(value));
    if (name == "abstract") return set_or_keep(paper_.abstract, name, std::move(value));
    if (name == "note") return set_or_keep(paper_.notes, name, std::move(value));
    if (name == "date") return set_or_keep(paper_.date, name, std::move(value));
    if (name == "year") return void(pending_.year = std::move(value));
    if (name == "month") return void(pending_.month = std::move(value));
    if (name == "eprint") return void(pending_.eprint = std::move(value));
    if (name == "archiveprefix" || name == "eprinttype") return void(pending_.archive = std::move(value));
    if (name == "number" && number_is_issue(paper_.type)) return add_extra("issue", std::move(value));
    // BibTeX's type field says what kind of thesis or report: CSL's genre.
    if (name == "type") return add_extra("genre", std::move(value));
    add_extra(name, std::move(value));
  }

  // A field named like a record field of its own (a BibTeX "id" or
  // "source") is renamed rather than clash with it; a name met twice (the
  // standard "key" field next to the citation key) keeps both values.
  void add_extra(std::string name, std::string value) {
    static const std::set<std::string_view> record_fields = {"id",
                                                             "type",
                                                             "title",
                                                             "authors",
                                                             "editors",
                                                             "et_al",
                                                             "abstract",
                                                             "year",
                                                             "date",
                                                             "venue",
                                                             "url",
                                                             "arxiv",
                                                             "doi",
                                                             "notes",
                                                             "source",
                                                             "key",
                                                             "keywords_source",
                                                             "links",
                                                             "cites",
                                                             "cluster",
                                                             "merged_from",
                                                             "references",
                                                             "title_protected",
                                                             "bibtex_type"};
    if (record_fields.count(name)) name = "bibtex_" + name;
    for (auto& [n, v] : paper_.extra) {
      if (n != name) continue;
      v += "; " + value;
      return;
    }
    paper_.extra.emplace_back(std::move(name), std::move(value));
  }

  void set_or_keep(std::string& slot, const std::string& name, std::string value) {
    if (slot.empty())
      slot = std::move(value);
    else
      add_extra(name, std::move(value));
  }

  // "and others" is BibTeX for "et al.": not a person, but not nothing.
  void set_authors(const std::string& tex) {
    for (std::string& name : split_names(tex)) {
      if (name == "others")
        paper_.et_al = true;
      else
        paper_.authors.push_back(std::move(name));
    }
  }

  // The title as text, and with its case-protecting braces in
  // title_protected when it has any, so that export can write {BERT} back.
  // One TeX conversion serves both: the braces travel through it as marks.
  void set_title(const std::string& tex) {
    bool any = false;
    std::string marked = tex_to_unicode(mark_protected(tex, &any));
    if (!any) {
      paper_.title = std::move(marked);
      return;
    }
    paper_.title = replace_all(replace_all(marked, kOpenMark, ""), kCloseMark, "");
    paper_.extra.emplace_back("title_protected", replace_all(replace_all(marked, kOpenMark, "{"), kCloseMark, "}"));
  }

  void settle_date() {
    const std::string& year_text = !pending_.year.empty() ? pending_.year : paper_.date;
    paper_.year = year_in(year_text);
    if (!pending_.year.empty() && (!paper_.year || std::to_string(*paper_.year) != pending_.year))
      add_extra("year_raw", pending_.year);
    if (pending_.month.empty()) return;
    std::optional<int> month = month_in(pending_.month);
    if (paper_.date.empty() && month && paper_.year)
      paper_.date = std::to_string(*paper_.year) + "-" + two_digits(*month);
    else if (paper_.date.empty() && month)
      paper_.date = pending_.month;
    else
      add_extra("month", pending_.month);
  }

  // eprint is an arXiv id when archivePrefix says so, or when there is no
  // archivePrefix and it has an arXiv id's shape; failing that, the venue
  // or URL may name one.
  void settle_arxiv() {
    bool says_arxiv = lower(pending_.archive) == "arxiv";
    bool eprint_is_arxiv =
        !pending_.eprint.empty() && (says_arxiv || (pending_.archive.empty() && ids::arxiv_key(pending_.eprint)));
    if (eprint_is_arxiv) {
      paper_.arxiv = pending_.eprint;
    } else {
      if (!pending_.eprint.empty()) add_extra("eprint", pending_.eprint);
      if (!pending_.archive.empty()) add_extra("archiveprefix", pending_.archive);
    }
    if (paper_.arxiv.empty()) paper_.arxiv = arxiv_mention(paper_.venue);
    if (paper_.arxiv.empty()) paper_.arxiv = arxiv_mention(paper_.url);
  }

  const ExpandedEntry& entry_;
  PaperSink& sink_;
  Paper paper_;
  Pending pending_;
};

// True when tex[i..] is "and" standing alone between white space.
bool and_at(std::string_view tex, size_t i) {
  if (i == 0 || !is_space(tex[i - 1]) || i + 4 > tex.size()) return false;
  if (lower(tex.substr(i, 3)) != "and") return false;
  return is_space(tex[i + 3]);
}

}  // namespace

std::vector<std::string> split_names(std::string_view tex) {
  std::vector<std::string> names;
  auto add = [&names](std::string_view part) {
    std::string name = tex_to_unicode(part);
    if (!name.empty()) names.push_back(std::move(name));
  };
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < tex.size(); ++i) {
    if (tex[i] == '{') ++depth;
    if (tex[i] == '}' && depth > 0) --depth;
    if (depth == 0 && and_at(tex, i)) {
      add(tex.substr(start, i - start));
      start = i + 3;
    }
  }
  add(tex.substr(start));
  return names;
}

Paper paper_from_entry(const ExpandedEntry& entry, PaperSink& sink) { return PaperBuilder(entry, sink).build(); }

}  // namespace ream::import::bibtex
