// Feature extraction: the per-record work done once so that each of the
// many candidate comparisons is a handful of integer operations.
//
// Identifiers go through ream::ids so every stage agrees on their keys;
// the DataCite DOI of an arXiv paper (10.48550/arXiv.ID) is turned into the
// arXiv key so that it meets the arXiv id.  Titles get a MinHash signature
// over character 3-grams (xxhash, then one multiply-shift per hash
// function), which feeds the LSH blocking and a cheap similarity bound.
// Abstracts get a smaller signature over word 2-grams: enough to tell
// "same abstract" from "different", without keeping the text.
#include "record_fields.hh"
#include "character_references.hh"
#include "key_words.hh"
#include "signature_kernel.hh"

#include <re2/re2.h>
// Inlined: a title hashes a hundred 3-grams, and the call was most of it.
#define XXH_INLINE_ALL
#include <xxhash.h>
#include <ream/identifiers.hpp>
#include <ream/text.hpp>

#include <algorithm>
#include <cctype>
#include <limits>

namespace ream::dedupe {
namespace {

// Odd 64-bit multipliers, one per hash function (splitmix64 outputs).
constexpr uint64_t mix_seed(size_t i) {
  uint64_t z = 0x9E3779B97F4A7C15ull * (i + 1);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return (z ^ (z >> 31)) | 1;
}

template <size_t N>
constexpr std::array<uint64_t, N> make_seeds() {
  std::array<uint64_t, N> seeds{};
  for (size_t i = 0; i < N; ++i) seeds[i] = mix_seed(i);
  return seeds;
}

template <size_t N>
constexpr std::array<uint32_t, N> seed_halves(bool high) {
  std::array<uint32_t, N> halves{};
  for (size_t i = 0; i < N; ++i) halves[i] = static_cast<uint32_t>(high ? mix_seed(i) >> 32 : mix_seed(i));
  return halves;
}

// A MinHash signature of N values: sig[i] is the least, over the hashes
// added, of bits 32..63 of hash * seed i.  The hashes wait in runs of 64
// and go to the kernel (signature_kernel.cc) a run at a time.
template <size_t N>
class SignatureBuilder {
 public:
  SignatureBuilder() { sig_.fill(std::numeric_limits<uint32_t>::max()); }
  void add(uint64_t h) {
    pending_[count_++] = h;
    if (count_ == pending_.size()) flush();
  }
  std::array<uint32_t, N> finish() {
    flush();
    return sig_;
  }

