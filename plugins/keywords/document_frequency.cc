// The DF table: counting, and the TSV file format described in the header.
//
// Loading adds to what is already counted, so tables from several corpora
// can be combined by loading one after another.
#include "document_frequency.hh"

#include <ream/lines.hpp>

#include <ream/plugin.hpp>

#include <algorithm>
#include <charconv>

namespace ream::keywords {

namespace {

bool parse_count(std::string_view s, uint64_t& out) {
  if (s.empty()) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

void DocumentFrequency::add_document(std::span<const uint32_t> distinct_terms) {
  ++documents_;
  for (uint32_t t : distinct_terms) {
    if (t >= counts_.size()) counts_.resize(std::max<size_t>(t + 1, terms_.size()), 0);
    ++counts_[t];
  }
}

void DocumentFrequency::add_document(const TermTable& from, std::span<const uint32_t> distinct_terms,
                                     std::vector<uint32_t>& ours) {
  ++documents_;
  for (uint32_t t : distinct_terms) {
    if (t >= ours.size()) ours.resize(std::max<size_t>(t + 1, from.size()), TermTable::kNone);
    uint32_t& id = ours[t];
    if (id == TermTable::kNone) id = terms_.intern(from.stem(t));
    if (id >= counts_.size()) counts_.resize(std::max<size_t>(id + 1, terms_.size()), 0);
    ++counts_[id];
  }
}

void DocumentFrequency::load(std::string_view text, std::string_view origin) {
  const std::string file(origin);
  bool have_header = false;
  uint64_t table_documents = 0;
  size_t line_no = 0;
  for (const auto& [line, number] : ream::Lines(text)) {
    line_no = number;
    if (line.empty() || line.front() == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || line.find('\t', tab + 1) != std::string_view::npos)
      throw DataError("expected two tab-separated columns", file, line_no);
    std::string_view key = line.substr(0, tab);
    uint64_t value = 0;
    if (!parse_count(line.substr(tab + 1), value))
      throw DataError("count is not a whole number: '" + std::string(line.substr(tab + 1)) + "'", file, line_no);
    if (!have_header) {
      if (key != "documents") throw DataError("expected the header 'documents<TAB>N' first", file, line_no);
      have_header = true;
      table_documents = value;
      continue;
    }
    if (key.empty()) throw DataError("empty term", file, line_no);
    if (value > table_documents)
      throw DataError(
          "count " + std::to_string(value) + " exceeds the document count " + std::to_string(table_documents), file,
          line_no);
    uint32_t id = terms_.intern(key);
    if (id >= counts_.size()) counts_.resize(std::max<size_t>(id + 1, terms_.size()), 0);
    counts_[id] += value;
  }
  if (!have_header) throw DataError("no 'documents<TAB>N' header: not a ream keywords DF table", file, line_no);
  documents_ += table_documents;
}

std::string DocumentFrequency::save() const {
  std::vector<uint32_t> ids;
  for (uint32_t id = 0; id < counts_.size(); ++id)
    if (counts_[id] > 0) ids.push_back(id);
  std::sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) { return terms_.stem(a) < terms_.stem(b); });
  std::string out = "# ream keywords document frequencies: Snowball English stems\n";
  out += "documents\t" + std::to_string(documents_) + "\n";
  for (uint32_t id : ids) {
    out += terms_.stem(id);
    out += '\t';
    out += std::to_string(counts_[id]);
    out += '\n';
  }
  return out;
}

}  // namespace ream::keywords
