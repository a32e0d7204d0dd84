// Reads one input (a file or standard input) line by line.
//
// No line-length limit: a line grows as long as it needs to be (a 100 MB
// record works).  A UTF-8 byte-order mark at the start of the input and a
// CR before each LF are removed, so files from any platform read alike.
#ifndef REAM_CLI_LINE_READER_HH
#define REAM_CLI_LINE_READER_HH

#include <cstdint>
#include <limits>
#include <memory>
#include <string>

namespace ream::cli {

// Which lines of an input to read, for a run that is one part of a
// larger one (--byte-range, --first-line): the lines that start at a byte
// offset in [begin, end), numbered from first_line, so that line numbers
// in messages and records are those of the whole file.
struct InputRange {
  uint64_t begin = 0;
  uint64_t end = std::numeric_limits<uint64_t>::max();
  uint64_t first_line = 1;
  bool whole() const { return begin == 0 && end == std::numeric_limits<uint64_t>::max(); }
};

class LineReader {
 public:
  // "-" is standard input.  Throws Failure (exit 4) when it cannot open.
  explicit LineReader(const std::string& path);
  // Reads only `range`: seeks to its start (throws Failure, exit 4, when
  // the input cannot seek) and skips the end of a line begun before it.
  LineReader(const std::string& path, const InputRange& range);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line without its end; false at the end of the input.
  bool next(std::string& line);
  uint64_t line_number() const { return line_number_; }
  const std::shared_ptr<const std::string>& name() const { return name_; }
  uint64_t bytes_read() const { return bytes_read_; }
  uint64_t size() const { return size_; }  // 0 when unknown (a pipe)

 private:
  bool fill();
  void seek_to(uint64_t offset);

  int fd_ = -1;
  bool owns_fd_ = false;
  std::shared_ptr<const std::string> name_;
  std::string buffer_;  // bytes [pos_, end_) are read and not yet returned
  size_t pos_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  bool at_start_ = true;
  uint64_t line_number_ = 0;
  uint64_t bytes_read_ = 0;
  uint64_t size_ = 0;
  uint64_t next_offset_ = 0;                                    // byte offset of the next line's start
  uint64_t end_offset_ = std::numeric_limits<uint64_t>::max();  // no line starting here or later
};

}  // namespace ream::cli

#endif
