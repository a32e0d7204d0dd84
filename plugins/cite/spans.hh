// Byte ranges already claimed by a scanner, asked "does [begin, end)
// touch one of them?" once per candidate.
//
// A text may hold tens of thousands of URLs; testing every candidate
// against every claimed range made scanning such a text quadratic.  The
// ranges are merged into sorted disjoint intervals once, so each question
// is a binary search.
#ifndef REAM_CITE_SPANS_HH
#define REAM_CITE_SPANS_HH

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

#include "reference.hh"

namespace ream::cite {

class Spans {
 public:
  Spans() = default;
  explicit Spans(const std::vector<Reference>& refs) {
    for (const Reference& r : refs) add(r.begin, r.end);
  }

  void add(size_t begin, size_t end) {
    ranges_.emplace_back(begin, end);
    merged_ = false;
  }

  bool overlaps(size_t begin, size_t end) const {
    merge();
    auto it = std::partition_point(ranges_.begin(), ranges_.end(), [&](const auto& r) { return r.second <= begin; });
    return it != ranges_.end() && it->first < end;
  }

  bool contains(size_t pos) const { return overlaps(pos, pos + 1); }

 private:
  void merge() const {
    if (merged_) return;
    std::sort(ranges_.begin(), ranges_.end());
    size_t kept = 0;
    for (const auto& r : ranges_) {
      if (r.first >= r.second) continue;
      if (kept > 0 && r.first <= ranges_[kept - 1].second)
        ranges_[kept - 1].second = std::max(ranges_[kept - 1].second, r.second);
      else
        ranges_[kept++] = r;
    }
    ranges_.resize(kept);
    merged_ = true;
  }

  mutable std::vector<std::pair<size_t, size_t>> ranges_;
  mutable bool merged_ = true;
};

}  // namespace ream::cite

#endif  // REAM_CITE_SPANS_HH
