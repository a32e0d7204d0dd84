// Where bytes go: standard output, or a file written atomically.
//
// `-o FILE` and `--reject FILE` are written through ream::AtomicFile (the
// SDK's one implementation of ream's file-writing rule; see
// <ream/atomic_file.hpp>): a temporary file beside FILE, renamed over it
// only when the run commits, so a reader (or tomorrow's cron run) never
// sees half a digest.  What this class adds is the host's part: a write
// buffer, standard output, and a table of named temporary files that the
// SIGINT/SIGTERM/SIGHUP handler removes.
#ifndef REAM_CLI_OUTPUT_HH
#define REAM_CLI_OUTPUT_HH

#include <ream/atomic_file.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace ream::cli {

class Output {
 public:
  Output() = default;
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  ~Output();  // an uncommitted file is left untouched

  void open_stdout();
  void open(const std::string& path);

  void write(std::string_view bytes) {
    if (buffer_.size() + bytes.size() > kBufferSize) flush();
    if (bytes.size() >= kBufferSize)
      write_fully(bytes);
    else
      buffer_.append(bytes);
  }
  // For writers that build text in place (records).
  std::string& buffer() { return buffer_; }
  void maybe_flush() {
    if (buffer_.size() >= kBufferSize) flush();
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
  void write_fully(std::string_view bytes);
  void remember_temporary();

  bool is_stdout_ = false;
  bool open_ = false;
  std::string name_;  // as the user wrote it, for messages
  AtomicFile file_;
  std::string remembered_;  // the temporary name the signal handler knows
  std::string buffer_;
  uint64_t written_ = 0;
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
