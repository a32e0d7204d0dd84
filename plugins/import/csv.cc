// CSV: RFC 4180 rows, the header row mapping columns to fields.
//
// The reader is a single pass over the text with one state bit (inside a
// quoted cell or not), so embedded delimiters, doubled quotes and line
// breaks inside quotes cost nothing extra and garbage cannot make it loop.
// Exports differ in delimiter, so the header line decides between comma,
// tab and semicolon.  Columns map to fields through the shared alias table
// (paper_fields.hh); unknown columns are kept, in order, as extra fields.
#include "csv.hh"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "paper_extra.hh"
#include "paper_fields.hh"

namespace ream::import {
namespace {

bool is_ream_id(std::string_view id) {
  return id.starts_with("arxiv:") || id.starts_with("doi:") || id.starts_with("title:");
}

// Columns of bibliographic database exports that need more than a
// canonical name: Scopus ("Source title", "Page start", "Author full
// names", "Author Keywords", "Document Type") and Web of Science's
// spreadsheet export ("Article Title", "Source Title", "Start Page",
// "Author Full Names", "Publication Year", "Book Editors"), and Zotero's
// CSV export ("Item Type", "Pages", "Manual Tags").  Keys are
// header names lower-cased with spaces as '_' (normal_name).
enum class Role {
  kNone,
  kPageStart,
  kPageEnd,
  kPages,
  kFullNames,
  kKeywords,
  kDocumentType,
  kEditors,
  kVolume,
  kIssue,
  kPublisher
};

constexpr std::array<std::pair<std::string_view, Role>, 17> kRoles{{
    {"page_start", Role::kPageStart},
    {"start_page", Role::kPageStart},
    {"page_end", Role::kPageEnd},
    {"end_page", Role::kPageEnd},
    {"pages", Role::kPages},  // Zotero's CSV: "Pages", a range
    {"author_full_names", Role::kFullNames},
    {"author_keywords", Role::kKeywords},
    {"keywords", Role::kKeywords},
    {"document_type", Role::kDocumentType},
    {"item_type", Role::kDocumentType},  // Zotero's CSV
    {"manual_tags", Role::kKeywords},    // Zotero's CSV: the user's own tags
    {"editors", Role::kEditors},
    {"editor", Role::kEditors},
    {"book_editors", Role::kEditors},
    {"volume", Role::kVolume},
    {"issue", Role::kIssue},
    {"publisher", Role::kPublisher},
}};

// Names these exports use for canonical fields that the shared alias
// table (paper_fields.cc) does not know.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kExportAliases{{
    {"source_title", "venue"},
    {"article_title", "title"},
    {"link", "url"},
    {"abstract_note", "abstract"},
}};

// Scopus and Web of Science document types, and Zotero item types, as
// CSL types.
std::string_view csl_type_of_document(std::string_view type) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kTypes{{
      {"article", "article-journal"},
      {"review", "article-journal"},
      {"letter", "article-journal"},
      {"note", "article-journal"},
      {"editorial", "article-journal"},
      {"editorial material", "article-journal"},
      {"erratum", "article-journal"},
      {"conference paper", "paper-conference"},
      {"proceedings paper", "paper-conference"},
      {"book chapter", "chapter"},
      {"book", "book"},
      {"data paper", "dataset"},
      {"journalarticle", "article-journal"},
      {"conferencepaper", "paper-conference"},
      {"booksection", "chapter"},
      {"preprint", "article"},
      {"thesis", "thesis"},
      {"report", "report"},
      {"webpage", "webpage"},
      {"manuscript", "manuscript"},
  }};
  std::string lower;
  for (char c : type) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [name, csl] : kTypes)
    if (lower == name) return csl;
  return {};
}

std::string header_key(std::string_view header) {
  std::string out;
  for (char c : header)
    out += c == ' ' || c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Scopus columns kept under the names MEDLINE and Web of Science records
// give the same thing, so that one paper's records agree whatever the
// export: "PubMed ID" (Web of Science's spreadsheet: "Pubmed Id") is pmid,
// "Art. No." (WoS: "Article Number") article_number.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kExtraNames{{
    {"pubmed_id", "pmid"},
    {"art._no.", "article_number"},
    {"article_number", "article_number"},
}};

