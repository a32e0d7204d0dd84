#include "line_batch.hh"

#include "line_reader.hh"

namespace ream::cli {

void LineBatch::clear() {
  file.reset();
  count_ = 0;  // the strings keep their capacity for the next lines
  bytes = 0;
  numbers.clear();
  bytes_in = bytes_total = 0;
  read_error = nullptr;
}

BatchReader::BatchReader(std::vector<std::string> inputs, const InputRange& range)
    : inputs_(std::move(inputs)), range_(range) {}
BatchReader::~BatchReader() = default;

// Open the next input; false when there is none.
bool BatchReader::open_next(LineBatch& batch) {
  if (next_input_ == inputs_.size()) return false;
  reader_ = std::make_unique<LineReader>(inputs_[next_input_++], range_);
  batch.file = reader_->name();
  batch.bytes_total = reader_->size();
  return true;
}

bool BatchReader::fill(LineBatch& batch, size_t max_lines, size_t max_bytes) {
  batch.clear();
  if (failed_) return false;
  try {
    for (;;) {
      if (!reader_ && !open_next(batch)) return batch.size() > 0;
      batch.file = reader_->name();
      batch.bytes_total = reader_->size();
      while (batch.size() < max_lines && batch.bytes < max_bytes && reader_->next(batch.next_slot()))
        batch.add_slot(reader_->line_number());
      batch.bytes_in = done_before_ + reader_->bytes_read();
      if (batch.size() == max_lines || batch.bytes >= max_bytes) return true;
      done_before_ = batch.bytes_in;  // this input is at its end
      reader_.reset();
      if (batch.size() > 0) return true;  // a batch holds lines of one file
    }
  } catch (...) {
    // Cannot open or read: handed over with the lines read before it.
    failed_ = true;
    batch.read_error = std::current_exception();
    return true;
  }
}

}  // namespace ream::cli
