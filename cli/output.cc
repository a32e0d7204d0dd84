#include "output.hh"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>

#include "failure.hh"
#include "plugin_guard.hh"

namespace ream::cli {
namespace {

// Temporary files to remove if a signal ends the run.  A fixed table of
// plain C strings: the handler may only do async-signal-safe things.
constexpr int kMaxTemps = 16;
char g_temps[kMaxTemps][4096];
volatile sig_atomic_t g_temp_used[kMaxTemps];

int remember_temp(const std::string& path) {
  for (int i = 0; i < kMaxTemps; ++i) {
    if (!g_temp_used[i] && path.size() < sizeof g_temps[i]) {
      std::memcpy(g_temps[i], path.c_str(), path.size() + 1);
      g_temp_used[i] = 1;
      return i;
    }
  }
  return -1;
}

void forget_temp(const std::string& path) {
  for (int i = 0; i < kMaxTemps; ++i)
    if (g_temp_used[i] && path == g_temps[i]) g_temp_used[i] = 0;
}

void on_fatal_signal(int sig) {
  for (int i = 0; i < kMaxTemps; ++i)
    if (g_temp_used[i]) unlink(g_temps[i]);
  signal(sig, SIG_DFL);
  raise(sig);
}

std::string dir_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string base_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

void install_cleanup_handlers() {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction sa {};
    sa.sa_handler = on_fatal_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, nullptr);
  }
  signal(SIGPIPE, SIG_IGN);  // EPIPE is handled where writes happen
  signal(SIGXFSZ, SIG_IGN);  // so is EFBIG, past a file size limit
}

Output::~Output() {
  if (!committed_) abort();
  if (fd_ >= 0 && !is_stdout_) close(fd_);
}

void Output::open_stdout() {
  fd_ = host_stdout_fd();  // fd 1 is the plugins' (see plugin_guard.hh)
  is_stdout_ = true;
  name_ = "<stdout>";
}

void Output::open(const std::string& path, Mode mode) {
  if (path == "-") return open_stdout();
  name_ = path_ = path;
  if (mode == Mode::kDirect) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd_ < 0) throw Failure(kExitIo, path + ": cannot open for writing: " + std::strerror(errno));
    committed_ = true;  // nothing to roll back
    return;
  }
  fd_ = ::open(dir_of(path).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd_ >= 0) {
    unnamed_ = true;
  } else {
    std::string temp = dir_of(path) + "/." + base_of(path) + ".ream-XXXXXX";
    fd_ = mkostemp(temp.data(), O_CLOEXEC);
    if (fd_ < 0) throw Failure(kExitIo, path + ": cannot create a temporary file beside it: " + std::strerror(errno));
    temp_path_ = temp;
    remember_temp(temp_path_);
  }
  mode_t mask = umask(0);
  umask(mask);
  struct stat st {};
  // Keep the mode of the file being replaced; a new file gets 0666 & ~umask.
  fchmod(fd_, ::stat(path.c_str(), &st) == 0 ? (st.st_mode & 07777) : (0666 & ~mask));
}

void Output::write_fully(std::string_view bytes) {
  const char* p = bytes.data();
  size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd_, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE && is_stdout_) throw BrokenPipe{};
      throw Failure(kExitIo, name_ + ": write failed: " + std::strerror(errno));
    }
    p += n;
    left -= static_cast<size_t>(n);
    written_ += static_cast<uint64_t>(n);
  }
}

void Output::flush() {
  if (buffer_.empty() || fd_ < 0) return;
  std::string pending;
  pending.swap(buffer_);
  write_fully(pending);
  pending.clear();
  buffer_.swap(pending);
}

void Output::commit() {
  if (fd_ < 0) return;
  flush();
  if (is_stdout_) return;
  if (unnamed_) give_name();
  if (!temp_path_.empty()) {
    if (fsync(fd_) != 0) throw Failure(kExitIo, name_ + ": write failed: " + std::strerror(errno));
    if (close(fd_) != 0) {
      fd_ = -1;
      throw Failure(kExitIo, name_ + ": write failed: " + std::strerror(errno));
    }
    fd_ = -1;
    if (rename(temp_path_.c_str(), path_.c_str()) != 0)
      throw Failure(kExitIo, name_ + ": cannot rename the finished output into place: " + std::strerror(errno));
    forget_temp(temp_path_);
    temp_path_.clear();
  }
  committed_ = true;
}

// An O_TMPFILE file gets a temporary name beside the target (linkat
// through /proc/self/fd), and from there is committed like a named one.
void Output::give_name() {
  unnamed_ = false;
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string temp =
        dir_of(path_) + "/." + base_of(path_) + ".ream-" + std::to_string(getpid()) + "-" + std::to_string(attempt);
    std::string self = "/proc/self/fd/" + std::to_string(fd_);
    if (linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) == 0) {
      temp_path_ = temp;
      remember_temp(temp_path_);
      return;
    }
    if (errno != EEXIST) break;
  }
  throw Failure(kExitIo, name_ + ": cannot give the finished output a name: " + std::strerror(errno));
}

void Output::abort() {
  unnamed_ = false;  // an unnamed file simply vanishes when it is closed
  if (!temp_path_.empty()) {
    unlink(temp_path_.c_str());
    forget_temp(temp_path_);
    temp_path_.clear();
  }
  committed_ = true;
}

}  // namespace ream::cli
