// The fields of a record that dedupe reads, and the features it derives
// from them once per record.
#ifndef REAM_DEDUPE_RECORD_FIELDS_HH
#define REAM_DEDUPE_RECORD_FIELDS_HH

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "author_names.hh"
#include "title_key.hh"

namespace ream::dedupe {

// Record fields as text, decoupled from the host so tests can build them.
struct Fields {
  std::string id;
  std::string title;
  std::vector<std::string> authors;  // one element per array item, or one string
  std::string year;                  // "1995,", "2011" or a number as text
  std::string date;
  std::string venue;
  std::string volume;
  std::string issue;
  std::string pages;
  std::string abstract;
  std::string arxiv;
  std::string doi;
  std::string url;
};

constexpr size_t kSignatureSize = 32;  // MinHash values per title
constexpr size_t kAbstractSignatureSize = 16;

struct PageRange {
  uint32_t first = 0, last = 0;  // 0: unknown
  bool known() const { return first != 0; }
};

// A title field that ran on past the title: the title before the break
// and the venue words after it.  Kept beside the whole title, which stays
// the first reading.  Made for records without a venue of their own, and
// for quoted titles, whose quotes say where the title ends.
struct SwallowedVenue {
  TitleInfo title;
  std::vector<std::string> venue_words;
  bool venue_is_event = false;  // the venue names a meeting's proceedings
  bool quoted = false;
};

// Everything a comparison needs, computed once.
struct Features {
  std::string id;
  std::string arxiv;  // ream::ids keys; a 10.48550/arXiv DOI becomes its arXiv key
  std::string doi;
  TitleInfo title;
  std::array<uint32_t, kSignatureSize> signature{};  // MinHash of title 3-grams
  AuthorList authors;
  int year = 0;
  PageRange pages;
  std::string volume;
  std::string issue;
  std::vector<std::string> venue_words;
  bool venue_is_event = false;                // the venue names a meeting's proceedings
  std::unique_ptr<SwallowedVenue> swallowed;  // rare: null for most records
  std::array<uint32_t, kAbstractSignatureSize> abstract_signature{};
  bool has_abstract = false;
};

Features extract_features(const Fields& fields);

// First plausible publication year (1800-2099) in text such as "1995,".
int parse_year(std::string_view text);
// "pp. 322-331.", "47--65", "1234-56" (abbreviated), "e1002".
PageRange parse_pages(std::string_view text);
// Venue words without the boilerplate that varies between styles.
std::vector<std::string> venue_words(std::string_view venue);
// Words of two venues that agree, allowing abbreviations ("nat" ~
// "nature") and acronyms ("vldb" ~ "very large data bases").
double venue_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b);
// Every word of one venue pairs with the other's: "SIGMOD" inside
// "Proceedings of the 1997 ACM SIGMOD international conference".
bool venue_contained(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Share of equal positions of two MinHash signatures: an estimate of the
// Jaccard similarity of the sets they were made from.
template <size_t N>
double signature_agreement(const std::array<uint32_t, N>& a, const std::array<uint32_t, N>& b) {
  size_t same = 0;
  for (size_t i = 0; i < N; ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(N);
}

}  // namespace ream::dedupe

#endif
