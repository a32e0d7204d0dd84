// Papers as CSV (RFC 4180) or TSV rows under a header of chosen columns.
//
// A column is a record field's name; the paper's own fields take the
// names of ream-record(5) (authors, venue, ...) plus `key` (the citation
// key written in the other formats) and `type` (the CSL type).  Lists
// (authors, editors, keywords) are joined with "; ", which ream import
// splits again.  A cell holding the delimiter, a double quote or a line
// break is quoted, with its quotes doubled, in TSV as in CSV, so a
// reader that follows RFC 4180 gets every cell back; rows end in CRLF.
#ifndef REAM_EXPORT_CSV_WRITER_HH
#define REAM_EXPORT_CSV_WRITER_HH

#include <string>
#include <vector>

#include "export_paper.hh"

namespace ream::exporting {

// The columns written when --fields is not given.
const std::vector<std::string>& default_csv_columns();

class CsvWriter {
 public:
  CsvWriter(std::vector<std::string> columns, char delimiter) : columns_(std::move(columns)), delimiter_(delimiter) {}

  void header(std::string& out) const;
  void row(const ExportPaper& paper, const std::string& key, std::string& out) const;

 private:
  void cell(std::string_view value, std::string& out) const;

  std::vector<std::string> columns_;
  char delimiter_;
};

// The text of column `name` for a paper.
std::string csv_value(const ExportPaper& paper, const std::string& key, std::string_view name);

}  // namespace ream::exporting

#endif