// Id and source are the importer's own; an input's are kept under these.
// Other columns keep their header, or the shared name above.
std::string kept_name(std::string_view header, std::string_view field) {
  if (field == "id") return "original_id";
  if (field == "source") return "original_source";
  std::string key = header_key(header);
  for (const auto& [name, shared] : kExtraNames)
    if (key == name) return std::string(shared);
  return std::string(header);
}

// "Smith, John (57190000000)" -> "Smith, John": Scopus puts the author id
// after each full name.
std::string without_author_id(std::string_view name) {
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  if (!name.empty() && name.back() == ')') {
    size_t open = name.rfind('(');
    if (open != std::string_view::npos &&
        std::all_of(name.begin() + static_cast<ptrdiff_t>(open) + 1, name.end() - 1,
                    [](char c) { return c >= '0' && c <= '9'; }) &&
        open + 2 < name.size())
      name = name.substr(0, open);
  }
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  return std::string(name);
}

std::vector<std::string> split_semicolons(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = std::min(text.find(';', start), text.size());
    std::string item = without_author_id(text.substr(start, end - start));
    if (!item.empty()) out.push_back(std::move(item));
    start = end + 1;
  }
  return out;
}

std::string json_strings(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const auto& item : items) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (char c : item) {
      if (c == '"' || c == '\\') out += '\\';
      if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
    out += '"';
  }
  return out + "]";
}

// The canonical field a header names, export names included.
std::string_view column_field(std::string_view header) {
  std::string key = header_key(header);
  for (const auto& [alias, field] : kExportAliases)
    if (key == alias) return field;
  return canonical_field(header);
}

Role column_role(std::string_view header) {
  std::string key = header_key(header);
  for (const auto& [alias, role] : kRoles)
    if (key == alias) return role;
  return Role::kNone;
}

struct Column {
  std::string header;
  std::string_view field;  // canonical, or "" for an extra column
  Role role = Role::kNone;
};

class CsvImport {
 public:
  CsvImport(std::string_view text, const FormatOptions& options, PaperSink& out)
      : text_(text), options_(options), out_(out) {}

  void run() {
    size_t eol = text_.find('\n');
    char delimiter = sniff_delimiter(text_.substr(0, eol));
    CsvReader reader(text_, delimiter);
    CsvRow row;
    bool unterminated = false;
    bool have_header = false;
    while (reader.next(row, &unterminated)) {
      if (unterminated) {
        out_.issue({row.line, "unterminated quoted field (a '\"' is never closed)", std::string(row.raw)});
        return;
      }
      if (!have_header) {
        take_header(row);
        have_header = true;
        continue;
      }
      if (row.cells.size() == 1 && row.cells[0].empty()) continue;  // a blank line
      if (ends_cut_short(row)) {
        out_.issue({row.line,
                    fmt::format("row has {} fields; the header has {}, and the file ends inside the row "
                                "without a line break (cut short?)",
                                row.cells.size(), columns_.size()),
                    std::string(row.raw)});
        return;
      }
      if (!take_row(row)) return;
    }
  }

 private:
  void take_header(const CsvRow& row) {
    bool has_full_names = false;
    for (const auto& cell : row.cells) {
      std::string name = cell;
      for (const auto& [from, to] : options_.column_map)
        if (from == cell) name = to;
      Column column{name, column_field(name), column_role(name)};
      if (column.role != Role::kNone) column.field = {};
      has_full_names = has_full_names || column.role == Role::kFullNames;
      columns_.push_back(std::move(column));
    }
    // Scopus and Web of Science give "Authors" abbreviated beside the full
    // names: the full names are the authors, the short forms an extra.
    if (has_full_names)
      for (auto& column : columns_)
        if (column.field == "authors") {
          column.field = {};
          column.header = "authors_abbreviated";
        }
  }

