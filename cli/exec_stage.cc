// Executable plugins: a program named ream-NAME is stage NAME.
//
// The host starts it with the stage's arguments, writes each record to its
// standard input as one JSON line and reads records back from its standard
// output, so a plugin can be written in any language.  Both pipes are
// serviced with poll(), never by blocking on one, so a program that reads
// a little and writes a lot (or buffers everything) cannot deadlock us.
// Its standard error is collected and shown when it fails; its exit
// status decides whether the stage succeeded.
//
// A program may stop reading early, like head(1): once its input pipe is
// closed, the records not delivered to it are counted as dropped and the
// stage asks upstream to stop; whether that was an error is decided by
// its exit status (0: it had all it wanted; non-zero or a signal: exit 3).
// Nothing ever waits on a closed pipe.
//
// Descriptor 3 of the program (named by $REAM_CONTROL_FD) is a control
// channel: a line "drop" or "drop N" says it dropped records on purpose,
// so --stats counts them and the "went missing" check stays true.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstddef>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "exec_describe.hh"
#include "pipeline.hh"
#include "plugin_catalog.hh"
#include "record.hh"

extern char** environ;

namespace ream::cli {
namespace {

ream_str str(std::string_view s) { return ream_str{s.data(), s.size()}; }
std::string_view view(ream_str s) { return s.size ? std::string_view(s.data, s.size) : std::string_view(); }

class ExecStage {
 public:
  ExecStage(const ream_host* host, ream_context* ctx, const ream_options* opts) : host_(host), ctx_(ctx) {
    size_t n = host->positional_count(opts);
    for (size_t i = 0; i < n; ++i) args_.emplace_back(view(host->positional_value(opts, i)));
    start();
  }
  ~ExecStage() {
    close_fd(in_);
    close_fd(out_);
    close_fd(err_);
    close_fd(ctl_);
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }

  ream_status process(ream_record* rec) {
    if (in_ < 0) {  // it has stopped reading
      host_->drop(ctx_, rec);
      return REAM_STOP;
    }
    size_t before = pending_.size();
    pending_.append(view(host_->record_json(rec)));
    pending_ += '\n';
    queued_bytes_ += pending_.size() - before;
    record_ends_.push_back(queued_bytes_);
    host_->record_free(rec);
    ++sent_;
    return pump(false);
  }

