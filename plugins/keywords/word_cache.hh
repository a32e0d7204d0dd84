// The lexicon's cache from a word as written to its analysis.
//
// Every word token of every record is looked up here, and a stream's
// vocabulary runs to hundreds of thousands of surface forms, so the table
// is built for lookups that miss the CPU cache: open addressing with
// linear probing over one flat array of slots, each holding the word's
// full XXH3 hash, so that a probe compares bytes only when the hashes
// agree.  The words themselves live end to end in one arena and slots
// refer to them by offset, so nothing is allocated per word.  A
// std::unordered_map cost three dependent memory loads per lookup (bucket,
// node, string) and one allocation per insertion.
#ifndef REAM_KEYWORDS_WORD_CACHE_HH
#define REAM_KEYWORDS_WORD_CACHE_HH

#include <xxhash.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ream::keywords {

template <typename Value>
class WordCache {
 public:
  WordCache() : slots_(kInitialSlots) {}

  // The value stored for `word`, or null.
  const Value* find(std::string_view word) const { return find(word, hash_of(word)); }
  // The same, with `hash` = hash_of(word) computed before (see prefetch).
  const Value* find(std::string_view word, uint64_t hash) const {
    for (size_t i = hash & mask(); slots_[i].used; i = (i + 1) & mask()) {
      const Slot& s = slots_[i];
      if (s.hash == hash && key(s) == word) return &s.value;
    }
    return nullptr;
  }

  // A word's lookups miss the CPU cache; a caller that knows the next
  // words hashes them first and asks for their slots to be loaded while
  // it works on the current one.
  static uint64_t hash_of(std::string_view word) { return XXH3_64bits(word.data(), word.size()); }
  void prefetch(uint64_t hash) const { __builtin_prefetch(&slots_[hash & mask()]); }

  // Store `value` for a word that find() did not know.
  void insert(std::string_view word, const Value& value) { insert(word, hash_of(word), value); }
  void insert(std::string_view word, uint64_t hash, const Value& value) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    place({hash, static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(word.size()), true, value});
    arena_.append(word);
    ++size_;
  }

  size_t size() const { return size_; }
  size_t bytes() const { return arena_.size(); }
  void clear() {
    slots_.assign(kInitialSlots, Slot{});
    arena_.clear();
    size_ = 0;
  }

 private:
  static constexpr size_t kInitialSlots = 1 << 12;
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0;  // of the word in arena_
    uint32_t length = 0;
    bool used = false;
    Value value{};
  };

  size_t mask() const { return slots_.size() - 1; }
  std::string_view key(const Slot& s) const { return std::string_view(arena_).substr(s.offset, s.length); }

  void place(const Slot& slot) {
    size_t i = slot.hash & mask();
    while (slots_[i].used) i = (i + 1) & mask();
    slots_[i] = slot;
  }

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old)
      if (s.used) place(s);
  }

  std::vector<Slot> slots_;
  std::string arena_;
  size_t size_ = 0;
};

}  // namespace ream::keywords

#endif
