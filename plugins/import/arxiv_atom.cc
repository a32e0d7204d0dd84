// Reading the arXiv API's Atom feed (see arxiv.hh) with Expat.
//
// Expat is a streaming (SAX) parser: the feed is never held as a tree, a
// malformed document stops at its exact line, and its entity expansion is
// bounded (billion-laughs protection), which is what a fuzzed parser of
// downloaded files needs.  Names arrive namespace-qualified ("URI name"),
// so <arxiv:doi> is told from anything else called doi.  An <entry> is
// collected into a Paper and emitted at </entry>; the API reports a bad
// query as an entry whose id is an .../api/errors URL, which becomes an
// Issue with its message.
#include <expat.h>
#include <fmt/format.h>

#include <ream/identifiers.hpp>

#include <algorithm>
#include <cstring>

#include "arxiv.hh"
#include "bibtex_arxiv.hh"
#include "input_text.hh"
#include "paper_extra.hh"
#include "tex_unicode.hh"

namespace ream::import {
namespace {

constexpr std::string_view kAtom = "http://www.w3.org/2005/Atom ";
constexpr std::string_view kArxiv = "http://arxiv.org/schemas/atom ";

// Summaries are hard-wrapped: single line breaks are spaces, blank lines
// part paragraphs.
std::string paragraphs(std::string_view text) {
  std::string out;
  size_t newlines = 0;
  bool space = false;
  for (char c : text) {
    if (c == '\n') {
      ++newlines;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      space = true;
    } else {
      if (!out.empty() && newlines > 1)
        out += "\n\n";
      else if (!out.empty() && (newlines > 0 || space))
        out += ' ';
      newlines = 0;
      space = false;
      out += c;
    }
  }
  return out;
}

class AtomReader {
 public:
  AtomReader(std::string_view text, PaperSink& out) : text_(text), out_(out) {
    parser_ = XML_ParserCreateNS(nullptr, ' ');
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &AtomReader::on_start, &AtomReader::on_end);
    XML_SetCharacterDataHandler(parser_, &AtomReader::on_text);
  }
  ~AtomReader() { XML_ParserFree(parser_); }
  AtomReader(const AtomReader&) = delete;
  AtomReader& operator=(const AtomReader&) = delete;

  void run() {
    // Expat takes an int length: a larger file goes in pieces.
    constexpr size_t kPiece = 1 << 30;
    for (size_t at = 0; at <= text_.size() && !stopped_; at += kPiece) {
      size_t n = std::min(kPiece, text_.size() - at);
      bool last = at + n >= text_.size();
      if (XML_Parse(parser_, text_.data() + at, static_cast<int>(n), last) == XML_STATUS_ERROR) {
        if (stopped_) return;
        uint64_t line = XML_GetCurrentLineNumber(parser_);
        size_t offset = static_cast<size_t>(std::max<XML_Index>(0, XML_GetCurrentByteIndex(parser_)));
        out_.issue({line, fmt::format("invalid XML: {}", XML_ErrorString(XML_GetErrorCode(parser_))),
                    std::string(line_around(text_, std::min(offset, text_.size())))});
        return;
      }
      if (last) break;
    }
  }

 private:
  static void on_start(void* self, const XML_Char* name, const XML_Char** attributes) {
    static_cast<AtomReader*>(self)->start(name, attributes);
  }
  static void on_end(void* self, const XML_Char* name) { static_cast<AtomReader*>(self)->end(name); }
  static void on_text(void* self, const XML_Char* s, int len) {
    auto* r = static_cast<AtomReader*>(self);
    if (r->collecting_) r->text_buffer_.append(s, static_cast<size_t>(len));
  }

  static std::string_view attribute(const XML_Char** attributes, std::string_view name) {
    for (size_t i = 0; attributes[i]; i += 2)
      if (name == attributes[i]) return attributes[i + 1];
    return {};
  }

