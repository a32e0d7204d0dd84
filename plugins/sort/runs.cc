// Sorted runs and their merge (see runs.hh).
#include "runs.hh"

#include "sort_key.hh"

#include <ream/plugin.hpp>
#include <ream/temp_file.hpp>

#include <sys/uio.h>
#include <unistd.h>

#include <climits>

#include <cerrno>
#include <cstring>
#include <queue>

namespace ream::sort {
namespace {

[[noreturn]] void fail(const char* what) {
  throw IoError(std::string("temporary file for sorting: ") + what + ": " + std::strerror(errno));
}

constexpr size_t kHeader = 28;  // key size, JSON size, file (32 bits each), line, seal (64)

void put_le(unsigned char* at, uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) at[i] = static_cast<unsigned char>(value >> (8 * i));
}

uint64_t get_le(const char* at, int bytes) {
  uint64_t value = 0;
  for (int i = 0; i < bytes; ++i) value |= uint64_t{static_cast<unsigned char>(at[i])} << (8 * i);
  return value;
}

// Pieces given to one writev (never more than the system takes at once),
// two or three per entry.
constexpr size_t kPieces = 1020;
constexpr size_t kPendingEntries = kPieces / 2;

void put_header(unsigned char* header, std::string_view key, std::string_view json, Origin origin, uint64_t seal) {
  if (key.size() > UINT32_MAX || json.size() > UINT32_MAX) throw IoError("a record of 4 GB or more cannot be sorted");
  put_le(header, key.size(), 4);
  put_le(header + 4, json.size(), 4);
  put_le(header + 8, origin.file, 4);
  put_le(header + 12, origin.line, 8);
  put_le(header + 20, seal, 8);
}

}  // namespace

RunWriter::RunWriter() : file_(ream::unnamed_temporary_file()) {
  if (!file_) fail("cannot create");
  std::setvbuf(file_.get(), nullptr, _IOFBF, 1 << 20);
  static_assert(kPieces <= IOV_MAX);
}

RunWriter::~RunWriter() = default;

void RunWriter::write_in_place(std::string_view key, std::string_view json, Origin origin, uint64_t seal) {
  if (buffered_) {
    if (std::fflush(file_.get()) != 0) fail("cannot write");
    buffered_ = false;
  }
  if (headers_.empty()) headers_.resize(kPendingEntries * kHeader);
  if (pending_.size() + 3 > kPieces || pending_entries_ == kPendingEntries) write_pending();
  unsigned char* header = headers_.data() + pending_entries_++ * kHeader;
  put_header(header, key, json, origin, seal);
  pending_.push_back({header, kHeader});
  if (key.data() + key.size() == json.data()) {
    pending_.push_back({const_cast<char*>(key.data()), key.size() + json.size()});
  } else {
    pending_.push_back({const_cast<char*>(key.data()), key.size()});
    pending_.push_back({const_cast<char*>(json.data()), json.size()});
  }
}

// Write the pending pieces, however many writev calls it takes.
void RunWriter::write_pending() {
  int fd = ::fileno(file_.get());
  struct iovec* piece = pending_.data();
  size_t left = pending_.size();
  while (left > 0) {
    ssize_t wrote = ::writev(fd, piece, static_cast<int>(left));
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote < 0) fail("cannot write");
    auto done = static_cast<size_t>(wrote);
    while (left > 0 && done >= piece->iov_len) {
      done -= piece->iov_len;
      ++piece;
      --left;
    }
    if (left > 0) {
      piece->iov_base = static_cast<char*>(piece->iov_base) + done;
      piece->iov_len -= done;
    }
  }
  pending_.clear();
  pending_entries_ = 0;
}

void RunWriter::write(std::string_view key, std::string_view json, Origin origin, uint64_t seal) {
  if (!pending_.empty()) write_pending();
  buffered_ = true;
  unsigned char header[kHeader];
  put_header(header, key, json, origin, seal);
  if (std::fwrite(header, 1, kHeader, file_.get()) != kHeader ||
      std::fwrite(key.data(), 1, key.size(), file_.get()) != key.size() ||
      std::fwrite(json.data(), 1, json.size(), file_.get()) != json.size())
    fail("cannot write");
}

