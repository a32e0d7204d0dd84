// The binary cite index (cite --build-index writes it, --index maps it).
//
// A distributed cite links every part against the whole input's index.
// Read as JSON Lines, each part's task parsed the index, normalised its
// identifiers and built the title automaton again: the one-node work of a
// whole cite's first pass, paid once per part.  The binary index is the
// built tables themselves, written once; a task maps the file read-only
// and reads the tables where they lie, so loading costs a checksum pass
// and the tasks of one node share one copy in the page cache.
//
// Layout (little-endian, native sizes; every table 64-byte aligned):
//   header   64 bytes: magic "ream cite index\0", format version (u32),
//            byte-order mark 0x01020304 (u32), file size (u64), XXH3-64
//            of every byte after the header (u64), table count (u32),
//            scalar count (u32), zeros
//   scalars  u64 each (counts and parameters of the tables)
//   tables   (offset, bytes) u64 pairs, then each table's bytes
// The reader refuses, with the reason, a file whose magic, version, byte
// order, size, checksum or table directory is not what this ream writes.
// The checksum catches truncation and corruption, not forgery: a file
// that passes it is still checked, link by link, as its tables are mapped
// (KnownRecords::map), so no lookup reads outside them.  Fuzz builds
// (FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION) skip the checksum so the
// fuzzer reaches those checks.
#ifndef REAM_CITE_INDEX_FILE_HH
#define REAM_CITE_INDEX_FILE_HH

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ream {
class SideFile;
}

namespace ream::cite::index_file {

constexpr uint32_t kVersion = 1;
constexpr size_t kHeaderBytes = 64;
constexpr size_t kAlignment = 64;

// True when `head` (the first bytes of a file) starts with the magic.
bool has_magic(std::string_view head);

// The tables and scalars of an index, in the order they are written;
// writes borrow the bytes, which must outlive write().
class Writer {
 public:
  template <typename T>
  void table(std::span<const T> items) {
    tables_.emplace_back(reinterpret_cast<const char*>(items.data()), items.size_bytes());
  }
  void scalar(uint64_t value) { scalars_.push_back(value); }
  void write(SideFile& out) const;

 private:
  std::vector<std::string_view> tables_;
  std::vector<uint64_t> scalars_;
};

// A whole file mapped read-only; IoError "cannot read WHAT 'PATH': ..."
// when it cannot be opened, examined or mapped.
class MappedFile {
 public:
  MappedFile(const std::string& path, const std::string& what);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  std::string_view bytes() const { return {data_, size_}; }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
};

// The tables of a verified index, taken in the order they were written.
// Every refusal is a ream::DataError "index: REASON" naming the file.
class Reader {
 public:
  Reader(std::string_view bytes, std::string path);
  template <typename T>
  std::span<const T> table() {
    std::string_view t = next_table(sizeof(T));
    return {reinterpret_cast<const T*>(t.data()), t.size() / sizeof(T)};
  }
  uint64_t scalar();
  // Refuses a file with tables or scalars left over.
  void finish() const;
  // A refusal of this file for `reason`.
  [[noreturn]] void refuse(const std::string& reason) const;

 private:
  std::string_view next_table(size_t item_bytes);
  std::string_view bytes_;
  std::string path_;
  uint32_t tables_ = 0, scalars_ = 0;
  uint32_t next_table_ = 0, next_scalar_ = 0;
};

}  // namespace ream::cite::index_file

#endif  // REAM_CITE_INDEX_FILE_HH
