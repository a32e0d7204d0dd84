#include "plugin_guard.hh"

#include <mutex>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <boost/unordered/unordered_flat_set.hpp>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "failure.hh"

namespace ream::cli {
namespace {

int g_host_stdout = STDOUT_FILENO;
constexpr size_t kCrashStackSize = 1 << 16;

// What the crash handler reports.  Plain pointers and a number, set
// before each plugin call: the handler only reads them.  One per thread:
// with -j, stages run on the workers too, and a crash is handled on the
// thread that crashed.  The host is linked into the executable, so this
// is static TLS, which a signal handler may read.
struct CrashContext {
  const char* stage = nullptr;
  const char* file = nullptr;
  uint64_t line = 0;
};
thread_local volatile CrashContext g_crash;

void put(const char* s) {
  size_t n = std::strlen(s);
  while (n > 0) {
    ssize_t w = ::write(STDERR_FILENO, s, n);
    if (w <= 0) return;
    s += w;
    n -= static_cast<size_t>(w);
  }
}

void put_number(uint64_t v) {
  char digits[24];
  char* p = digits + sizeof digits;
  *--p = '\0';
  do {
    *--p = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  put(p);
}

const char* what_happened(int sig) {
  switch (sig) {
    case SIGSEGV:
      return "segmentation fault, SIGSEGV";
    case SIGBUS:
      return "bus error, SIGBUS";
    case SIGABRT:
      return "aborted, SIGABRT";
    case SIGFPE:
      return "arithmetic error, SIGFPE";
    default:
      return "illegal instruction, SIGILL";
  }
}

// Async-signal-safe: strlen, write and _exit only.
void on_crash(int sig) {
  const char* stage = g_crash.stage;
  const char* file = g_crash.file;
  uint64_t line = g_crash.line;
  put("ream: ");
  if (!stage) {
    put("internal error: ream crashed (");
    put(what_happened(sig));
    put(")\n");
    _exit(kExitPlugin);
  }
  if (file) {
    put(file);
    if (line) {
      put(":");
      put_number(line);
    }
    put(": ");
  }
  put(stage);
  put(": the plugin crashed (");
  put(what_happened(sig));
  put(")\n");
  _exit(kExitPlugin);
}

boost::unordered_flat_set<const void*>& owned_by_plugins() {
  static boost::unordered_flat_set<const void*> handles;
  return handles;
}

}  // namespace

const bool g_check_handles = [] {
  const char* v = std::getenv("REAM_CHECK_HANDLES");
  return v && *v && std::string(v) != "0";
}();

// Plugins may make and free records on several threads (parallel_for).
std::mutex g_handles_mutex;

void note_handle_given(const void* handle) {
  std::lock_guard lock(g_handles_mutex);
  if (handle) owned_by_plugins().insert(handle);
}

void note_handle_taken(const void* handle, const char* function) {
  {
    std::lock_guard lock(g_handles_mutex);
    if (owned_by_plugins().erase(handle)) return;
  }
  const char* stage = g_crash.stage;
  const char* file = g_crash.file;
  uint64_t line = g_crash.line;
  std::fflush(stdout);
  put("ream: ");
  if (file) {
    put(file);
    if (line) {
      put(":");
      put_number(line);
    }
    put(": ");
  }
  if (stage) {
    put(stage);
    put(": ");
  }
  put("the plugin passed ");
  put(function);
  put(handle ? " a record it does not own (already emitted, dropped or freed)\n" : " a null record\n");
  _exit(kExitPlugin);
}

void guard_stdout() {
  int fd = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (fd < 0) return;  // no standard output: nothing to protect
  g_host_stdout = fd;
  if (dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (null >= 0) {
      dup2(null, STDOUT_FILENO);
      close(null);
    }
  }
}

int host_stdout_fd() { return g_host_stdout; }

std::FILE* host_stdout() {
  static std::FILE* stream = g_host_stdout == STDOUT_FILENO ? stdout : fdopen(g_host_stdout, "w");
  return stream ? stream : stdout;
}

void install_crash_stack() {
  // Each thread has its own alternate signal stack; it lives as long as
  // the thread (the workers are joined at exit).  A thread that has one
  // already keeps it: the sanitizers give every thread their own and unmap
  // it when the thread ends, which fails (and aborts) when it was replaced.
  stack_t current{};
  if (sigaltstack(nullptr, &current) == 0 && !(current.ss_flags & SS_DISABLE)) return;
  thread_local std::unique_ptr<char[]> alt_stack(new char[kCrashStackSize]);
  stack_t ss{};
  ss.ss_sp = alt_stack.get();
  ss.ss_size = kCrashStackSize;
  sigaltstack(&ss, nullptr);
}

void install_crash_handlers() {
  install_crash_stack();
  for (int sig : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL}) {
    struct sigaction sa {};
    sa.sa_handler = on_crash;
    sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, nullptr);
  }
}

PluginCallScope::PluginCallScope(const std::string& stage, const std::string* file, uint64_t line)
    : stage_(g_crash.stage), file_(g_crash.file), line_(g_crash.line) {
  g_crash.stage = stage.c_str();
  g_crash.file = file ? file->c_str() : nullptr;
  g_crash.line = line;
  std::atomic_signal_fence(std::memory_order_seq_cst);
}

PluginCallScope::~PluginCallScope() {
  std::atomic_signal_fence(std::memory_order_seq_cst);
  g_crash.stage = stage_;
  g_crash.file = file_;
  g_crash.line = line_;
}

}  // namespace ream::cli