File RunWriter::finish() {
  if (!pending_.empty()) write_pending();
  if (std::fflush(file_.get()) != 0) fail("cannot write");
  std::rewind(file_.get());
  return std::move(file_);
}

RunReader::RunReader(File file) : file_(std::move(file)), block_(kReadBlock) {}

// Make the next `need` bytes readable at block_[begin_], reading more of
// the file behind what is left.  An entry larger than the block grows it.
bool RunReader::fill(size_t need) {
  if (end_ - begin_ >= need) return true;
  std::memmove(block_.data(), block_.data() + begin_, end_ - begin_);
  end_ -= begin_;
  begin_ = 0;
  if (need > block_.size()) block_.resize(need);
  int fd = ::fileno(file_.get());
  while (end_ < need) {
    ssize_t got = ::read(fd, block_.data() + end_, block_.size() - end_);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) fail("cannot read back");
    if (got == 0) {
      if (end_ == 0) return false;
      throw IoError("temporary file for sorting: cut short");
    }
    end_ += static_cast<size_t>(got);
  }
  return true;
}

bool RunReader::next() {
  if (!fill(kHeader)) return false;
  const char* header = block_.data() + begin_;
  auto key_size = static_cast<size_t>(get_le(header, 4));
  auto json_size = static_cast<size_t>(get_le(header + 4, 4));
  origin_.file = static_cast<uint32_t>(get_le(header + 8, 4));
  origin_.line = get_le(header + 12, 8);
  seal_ = get_le(header + 20, 8);
  if (!fill(kHeader + key_size + json_size)) fail("cannot read back");
  const char* body = block_.data() + begin_ + kHeader;
  key_ = std::string_view(body, key_size);
  json_ = std::string_view(body + key_size, json_size);
  begin_ += kHeader + key_size + json_size;
  return true;
}

namespace {

// One merge of at most kFanIn + 1 sources.  The heap keeps each source's
// key prefix beside it, so most comparisons read no key.
void merge_once(std::vector<std::unique_ptr<Cursor>> readers, const std::function<bool(const Cursor& entry)>& out) {
  struct Head {
    KeyPrefix prefix;
    size_t reader;
  };
  auto later = [&](const Head& a, const Head& b) {
    if (a.prefix != b.prefix) return a.prefix > b.prefix;
    return readers[a.reader]->key() > readers[b.reader]->key();
  };
  std::priority_queue<Head, std::vector<Head>, decltype(later)> heap(later);
  for (size_t i = 0; i < readers.size(); ++i)
    if (readers[i]->next()) heap.push({KeyPrefix(readers[i]->key()), i});
  while (!heap.empty()) {
    size_t i = heap.top().reader;
    heap.pop();
    if (!out(*readers[i])) return;
    if (readers[i]->next()) heap.push({KeyPrefix(readers[i]->key()), i});
  }
}

std::vector<std::unique_ptr<Cursor>> open_all(std::vector<File> runs) {
  std::vector<std::unique_ptr<Cursor>> readers;
  for (File& f : runs) readers.push_back(std::make_unique<RunReader>(std::move(f)));
  return readers;
}

}  // namespace

void merge_runs(std::vector<File> runs, std::unique_ptr<Cursor> last,
                const std::function<bool(const Cursor& entry)>& emit) {
  while (runs.size() > kFanIn) {
    std::vector<File> group(std::make_move_iterator(runs.begin()), std::make_move_iterator(runs.begin() + kFanIn));
    runs.erase(runs.begin(), runs.begin() + kFanIn);
    RunWriter merged;
    merge_once(open_all(std::move(group)), [&](const Cursor& entry) {
      merged.write(entry.key(), entry.json(), entry.origin(), entry.seal());
      return true;
    });
    runs.push_back(merged.finish());
  }
  auto readers = open_all(std::move(runs));
  if (last) readers.push_back(std::move(last));
  merge_once(std::move(readers), emit);
}

}  // namespace ream::sort
