// Resolving references to records of the stream (or of --index).
//
// Every identifier a record carries is turned into the same key form the
// scanners produce ("arxiv:2312.03884", "doi:10.1000/xyz", "isbn:...",
// "url:..."), so resolving a reference is one hash lookup.  The record's
// own id is a key too, since ream ids are "arxiv:KEY" or "doi:KEY".
// When two records claim the same identifier (duplicates in the stream)
// the first one keeps it: links then point at a stable target.
#include "known_records.hh"

#include <xxhash.h>

#include <cstring>
#include <ream/identifiers.hpp>

#include "arxiv_scanner.hh"

namespace ream::cite {
namespace {

std::string isbn_digits(std::string_view s) {
  std::string out;
  for (char c : s)
    if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') out += static_cast<char>(c == 'x' ? 'X' : c);
  return out;
}

}  // namespace

long KnownRecords::find_key(std::string_view k) const {
  if (slots_.empty()) return -1;
  uint64_t hash = XXH3_64bits(k.data(), k.size());
  for (size_t i = hash & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
    if (slots_[i] == 0) return -1;
    const KeyEntry& e = entries_[slots_[i] - 1];
    if (e.hash == hash) return static_cast<long>(e.record);
  }
}

void KnownRecords::grow_keys() {
  slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, 0);
  for (uint32_t e = 0; e < entries_.size(); ++e) {
    size_t i = entries_[e].hash & (slots_.size() - 1);
    while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = e + 1;
  }
}

void KnownRecords::key(std::string k, size_t record) {
  if (find_key(k) >= 0) return;  // the first record to claim a key keeps it
  if ((entries_.size() + 1) * 2 > slots_.size()) grow_keys();
  uint64_t hash = XXH3_64bits(k.data(), k.size());
  size_t i = hash & (slots_.size() - 1);
  while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
  entries_.push_back({hash, static_cast<uint32_t>(record)});
  slots_[i] = static_cast<uint32_t>(entries_.size());
}

size_t KnownRecords::add(const RecordKeys& keys) {
  size_t record = ids_.size();
  ids_.push_back(keys.id);
  titles_text_.push_back(keep_titles_ ? std::string_view(keys.title) : std::string_view());
  key(keys.id, record);
  // Most records lack one of the two; the key functions' regular
  // expressions cost thousands of instructions even on an empty field.
  if (auto arxiv = keys.arxiv.empty() ? std::string() : arxiv_id_key(keys.arxiv, 9999); !arxiv.empty())
    key("arxiv:" + arxiv, record);
  if (auto doi = keys.doi.empty() ? std::nullopt : ids::doi_key(keys.doi)) {
    key("doi:" + *doi, record);
    if (auto arxiv = ids::arxiv_from_doi(*doi)) key("arxiv:" + *arxiv, record);
  }
  for (const auto& isbn : keys.isbns) key("isbn:" + isbn_digits(isbn), record);
  for (const auto& url : keys.urls) key("url:" + url, record);
  titles_.add(index_titles_ ? std::string_view(keys.title) : std::string_view());  // title index == record index
  return record;
}

std::optional<size_t> KnownRecords::find_id(std::string_view id) const {
  long record = find_key(id);
  if (record < 0) return std::nullopt;
  return static_cast<size_t>(record);
}

std::optional<size_t> KnownRecords::resolve(const Reference& ref) const {
  // The key is built in a stack buffer: a string per reference was an
  // allocation per link.
  std::string_view kind = kind_name(ref.kind);
  char buffer[256];
  size_t size = kind.size() + 1 + ref.id.size();
  long record;
  if (size <= sizeof buffer) {
    std::memcpy(buffer, kind.data(), kind.size());
    buffer[kind.size()] = ':';
    std::memcpy(buffer + kind.size() + 1, ref.id.data(), ref.id.size());
    record = find_key(std::string_view(buffer, size));
  } else {
    record = find_key(std::string(kind) + ":" + ref.id);
  }
  if (record < 0) return std::nullopt;
  return static_cast<size_t>(record);
}

std::vector<TitleMention> KnownRecords::title_mentions(std::string_view text) const { return titles_.find(text); }

}  // namespace ream::cite
