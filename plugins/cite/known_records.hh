// The records references can resolve to (see known_records.cc).
#ifndef REAM_CITE_KNOWN_RECORDS_HH
#define REAM_CITE_KNOWN_RECORDS_HH

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "huge_pages.hh"
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
  // With `index_titles` false, titles are not indexed for mentions
  // (--titles off); with `keep_titles` false, title() is empty (only the
  // graph needs titles, and at a million records they cost 100 MB).
  explicit KnownRecords(bool index_titles = true, bool keep_titles = true)
      : index_titles_(index_titles), keep_titles_(keep_titles) {}

  // What add() stores of a record, made from its keys on any thread: the
  // identifier keys' hashes (the regular expressions that normalise them
  // and the hashing are most of the work) and the title's words.  A batch
  // of records is prepared on the run's workers and added in input order.
  struct Prepared {
    std::string id;
    std::string title;                 // empty unless titles are kept
    std::vector<uint64_t> key_hashes;  // in the order they are claimed
    TitleIndex::TitleWords title_words;
  };
  // Fills `out`, reusing its storage.
  void prepare(const RecordKeys& keys, Prepared& out) const;
  // Adds a record; returns its index.
  size_t add(const Prepared& record);
  size_t add(const RecordKeys& keys) {
    Prepared p;
    prepare(keys, p);
    return add(p);
  }
  // Call once every record is added, before resolve() and titles().
  void build() { titles_.build(); }

  // The record whose id is `id` (the first, when several share it).
  std::optional<size_t> find_id(std::string_view id) const;
  // The record a reference names, if any.
  std::optional<size_t> resolve(const Reference& ref) const;
  // Mentions of known titles in `text`; TitleMention::title is the record.
  std::vector<TitleMention> title_mentions(std::string_view text) const;
  // The same with the caller's scratch space, so several threads may
  // look for mentions at once (one Scratch each).
  using Scratch = TitleIndex::Scratch;
  std::vector<TitleMention> title_mentions(std::string_view text, Scratch& scratch) const {
    return titles_.find(text, scratch);
  }

  std::string_view id(size_t record) const { return ids_.at(record); }
  std::string_view title(size_t record) const { return keep_titles_ ? titles_text_.at(record) : std::string_view(); }
  size_t size() const { return ids_.size(); }

 private:
  void key(uint64_t hash, size_t record);
  long find_key(std::string_view k) const;
  long find_hash(uint64_t hash) const;
  void grow_keys();

  // Strings of every record back to back: one allocation, not one each.
  class Arena {
   public:
    void push_back(std::string_view s) {
      text_.append(s);
      ends_.push_back(text_.size());
    }
    std::string_view at(size_t i) const {
      size_t begin = i == 0 ? 0 : ends_[i - 1];
      return std::string_view(text_).substr(begin, ends_[i] - begin);
    }
    size_t size() const { return ends_.size(); }

   private:
    std::string text_;
    std::vector<uint64_t> ends_;
  };

  Arena ids_;
  Arena titles_text_;
  // Identifier key -> record, open addressing over entries_ (an
  // unordered_map's node per key was a cache miss and an allocation).
  // Keys are compared by their 64-bit XXH3 hash alone: storing the key
  // text was a third of the index at a million records, and two of a few
  // million keys share a 64-bit hash with a chance of about 1e-6.
  struct __attribute__((packed)) KeyEntry {  // 12 bytes, not 16: millions of keys
    uint64_t hash;
    uint32_t record;
  };
  HugeVector<KeyEntry> entries_;
  HugeVector<uint32_t> slots_;  // index into entries_ + 1; 0 is empty
  bool index_titles_;
  bool keep_titles_;
  TitleIndex titles_;
};

}  // namespace ream::cite

#endif  // REAM_CITE_KNOWN_RECORDS_HH
