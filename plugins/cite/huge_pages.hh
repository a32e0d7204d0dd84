// An allocator for the title and identifier index's large tables that asks
// Linux for transparent huge pages (2 MB) where the system leaves that to
// the program (/sys/kernel/mm/transparent_hugepage/enabled = madvise, the
// Debian default).
//
// At a million records the index is some 300 MB probed at random: a few
// probes per word of text into the vocabulary, the bigram filters, the
// automaton's states and the bigram table.  With 4 KB pages nearly every
// probe also misses the TLB, and under a hypervisor a TLB miss walks two
// sets of page tables; 2 MB pages make the whole index a few hundred TLB
// entries.  Tables under 4 MB keep ordinary pages (their rounding up to a
// huge page would cost more than they gain), as does every other system.
// The advice is given before the memory is first touched, so the pages
// are huge from their first fault instead of after khugepaged's rounds.
#ifndef REAM_CITE_HUGE_PAGES_HH
#define REAM_CITE_HUGE_PAGES_HH

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace ream::cite {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  static constexpr std::size_t kHugePage = std::size_t{2} << 20;
  static constexpr std::size_t kMinBytes = std::size_t{4} << 20;

  T* allocate(std::size_t n) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    std::size_t bytes = n * sizeof(T);
    if (bytes >= kMinBytes) {
      // Mapped with a huge page of slack, then trimmed to a 2 MB-aligned
      // range: a huge page must start on a 2 MB boundary.
      std::size_t size = round_up(bytes);
      void* raw = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (raw == MAP_FAILED) throw std::bad_alloc();
      auto begin = reinterpret_cast<std::uintptr_t>(raw);
      std::uintptr_t aligned = (begin + kHugePage - 1) & ~(kHugePage - 1);
      if (aligned > begin) munmap(raw, aligned - begin);
      if (std::size_t tail = begin + size + kHugePage - (aligned + size))
        munmap(reinterpret_cast<void*>(aligned + size), tail);
      madvise(reinterpret_cast<void*>(aligned), size, MADV_HUGEPAGE);  // advice: failure only means small pages
      return reinterpret_cast<T*>(aligned);
    }
#endif
    return std::allocator<T>().allocate(n);
  }

  void deallocate(T* p, std::size_t n) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (n * sizeof(T) >= kMinBytes) {
      munmap(p, round_up(n * sizeof(T)));
      return;
    }
#endif
    std::allocator<T>().deallocate(p, n);
  }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }

 private:
  static std::size_t round_up(std::size_t bytes) { return (bytes + kHugePage - 1) & ~(kHugePage - 1); }
};

// A vector of one of the index's large tables.
template <typename T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace ream::cite

#endif  // REAM_CITE_HUGE_PAGES_HH
