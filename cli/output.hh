// Where bytes go: standard output, or a file written atomically.
//
// `-o FILE` and `--reject FILE` are written through ream::AtomicFile (the
// SDK's one implementation of ream's file-writing rule; see
// <ream/atomic_file.hpp>): a temporary file beside FILE, renamed over it
// only when the run commits, so a reader (or tomorrow's cron run) never
// sees half a digest.  What this class adds is the host's part: a write
// buffer, standard output, and a table of named temporary files that the
// SIGINT/SIGTERM/SIGHUP handler removes.
//
// With -j above 1 the writes happen behind (write_behind()): a full
// buffer is handed to a thread of its own, which writes it while the main
// thread goes on making the next; the system call and the kernel's copy
// of the bytes (a digest of 100,000 papers is 140 MB) then leave the
// serial share of the run.  At most two buffers wait, so memory stays
// bounded and a write error is seen at most two buffers late: the main
// thread rethrows it, with its exact text, at its next flush, and
// finish() and commit() wait for every byte first (and so does the
// destructor: standard output keeps what was handed over before a
// failure).  -j 1 writes on the calling thread, as before.
#ifndef REAM_CLI_OUTPUT_HH
#define REAM_CLI_OUTPUT_HH

#include <ream/atomic_file.hpp>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace ream::cli {

class Output {
 public:
  Output() = default;
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  ~Output();  // an uncommitted file is left untouched

  void open_stdout();
  void open(const std::string& path);
  // From now on, write on a thread of its own (see above).
  void write_behind();

  void write(std::string_view bytes) {
    if (buffer_.size() + bytes.size() > flush_at_) flush();
    if (bytes.size() >= flush_at_ && !behind_)
      write_fully(bytes);
    else
      buffer_.append(bytes);
  }
  // For writers that build text in place (records).
  std::string& buffer() { return buffer_; }
  void maybe_flush() {
    if (buffer_.size() >= flush_at_) flush();
  }
  void flush();
  // Flush, sync and give the temporary file its name: after this only the
  // rename is left, which cannot fail for lack of space.
  void finish();
  // Flush, sync and rename into place.
  void commit();
  // Give up: remove the temporary file.
  void abort();

  const std::string& name() const { return name_; }
  // See ream_host.output_file.
  bool identity(std::string& path, uint64_t& dev, uint64_t& ino) const {
    return open_ && !is_stdout_ && file_.identity(path, dev, ino);
  }
  uint64_t bytes_written() const { return written_; }

 private:
  static constexpr size_t kBufferSize = 1 << 16;
  static constexpr size_t kBehindBufferSize = 1 << 20;
  static constexpr size_t kBehindBuffers = 2;  // waiting at most
  void write_fully(std::string_view bytes);
  void remember_temporary();
  void write_queued();
  void drain();
  void stop_writer();
  void rethrow_write_error();

  bool is_stdout_ = false;
  bool open_ = false;
  std::string name_;  // as the user wrote it, for messages
  AtomicFile file_;
  std::string remembered_;  // the temporary name the signal handler knows
  std::string buffer_;
  size_t flush_at_ = kBufferSize;
  uint64_t written_ = 0;  // by the writer thread, when there is one

  // Writing behind: buffers handed over, in order, and spares.
  bool behind_ = false;
  std::thread writer_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::string> queued_;
  std::vector<std::string> spare_;
  bool writing_ = false, stopping_ = false;
  std::exception_ptr write_error_;  // the first, rethrown on this thread
};

// Install handlers so that a killed run removes its temporary files.
void install_cleanup_handlers();

// Make sure descriptors 0, 1 and 2 are open (on /dev/null when they were
// closed), so that no file ream opens later takes their place and
// receives records or messages meant for them.  Returns false when
// standard output was closed.
bool open_standard_descriptors();
// Whether standard input was closed at start: reading it is then an I/O
// error, not an empty input.
bool stdin_was_closed();

}  // namespace ream::cli

#endif
