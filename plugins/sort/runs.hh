// Sorted runs on disk and their k-way merge: the external half of `sort`.
//
// When the records held in memory pass the budget, they are sorted and
// written to a run: an unnamed temporary file (tmpfile(3)), so nothing is
// left behind on any exit, a crash or a kill included.  Each entry is
// [key size][json size][file][line][seal][key][json], little-endian, the
// sizes and the file number 32 bits, the line and the seal 64: the
// record's origin travels with it, so later stages still name the file and
// line it came from, and so does the host's seal of its text
// (ream_host.record_json_sealed), so it is not checked again when it is
// made a record again.  At the end the runs are merged through a heap on
// their keys; more runs than kFanIn are first merged in groups, so the
// number of open files and read buffers, and with it memory, stays bounded
// whatever the input size.
#ifndef REAM_SORT_RUNS_HH
#define REAM_SORT_RUNS_HH

#include <sys/uio.h>
#include <cstdint>

#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ream::sort {

// Where a record came from: an index into the sorting stage's file names.
struct Origin {
  static constexpr uint32_t kNone = UINT32_MAX;
  uint32_t file = kNone;
  uint64_t line = 0;
};

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

// Writes one run.  Throws ream::IoError when the disk refuses.
class RunWriter {
 public:
  RunWriter();
  ~RunWriter();
  void write(std::string_view key, std::string_view json, Origin origin = {}, uint64_t seal = 0);
  // The same for bytes that stay where they are until finish() (a spill
  // from the arena): they go to the file from there with writev(2), not
  // through a copy in the stdio buffer, which was a tenth of a spill's
  // time.  A key followed by its JSON in memory is one piece.
  void write_in_place(std::string_view key, std::string_view json, Origin origin = {}, uint64_t seal = 0);
  File finish();  // rewound, ready to read

 private:
  void write_pending();

  File file_;
  bool buffered_ = false;  // write() left bytes in the stdio buffer
  std::vector<struct iovec> pending_;
  std::vector<unsigned char> headers_;  // the pending entries' headers
  size_t pending_entries_ = 0;
};

// Something to merge: sorted entries, read one at a time.
class Cursor {
 public:
  virtual ~Cursor() = default;
  virtual bool next() = 0;  // false at the end
  virtual std::string_view key() const = 0;
  virtual std::string_view json() const = 0;
  virtual Origin origin() const = 0;
  virtual uint64_t seal() const = 0;
};

// Reads a run entry by entry, a block of kReadBlock bytes at a time with
// read(2); an entry's key and JSON are views into the block (valid until
// the next call of next()), not copies.
class RunReader : public Cursor {
 public:
  explicit RunReader(File file);
  bool next() override;
  std::string_view key() const override { return key_; }
  std::string_view json() const override { return json_; }
  Origin origin() const override { return origin_; }
  uint64_t seal() const override { return seal_; }

 private:
  bool fill(size_t need);  // false at the end of the file, before any byte

  File file_;
  std::vector<char> block_;
  size_t begin_ = 0, end_ = 0;  // the bytes of block_ not yet consumed
  std::string_view key_, json_;
  Origin origin_;
  uint64_t seal_ = 0;
};

// Each reader's block: the merge of kFanIn runs holds kFanIn of them.
constexpr size_t kReadBlock = size_t{128} << 10;

constexpr size_t kFanIn = 64;

// Merge `runs`, and `last` when given (the entries still in memory, which
// need not go to disk), in key order, calling `emit(entry)` for each entry
// until it returns false.
void merge_runs(std::vector<File> runs, std::unique_ptr<Cursor> last,
                const std::function<bool(const Cursor& entry)>& emit);

}  // namespace ream::sort

#endif
