// The `csv` format: a header row naming fields, one paper per row.
#ifndef REAM_IMPORT_CSV_HH
#define REAM_IMPORT_CSV_HH

#include <string>
#include <string_view>
#include <vector>

#include "format_detect.hh"
#include "paper.hh"

namespace ream::import {

// The cells of a header line, split on the delimiter the line uses.
std::vector<std::string> csv_header_cells(std::string_view line);

// One data row as the table reader returns it.
struct CsvRow {
  uint64_t line = 0;      // where the row starts
  uint64_t end_line = 0;  // and where it ends (quoted cells may hold line breaks)
  std::string_view raw;   // the row's bytes, for --reject
  std::vector<std::string> cells;
};

// Reads RFC 4180 rows: quoted cells with "" escapes and embedded line
// breaks, CRLF or LF.  Returns false at the end; sets `*unterminated` when
// the last row ends inside a quoted cell.
class CsvReader {
 public:
  CsvReader(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter) {}
  bool next(CsvRow& row, bool* unterminated);

 private:
  std::string_view text_;
  char delimiter_;
  size_t pos_ = 0;
  uint64_t line_ = 1;
};

// ',' unless the header line has more tabs or semicolons (outside quotes).
char sniff_delimiter(std::string_view header_line);

void parse_csv(std::string_view text, PaperSink& out);
// With the stage's --map OLD=NEW header renames.
void parse_csv(std::string_view text, const FormatOptions& options, PaperSink& out);

// Evidence for --format auto: a header row naming a title column.
Evidence detect_csv(const Sample& sample);

}  // namespace ream::import

#endif
