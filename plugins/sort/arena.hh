// The bytes of the records `sort` holds in memory, in one address range.
//
// The range is reserved at the size of --memory when the stage starts and
// is touched only as records arrive; it never moves while it has room, so
// records are kept as offsets into it.  It is marked for transparent huge
// pages where the kernel offers them: a 64 MB buffer faulted in 4 KB at a
// time cost sixteen thousand page faults per fill, a measurable share of a
// sort's system time.  A record bigger than the room left grows the range
// (mremap, which may move it: hence offsets, not pointers).
#ifndef REAM_SORT_ARENA_HH
#define REAM_SORT_ARENA_HH

#include <cstddef>
#include <string_view>

namespace ream::sort {

class Arena {
 public:
  explicit Arena(size_t capacity);  // throws std::bad_alloc when refused
  ~Arena();
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  size_t size() const { return size_; }
  // Appends `a` then `b`; returns the offset of the first byte.
  size_t append(std::string_view a, std::string_view b);
  std::string_view view(size_t at, size_t size) const { return {base_ + at, size}; }
  void clear() { size_ = 0; }  // keeps the pages: the next fill reuses them

 private:
  void grow(size_t need);

  char* base_ = nullptr;
  size_t size_ = 0, capacity_ = 0;
};

}  // namespace ream::sort

#endif