  void start(std::string_view name, const XML_Char** attributes) {
    if (name == std::string(kAtom) + "entry") {
      in_entry_ = true;
      paper_ = Paper{};
      paper_.line = XML_GetCurrentLineNumber(parser_);
      entry_start_ = static_cast<size_t>(std::max<XML_Index>(0, XML_GetCurrentByteIndex(parser_)));
      categories_.clear();
      entry_doi_.clear();
      return;
    }
    if (!in_entry_) return;
    text_buffer_.clear();
    collecting_ = true;
    if (name == std::string(kAtom) + "link" && attribute(attributes, "title") == "doi" && entry_doi_.empty())
      entry_doi_ = attribute(attributes, "href");
    if (name == std::string(kAtom) + "category") categories_.emplace_back(attribute(attributes, "term"));
    if (name == std::string(kArxiv) + "primary_category")
      put_text(paper_, "primary_category", attribute(attributes, "term"));
  }

  void end(std::string_view name) {
    collecting_ = false;
    if (!in_entry_) return;
    std::string value = std::move(text_buffer_);
    text_buffer_.clear();
    if (name.starts_with(kAtom)) return atom_element(name.substr(kAtom.size()), value);
    if (!name.starts_with(kArxiv)) return;
    std::string_view local = name.substr(kArxiv.size());
    if (local == "doi") entry_doi_ = value;
    if (local == "comment") paper_.notes = paragraphs(value);
    if (local == "journal_ref") put_text(paper_, "journal_ref", paragraphs(value));
  }

  void atom_element(std::string_view local, const std::string& value) {
    if (local == "id") id_ = value;
    // arXiv keeps its metadata as its authors typed it: accents in TeX.
    if (local == "title") paper_.title = tex_accents_to_unicode(paragraphs(value));
    if (local == "summary") paper_.abstract = tex_accents_to_unicode(paragraphs(value));
    if (local == "name") paper_.authors.push_back(tex_accents_to_unicode(paragraphs(value)));
    if (local == "published" && value.size() >= 10) {
      std::string iso = value.substr(0, 10);
      int y = 0, m = 0, d = 0;
      if (std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3 && iso_date(y, m, d) == iso) {
        paper_.date = iso;
        paper_.year = y;
      }
    }
    if (local == "entry") finish_entry();
  }

  void finish_entry() {
    in_entry_ = false;
    paper_.end_line = XML_GetCurrentLineNumber(parser_);
    size_t end = static_cast<size_t>(std::max<XML_Index>(0, XML_GetCurrentByteIndex(parser_)));
    std::string raw(text_.substr(std::min(entry_start_, text_.size()), end - std::min(entry_start_, end)));
    raw += "</entry>";
    if (id_.find("/api/errors") != std::string::npos) {
      if (!out_.issue({paper_.line, "the arXiv API reports an error: " + paper_.abstract, raw})) stop();
      return;
    }
    paper_.arxiv = arxiv_mention(id_);
    paper_.url = paper_.arxiv.empty() ? std::string() : id_;
    paper_.doi = doi_of(entry_doi_);
    settle_arxiv_paper(paper_);
    put_list(paper_, "categories", categories_);
    id_.clear();
    if (paper_.title.empty() && paper_.arxiv.empty()) {
      if (!out_.issue({paper_.line, "entry has no title or arXiv id", raw})) stop();
      return;
    }
    if (!out_.paper(std::move(paper_))) stop();
  }

  void stop() {
    stopped_ = true;
    XML_StopParser(parser_, XML_FALSE);
  }

  std::string_view text_;
  PaperSink& out_;
  XML_Parser parser_;
  bool in_entry_ = false, collecting_ = false, stopped_ = false;
  size_t entry_start_ = 0;
  std::string text_buffer_, id_, entry_doi_;
  std::vector<std::string> categories_;
  Paper paper_;
};

}  // namespace

void parse_arxiv_atom(std::string_view text, PaperSink& out) { AtomReader(text, out).run(); }

}  // namespace ream::import