 private:
  void flush() {
    static constexpr auto seeds = make_seeds<N>();
    static constexpr auto low = seed_halves<N>(false), high = seed_halves<N>(true);
    fold_hashes(sig_.data(), SignatureSeeds{seeds.data(), low.data(), high.data(), N}, pending_.data(), count_);
    count_ = 0;
  }
  std::array<uint32_t, N> sig_;
  std::array<uint64_t, 64> pending_;
  size_t count_ = 0;
};

std::array<uint32_t, kSignatureSize> title_signature(std::string_view key) {
  SignatureBuilder<kSignatureSize> sig;
  if (key.size() < 3) {
    if (!key.empty()) sig.add(XXH3_64bits(key.data(), key.size()));
    return sig.finish();
  }
  for (size_t i = 0; i + 3 <= key.size(); ++i) sig.add(XXH3_64bits(key.data() + i, 3));
  return sig.finish();
}

std::array<uint32_t, kAbstractSignatureSize> abstract_signature(std::string_view abstract, bool& any) {
  SignatureBuilder<kAbstractSignatureSize> sig;
  std::string key;  // not thread_local: LeakSanitizer cannot walk a plugin's dynamic TLS
  text::title_key(abstract, key);
  // Word bigrams: the bytes from one word's start to the next one's end.
  const char* previous = nullptr;
  any = false;
  for_each_word(key, [&](std::string_view word) {
    const char* end = word.data() + word.size();
    if (previous) {
      sig.add(XXH3_64bits(previous, static_cast<size_t>(end - previous)));
      any = true;
    }
    previous = word.data();
  });
  return sig.finish();
}

void read_identifiers(const Fields& f, Features& out) {
  if (auto a = ids::arxiv_key(f.arxiv)) out.arxiv = *a;
  if (auto d = ids::doi_key(f.doi)) {
    if (auto a = ids::arxiv_from_doi(*d)) {
      if (out.arxiv.empty()) out.arxiv = *a;
    } else {
      out.doi = *d;
    }
  }
  if (!f.url.empty()) {
    if (out.arxiv.empty())
      if (auto a = ids::arxiv_key(f.url)) out.arxiv = *a;
    if (out.doi.empty())
      if (auto d = ids::doi_key(f.url); d && !ids::arxiv_from_doi(*d)) out.doi = *d;
  }
}

// "N/A", "unknown", "none": what an export writes where it has no value.
// They are read as no value, or "N/A" would be an author every such
// record shares and a venue that never matches a real one.
bool no_value_marker(std::string_view text) {
  std::string key = text::title_key(text);
  return key == "n a" || key == "unknown" || key == "none" || key == "anonymous";
}

// A field as dedupe reads it: character references decoded, no-value markers
// dropped.
std::string readable(std::string_view text) {
  std::string decoded = decode_character_references(text);
  if (decoded.size() <= 12 && no_value_marker(decoded)) return {};
  return decoded;
}

// "Proceedings of ...", "Proc. of the 21st VLDB", "... Conference on
// ...": the title of a meeting's proceedings, which exports pad with the
// publisher, place and dates.
bool names_an_event(std::string_view venue) {
  static const RE2 event(R"((?i)\b(proc|proceedings|conference|conf|symposium|symp|workshop|meeting|congress)\b)");
  return venue.size() > 8 && RE2::PartialMatch(venue, event);
}

}  // namespace

int parse_year(std::string_view text) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    bool boundary_before = i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]));
    bool boundary_after = i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4]));
    if (!boundary_before || !boundary_after) continue;
    int y = 0;
    bool digits = true;
    for (size_t j = i; j < i + 4; ++j) {
      if (!std::isdigit(static_cast<unsigned char>(text[j]))) digits = false;
      y = y * 10 + (text[j] - '0');
    }
    if (digits && y >= 1800 && y <= 2099) return y;
  }
  return 0;
}

PageRange parse_pages(std::string_view text) {
  static const RE2 range(R"((?i)^\D*?(\d{1,7})(?:\s*(?:-+|–|—|to)\s*[a-z]?(\d{1,7}))?)");
  std::string first, last;
  PageRange out;
  // Most records have no pages at all; the pattern needs a digit.
  if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return out;
  if (!RE2::PartialMatch(std::string(text), range, &first, &last)) return out;
  out.first = static_cast<uint32_t>(std::stoul(first));
  out.last = out.first;
  if (!last.empty()) {
    uint32_t l = static_cast<uint32_t>(std::stoul(last));
    if (l < out.first && last.size() < first.size()) {
      // "1234-56" means 1234-1256.
      std::string full = first.substr(0, first.size() - last.size()) + last;
      l = static_cast<uint32_t>(std::stoul(full));
    }
    if (l >= out.first) out.last = l;
  }
  if (out.first == 0) out = PageRange{};
  return out;
}

std::vector<std::string> venue_words(std::string_view venue) {
  static const char* boilerplate[] = {"in",   "proc", "proceedings", "of",         "the",      "on",
                                      "and",  "for",  "annual",      "conference", "conf",     "international",
                                      "intl", "int",  "symposium",   "symp",       "workshop", "journal",
                                      "j",    "pre",  "vol",         "volume",     "pp",       "pages",
                                      "eds",  "ed",   "editor",      "editors",    "press",    "a"};
  std::vector<std::string> words;
  std::string key;  // not thread_local: LeakSanitizer cannot walk a plugin's dynamic TLS
  text::title_key(venue, key);
  for_each_word(key, [&](std::string_view w) {
    bool digits = std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) return;
    if (std::any_of(std::begin(boilerplate), std::end(boilerplate), [&](const char* b) { return w == b; })) return;
    words.emplace_back(w);
  });
  return words;
}

