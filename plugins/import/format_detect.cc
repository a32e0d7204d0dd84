// Recognising a format from content (`--format auto`).
//
// Each format has a mark that the others lack, tested in an order where
// no earlier test can claim a later format's files: JSON Lines starts with
// "{", BibTeX with "@type{", RIS with "TY  - "; paper notes have a
// "### Paper NN" heading; CSV has a header row naming a title column.
// hf-papers has no syntax at all, so it is last and needs evidence: a
// furniture line of the page, or a short line followed by a long
// paragraph (a title and its abstract).  Only the first kSample bytes are
// looked at, so detection costs nothing on a large dump.
#include "format_detect.hh"

#include <array>
#include <vector>

#include <re2/re2.h>

#include "csv.hh"
#include "hf_papers.hh"
#include "paper_fields.hh"

namespace ream::import {
namespace {

constexpr size_t kSample = 1 << 16;
constexpr size_t kSampleLines = 60;
constexpr size_t kTitleMax = 300, kAbstractMin = 200;

constexpr std::array<std::pair<Format, std::string_view>, 6> kNames{{
    {Format::kHfPapers, "hf-papers"},
    {Format::kPaperNotes, "paper-notes"},
    {Format::kBibtex, "bibtex"},
    {Format::kRis, "ris"},
    {Format::kCsv, "csv"},
    {Format::kJsonl, "jsonl"},
}};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The first non-blank lines of the sample, trimmed.
std::vector<std::string_view> first_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  text = text.substr(0, kSample);
  while (!text.empty() && lines.size() < kSampleLines) {
    size_t nl = text.find('\n');
    std::string_view line = trim(text.substr(0, nl));
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

bool looks_bibtex(const std::vector<std::string_view>& lines) {
  static const RE2 entry(R"(^@\s*[A-Za-z]+\s*[{(].*)");
  for (auto line : lines) {
    if (line.front() == '%') continue;  // BibTeX comment lines before the first entry
    return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), entry);
  }
  return false;
}

bool looks_paper_notes(std::string_view text) {
  static const RE2 heading(R"((?im)^#{1,6}[ \t]*(?:paper|article)[ \t]*#?[ \t]*\d+)");
  text = text.substr(0, kSample);
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), heading);
}

bool looks_csv(std::string_view first_line) {
  for (const auto& cell : csv_header_cells(first_line))
    if (canonical_field(cell) == "title") return true;
  return false;
}

bool looks_hf_papers(const std::vector<std::string_view>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (is_hf_furniture(lines[i]) || is_hf_date(lines[i])) return true;
    if (i + 1 < lines.size() && lines[i].size() <= kTitleMax && lines[i + 1].size() >= kAbstractMin) return true;
  }
  return false;
}

}  // namespace

std::string_view format_name(Format f) {
  for (const auto& [format, name] : kNames)
    if (format == f) return name;
  return "?";
}

std::optional<Format> format_by_name(std::string_view name) {
  for (const auto& [format, known] : kNames)
    if (known == name) return format;
  return std::nullopt;
}

std::string format_list() {
  std::string out;
  for (const auto& [format, name] : kNames) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

std::optional<Format> detect_format(std::string_view text) {
  std::vector<std::string_view> lines = first_lines(text);
  if (lines.empty()) return std::nullopt;
  if (lines.front().front() == '{') return Format::kJsonl;
  if (looks_bibtex(lines)) return Format::kBibtex;
  if (lines.front().substr(0, 6) == "TY  - ") return Format::kRis;
  if (looks_paper_notes(text)) return Format::kPaperNotes;
  if (looks_csv(lines.front())) return Format::kCsv;
  if (looks_hf_papers(lines)) return Format::kHfPapers;
  return std::nullopt;
}

}  // namespace ream::import
