// The records references can resolve to (see known_records.cc).
#ifndef REAM_CITE_KNOWN_RECORDS_HH
#define REAM_CITE_KNOWN_RECORDS_HH

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "huge_pages.hh"
#include "index_file.hh"
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
  KnownRecords(const KnownRecords&) = delete;  // the views point into the tables
  KnownRecords& operator=(const KnownRecords&) = delete;
  KnownRecords(KnownRecords&&) = default;  // a move keeps the tables' buffers
  KnownRecords& operator=(KnownRecords&&) = default;

  // The built index (titles kept and indexed) into a binary index file
  // (cite --build-index), and an index read from one: the file is mapped
  // and its tables read where they lie (see index_file.hh); nothing may
  // be added after.  Refuses a file that is not a valid index of this
  // format with a DataError naming it.
  void save(index_file::Writer& out) const;
  void map_file(const std::string& path);
  // The same over the bytes of an index (64-byte aligned), which must
  // outlive this object; `path` names them in messages.
  void map(std::string_view bytes, const std::string& path);

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

  // Every exact mention and each title's first fuzzy window, unfiltered
  // (TitleIndex::find_raw): one shard's share of a merge.
  void raw_title_mentions(std::string_view text, Scratch& scratch, std::vector<TitleMention>& exact,
                          std::vector<TitleMention>& fuzzy) const {
    titles_.find_raw(text, scratch, exact, fuzzy);
  }
  // Bigrams shared by too many titles of the whole input, when these
  // records are one shard of it (TitleIndex::exclude_bigrams); before build().
  void exclude_bigrams(std::vector<uint64_t> sorted_keys) { titles_.exclude_bigrams(std::move(sorted_keys)); }

  std::string_view id(size_t record) const { return ids_.at(record); }
  std::string_view title(size_t record) const { return keep_titles_ ? titles_text_.at(record) : std::string_view(); }
  size_t size() const { return ids_.size(); }

 private:
  void key(uint64_t hash, size_t record);
  long find_key(std::string_view k) const;
  long find_hash(uint64_t hash) const;
  void grow_keys();
  void check_mapped_keys(const index_file::Reader& in) const;

  // Strings of every record back to back: one allocation, not one each.
  // Read through views, of its own buffers or of a mapped index.
  class Arena {
   public:
    Arena() = default;
    // A short string's text lives in the object: the views are made anew.
    Arena(Arena&& other) noexcept { *this = std::move(other); }
    Arena& operator=(Arena&& other) noexcept {
      text_ = std::move(other.text_);
      ends_ = std::move(other.ends_);
      text_view_ = ends_.empty() ? other.text_view_ : std::string_view(text_);
      ends_view_ = ends_.empty() ? other.ends_view_ : std::span<const uint64_t>(ends_);
      return *this;
    }
    void push_back(std::string_view s) {
      text_.append(s);
      ends_.push_back(text_.size());
      text_view_ = text_;
      ends_view_ = ends_;
    }
    std::string_view at(size_t i) const {
      size_t begin = i == 0 ? 0 : ends_view_[i - 1];
      return text_view_.substr(begin, ends_view_[i] - begin);
    }
    size_t size() const { return ends_view_.size(); }
    void save(index_file::Writer& out) const;
    void map(index_file::Reader& in);

   private:
    std::string text_;
    std::vector<uint64_t> ends_;
    std::string_view text_view_;
    std::span<const uint64_t> ends_view_;
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
  // What lookups read: the two tables above, or a mapped index's.
  std::span<const KeyEntry> entries_view_;
  std::span<const uint32_t> slots_view_;
  std::shared_ptr<const index_file::MappedFile> mapped_;  // the file the views lie in, if any
  bool index_titles_;
  bool keep_titles_;
  TitleIndex titles_;
};

}  // namespace ream::cite

#endif  // REAM_CITE_KNOWN_RECORDS_HH