namespace {

// A word of 3 to 8 letters spelling the initials of consecutive unused
// words of the other venue: "vldb" against "very large data bases".
bool acronym_of(const std::string& word, const std::vector<std::string>& other, std::vector<bool>& used) {
  if (word.size() < 3 || word.size() > 8) return false;
  if (!std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  for (size_t start = 0; start + word.size() <= other.size(); ++start) {
    bool spelled = true;
    for (size_t k = 0; k < word.size() && spelled; ++k)
      spelled = !used[start + k] && other[start + k].size() > 1 && other[start + k][0] == word[k];
    if (!spelled) continue;
    for (size_t k = 0; k < word.size(); ++k) used[start + k] = true;
    return true;
  }
  return false;
}

// Which words of each venue pair with a word (or, for an acronym, words)
// of the other.
struct VenuePairing {
  size_t matched_a = 0, matched_b = 0;
};

VenuePairing pair_venue_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  auto abbreviates = [](const std::string& x, const std::string& y) {
    const std::string& shorter = x.size() <= y.size() ? x : y;
    const std::string& longer = x.size() <= y.size() ? y : x;
    return shorter.size() >= 3 ? longer.starts_with(shorter) : shorter == longer;
  };
  std::vector<bool> used_a(a.size(), false), used_b(b.size(), false);
  for (size_t i = 0; i < a.size(); ++i) {
    for (size_t j = 0; j < b.size(); ++j) {
      if (used_b[j] || !abbreviates(a[i], b[j])) continue;
      used_a[i] = used_b[j] = true;
      break;
    }
  }
  // Acronyms, either way round, from the words no plain pairing took.
  for (size_t i = 0; i < a.size(); ++i)
    if (!used_a[i] && acronym_of(a[i], b, used_b)) used_a[i] = true;
  for (size_t j = 0; j < b.size(); ++j)
    if (!used_b[j] && acronym_of(b[j], a, used_a)) used_b[j] = true;
  return {static_cast<size_t>(std::count(used_a.begin(), used_a.end(), true)),
          static_cast<size_t>(std::count(used_b.begin(), used_b.end(), true))};
}

}  // namespace

double venue_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return -1.0;
  VenuePairing p = pair_venue_words(a, b);
  return std::min(static_cast<double>(p.matched_a) / static_cast<double>(a.size()),
                  static_cast<double>(p.matched_b) / static_cast<double>(b.size()));
}

bool venue_contained(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  VenuePairing p = pair_venue_words(a, b);
  return p.matched_a == a.size() || p.matched_b == b.size();
}

Features extract_features(const Fields& f) {
  Features out;
  out.id = f.id;
  read_identifiers(f, out);
  std::string title = readable(f.title);
  out.title = analyse_title(title);
  out.signature = title_signature(out.title.key);
  std::vector<std::string> authors;
  for (const auto& a : f.authors)
    if (auto name = readable(a); !name.empty()) authors.push_back(std::move(name));
  std::vector<std::string_view> author_fields(authors.begin(), authors.end());
  out.authors = parse_authors(author_fields);
  out.year = parse_year(f.year);
  if (!out.year) out.year = parse_year(f.date);
  out.pages = parse_pages(f.pages);
  text::title_key(f.volume, out.volume);
  text::title_key(f.issue, out.issue);
  std::string venue = readable(f.venue);
  out.venue_words = venue_words(venue);
  out.venue_is_event = names_an_event(venue);
  if (auto split = split_title_tail(title); split && (split->quoted || out.venue_words.empty())) {
    auto tail_words = venue_words(split->tail);
    if (!tail_words.empty() || split->quoted)
      out.swallowed = std::make_unique<SwallowedVenue>(
          SwallowedVenue{analyse_title(split->title), std::move(tail_words), split->quoted});
  }
  if (!f.abstract.empty()) out.abstract_signature = abstract_signature(f.abstract, out.has_abstract);
  if (out.id.empty()) out.id = ids::record_id(f.arxiv, f.doi, f.title);
  return out;
}

}  // namespace ream::dedupe
