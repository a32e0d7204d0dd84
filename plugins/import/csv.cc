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

#include <fmt/format.h>

#include "paper_fields.hh"

namespace ream::import {
namespace {

// Id and source are the importer's own; an input's are kept under these.
std::string kept_name(std::string_view header, std::string_view field) {
  if (field == "id") return "original_id";
  if (field == "source") return "original_source";
  return std::string(header);
}

bool is_ream_id(std::string_view id) {
  return id.starts_with("arxiv:") || id.starts_with("doi:") || id.starts_with("title:");
}

struct Column {
  std::string header;
  std::string_view field;  // canonical, or "" for an extra column
};

class CsvImport {
 public:
  CsvImport(std::string_view text, PaperSink& out) : text_(text), out_(out) {}

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
      if (!take_row(row)) return;
    }
  }

 private:
  void take_header(const CsvRow& row) {
    for (const auto& cell : row.cells) columns_.push_back({cell, canonical_field(cell)});
  }

  bool take_row(const CsvRow& row) {
    if (row.cells.size() > columns_.size())
      return out_.issue({row.line,
                         fmt::format("row has {} fields; the header has {}", row.cells.size(), columns_.size()),
                         std::string(row.raw)});
    Paper p;
    p.line = row.line;
    p.end_line = row.line + static_cast<uint64_t>(std::count(row.raw.begin(), row.raw.end(), '\n'));
    for (size_t i = 0; i < row.cells.size(); ++i) fill(p, columns_[i], row.cells[i], row.line);
    if (p.title.empty() && p.arxiv.empty() && p.doi.empty())
      return out_.issue({row.line, "row has no title, arxiv or doi", std::string(row.raw)});
    return out_.paper(std::move(p));
  }

  void fill(Paper& p, const Column& column, const std::string& cell, uint64_t line) {
    if (cell.empty()) return;
    if (column.field.empty() || column.field == "source" || (column.field == "id" && !is_ream_id(cell))) {
      p.extra.emplace_back(kept_name(column.header, column.field), cell);
      return;
    }
    if (column.field == "id") return;  // a ream id: made again from the same fields
    if (auto complaint = set_text_field(p, column.field, cell)) {
      out_.warning(line, *complaint + "; kept as field '" + column.header + "_text'");
      p.extra.emplace_back(column.header + "_text", cell);
    }
  }

  std::string_view text_;
  PaperSink& out_;
  std::vector<Column> columns_;
};

}  // namespace

bool CsvReader::next(CsvRow& row, bool* unterminated) {
  *unterminated = false;
  if (pos_ >= text_.size()) return false;
  row.cells.assign(1, std::string());
  row.line = line_;
  size_t start = pos_;
  bool quoted = false;
  while (pos_ < text_.size()) {
    char c = text_[pos_++];
    if (c == '\n') ++line_;
    if (quoted) {
      if (c != '"') {
        row.cells.back() += c;
      } else if (pos_ < text_.size() && text_[pos_] == '"') {
        row.cells.back() += '"';
        ++pos_;
      } else {
        quoted = false;
      }
      continue;
    }
    if (c == delimiter_) {
      row.cells.emplace_back();
    } else if (c == '"' && row.cells.back().empty()) {
      quoted = true;
    } else if (c == '\n') {
      break;
    } else if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') {
      continue;
    } else {
      row.cells.back() += c;
    }
  }
  *unterminated = quoted;
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

void parse_csv(std::string_view text, PaperSink& out) { CsvImport(text, out).run(); }

Evidence detect_csv(const Sample& sample) {
  // A header row naming a title column and at least one other field the
  // importer knows, and no row before it: "Title" alone in prose is no
  // table.
  if (sample.lines.empty()) return {};
  std::string title_cell;
  std::vector<std::string> known;
  for (const auto& cell : csv_header_cells(sample.lines.front())) {
    std::string_view field = canonical_field(cell);
    if (field == "title" && title_cell.empty())
      title_cell = cell;
    else if (!field.empty())
      known.push_back(cell);
  }
  if (title_cell.empty() || known.empty()) return {};
  return {70, fmt::format("header row with columns '{}' and '{}'", title_cell, known.front())};
}

}  // namespace ream::import
