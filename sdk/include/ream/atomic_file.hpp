// ream::AtomicFile: a file written so that readers see the old contents or
// the new, never half of the new.
//
// Every file ream writes (the -o output, --reject, and plugins' side files
// such as dedupe's --report or keywords' --save-df) goes through this one
// class, so they share one rule, documented in ream(1):
//
// - A regular file (or a name that does not exist yet) is written to a
//   temporary file in the same directory and renamed over the target only
//   by commit(); the directory is then fsynced, so the rename survives a
//   power cut.  A run that fails, or drops the object without commit(),
//   leaves the target untouched.  The temporary file is made with
//   O_TMPFILE where the filesystem allows it (it has no name, so even
//   kill -9 leaves nothing); it gets the name ".NAME.ream-PID-N" just
//   before the rename.  Elsewhere it has that name from the start.
// - Opening a target first removes ".NAME.ream-PID-N" files left beside
//   it by ream processes that no longer exist (a kill -9 between naming
//   and renaming); files of live processes and foreign files stay.
// - A symbolic link is followed, as `sort -o` and the shell's `>` do: the
//   file it points to is replaced, the link stays.
// - Something that is not a regular file (/dev/null, /dev/full, a FIFO, a
//   terminal) is opened and written through, never replaced; a write error
//   there (ENOSPC from /dev/full) is an error like any other.
// - /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N name one of
//   ream's open descriptors: it is written through as it is (`--reject
//   /dev/stderr 2>> log` appends to the log), never the file behind it
//   replaced.
//
// Errors throw ream::IoError with the path and the OS reason.
#ifndef REAM_ATOMIC_FILE_HPP
#define REAM_ATOMIC_FILE_HPP

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ream/plugin.hpp>

#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

namespace ream {

namespace atomic_file_detail {

inline std::string dir_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

inline std::string base_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The file a chain of symbolic links ends at (which may not exist yet).
inline std::string follow_links(std::string path) {
  for (int depth = 0; depth < 40; ++depth) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
    char target[PATH_MAX];
    ssize_t n = ::readlink(path.c_str(), target, sizeof target - 1);
    if (n < 0) return path;
    std::string next(target, static_cast<size_t>(n));
    path = next.front() == '/' ? next : dir_of(path) + "/" + next;
  }
  return path;
}

// The descriptor a path such as /dev/stdout or /dev/fd/3 stands for, or -1.
inline int descriptor_named(std::string_view path) {
  if (path == "/dev/stdin") return 0;
  if (path == "/dev/stdout") return 1;
  if (path == "/dev/stderr") return 2;
  for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (path.substr(0, prefix.size()) != prefix || path.size() == prefix.size()) continue;
    int fd = 0;
    for (char c : path.substr(prefix.size())) {
      if (c < '0' || c > '9' || fd > 100000) return -1;
      fd = fd * 10 + (c - '0');
    }
    return fd;
  }
  return -1;
}

// "PID-N" after ".NAME.ream-": the PID, or 0 when the rest is not that.
inline pid_t temp_owner(std::string_view rest) {
  pid_t pid = 0;
  size_t i = 0;
  for (; i < rest.size() && rest[i] >= '0' && rest[i] <= '9'; ++i) pid = pid * 10 + (rest[i] - '0');
  if (i == 0 || i + 1 >= rest.size() || rest[i] != '-') return 0;
  for (size_t j = i + 1; j < rest.size(); ++j)
    if (rest[j] < '0' || rest[j] > '9') return 0;
  return pid;
}

}  // namespace atomic_file_detail

// Remove ".BASE.ream-PID-N" temporaries beside `target` whose process is
// gone.  Best effort: a file that cannot be removed stays.
inline void remove_stale_temporaries(const std::string& target) {
  using namespace atomic_file_detail;
  std::string dir = dir_of(target), prefix = "." + base_of(target) + ".ream-";
  DIR* d = ::opendir(dir.c_str());
  if (!d) return;
  while (const dirent* e = ::readdir(d)) {
    std::string_view name(e->d_name);
    if (name.substr(0, prefix.size()) != prefix) continue;
    pid_t pid = temp_owner(name.substr(prefix.size()));
    if (pid <= 0 || pid == ::getpid()) continue;
    if (::kill(pid, 0) == 0 || errno != ESRCH) continue;  // alive, or not ours to judge
    std::string path = dir + "/" + std::string(name);
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid()) ::unlink(path.c_str());
  }
  ::closedir(d);
}

class AtomicFile {
 public:
  AtomicFile() = default;
  explicit AtomicFile(const std::string& path) { open(path); }
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile() {
    abort();
    if (fd_ >= 0) ::close(fd_);
  }

  // `name` is how messages call the file; the path as given by default.
  void open(const std::string& path, std::string name = {}) {
    using namespace atomic_file_detail;
    name_ = name.empty() ? path : std::move(name);
    if (int fd = descriptor_named(path); fd >= 0) {
      fd_ = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
      if (fd_ < 0) fail("cannot open for writing");
      through_ = true;
      return;
    }
    target_ = follow_links(path);
    struct stat st {};
    bool exists = ::stat(target_.c_str(), &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {
      fd_ = ::open(target_.c_str(), O_WRONLY | O_CLOEXEC);
      if (fd_ < 0) fail("cannot open for writing");
      through_ = true;
      return;
    }
    remove_stale_temporaries(target_);
    fd_ = ::open(dir_of(target_).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd_ < 0) {
      for (int attempt = 0; fd_ < 0 && attempt < 100; ++attempt) {
        std::string temp = temp_name(attempt);
        fd_ = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd_ >= 0) temp_ = temp;
        if (fd_ < 0 && errno != EEXIST) break;
      }
      if (fd_ < 0) fail("cannot open for writing");
    }
    mode_t mask = ::umask(0);
    ::umask(mask);
    // Keep the mode of the file being replaced; a new file gets 0666 & ~umask.
    ::fchmod(fd_, exists ? (st.st_mode & 07777) : (0666 & ~mask));
  }

