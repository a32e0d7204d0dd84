#include "line_reader.hh"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "failure.hh"

namespace ream::cli {
namespace {
constexpr size_t kChunk = 1 << 18;
}

LineReader::LineReader(const std::string& path) {
  if (path == "-") {
    fd_ = STDIN_FILENO;
    name_ = std::make_shared<const std::string>("<stdin>");
  } else {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw Failure(kExitIo, path + ": cannot open: " + std::strerror(errno));
    owns_fd_ = true;
    name_ = std::make_shared<const std::string>(path);
  }
  struct stat st {};
  if (fstat(fd_, &st) == 0) {
    if (S_ISDIR(st.st_mode)) throw Failure(kExitIo, *name_ + ": cannot read: is a directory");
    if (S_ISREG(st.st_mode)) size_ = static_cast<uint64_t>(st.st_size);
  }
}

LineReader::LineReader(const std::string& path, const InputRange& range) : LineReader(path) {
  line_number_ = range.first_line - 1;
  end_offset_ = range.end;
  if (range.begin > 0) seek_to(range.begin);
}

// Positions the reader at the first line starting at `offset` or later:
// reads from the byte before it, and drops everything up to the first
// line end there (only that byte when a line starts exactly at `offset`).
void LineReader::seek_to(uint64_t offset) {
  if (::lseek(fd_, static_cast<off_t>(offset - 1), SEEK_SET) < 0)
    throw Failure(kExitIo, *name_ + ": cannot read a byte range: " + std::strerror(errno));
  at_start_ = false;
  next_offset_ = offset - 1;
  for (;;) {
    const void* nl = std::memchr(buffer_.data() + pos_, '\n', end_ - pos_);
    if (nl) {
      size_t skipped = static_cast<const char*>(nl) - buffer_.data() - pos_ + 1;
      pos_ += skipped;
      next_offset_ += skipped;
      return;
    }
    next_offset_ += end_ - pos_;
    pos_ = end_;
    if (!fill()) return;
  }
}

LineReader::~LineReader() {
  if (owns_fd_) close(fd_);
}

// Read more bytes after end_, first moving the unread ones to the front.
// The buffer is grown, never shrunk, so it is not zero-filled per read.
bool LineReader::fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  if (buffer_.size() - end_ < kChunk) buffer_.resize(std::max(buffer_.size() * 2, end_ + kChunk));
  ssize_t n;
  do {
    n = ::read(fd_, buffer_.data() + end_, buffer_.size() - end_);
  } while (n < 0 && errno == EINTR);
  if (n < 0) throw Failure(kExitIo, *name_ + ": read failed: " + std::strerror(errno));
  end_ += static_cast<size_t>(n);
  bytes_read_ += static_cast<uint64_t>(n);
  if (n == 0) eof_ = true;
  return n > 0;
}

bool LineReader::next(std::string& line) {
  if (next_offset_ >= end_offset_) return false;
  size_t scanned = pos_;
  for (;;) {
    const void* nl = std::memchr(buffer_.data() + scanned, '\n', end_ - scanned);
    if (nl) {
      size_t end = static_cast<const char*>(nl) - buffer_.data();
      line.assign(buffer_.data() + pos_, end - pos_);
      next_offset_ += end + 1 - pos_;
      pos_ = end + 1;
      break;
    }
    scanned = end_ - pos_;  // relative to pos_, which fill() moves to 0
    if (!fill()) {
      if (pos_ >= end_) return false;
      line.assign(buffer_.data() + pos_, end_ - pos_);  // last line without LF
      next_offset_ += end_ - pos_;
      pos_ = end_;
      break;
    }
  }
  ++line_number_;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (at_start_) {
    at_start_ = false;
    if (line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
  }
  return true;
}

}  // namespace ream::cli
