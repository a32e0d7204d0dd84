// The held records' bytes (see arena.hh).
#include "arena.hh"

#include <sys/mman.h>

#include <algorithm>
#include <cstring>
#include <new>

namespace ream::sort {
namespace {

constexpr size_t kHugePage = size_t{2} << 20;

size_t round_up(size_t n) { return (n + kHugePage - 1) / kHugePage * kHugePage; }

void prefer_huge_pages(char* base, size_t size) {
#ifdef MADV_HUGEPAGE
  ::madvise(base, size, MADV_HUGEPAGE);  // advice only: without it, 4 KB pages
#endif
}

}  // namespace

Arena::Arena(size_t capacity) : capacity_(round_up(std::max<size_t>(capacity, 1))) {
  void* p = ::mmap(nullptr, capacity_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  base_ = static_cast<char*>(p);
  prefer_huge_pages(base_, capacity_);
}

Arena::~Arena() { ::munmap(base_, capacity_); }

void Arena::grow(size_t need) {
  size_t bigger = round_up(std::max(need, capacity_ * 2));
  void* p = ::mremap(base_, capacity_, bigger, MREMAP_MAYMOVE);
  if (p == MAP_FAILED) throw std::bad_alloc();
  base_ = static_cast<char*>(p);
  capacity_ = bigger;
  prefer_huge_pages(base_, capacity_);
}

size_t Arena::append(std::string_view a, std::string_view b) {
  size_t at = size_;
  if (capacity_ - size_ < a.size() + b.size()) grow(size_ + a.size() + b.size());
  std::memcpy(base_ + at, a.data(), a.size());
  std::memcpy(base_ + at + a.size(), b.data(), b.size());
  size_ += a.size() + b.size();
  return at;
}

}  // namespace ream::sort
