#include "output.hh"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "failure.hh"
#include "plugin_guard.hh"

namespace ream::cli {
namespace {

// Temporary files to remove if a signal ends the run.  A fixed table of
// plain C strings: the handler may only do async-signal-safe things.
constexpr int kMaxTemps = 16;
char g_temps[kMaxTemps][4096];
volatile sig_atomic_t g_temp_used[kMaxTemps];

void remember_temp(const std::string& path) {
  for (int i = 0; i < kMaxTemps; ++i) {
    if (!g_temp_used[i] && path.size() < sizeof g_temps[i]) {
      std::memcpy(g_temps[i], path.c_str(), path.size() + 1);
      g_temp_used[i] = 1;
      return;
    }
  }
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

// Runs an AtomicFile step, turning its IoError into the host's Failure.
template <class Step>
void io(Step&& step) {
  try {
    step();
  } catch (const ream::IoError& e) {
    throw Failure(kExitIo, e.what());
  }
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

namespace {
bool g_stdin_was_closed = false;
bool g_stdout_was_closed = false;
}  // namespace

bool stdin_was_closed() { return g_stdin_was_closed; }

bool open_standard_descriptors() {
  bool stdout_open = true;
  for (int fd = 0; fd <= 2; ++fd) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    if (fd == STDIN_FILENO) g_stdin_was_closed = true;
    if (fd == STDOUT_FILENO) stdout_open = false, g_stdout_was_closed = true;
    int null = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
    if (null >= 0 && null != fd) {
      dup2(null, fd);
      close(null);
    }
  }
  return stdout_open;
}

Output::~Output() { abort(); }

void Output::write_behind() {
  if (behind_ || !open_) return;
  behind_ = true;
  flush_at_ = kBehindBufferSize;
  buffer_.reserve(flush_at_ + (flush_at_ >> 4));  // one record past flush_at_ fits, mostly
  writer_ = std::thread([this] { write_queued(); });
}

// The writer thread: writes the buffers handed over, in order, until
// told to stop.  After a failure it writes nothing more; the error waits
// for the main thread.
void Output::write_queued() {
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] { return stopping_ || !queued_.empty(); });
    if (queued_.empty()) return;  // stopping, nothing left
    std::string bytes = std::move(queued_.front());
    queued_.pop_front();
    writing_ = true;
    bool failed = write_error_ != nullptr;
    lock.unlock();
    std::exception_ptr error;
    if (!failed) {
      try {
        write_fully(bytes);
      } catch (...) {
        error = std::current_exception();
      }
    }
    bytes.clear();
    lock.lock();
    if (error && !write_error_) write_error_ = error;
    spare_.push_back(std::move(bytes));
    writing_ = false;
    changed_.notify_all();
  }
}

void Output::rethrow_write_error() {
  if (write_error_) std::rethrow_exception(write_error_);
}

// Wait until every buffer handed over is written; rethrow its error.
void Output::drain() {
  if (!behind_) return;
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return queued_.empty() && !writing_; });
  rethrow_write_error();
}

void Output::stop_writer() {
  if (!behind_) return;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;  // what is handed over is still written: standard output keeps it
  }
  changed_.notify_all();
  writer_.join();
  behind_ = false;
  flush_at_ = kBufferSize;
}

void Output::open_stdout() {
  // Records would go to /dev/null, which stands in for the closed
  // descriptor: refuse before reading anything, as coreutils do.
  if (g_stdout_was_closed) throw Failure(kExitIo, "<stdout>: cannot write: " + std::string(std::strerror(EBADF)));
  is_stdout_ = open_ = true;
  name_ = "<stdout>";
}

void Output::open(const std::string& path) {
  // Descriptor 1 is the plugins' while they run: the host's standard
  // output, by any of its names, is the descriptor kept for it.
  if (path == "-" || ream::atomic_file_detail::descriptor_named(path) == STDOUT_FILENO) return open_stdout();
  name_ = path;
  io([&] { file_.open(path); });
  open_ = true;
  remember_temporary();
}

void Output::remember_temporary() {
  if (file_.temp_path() == remembered_) return;
  if (!remembered_.empty()) forget_temp(remembered_);
  remembered_ = file_.temp_path();
  if (!remembered_.empty()) remember_temp(remembered_);
}

void Output::write_fully(std::string_view bytes) {
  if (!is_stdout_) {
    io([&] { file_.write(bytes); });
    written_ += bytes.size();
    return;
  }
  const char* p = bytes.data();
  size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(host_stdout_fd(), p, left);  // fd 1 is the plugins' (plugin_guard.hh)
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) throw BrokenPipe{};
      throw Failure(kExitIo, name_ + ": write failed: " + std::strerror(errno));
    }
    p += n;
    left -= static_cast<size_t>(n);
    written_ += static_cast<uint64_t>(n);
  }
}

void Output::flush() {
  if (buffer_.empty() || !open_) return;
  if (behind_) {
    std::unique_lock lock(mutex_);
    rethrow_write_error();
    changed_.wait(lock, [&] { return queued_.size() < kBehindBuffers || write_error_; });
    rethrow_write_error();
    queued_.push_back(std::move(buffer_));
    buffer_.clear();
    if (!spare_.empty()) {
      buffer_ = std::move(spare_.back());
      spare_.pop_back();
    } else {
      // The writer still has them all: a new buffer, sized at once rather
      // than grown (and copied) by doubling on the thread that fills it.
      buffer_.reserve(flush_at_ + (flush_at_ >> 4));
    }
    changed_.notify_all();
    return;
  }
  std::string pending;
  pending.swap(buffer_);
  write_fully(pending);
  pending.clear();
  buffer_.swap(pending);
}

void Output::finish() {
  if (!open_) return;
  flush();
  drain();
  if (is_stdout_) return;
  io([&] { file_.finish(); });
  remember_temporary();
}

void Output::commit() {
  if (!open_) return;
  finish();
  open_ = false;
  if (is_stdout_) return;
  io([&] { file_.commit(); });
  remember_temporary();
}

void Output::abort() {
  stop_writer();
  open_ = false;
  file_.abort();
  remember_temporary();
}

}  // namespace ream::cli
