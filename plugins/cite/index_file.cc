// Writing, mapping and verifying the binary cite index (see index_file.hh).
#include "index_file.hh"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <cerrno>
#include <cstring>
#include <ream/atomic_file.hpp>
#include <ream/plugin.hpp>

namespace ream::cite::index_file {
namespace {

constexpr char kMagic[16] = "ream cite index";  // 15 letters and a NUL
constexpr uint32_t kByteOrder = 0x01020304;

struct Header {
  char magic[16];
  uint32_t version;
  uint32_t byte_order;
  uint64_t file_size;
  uint64_t checksum;
  uint32_t tables;
  uint32_t scalars;
  char zeros[16];
};
static_assert(sizeof(Header) == kHeaderBytes);

size_t aligned(size_t offset) { return (offset + kAlignment - 1) / kAlignment * kAlignment; }

// Where the tables start: after the header, the scalars and the directory.
size_t tables_start(size_t tables, size_t scalars) {
  return aligned(kHeaderBytes + scalars * sizeof(uint64_t) + tables * 2 * sizeof(uint64_t));
}

const char kZeros[kAlignment] = {};

}  // namespace

bool has_magic(std::string_view head) {
  return head.substr(0, sizeof kMagic) == std::string_view(kMagic, sizeof kMagic);
}

// The bytes after the header go out twice: once into the checksum, which
// the header carries, then into the file, in pieces of a megabyte so the
// side file's buffer stays small.
void Writer::write(SideFile& out) const {
  std::string front;  // scalars and directory
  for (uint64_t s : scalars_) front.append(reinterpret_cast<const char*>(&s), sizeof s);
  size_t offset = tables_start(tables_.size(), scalars_.size());
  for (std::string_view t : tables_) {
    uint64_t place[2] = {offset, t.size()};
    front.append(reinterpret_cast<const char*>(place), sizeof place);
    offset = aligned(offset + t.size());
  }
  front.resize(tables_start(tables_.size(), scalars_.size()) - kHeaderBytes, '\0');
  auto each_piece = [&](auto&& emit) {
    emit(std::string_view(front));
    for (std::string_view t : tables_) {
      for (size_t at = 0; at < t.size(); at += size_t{1} << 20) emit(t.substr(at, size_t{1} << 20));
      emit(std::string_view(kZeros, aligned(t.size()) - t.size()));
    }
  };
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  each_piece([&](std::string_view piece) { XXH3_64bits_update(state, piece.data(), piece.size()); });
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kVersion;
  h.byte_order = kByteOrder;
  h.file_size = offset;
  h.checksum = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  h.tables = static_cast<uint32_t>(tables_.size());
  h.scalars = static_cast<uint32_t>(scalars_.size());
  out.write(std::string_view(reinterpret_cast<const char*>(&h), sizeof h));
  each_piece([&](std::string_view piece) { out.write(piece); });
}

MappedFile::MappedFile(const std::string& path, const std::string& what) {
  auto fail = [&](int error) { return IoError("cannot read " + what + " '" + path + "': " + std::strerror(error)); };
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw fail(errno);
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int error = errno;
    ::close(fd);
    throw fail(error);
  }
  size_ = static_cast<size_t>(st.st_size);
  if (size_ > 0) {
    void* p = ::mmap(nullptr, size_, PROT_READ, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
      int error = errno;
      ::close(fd);
      throw fail(error);
    }
    data_ = static_cast<const char*>(p);
  }
  ::close(fd);  // the mapping stays
}

MappedFile::~MappedFile() {
  if (data_) ::munmap(const_cast<char*>(data_), size_);
}

void Reader::refuse(const std::string& reason) const { throw DataError("index: " + reason, path_); }

Reader::Reader(std::string_view bytes, std::string path) : bytes_(bytes), path_(std::move(path)) {
  if (!has_magic(bytes)) refuse("not a binary cite index (cite --build-index writes them)");
  if (bytes.size() < kHeaderBytes) refuse("truncated: " + std::to_string(bytes.size()) + " bytes, not even a header");
  Header h;
  std::memcpy(&h, bytes.data(), sizeof h);
  if (h.byte_order != kByteOrder) refuse("written on a machine of another byte order; build it here again");
  if (h.version != kVersion)
    refuse("format version " + std::to_string(h.version) + ", this ream reads version " + std::to_string(kVersion) +
           "; build it again with this ream's cite --build-index");
  if (h.file_size != bytes.size())
    refuse("the header says " + std::to_string(h.file_size) + " bytes, the file has " + std::to_string(bytes.size()) +
           " (truncated or appended to)");
  if (h.tables > (bytes.size() - kHeaderBytes) / 16 || h.scalars > (bytes.size() - kHeaderBytes) / 8 ||
      tables_start(h.tables, h.scalars) > bytes.size())
    refuse("the table directory does not fit the file");
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
  // Fuzz builds skip it: a mutation would almost never keep the checksum
  // valid, and the table checks behind it must hold for a forged file.
  if (XXH3_64bits(bytes.data() + kHeaderBytes, bytes.size() - kHeaderBytes) != h.checksum)
    refuse("checksum mismatch: the file is corrupt");
#endif
  tables_ = h.tables;
  scalars_ = h.scalars;
}

uint64_t Reader::scalar() {
  if (next_scalar_ == scalars_) refuse("fewer scalars than this format has");
  uint64_t value;
  std::memcpy(&value, bytes_.data() + kHeaderBytes + next_scalar_++ * sizeof value, sizeof value);
  return value;
}

std::string_view Reader::next_table(size_t item_bytes) {
  if (next_table_ == tables_) refuse("fewer tables than this format has");
  uint64_t place[2];
  std::memcpy(place, bytes_.data() + kHeaderBytes + scalars_ * sizeof(uint64_t) + next_table_ * sizeof place,
              sizeof place);
  uint32_t number = next_table_++;
  auto [offset, size] = place;
  if (offset % kAlignment != 0 || offset < tables_start(tables_, scalars_) || offset > bytes_.size() ||
      size > bytes_.size() - offset)
    refuse("table " + std::to_string(number) + " lies outside the file");
  if (size % item_bytes != 0)
    refuse("table " + std::to_string(number) + " is " + std::to_string(size) + " bytes, not a whole number of " +
           std::to_string(item_bytes) + "-byte items");
  return bytes_.substr(offset, size);
}

void Reader::finish() const {
  if (next_table_ != tables_ || next_scalar_ != scalars_) refuse("more tables or scalars than this format has");
}

}  // namespace ream::cite::index_file
