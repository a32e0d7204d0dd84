// Sort keys as byte strings: one memcmp decides the order of two records.
//
// Each record's key is computed once, when it arrives, so comparisons in
// the in-memory sort and in the external merge are plain byte compares
// and a spilled run stores its keys beside the records.  Per field:
//
//   class byte   1 number, 2 string, 3 other JSON (true, [..], {..}),
//                0xFF missing or null; inverted (0xFE...) for descending,
//                except missing, which stays last both ways
//   payload      number: the double's bits made order-preserving (8 bytes)
//                string: the ICU collation sort key (no zero bytes, ends
//                        with 0), so `--locale` decides the order;
//                        with --locale=C the UTF-8 bytes and a 0
//                other:  the JSON text and a 0
//                every payload byte is inverted for descending
//
// Then the record's arrival number (8 bytes, big-endian, never inverted)
// makes every key unique and the sort stable.
#ifndef REAM_SORT_SORT_KEY_HH
#define REAM_SORT_SORT_KEY_HH

#include <compare>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct UCollator;  // ICU's C collator

namespace ream::sort {

struct KeyField {
  std::string name;
  bool descending = false;
};

// "-year,title" -> {year descending, title ascending}.  Throws
// std::invalid_argument on an empty name.
std::vector<KeyField> parse_keys(const std::vector<std::string>& words, bool reverse_all);

class KeyMaker {
 public:
  // `locale` is an ICU locale name ("" is the root collation, "de", "sv");
  // "C" or "POSIX" is code point order, as sort(1) with LC_ALL=C.
  // Throws std::invalid_argument when ICU cannot open it.
  KeyMaker(std::vector<KeyField> fields, const std::string& locale);
  ~KeyMaker();

  const std::vector<KeyField>& fields() const { return fields_; }

  // Append the key of one record to `out`.  `values[i]` is the JSON text
  // of fields()[i] (nullopt when missing); `decoded[i]` its decoded text
  // when it is a string.
  void append(std::string& out, const std::vector<std::optional<std::string_view>>& values,
              const std::vector<std::optional<std::string_view>>& decoded, uint64_t sequence) const;

 private:
  const std::u16string& to_utf16(std::string_view text) const;
  void append_collated(std::string& out, std::string_view text) const;

  std::vector<KeyField> fields_;
  struct Closer {
    void operator()(UCollator* c) const;
  };
  std::unique_ptr<UCollator, Closer> collator_;
  mutable std::u16string utf16_;  // reused per string
};

// A key's first 16 bytes as two big-endian integers, zero-padded.  Zero
// padding sorts before every byte, so prefixes that differ order their
// keys as the keys do; equal prefixes leave it to the whole keys.  Two
// integer compares settle most comparisons without reading the key,
// which lies elsewhere in memory (a cache miss in a sort or a merge).
struct KeyPrefix {
  uint64_t high = 0, low = 0;
  explicit KeyPrefix(std::string_view key);
  KeyPrefix() = default;
  auto operator<=>(const KeyPrefix&) const = default;
};

// Parse "64M", "2G", "512K", "1000000" into bytes.  nullopt when invalid.
std::optional<uint64_t> parse_size(std::string_view text);

}  // namespace ream::sort

#endif
