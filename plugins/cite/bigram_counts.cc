// How many titles share each word bigram, per part, summed per shard.
//
// A fuzzy title match leaves out the word bigrams that more than
// TitleIndex::kMaxBigramTitles titles share ("of the"): a property of the
// whole input, which an index shard does not see.  Each part counts its
// titles' bigrams (cite --save-bigram-counts), by the hash of the two
// words, not by a shard's word ids, so the parts' files add up; a shard's
// build (cite --build-index --bigram-counts) sums the files for its own
// bigrams only, holding no more than its own, and leaves out those over
// the bound.  Counts are capped at one over the bound: a part cannot
// bring a bigram back below it.  The file is text, one bigram a line in
// key order, so that it is the same for every -j and easy to check.
#include "bigram_counts.hh"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <utility>

namespace ream::cite::bigram_counts {
namespace {
constexpr size_t kBlock = size_t{1} << 20;  // the text is written a block at a time, not held whole
}

void Counter::add(const TitleIndex::TitleWords& title) {
  TitleIndex::fuzzy_bigrams(title, scratch_);
  keys_.insert(keys_.end(), scratch_.begin(), scratch_.end());
}

void Counter::write(const std::function<void(std::string_view)>& write) {
  std::sort(keys_.begin(), keys_.end());
  std::string out;
  char line[40];
  for (size_t lo = 0; lo < keys_.size();) {
    size_t hi = lo;
    while (hi < keys_.size() && keys_[hi] == keys_[lo]) ++hi;
    int n = std::snprintf(line, sizeof line, "%016llx %llu\n", static_cast<unsigned long long>(keys_[lo]),
                          static_cast<unsigned long long>(std::min<uint64_t>(hi - lo, kCap)));
    out.append(line, static_cast<size_t>(n));
    if (out.size() >= kBlock) write(std::exchange(out, {}));
    lo = hi;
  }
  write(out);
}

std::pair<uint64_t, uint64_t> parse_line(std::string_view line) {
  if (line.size() < 18 || line[16] != ' ') throw Error("not a bigram count: \"KEY COUNT\", a key of 16 hex digits");
  uint64_t key = 0, count = 0;
  for (char c : line.substr(0, 16))
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) throw Error("the key is not 16 lower-case hex digits");
  std::from_chars(line.data(), line.data() + 16, key, 16);
  std::string_view digits = line.substr(17);
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
  if (ec != std::errc() || end != digits.data() + digits.size() || count == 0 || count > kCap)
    throw Error("the count is not a number from 1 to " + std::to_string(kCap));
  return {key, count};
}

Totals::Totals(std::vector<uint64_t> mine) : keys_(std::move(mine)), sums_(keys_.size(), 0) {}

void Totals::add(uint64_t key, uint64_t count) {
  auto it = std::lower_bound(keys_.begin(), keys_.end(), key);
  if (it != keys_.end() && *it == key) sums_[static_cast<size_t>(it - keys_.begin())] += count;
}

std::vector<uint64_t> Totals::excluded() const {
  std::vector<uint64_t> out;
  for (size_t i = 0; i < keys_.size(); ++i)
    if (sums_[i] > TitleIndex::kMaxBigramTitles) out.push_back(keys_[i]);
  return out;
}

}  // namespace ream::cite::bigram_counts
