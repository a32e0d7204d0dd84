// Choosing the base record of a cluster.
//
// The record kept by --keep most-complete, and the one --keep merge fills
// from the others, used to be the one with most fields.  A CSV export row
// with initials-only authors and a tracking URL then beat a BibLaTeX entry
// with every author's full name, because the row had a field more.  The
// score here still counts fields, but weighs what a reader of the digest
// sees: whole names, an identifier that links the paper, an abstract to
// read, a clean link, and an id that is the paper's own.
#include "record_quality.hh"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace ream::dedupe {
namespace {

// A given name written out: a word of two letters or more, not in
// capitals only ("Bernd", "Jean-Paul"; not "BC", "J.").
bool written_out(std::string_view word) {
  size_t letters = 0, lower = 0;
  for (unsigned char c : word) {
    letters += std::isalpha(c) != 0 || c >= 0x80;
    lower += std::islower(c) != 0 || c >= 0x80;
  }
  return letters >= 2 && lower >= 1 && letters == word.size();
}

// A name is full when it has two written-out words (surname and a given
// name); "Stahl BC", "B. C. Stahl" and "Stahl, B." are not.
bool full_name(std::string_view name) {
  size_t words = 0;
  size_t start = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    bool end = i == name.size() || name[i] == ' ' || name[i] == ',' || name[i] == '.';
    if (!end) continue;
    if (i > start && written_out(name.substr(start, i - start))) ++words;
    start = i + 1;
  }
  return words >= 2;
}

}  // namespace

double full_name_share(const Fields& f) {
  std::vector<std::string> names;
  if (f.authors.size() == 1) {
    names = split_author_string(f.authors.front());
  } else {
    names.assign(f.authors.begin(), f.authors.end());
  }
  if (names.empty()) return 0;
  size_t full = std::count_if(names.begin(), names.end(), [](const std::string& n) { return full_name(n); });
  return static_cast<double>(full) / static_cast<double>(names.size());
}

bool tracking_url(std::string_view url) {
  static const RE2 tracking(R"((?i)[?&;](utm_[a-z]+|cfid|cftoken|fbclid|gclid|sessionid|jsessionid|sid)=)");
  return !url.empty() && RE2::PartialMatch(url, tracking);
}

bool disambiguated_id(std::string_view id) {
  size_t tilde = id.rfind('~');
  if (tilde == std::string_view::npos || tilde + 1 == id.size()) return false;
  return std::all_of(id.begin() + tilde + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool describes_paper(std::string_view key) {
  static constexpr std::array<std::string_view, 18> fields = {
      "title",  "authors", "editors", "abstract", "year",      "date", "venue", "journal", "booktitle",
      "volume", "issue",   "number",  "pages",    "publisher", "type", "url",   "arxiv",   "doi"};
  return std::find(fields.begin(), fields.end(), key) != fields.end();
}

size_t best_base(const std::vector<std::string_view>& ids, const std::vector<float>& quality,
                 bool avoid_renamed_copies) {
  // A member whose id is another member's plus "~N" is a later copy the
  // importer renamed; with `avoid_renamed_copies` it is the base only
  // when every member is one.
  auto renamed_copy = [&](size_t i) {
    if (!avoid_renamed_copies || !disambiguated_id(ids[i])) return false;
    std::string_view plain = ids[i].substr(0, ids[i].rfind('~'));
    return std::find(ids.begin(), ids.end(), plain) != ids.end();
  };
  std::optional<size_t> best;
  for (bool copies : {false, true}) {
    for (size_t i = 0; i < ids.size(); ++i) {
      if (renamed_copy(i) != copies) continue;
      if (!best || quality[i] > quality[*best]) best = i;
    }
    if (best) return *best;
  }
  return 0;
}

std::string_view described_field(std::string_view key) {
  if (key == "et_al") return "authors";
  if (key == "title_protected") return "title";
  if (key == "bibtex_type" || key == "ris_type" || key == "document_type" || key == "genre") return "type";
  constexpr std::string_view raw = "_raw";
  if (key.size() > raw.size() && key.substr(key.size() - raw.size()) == raw)
    return key.substr(0, key.size() - raw.size());
  return {};
}

bool merge_takes(std::string_view key, const HasField& rep_has, const HasField& donor_has, const HasField& from_donor,
                 bool tracking) {
  if (key == "id" || key == "cluster" || key == "merged_from" || key == "filled_from") return false;
  if (rep_has(key) || !donor_has(key)) return false;
  if (key == "url" && tracking) return false;
  std::string_view described = described_field(key);
  if (described.empty()) return true;
  if (from_donor(described)) return true;
  bool raw = key.size() > 4 && key.substr(key.size() - 4) == "_raw";
  return raw && !rep_has(described) && !donor_has(described);
}

double record_quality(const Fields& f, size_t filled_fields) {
  double score = static_cast<double>(filled_fields);
  score += 3.0 * full_name_share(f);
  if (!f.doi.empty() || !f.arxiv.empty()) score += 2.0;
  if (!f.abstract.empty()) score += 1.0 + std::min(2.0, static_cast<double>(f.abstract.size()) / 1000.0);
  if (tracking_url(f.url)) score -= 2.0;
  if (disambiguated_id(f.id)) score -= 1.0;
  return score;
}

}  // namespace ream::dedupe