  ream_status finish() {
    ream_status status = pump(true);
    if (status != REAM_OK && status != REAM_STOP) return status;
    int wstatus = 0;
    while (waitpid(pid_, &wstatus, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0) {
      if (!stderr_.empty()) host_->warn(ctx_, str({}), 0, str(trimmed_stderr()));
      return REAM_OK;
    }
    std::string how = WIFEXITED(wstatus) ? fmt::format("exited with status {}", WEXITSTATUS(wstatus))
                                         : fmt::format("was killed by signal {} ({})", WTERMSIG(wstatus),
                                                       signal_name(WTERMSIG(wstatus)));
    std::string message = fmt::format("{} {}", args_[0], how);
    if (!stderr_.empty()) message += ": " + trimmed_stderr();
    return error(message);
  }

 private:
  static std::string signal_name(int sig) {
    const char* abbrev = sigabbrev_np(sig);
    return abbrev ? std::string("SIG") + abbrev : "unknown signal";
  }

  static void close_fd(int& fd) {
    if (fd >= 0) close(fd);
    fd = -1;
  }

  ream_status error(const std::string& message) {
    host_->set_error(ctx_, REAM_PLUGIN_ERROR, str({}), 0, str(message));
    return REAM_PLUGIN_ERROR;
  }

  std::string trimmed_stderr() const {
    std::string s = stderr_;
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
  }

  void start() {
    int in[2], out[2], err[2], ctl[2];
    if (pipe2(in, O_CLOEXEC) || pipe2(out, O_CLOEXEC) || pipe2(err, O_CLOEXEC) || pipe2(ctl, O_CLOEXEC))
      throw std::runtime_error(std::string("cannot make pipes: ") + std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    posix_spawn_file_actions_adddup2(&actions, ctl[1], kControlFd);
    std::vector<std::string> env_strings{fmt::format("REAM_CONTROL_FD={}", kControlFd)};
    std::vector<char*> env{env_strings[0].data()};
    for (char** e = environ; *e; ++e)
      if (std::strncmp(*e, "REAM_CONTROL_FD=", 16) != 0) env.push_back(*e);
    env.push_back(nullptr);
    std::vector<char*> argv;
    for (auto& a : args_) argv.push_back(a.data());
    argv.push_back(nullptr);
    int rc = posix_spawn(&pid_, args_[0].c_str(), &actions, nullptr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    close(in[0]);
    close(out[1]);
    close(err[1]);
    close(ctl[1]);
    ctl_ = ctl[0];
    in_ = in[1];
    out_ = out[0];
    err_ = err[0];
    if (rc != 0) {
      pid_ = -1;
      throw std::runtime_error(fmt::format("cannot run {}: {}", args_[0], std::strerror(rc)));
    }
    for (int fd : {in_, out_, err_, ctl_}) fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  }

  // Move bytes both ways.  While streaming, block only when too much is
  // waiting to be sent; at the end, run until the program closes its output.
  ream_status pump(bool closing) {
    for (;;) {
      if (pending_.empty() && closing) close_fd(in_);
      bool want_write = in_ >= 0 && !pending_.empty();
      if (!closing && (pending_.size() < kHighWater || in_ < 0)) {
        if (want_write) write_some();
        ream_status status = drain(0);
        return status == REAM_OK && stopped_ ? REAM_STOP : status;
      }
      if (out_ < 0 && err_ < 0 && ctl_ < 0 && !want_write) return REAM_OK;  // nothing left to wait for
      pollfd fds[4] = {{want_write ? in_ : -1, POLLOUT, 0}, {out_, POLLIN, 0}, {err_, POLLIN, 0}, {ctl_, POLLIN, 0}};
      if (poll(fds, 4, -1) < 0) {
        if (errno == EINTR) continue;
        return error(std::string("poll failed: ") + std::strerror(errno));
      }
      if (fds[0].revents & (POLLOUT | POLLERR | POLLHUP)) write_some();
      ream_status status = read_ready(fds[1].revents, fds[2].revents, fds[3].revents);
      if (status != REAM_OK) return status;
    }
  }

  void write_some() {
    ssize_t n = ::write(in_, pending_.data(), pending_.size());
    if (n > 0) {
      pending_.erase(0, static_cast<size_t>(n));
      written_bytes_ += static_cast<uint64_t>(n);
      // Records this far back have left the pipe: it holds less than that.
      while (!record_ends_.empty() && record_ends_.front() + kPipeBytesMax <= written_bytes_) record_ends_.pop_front();
    } else if (n < 0 && errno == EPIPE) {
      // It stopped reading; its exit status will tell whether that was an
      // error.  Every record it did not read whole is dropped: those still
      // here, and those left unread in the pipe.
      int unread = 0;
      if (ioctl(in_, FIONREAD, &unread) != 0) unread = 0;
      uint64_t consumed = written_bytes_ - static_cast<uint64_t>(unread);
      ctx_->run->counts.dropped += static_cast<uint64_t>(
          record_ends_.end() - std::upper_bound(record_ends_.begin(), record_ends_.end(), consumed));
      record_ends_.clear();
      pending_.clear();
      close_fd(in_);
    }
  }

  ream_status drain(int) {
    pollfd fds[3] = {{out_, POLLIN, 0}, {err_, POLLIN, 0}, {ctl_, POLLIN, 0}};
    if (poll(fds, 3, 0) <= 0) return REAM_OK;
    return read_ready(fds[0].revents, fds[1].revents, fds[2].revents);
  }

  ream_status read_ready(short out_events, short err_events, short ctl_events) {
    char buf[1 << 16];
    if (ctl_ >= 0 && (ctl_events & (POLLIN | POLLHUP | POLLERR))) {
      ssize_t n = ::read(ctl_, buf, sizeof buf);
      if (n == 0) close_fd(ctl_);
      if (n > 0) control_.append(buf, static_cast<size_t>(n));
      if (n == 0 && !control_.empty()) control_ += '\n';
      control_lines();
    }
    if (out_ >= 0 && (out_events & (POLLIN | POLLHUP | POLLERR))) {
      ssize_t n = ::read(out_, buf, sizeof buf);
      if (n == 0) close_fd(out_);
      if (n > 0) {
        received_.append(buf, static_cast<size_t>(n));
        ream_status status = emit_lines();
        if (status != REAM_OK) return status;
      }
    }
    if (err_ >= 0 && (err_events & (POLLIN | POLLHUP | POLLERR))) {
      ssize_t n = ::read(err_, buf, sizeof buf);
      if (n == 0) close_fd(err_);
      if (n > 0) {
        stderr_.append(buf, static_cast<size_t>(n));
        if (stderr_.size() > kStderrKeep) stderr_.erase(0, stderr_.size() - kStderrKeep);
      }
    }
    if (out_ < 0 && !received_.empty()) {
      received_ += '\n';  // a last line without its newline
      return emit_lines();
    }
    return REAM_OK;
  }

  // "drop" or "drop N"; anything else is a warning, once.
  void control_lines() {
    for (size_t nl; (nl = control_.find('\n')) != std::string::npos; control_.erase(0, nl + 1)) {
      std::string_view line(control_.data(), nl);
      uint64_t n = 1;
      bool ok = line.substr(0, 4) == "drop";
      if (ok && line.size() > 4) {
        auto [end, ec] = std::from_chars(line.data() + 5, line.data() + line.size(), n);
        ok = line[4] == ' ' && ec == std::errc() && end == line.data() + line.size();
      }
      if (ok) {
        ctx_->run->counts.dropped += n;
      } else if (!warned_control_) {
        warned_control_ = true;
        host_->warn(ctx_, str({}), 0,
                    str(fmt::format("unknown control line '{}' on descriptor {} (expected 'drop' or 'drop N')",
                                    std::string(line), kControlFd)));
      }
    }
  }

  ream_status emit_lines() {
    size_t start = 0;
    for (size_t nl; (nl = received_.find('\n', start)) != std::string::npos; start = nl + 1) {
      std::string_view line(received_.data() + start, nl - start);
      ++line_;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      ream_str why{};
      ream_record* rec = host_->record_parse(str(line), &why);
      if (!rec) {
        std::string where = "ream-" + std::string(view(host_->stage_name(ctx_))) + " output";
        if (host_->reject(ctx_, str(where), line_, str(line), why) != REAM_OK) {
          received_.erase(0, nl + 1);
          return REAM_DATA_ERROR;
        }
        continue;
      }
      if (host_->emit(ctx_, rec) == REAM_STOP) stopped_ = true;
    }
    received_.erase(0, start);
    return REAM_OK;
  }

  static constexpr size_t kHighWater = 1 << 20;
  static constexpr int kControlFd = 3;
  static constexpr uint64_t kPipeBytesMax = 1 << 20;  // Linux's default pipe-max-size
  static constexpr size_t kStderrKeep = 4096;

  const ream_host* host_;
  ream_context* ctx_;
  std::vector<std::string> args_;
  pid_t pid_ = -1;
  int in_ = -1, out_ = -1, err_ = -1, ctl_ = -1;
  std::string pending_, received_, stderr_, control_;
  bool warned_control_ = false;
  uint64_t sent_ = 0, line_ = 0;
  uint64_t queued_bytes_ = 0, written_bytes_ = 0;  // since the start
  std::deque<uint64_t> record_ends_;               // offsets just past records that may still be unread
  bool stopped_ = false;
};

void* exec_create(const ream_host* host, ream_context* ctx, const ream_options* opts) {
  try {
    return new ExecStage(host, ctx, opts);
  } catch (const std::exception& e) {
    host->set_error(ctx, REAM_PLUGIN_ERROR, str({}), 0, str(e.what()));
    return nullptr;
  }
}
ream_status exec_process(void* self, ream_record* rec) { return static_cast<ExecStage*>(self)->process(rec); }
ream_status exec_finish(void* self) { return static_cast<ExecStage*>(self)->finish(); }
void exec_destroy(void* self) { delete static_cast<ExecStage*>(self); }

}  // namespace

namespace {

// A descriptor and the strings it points into, kept for the whole run.
struct MadeDescriptor {
  std::string name, summary;
  std::optional<ExecDescription> described;
  std::vector<ream_option_spec> specs;
  ream_plugin d{};
};

const char* or_null(bool present, const std::string& s) { return present ? s.c_str() : nullptr; }

std::map<std::string, std::unique_ptr<MadeDescriptor>>& made_descriptors() {
  static std::map<std::string, std::unique_ptr<MadeDescriptor>> made;
  return made;
}

}  // namespace

const ream_plugin* exec_descriptor(const std::string& name, const std::string& path, std::string* problem) {
  auto& made = made_descriptors();
  if (auto it = made.find(path); it != made.end()) return &it->second->d;
  auto m = std::make_unique<MadeDescriptor>();
  m->name = name;
  m->described = describe_executable(path, problem);
  m->summary = m->described ? m->described->summary : "executable plugin " + path;
  ream_plugin& d = m->d;
  // Sized as an ABI 1.2 descriptor: an executable's words are all its
  // own (or its description's), never input files (positional_max).
  d.size = offsetof(ream_plugin, positional_max);
  d.abi_major = REAM_ABI_MAJOR;
  d.abi_minor = REAM_ABI_MINOR;
  d.name = m->name.c_str();
  d.version = "-";
  d.summary = m->summary.c_str();
  d.description =
      "An executable plugin: records are written to its standard input and read from its "
      "standard output as JSON Lines. Its arguments are passed to it unchanged.";
  d.kind = REAM_TRANSFORM;
  d.positional = "ARG";
  d.positional_help = "passed to the program";
  if (const auto& x = m->described) {
    d.description = x->description.empty() ? nullptr : x->description.c_str();
    d.positional = x->positional.empty() ? nullptr : x->positional.c_str();
    d.positional_help = x->positional_help.empty() ? nullptr : x->positional_help.c_str();
    for (const auto& o : x->options)
      m->specs.push_back(ream_option_spec{o.name.c_str(), o.short_name, o.type, or_null(o.has_value_name, o.value_name),
                                          or_null(o.has_default, o.default_value), or_null(o.has_choices, o.choices),
                                          o.help.c_str(), o.flags});
    d.options = m->specs.data();
    d.option_count = m->specs.size();
  }
  d.create = exec_create;
  d.process = exec_process;
  d.finish = exec_finish;
  d.destroy = exec_destroy;
  return &made.emplace(path, std::move(m)).first->second->d;
}

bool exec_is_described(const ream_plugin& plugin) {
  for (const auto& [path, m] : made_descriptors())
    if (&m->d == &plugin) return m->described.has_value();
  return false;
}

}  // namespace ream::cli