  bool is_open() const { return fd_ >= 0; }
  int fd() const { return fd_; }
  const std::string& name() const { return name_; }
  // The temporary file's name while it has one ("" when unnamed), so that
  // the host's signal handler can remove it.
  const std::string& temp_path() const { return temp_; }
  // The absolute path of the file replaced at commit, and the device and
  // inode it will have there; false when written through.
  bool identity(std::string& path, uint64_t& dev, uint64_t& ino) const {
    struct stat st {};
    if (fd_ < 0 || through_ || ::fstat(fd_, &st) != 0) return false;
    path = target_;
    if (path.front() != '/') {
      char cwd[PATH_MAX];
      if (!::getcwd(cwd, sizeof cwd)) return false;
      path = std::string(cwd) + "/" + path;
    }
    dev = st.st_dev;
    ino = st.st_ino;
    return true;
  }
  // True when the target is not a regular file and is written through.
  bool writes_through() const { return through_; }

  void write(std::string_view bytes) {
    const char* p = bytes.data();
    size_t left = bytes.size();
    while (left > 0) {
      ssize_t n = ::write(fd_, p, left);
      if (n < 0) {
        if (errno == EINTR) continue;
        fail("write failed");
      }
      p += n;
      left -= static_cast<size_t>(n);
    }
  }

  // Make the written bytes durable and give the temporary file its name;
  // a failure here leaves the target untouched.  Called by commit(); a
  // caller that commits several files calls it on each first, so that a
  // full disk fails the run before any of them is replaced.
  void finish() {
    if (fd_ < 0 || through_ || finished_) return;
    if (::fsync(fd_) != 0) fail("write failed");
    if (temp_.empty()) name_temporary();
    finished_ = true;
  }

  // Put the new contents in place.
  void commit() {
    if (fd_ < 0) return;
    finish();
    int fd = std::exchange(fd_, -1);
    if (::close(fd) != 0 && !through_) fail("write failed");
    if (through_) return;
    if (::rename(temp_.c_str(), target_.c_str()) != 0) fail("cannot rename the finished file into place");
    temp_.clear();
    int dir = ::open(atomic_file_detail::dir_of(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
      ::fsync(dir);  // the rename itself must survive a crash
      ::close(dir);
    }
  }

  // Give up: the target stays as it was.
  void abort() noexcept {
    if (!temp_.empty()) ::unlink(temp_.c_str());
    temp_.clear();
    if (fd_ >= 0 && !through_) {
      ::close(fd_);
      fd_ = -1;
    }
  }

 private:
  std::string temp_name(int attempt) const {
    using namespace atomic_file_detail;
    return dir_of(target_) + "/." + base_of(target_) + ".ream-" + std::to_string(::getpid()) + "-" +
           std::to_string(attempt);
  }

  // An O_TMPFILE file gets a name beside the target (linkat through
  // /proc/self/fd), from where it is renamed like a named one.
  void name_temporary() {
    std::string self = "/proc/self/fd/" + std::to_string(fd_);
    for (int attempt = 0; attempt < 100; ++attempt) {
      std::string temp = temp_name(attempt);
      if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) == 0) {
        temp_ = temp;
        return;
      }
      if (errno != EEXIST) break;
    }
    fail("cannot give the finished file a name");
  }

  [[noreturn]] void fail(const char* what) const { throw IoError(name_ + ": " + what + ": " + std::strerror(errno)); }

  int fd_ = -1;
  bool through_ = false;
  bool finished_ = false;
  std::string name_;    // as the user wrote it, for messages
  std::string target_;  // the file replaced: symbolic links followed
  std::string temp_;    // the named temporary file, once it has a name
};

// A text file written line by line through a buffer, committed atomically
// (plugins' side files: --report, --dropped, --graph, --save-df).  Opened
// at once, so that an unwritable path fails before any record is read.
//
//   ream::SideFile report("report", path);
//   report.line(json);            // buffered
//   report.finish();              // in finish(): flush and sync, errors now
//   report.commit();              // in commit(): renamed into place
class SideFile {
 public:
  // Messages name the file as "--OPTION 'PATH'".
  SideFile(std::string option, const std::string& path) : option_(std::move(option)) {
    file_.open(path, "--" + option_ + " '" + path + "'");
  }

  void write(std::string_view text) {
    buffer_.append(text);
    if (buffer_.size() >= kBufferSize) flush();
  }
  void line(std::string_view text) {
    write(text);
    buffer_.push_back('\n');
  }
  void finish() {
    flush();
    file_.finish();
  }
  void commit() {
    finish();
    file_.commit();
  }
  const std::string& option() const { return option_; }

 private:
  static constexpr size_t kBufferSize = 1 << 16;
  void flush() {
    file_.write(buffer_);
    buffer_.clear();
  }

  std::string option_;
  AtomicFile file_;
  std::string buffer_;
};

}  // namespace ream

#endif
