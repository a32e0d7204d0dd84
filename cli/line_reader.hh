// Reads one input (a file or standard input) line by line.
//
// No line-length limit: a line grows as long as it needs to be (a 100 MB
// record works).  A UTF-8 byte-order mark at the start of the input and a
// CR before each LF are removed, so files from any platform read alike.
#ifndef REAM_CLI_LINE_READER_HH
#define REAM_CLI_LINE_READER_HH

#include <cstdint>
#include <memory>
#include <string>

namespace ream::cli {

class LineReader {
 public:
  // "-" is standard input.  Throws Failure (exit 4) when it cannot open.
  explicit LineReader(const std::string& path);
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
};

}  // namespace ream::cli

#endif
