// Where bytes go: standard output, or a file written atomically.
//
// `-o FILE` writes to a temporary file beside FILE and renames it over
// FILE only when the whole run succeeded, so a reader (or tomorrow's cron
// run) never sees half a digest.  The temporary file is made with
// O_TMPFILE where the filesystem allows it: it has no name until the run
// succeeds, so even `kill -9` leaves nothing behind.  Elsewhere it is a
// named ".FILE.ream-XXXXXX", removed when the run fails or is interrupted
// (SIGINT, SIGTERM, SIGHUP); only SIGKILL can leave that one behind.
#ifndef REAM_CLI_OUTPUT_HH
#define REAM_CLI_OUTPUT_HH

#include <cstdint>
#include <string>
#include <string_view>

namespace ream::cli {

class Output {
 public:
  enum class Mode { kAtomic, kDirect };

  Output() = default;
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  ~Output();  // an uncommitted atomic file is removed

  void open_stdout();
  void open(const std::string& path, Mode mode);

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
  // Flush, sync and (atomic mode) rename into place.
  void commit();
  // Give up: remove the temporary file of an atomic output.
  void abort();

  const std::string& name() const { return name_; }
  uint64_t bytes_written() const { return written_; }

 private:
  static constexpr size_t kBufferSize = 1 << 16;
  void write_fully(std::string_view bytes);
  void give_name();

  int fd_ = -1;
  bool is_stdout_ = false;
  bool committed_ = false;
  std::string name_;       // as the user wrote it, for messages
  std::string path_;       // final path
  std::string temp_path_;  // atomic mode, named temporary: where bytes go until commit
  bool unnamed_ = false;   // atomic mode, O_TMPFILE: the file gets a name at commit
  std::string buffer_;
  uint64_t written_ = 0;
};

// Install handlers so that a killed run removes its temporary files.
void install_cleanup_handlers();

}  // namespace ream::cli

#endif