  // Scopus exports before full names were added list the authors as
  // "Arute F., Muller J., de Gaulle C." in one cell, commas between them,
  // beside "Author(s) ID" with one id per author.  When the ids count more
  // than one and splitting at ", " gives exactly that many names, those
  // are the authors; otherwise the cell stays as it was.
  static void split_by_author_ids(Paper& p) {
    if (p.authors.size() != 1) return;
    auto ids = std::find_if(p.extra.begin(), p.extra.end(), [](const auto& e) { return e.first == "Author(s) ID"; });
    if (ids == p.extra.end()) return;
    size_t count = split_semicolons(ids->second).size();
    if (count < 2) return;
    std::vector<std::string> names;
    std::string_view cell = p.authors[0];
    for (size_t start = 0; start <= cell.size();) {
      size_t end = std::min(cell.find(", ", start), cell.size());
      names.emplace_back(cell.substr(start, end - start));
      start = end + 2;
    }
    if (names.size() == count) p.authors = std::move(names);
  }

  // Short rows are accepted (spreadsheets leave out trailing empty cells),
  // but a short last row with no line break after it is where a download
  // or a copy stopped: its last cell may be cut too.
  bool ends_cut_short(const CsvRow& row) const {
    bool last = row.raw.data() + row.raw.size() == text_.data() + text_.size();
    return last && !text_.empty() && text_.back() != '\n' && row.cells.size() < columns_.size();
  }

  bool take_row(const CsvRow& row) {
    if (row.cells.size() > columns_.size())
      return out_.issue({row.line,
                         fmt::format("row has {} fields; the header has {}", row.cells.size(), columns_.size()),
                         std::string(row.raw)});
    Paper p;
    p.line = row.line;
    p.end_line = row.end_line;
    pages_start_.clear();
    pages_end_.clear();
    for (size_t i = 0; i < row.cells.size(); ++i) fill(p, columns_[i], row.cells[i], row.line);
    split_by_author_ids(p);
    if (!pages_start_.empty() || !pages_end_.empty()) {
      std::string pages = pages_start_;
      if (!pages_end_.empty() && pages_end_ != pages_start_) pages += (pages.empty() ? "" : "\u2013") + pages_end_;
      p.extra.emplace_back("pages", pages);
    }
    if (p.title.empty() && p.arxiv.empty() && p.doi.empty())
      return out_.issue({row.line, "row has no title, arxiv or doi", std::string(row.raw)});
    return out_.paper(std::move(p));
  }

  // Columns with a role of their own; false for the others.
  bool fill_role(Paper& p, const Column& column, const std::string& cell) {
    switch (column.role) {
      case Role::kNone:
        return false;
      case Role::kPageStart:
        pages_start_ = cell;
        return true;
      case Role::kPageEnd:
        pages_end_ = cell;
        return true;
      case Role::kPages:
        p.extra.emplace_back("pages", page_range(cell));
        return true;
      case Role::kFullNames:
        p.authors = split_semicolons(cell);
        return true;
      case Role::kEditors:
        p.editors = split_semicolons(cell);
        return true;
      case Role::kKeywords:
        p.extra_json.emplace_back("keywords_source", json_strings(split_semicolons(cell)));
        return true;
      case Role::kDocumentType:
        if (auto csl = csl_type_of_document(cell); !csl.empty()) p.type = csl;
        p.extra.emplace_back("document_type", cell);
        return true;
      case Role::kVolume:
        p.extra.emplace_back("volume", cell);
        return true;
      case Role::kIssue:
        p.extra.emplace_back("issue", cell);
        return true;
      case Role::kPublisher:
        p.extra.emplace_back("publisher", cell);
        return true;
    }
    return false;
  }

  void fill(Paper& p, const Column& column, const std::string& cell, uint64_t line) {
    if (cell.empty()) return;
    if (fill_role(p, column, cell)) return;
    if (column.field.empty() || column.field == "source" || (column.field == "id" && !is_ream_id(cell))) {
      p.extra.emplace_back(kept_name(column.header, column.field), cell);
      return;
    }
    if (column.field == "id") return;  // a ream id: made again from the same fields
    if (auto complaint = set_text_field(p, column.field, cell)) {
      std::string kept = column.field == "year" ? "year_raw" : column.header + "_text";
      out_.warning(line, *complaint + "; kept as field '" + kept + "'");
      p.extra.emplace_back(kept, cell);
    }
  }

