// CSV and TSV rows (see csv_writer.hh).
#include "csv_writer.hh"

#include "paper_values.hh"

namespace ream::exporting {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += "; ";
    out += item;
  }
  return out;
}

}  // namespace

const std::vector<std::string>& default_csv_columns() {
  static const std::vector<std::string> columns = {"key",  "type",  "title",  "authors",  "editors", "year",
                                                   "date", "venue", "volume", "issue",    "pages",   "publisher",
                                                   "doi",  "arxiv", "url",    "keywords", "abstract"};
  return columns;
}

std::string csv_value(const ExportPaper& p, const std::string& key, std::string_view name) {
  if (name == "key") return key;
  if (name == "id") return p.id;
  if (name == "type") return p.type;
  if (name == "title") return p.title;
  if (name == "authors") return joined(p.authors);
  if (name == "editors") return joined(p.editors);
  if (name == "et_al") return p.et_al ? "true" : "";
  if (name == "year") return p.year ? std::to_string(*p.year) : std::string();
  if (name == "date") return p.date;
  if (name == "venue") return p.venue;
  if (name == "volume") return p.volume;
  if (name == "issue") return p.issue;
  if (name == "pages") return p.pages;
  if (name == "publisher") return p.publisher;
  if (name == "doi") return p.doi;
  if (name == "arxiv") return arxiv_id(p.arxiv).empty() ? p.arxiv : arxiv_id(p.arxiv);
  if (name == "url") return p.url;
  if (name == "keywords") return joined(p.keywords);
  if (name == "abstract") return p.abstract;
  if (name == "notes") return p.notes;
  return std::string(extra_value(p, name));
}

void CsvWriter::cell(std::string_view value, std::string& out) const {
  bool quote = value.find_first_of(std::string{delimiter_, '"', '\r', '\n'}) != std::string_view::npos;
  if (!quote) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void CsvWriter::header(std::string& out) const {
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (i) out += delimiter_;
    cell(columns_[i], out);
  }
  out += "\r\n";
}

void CsvWriter::row(const ExportPaper& p, const std::string& key, std::string& out) const {
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (i) out += delimiter_;
    cell(csv_value(p, key, columns_[i]), out);
  }
  out += "\r\n";
}

}  // namespace ream::exporting
