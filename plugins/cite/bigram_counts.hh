// How many titles share each word bigram, per part (see bigram_counts.cc).
#ifndef REAM_CITE_BIGRAM_COUNTS_HH
#define REAM_CITE_BIGRAM_COUNTS_HH

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "title_mentions.hh"

namespace ream::cite::bigram_counts {

// A count is capped here: beyond it a bigram is left out whatever the rest.
constexpr uint64_t kCap = TitleIndex::kMaxBigramTitles + 1;

// The counts of a stream's titles, each title's distinct bigrams once.
class Counter {
 public:
  void add(const TitleIndex::TitleWords& title);
  // The file: one line a bigram, "KEY COUNT" (16 hex digits, a decimal
  // from 1 to kCap), in key order, given to `out` a block at a time.
  void write(const std::function<void(std::string_view)>& out);

 private:
  // Every title's distinct bigrams, counted when the file is written: 8
  // bytes a bigram of a title (a hash map took five times that).
  std::vector<uint64_t> keys_;
  std::vector<uint64_t> scratch_;
};

// A line that is not "KEY COUNT": the reason.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
std::pair<uint64_t, uint64_t> parse_line(std::string_view line);

// Of `mine` (sorted bigram keys), those whose counts summed over files
// exceed TitleIndex::kMaxBigramTitles.
class Totals {
 public:
  explicit Totals(std::vector<uint64_t> mine);
  void add(uint64_t key, uint64_t count);
  std::vector<uint64_t> excluded() const;

 private:
  std::vector<uint64_t> keys_;
  std::vector<uint64_t> sums_;
};

}  // namespace ream::cite::bigram_counts

#endif  // REAM_CITE_BIGRAM_COUNTS_HH
