// Input lines in batches: the unit of work the workers take (-j N).
//
// The main thread reads; a worker parses and runs the record-local stages.
// A batch keeps each line in a string of its own, with its line number;
// the string becomes the record's storage when it is parsed.  A
// batch never spans two files: every line of it shares one file name, the
// one its records' origins (and messages) point at.  A file that cannot be
// opened or read is not thrown at read time but kept in the batch that
// would have come next, so the lines read before it are still processed,
// written and reported first, exactly as a one-thread run does.
#ifndef REAM_CLI_LINE_BATCH_HH
#define REAM_CLI_LINE_BATCH_HH

#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "line_reader.hh"

namespace ream::cli {

class LineReader;

struct LineBatch {
  std::shared_ptr<const std::string> file;
  // Lines [0, size()) are this batch's, without their ends.  The strings
  // are read into directly and a worker's parse takes each one over as its
  // record's bytes, so a line is copied once, from the read buffer.
  std::vector<std::string> lines;
  std::vector<uint64_t> numbers;  // line i's number in its file
  size_t bytes = 0;               // the lines' total length
  uint64_t bytes_in = 0;          // input bytes read once this batch is done (for --progress)
  uint64_t bytes_total = 0;       // size of the file, 0 when unknown
  std::exception_ptr read_error;  // the input failed after these lines

  size_t size() const { return count_; }
  std::string_view line(size_t i) const { return lines[i]; }
  // Where the next line is read to, and taking it into the batch.
  std::string& next_slot() {
    if (count_ == lines.size()) lines.emplace_back();
    return lines[count_];
  }
  void add_slot(uint64_t number) {
    bytes += lines[count_++].size();
    numbers.push_back(number);
  }
  void clear();

 private:
  size_t count_ = 0;
};

// Reads the inputs, one after another, into batches.
class BatchReader {
 public:
  // `range`: --byte-range and --first-line, for the one input.
  explicit BatchReader(std::vector<std::string> inputs, const InputRange& range = {});
  ~BatchReader();
  // Fill `batch` (cleared first) with at most `max_lines` lines and about
  // `max_bytes` bytes.  False when every input is read and nothing was
  // added, or after a read error has been handed over.
  bool fill(LineBatch& batch, size_t max_lines, size_t max_bytes);

 private:
  bool open_next(LineBatch& batch);

  std::vector<std::string> inputs_;
  InputRange range_;
  size_t next_input_ = 0;
  std::unique_ptr<LineReader> reader_;
  uint64_t done_before_ = 0;  // bytes of the inputs before the current one
  bool failed_ = false;
};

}  // namespace ream::cli

#endif