  std::string_view text_;
  const FormatOptions& options_;
  PaperSink& out_;
  std::vector<Column> columns_;
  std::string pages_start_, pages_end_;
};

}  // namespace

bool CsvReader::next(CsvRow& row, bool* unterminated) {
  // Runs of ordinary bytes are appended whole: a cell is copied with one
  // append, not a push_back per byte.
  *unterminated = false;
  if (pos_ >= text_.size()) return false;
  row.cells.assign(1, std::string());
  row.line = line_;
  size_t start = pos_;
  bool quoted = false;
  while (pos_ < text_.size()) {
    std::string& cell = row.cells.back();
    if (quoted) {
      size_t quote = text_.find('"', pos_);
      size_t stop = quote == std::string_view::npos ? text_.size() : quote;
      line_ += static_cast<uint64_t>(
          std::count(text_.begin() + static_cast<ptrdiff_t>(pos_), text_.begin() + static_cast<ptrdiff_t>(stop), '\n'));
      cell.append(text_.substr(pos_, stop - pos_));
      pos_ = stop;
      if (quote == std::string_view::npos) break;
      ++pos_;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        cell += '"';
        ++pos_;
      } else {
        quoted = false;
      }
      continue;
    }
    size_t run = pos_;
    while (run < text_.size()) {
      char c = text_[run];
      if (c == delimiter_ || c == '"' || c == '\n' || c == '\r') break;
      ++run;
    }
    cell.append(text_.substr(pos_, run - pos_));
    pos_ = run;
    if (pos_ >= text_.size()) break;
    char c = text_[pos_++];
    if (c == delimiter_) {
      row.cells.emplace_back();
    } else if (c == '"') {
      if (cell.empty())
        quoted = true;
      else
        cell += '"';
    } else if (c == '\n') {
      ++line_;
      break;
    } else if (pos_ < text_.size() && text_[pos_] == '\n') {  // '\r' of a CRLF
      continue;
    } else {
      cell += '\r';
    }
  }
  *unterminated = quoted;
  row.end_line = pos_ > start && text_[pos_ - 1] == '\n' ? line_ - 1 : line_;
  size_t end = pos_;
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  row.raw = text_.substr(start, end - start);
  return true;
}

char sniff_delimiter(std::string_view line) {
  size_t commas = 0, tabs = 0, semicolons = 0;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    commas += c == ',';
    tabs += c == '\t';
    semicolons += c == ';';
  }
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

std::vector<std::string> csv_header_cells(std::string_view line) {
  size_t eol = line.find('\n');
  line = line.substr(0, eol);
  CsvReader reader(line, sniff_delimiter(line));
  CsvRow row;
  bool unterminated = false;
  if (!reader.next(row, &unterminated)) return {};
  for (auto& cell : row.cells) {
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\r')) cell.pop_back();
    while (!cell.empty() && cell.front() == ' ') cell.erase(cell.begin());
  }
  return row.cells;
}

void parse_csv(std::string_view text, const FormatOptions& options, PaperSink& out) {
  CsvImport(text, options, out).run();
}

void parse_csv(std::string_view text, PaperSink& out) { parse_csv(text, FormatOptions{}, out); }

Evidence detect_csv(const Sample& sample) {
  // A header row naming a title column and at least one other field the
  // importer knows, and no row before it: "Title" alone in prose is no
  // table.
  if (sample.lines.empty()) return {};
  std::string title_cell;
  std::vector<std::string> known;
  for (const auto& cell : csv_header_cells(sample.lines.front())) {
    std::string_view field = column_field(cell);
    if (field == "title" && title_cell.empty())
      title_cell = cell;
    else if (!field.empty() || column_role(cell) != Role::kNone)
      known.push_back(cell);
  }
  if (title_cell.empty() || known.empty()) return {};
  return {70, fmt::format("header row with columns '{}' and '{}'", title_cell, known.front())};
}

}  // namespace ream::import
