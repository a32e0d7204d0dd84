// The records references can resolve to (see known_records.cc).
#ifndef REAM_CITE_KNOWN_RECORDS_HH
#define REAM_CITE_KNOWN_RECORDS_HH

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reference.hh"
#include "title_mentions.hh"

namespace ream::cite {

// What identifies one record: its id and the identifier fields it has.
struct RecordKeys {
  std::string id;
  std::string title;
  std::string arxiv;
  std::string doi;
  std::vector<std::string> isbns;
  std::vector<std::string> urls;
};

class KnownRecords {
 public:
  // With `index_titles` false, titles are kept for the graph but not
  // indexed for mentions (--titles off).
  explicit KnownRecords(bool index_titles = true) : index_titles_(index_titles) {}

  // Adds a record; returns its index.
  size_t add(const RecordKeys& keys);
  // Call once every record is added, before resolve() and titles().
  void build() { titles_.build(); }

  // The record whose id is `id` (the first, when several share it).
  std::optional<size_t> find_id(std::string_view id) const;
  // The record a reference names, if any.
  std::optional<size_t> resolve(const Reference& ref) const;
  // Mentions of known titles in `text`; TitleMention::title is the record.
  std::vector<TitleMention> title_mentions(std::string_view text) const;

  const std::string& id(size_t record) const { return ids_[record]; }
  const std::string& title(size_t record) const { return titles_text_[record]; }
  size_t size() const { return ids_.size(); }

 private:
  void key(std::string k, size_t record);
  long find_key(std::string_view k) const;
  void grow_keys();

  std::vector<std::string> ids_;
  std::vector<std::string> titles_text_;
  // Identifier key -> record, open addressing over entries_ (an
  // unordered_map's node per key was a cache miss and an allocation).
  struct KeyEntry {
    uint64_t hash;
    std::string key;
    size_t record;
  };
  std::vector<KeyEntry> entries_;
  std::vector<uint32_t> slots_;  // index into entries_ + 1; 0 is empty
  bool index_titles_;
  TitleIndex titles_;
};

}  // namespace ream::cite

#endif  // REAM_CITE_KNOWN_RECORDS_HH
