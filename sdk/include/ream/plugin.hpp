// ream plugin SDK: a header-only C++ layer over the C ABI in plugin.h.
//
// A stage is a class derived from ream::Stage.  It gets a ream::Context in
// its constructor (options, emit, drop, warnings), overrides process() for
// each record (transforms and sinks) or run() (sources), and finish() for
// the end of the stream.  REAM_PLUGIN(Class, descriptor) exports it.
//
// Every exception is caught at the ABI boundary and turned into a status
// code and a message: ream::DataError (exit 1), ream::UsageError (exit 2),
// anything else is a plugin failure (exit 3).  Nothing C++ crosses the
// boundary, so a plugin may use any compiler and standard library.
#ifndef REAM_PLUGIN_HPP
#define REAM_PLUGIN_HPP

#if __cplusplus < 202002L
#error "ream's C++ SDK needs C++20: compile with -std=c++20 (pkg-config --variable=cxxflags ream-sdk)"
#endif

#include <ream/plugin.h>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ream {

inline ream_str to_str(std::string_view s) { return ream_str{s.data(), s.size()}; }
inline std::string_view to_view(ream_str s) { return s.size ? std::string_view(s.data, s.size) : std::string_view(); }

// An error with the exit status it stands for and, optionally, where.
class Error : public std::runtime_error {
 public:
  Error(ream_status code, const std::string& message, std::string file = {}, uint64_t line = 0)
      : std::runtime_error(message), code_(code), file_(std::move(file)), line_(line) {}
  ream_status code() const { return code_; }
  const std::string& file() const { return file_; }
  uint64_t line() const { return line_; }

 private:
  ream_status code_;
  std::string file_;
  uint64_t line_;
};

struct DataError : Error {
  explicit DataError(const std::string& message, std::string file = {}, uint64_t line = 0)
      : Error(REAM_DATA_ERROR, message, std::move(file), line) {}
};

struct UsageError : Error {
  explicit UsageError(const std::string& message) : Error(REAM_USAGE_ERROR, message) {}
};

// A file could not be read or written (exit status 4).
struct IoError : Error {
  explicit IoError(const std::string& message, std::string file = {})
      : Error(REAM_IO_ERROR, message, std::move(file)) {}
};

// An owning handle to one record.  Move-only; frees the record unless it
// was passed on (emit, drop) or released.
class Record {
 public:
  Record() = default;
  Record(const ream_host* host, ream_record* handle) : host_(host), handle_(handle) {}
  Record(Record&& other) noexcept : host_(other.host_), handle_(std::exchange(other.handle_, nullptr)) {}
  Record& operator=(Record&& other) noexcept {
    if (this != &other) {
      reset();
      host_ = other.host_;
      handle_ = std::exchange(other.handle_, nullptr);
    }
    return *this;
  }
  Record(const Record&) = delete;
  Record& operator=(const Record&) = delete;
  ~Record() { reset(); }

  explicit operator bool() const { return handle_ != nullptr; }
  ream_record* handle() const { return handle_; }
  ream_record* release() { return std::exchange(handle_, nullptr); }
  Record clone() const { return Record(host_, host_->record_clone(handle_)); }

  // The record as one JSON line (without the newline).
  std::string_view json() const { return to_view(host_->record_json(handle_)); }
  // The same, and its seal for Context::parse (ream_host.record_json_sealed);
  // the seal is 0, which seals nothing, on a host older than 1.5.
  std::string_view json(uint64_t& seal) const {
    seal = 0;
    if (host_->size < offsetof(ream_host, record_json_sealed) + sizeof host_->record_json_sealed ||
        !host_->record_json_sealed)
      return json();
    return to_view(host_->record_json_sealed(handle_, &seal));
  }

  size_t size() const { return host_->field_count(handle_); }
  std::string_view key(size_t index) const { return to_view(host_->field_key(handle_, index)); }
  ream_type type(std::string_view key) const { return host_->field_type(handle_, to_str(key)); }
  bool has(std::string_view key) const { return type(key) != REAM_MISSING; }

  std::optional<std::string_view> string(std::string_view key) const {
    ream_str out{};
    if (!host_->get_string(handle_, to_str(key), &out)) return std::nullopt;
    return to_view(out);
  }
  std::string string_or(std::string_view key, std::string_view fallback = {}) const {
    auto s = string(key);
    return std::string(s ? *s : fallback);
  }
  std::optional<double> number(std::string_view key) const {
    double out = 0;
    if (!host_->get_number(handle_, to_str(key), &out)) return std::nullopt;
    return out;
  }
  // The field's value as JSON text.
  std::optional<std::string_view> json(std::string_view key) const {
    ream_str out{};
    if (!host_->get_json(handle_, to_str(key), &out)) return std::nullopt;
    return to_view(out);
  }
  // The string elements of an array field, or the field itself when it is
  // a single string (as `authors` may be on input).
  std::vector<std::string_view> strings(std::string_view key) const {
    std::vector<std::string_view> out;
    if (auto s = string(key)) {
      out.push_back(*s);
      return out;
    }
    size_t n = host_->array_size(handle_, to_str(key));
    out.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      ream_str item{};
      if (host_->array_string(handle_, to_str(key), i, &item)) out.push_back(to_view(item));
    }
    return out;
  }

  void set_json(std::string_view key, std::string_view json) {
    check(host_->set_json(handle_, to_str(key), to_str(json)), key);
  }
  void set_string(std::string_view key, std::string_view value) {
    check(host_->set_string(handle_, to_str(key), to_str(value)), key);
  }
  void set_number(std::string_view key, double value) { check(host_->set_number(handle_, to_str(key), value), key); }
  void set_int(std::string_view key, int64_t value) { check(host_->set_int(handle_, to_str(key), value), key); }
  void set_bool(std::string_view key, bool value) { check(host_->set_bool(handle_, to_str(key), value ? 1 : 0), key); }
  template <class Strings>
  void set_strings(std::string_view key, const Strings& values) {
    std::vector<ream_str> items;
    for (const auto& v : values) items.push_back(to_str(std::string_view(v)));
    check(host_->set_string_array(handle_, to_str(key), items.data(), items.size()), key);
  }
  bool remove(std::string_view key) { return host_->remove_field(handle_, to_str(key)) != 0; }

  // Where the record was read from, when the host knows.
  std::optional<std::pair<std::string_view, uint64_t>> origin() const {
    ream_str file{};
    uint64_t line = 0;
    if (!host_->record_origin(handle_, &file, &line)) return std::nullopt;
    return std::make_pair(to_view(file), line);
  }
  void set_origin(std::string_view file, uint64_t line) { host_->set_record_origin(handle_, to_str(file), line); }

 private:
  void reset() {
    if (handle_) host_->record_free(std::exchange(handle_, nullptr));
  }
  static void check(ream_status status, std::string_view key) {
    if (status != REAM_OK) throw DataError("cannot set field '" + std::string(key) + "': invalid value");
  }

  const ream_host* host_ = nullptr;
  ream_record* handle_ = nullptr;
};

// The parsed options of one stage.  The host has already checked every
// value against the schema, so the typed getters only convert.
class Options {
 public:
  Options(const ream_host* host, const ream_options* opts) : host_(host), opts_(opts) {}

  bool given(std::string_view name) const { return host_->option_given(opts_, to_str(name)) != 0; }
  bool flag(std::string_view name) const { return count(name) > 0 && get(name) != "false"; }
  size_t count(std::string_view name) const { return host_->option_count(opts_, to_str(name)); }
  std::optional<std::string_view> get(std::string_view name) const {
    if (count(name) == 0) return std::nullopt;
    return to_view(host_->option_value(opts_, to_str(name), count(name) - 1));
  }
  std::string string(std::string_view name, std::string_view fallback = {}) const {
    auto v = get(name);
    return std::string(v ? *v : fallback);
  }
  int64_t integer(std::string_view name, int64_t fallback = 0) const {
    auto v = get(name);
    int64_t out = fallback;
    if (v) std::from_chars(v->data(), v->data() + v->size(), out);
    return out;
  }
  double number(std::string_view name, double fallback = 0) const {
    auto v = get(name);
    return v ? std::stod(std::string(*v)) : fallback;
  }
  // The i-th value of a repeatable option, as given (no comma splitting).
  std::string_view value(std::string_view name, size_t i) const {
    return to_view(host_->option_value(opts_, to_str(name), i));
  }
  // Every value of a repeatable option, with comma lists split.
  std::vector<std::string> list(std::string_view name) const {
    std::vector<std::string> out;
    for (size_t i = 0, n = count(name); i < n; ++i) {
      std::string_view v = to_view(host_->option_value(opts_, to_str(name), i));
      size_t start = 0;
      while (start <= v.size()) {
        size_t comma = v.find(',', start);
        if (comma == std::string_view::npos) comma = v.size();
        if (comma > start) out.emplace_back(v.substr(start, comma - start));
        start = comma + 1;
      }
    }
    return out;
  }
  std::vector<std::string> positional() const {
    std::vector<std::string> out;
    for (size_t i = 0, n = host_->positional_count(opts_); i < n; ++i)
      out.emplace_back(to_view(host_->positional_value(opts_, i)));
    return out;
  }
  // The positional arguments with comma lists split, as list() splits an
  // option's values: `select id,year title` names three fields.
  std::vector<std::string> positional_list() const {
    std::vector<std::string> out;
    for (const std::string& word : positional()) {
      for (size_t start = 0; start <= word.size();) {
        size_t comma = std::min(word.find(',', start), word.size());
        if (comma > start) out.push_back(word.substr(start, comma - start));
        start = comma + 1;
      }
    }
    return out;
  }

 private:
  const ream_host* host_;
  const ream_options* opts_;
};

// What a running stage may ask of the host.
class Context {
 public:
  Context(const ream_host* host, ream_context* ctx, const ream_options* opts)
      : host_(host), ctx_(ctx), options_(host, opts) {}

  const ream_host* host() const { return host_; }
  const Options& options() const { return options_; }
  std::string_view stage_name() const { return to_view(host_->stage_name(ctx_)); }

  Record new_record() const { return Record(host_, host_->record_new()); }
  // Parse a JSON object into a record; throws DataError on bad JSON.
  Record parse(std::string_view json) const {
    ream_str error{};
    ream_record* rec = host_->record_parse(to_str(json), &error);
    if (!rec) throw DataError(std::string(to_view(error)));
    return Record(host_, rec);
  }
  // Parse text kept with its seal from Record::json(seal): when they still
  // match, the host does not check the JSON again.
  Record parse(std::string_view json, uint64_t seal) const {
    if (host_->size < offsetof(ream_host, record_parse_sealed) + sizeof host_->record_parse_sealed ||
        !host_->record_parse_sealed)
      return parse(json);
    ream_str error{};
    ream_record* rec = host_->record_parse_sealed(to_str(json), seal, &error);
    if (!rec) throw DataError(std::string(to_view(error)));
    return Record(host_, rec);
  }

  // Pass a record downstream.  Returns false once downstream wants no more.
  bool emit(Record&& rec) {
    if (host_->emit(ctx_, rec.release()) == REAM_STOP) stopped_ = true;
    return !stopped_;
  }
  // Pass a record downstream as its text and seal (Record::json(seal)),
  // with where it was read from (ream_host.emit_json, ABI 1.6), so that a
  // record made on one thread and said on another crosses as its text
  // alone: the host writes text that matches its seal straight to the
  // output when no later stage takes the record, and otherwise makes the
  // record from it, once.  Returns false once downstream wants no more;
  // throws DataError (at file:line) when text that does not match its seal
  // is not a JSON object.  On a host older than 1.6, emits parse(json,
  // seal) with its origin set.
  bool emit_json(std::string_view json, uint64_t seal, std::string_view file = {}, uint64_t line = 0) {
    if (host_->size < offsetof(ream_host, emit_json) + sizeof host_->emit_json || !host_->emit_json) {
      Record rec = parse(json, seal);
      if (!file.empty()) rec.set_origin(file, line);
      return emit(std::move(rec));
    }
    ream_str error{};
    ream_status status = host_->emit_json(ctx_, to_str(json), seal, to_str(file), line, &error);
    if (status == REAM_DATA_ERROR) throw DataError(std::string(to_view(error)), std::string(file), line);
    if (status == REAM_STOP) stopped_ = true;
    return !stopped_;
  }
  void drop(Record&& rec) { host_->drop(ctx_, rec.release()); }
  // Report a malformed input item.  Returns true when the run goes on
  // (--on-error=skip) and false when it must stop.
  bool reject(std::string_view file, uint64_t line, std::string_view raw, std::string_view reason) {
    return host_->reject(ctx_, to_str(file), line, to_str(raw), to_str(reason)) == REAM_OK;
  }
  void warn(std::string_view message) { host_->warn(ctx_, to_str({}), 0, to_str(message)); }
  void warn(std::string_view file, uint64_t line, std::string_view message) {
    host_->warn(ctx_, to_str(file), line, to_str(message));
  }
  void write(std::string_view bytes) {
    if (host_->write(ctx_, bytes.data(), bytes.size()) != REAM_OK) throw Error(REAM_IO_ERROR, "write failed");
  }
  void progress(uint64_t bytes, uint64_t total = 0) { host_->progress(ctx_, bytes, total); }

  // The file the run's output will be renamed to, with the device and
  // inode it will have there (ream_host.output_file); nothing when the
  // output is standard output, a device, or the host is older than 1.2.
  struct OutputFile {
    std::string path;
    uint64_t dev = 0, ino = 0;
  };
  std::optional<OutputFile> output_file() const {
    if (host_->size < offsetof(ream_host, output_file) + sizeof host_->output_file || !host_->output_file)
      return std::nullopt;
    ream_str path{};
    OutputFile out;
    if (!host_->output_file(ctx_, &path, &out.dev, &out.ino)) return std::nullopt;
    out.path = std::string(to_view(path));
    return out;
  }

  // The run's number of workers (-j); 1 on a host older than 1.4.
  unsigned jobs() const {
    if (host_->size < offsetof(ream_host, jobs) + sizeof host_->jobs || !host_->jobs) return 1;
    return std::max<uint32_t>(1, host_->jobs(ctx_));
  }
  // Call body(begin, end) over [0, count) in pieces, on the run's workers
  // (ream_host.parallel_for): each piece writes only its own indices, and
  // the result must not depend on the cut.  The body must not throw or
  // talk to the host (emit, warn, ...); an exception escaping it ends the
  // process.  On a host older than 1.4 it runs here, as one piece.
  template <class Body>
  void parallel_for(size_t count, size_t grain, Body&& body) {
    if (count == 0) return;
    if (host_->size < offsetof(ream_host, parallel_for) + sizeof host_->parallel_for || !host_->parallel_for) {
      body(size_t{0}, count);
      return;
    }
    auto call = [](void* arg, size_t begin, size_t end) {
      (*static_cast<std::remove_reference_t<Body>*>(arg))(begin, end);
    };
    host_->parallel_for(ctx_, count, grain, call, &body);
  }

  // parallel_for without this thread (ream_host.parallel_start, ABI 1.5):
  // body(begin, end) runs over [0, count) on the workers while this thread
  // goes on, saying what earlier work found; the Batch's wait() (or its
  // destructor) runs what no worker took, here, and returns when all is
  // done.  Same rules for the body as parallel_for; it must outlive the
  // Batch, and may wait for this thread only for what is done before
  // wait() (with no free worker every piece runs in wait()).  On a host
  // older than 1.5 everything runs in wait(), through parallel_for.
  class Batch {
   public:
    Batch(Batch&& other) noexcept
        : ctx_(std::exchange(other.ctx_, nullptr)),
          batch_(other.batch_),
          task_(other.task_),
          arg_(other.arg_),
          count_(other.count_),
          grain_(other.grain_) {}
    Batch& operator=(Batch&&) = delete;
    ~Batch() { wait(); }
    void wait() {
      Context* ctx = std::exchange(ctx_, nullptr);
      if (!ctx) return;
      if (batch_)
        ctx->host_->parallel_wait(ctx->ctx_, batch_);
      else
        ctx->parallel_for(count_, grain_, [&](size_t begin, size_t end) { task_(arg_, begin, end); });
    }

   private:
    friend class Context;
    Batch(Context* ctx, ream_batch* batch, ream_task_fn task, void* arg, size_t count, size_t grain)
        : ctx_(ctx), batch_(batch), task_(task), arg_(arg), count_(count), grain_(grain) {}
    Context* ctx_;
    ream_batch* batch_;  // null: nothing started, all of it runs in wait()
    ream_task_fn task_;
    void* arg_;
    size_t count_, grain_;
  };
  template <class Body>
  [[nodiscard]] Batch parallel_start(size_t count, size_t grain, Body& body) {
    auto call = [](void* arg, size_t begin, size_t end) { (*static_cast<Body*>(arg))(begin, end); };
    ream_batch* batch = nullptr;
    if (count && host_->size >= offsetof(ream_host, parallel_wait) + sizeof host_->parallel_wait &&
        host_->parallel_start && host_->parallel_wait)
      batch = host_->parallel_start(ctx_, count, grain, call, &body);
    return Batch(this, batch, call, &body, count, grain);
  }

  // Ask the host to stop feeding this stage (as `head` does).
  void stop() { stopped_ = true; }
  bool stopped() const { return stopped_; }

 private:
  const ream_host* host_;
  ream_context* ctx_;
  Options options_;
  bool stopped_ = false;
};

// Base class of a stage.  Override what your kind needs.
class Stage {
 public:
  explicit Stage(Context& ctx) : ctx_(ctx) {}
  virtual ~Stage() = default;
  virtual void process(Record rec) { ctx_.drop(std::move(rec)); }
  virtual void run() {}
  virtual void finish() {}
  // The run succeeded and its output is in place: make outside state
  // (a database of what was sent) durable now, not in finish().
  virtual void commit() {}

 protected:
  Context& context() { return ctx_; }

 private:
  Context& ctx_;
};

// What a plugin says about itself.  `options` points at static storage.
struct PluginInfo {
  const char* name;
  const char* version;
  const char* summary;
  const char* description;
  ream_kind kind;
  const ream_option_spec* options;
  size_t option_count;
  const char* positional = nullptr;
  const char* positional_help = nullptr;
  // How many of them the stage takes (ream_plugin.positional_max): a
  // number from 1, or -1 for any; the words after them are input files.
  int32_t positional_max = -1;
  // REAM_RECORD_LOCAL when process() depends on its record alone (see
  // ream_concurrency): the host may then run one instance per worker.
  // REAM_SERIAL_LIGHT for a serial stage that parsing on the workers
  // would only slow down.
  ream_concurrency concurrency = REAM_SERIAL;
};

namespace detail {

// A stage instance together with the context it talks through.
template <class T>
struct Instance {
  Instance(const ream_host* h, ream_context* c, const ream_options* o) : host(h), raw(c), ctx(h, c, o), stage(ctx) {}
  const ream_host* host;
  ream_context* raw;
  Context ctx;
  T stage;
};

inline ream_status report(const ream_host* host, ream_context* ctx, ream_status code, std::string_view file,
                          uint64_t line, std::string_view message) {
  host->set_error(ctx, code, to_str(file), line, to_str(message));
  return code;
}

// Run `body`, turning every exception into a status and a message.
template <class Body>
ream_status guarded(const ream_host* host, ream_context* ctx, Body&& body) noexcept {
  try {
    return body();
  } catch (const Error& e) {
    return report(host, ctx, e.code(), e.file(), e.line(), e.what());
  } catch (const std::exception& e) {
    return report(host, ctx, REAM_PLUGIN_ERROR, {}, 0, e.what());
  } catch (...) {
    return report(host, ctx, REAM_PLUGIN_ERROR, {}, 0, "unknown exception");
  }
}

template <class T>
ream_status flow(Instance<T>* self) {
  return self->ctx.stopped() ? REAM_STOP : REAM_OK;
}

template <class T>
void* create(const ream_host* host, ream_context* ctx, const ream_options* opts) {
  Instance<T>* made = nullptr;
  guarded(host, ctx, [&] {
    made = new Instance<T>(host, ctx, opts);
    return REAM_OK;
  });
  return made;
}

template <class T>
ream_status process(void* self, ream_record* rec) {
  auto* inst = static_cast<Instance<T>*>(self);
  return guarded(inst->host, inst->raw, [&] {
    inst->stage.process(Record(inst->host, rec));
    return flow(inst);
  });
}

template <class T>
ream_status run(void* self) {
  auto* inst = static_cast<Instance<T>*>(self);
  return guarded(inst->host, inst->raw, [&] {
    inst->stage.run();
    return REAM_OK;
  });
}

template <class T>
ream_status finish(void* self) {
  auto* inst = static_cast<Instance<T>*>(self);
  return guarded(inst->host, inst->raw, [&] {
    inst->stage.finish();
    return REAM_OK;
  });
}

template <class T>
ream_status commit(void* self) {
  auto* inst = static_cast<Instance<T>*>(self);
  return guarded(inst->host, inst->raw, [&] {
    inst->stage.commit();
    return REAM_OK;
  });
}

template <class T>
void destroy(void* self) {
  delete static_cast<Instance<T>*>(self);
}

}  // namespace detail

// The descriptor for stage class T.
template <class T>
ream_plugin describe(const PluginInfo& info) {
  ream_plugin d{};
  d.size = sizeof(ream_plugin);
  d.abi_major = REAM_ABI_MAJOR;
  d.abi_minor = REAM_ABI_MINOR;
  d.name = info.name;
  d.version = info.version;
  d.summary = info.summary;
  d.description = info.description;
  d.kind = info.kind;
  d.options = info.options;
  d.option_count = info.option_count;
  d.positional = info.positional;
  d.positional_help = info.positional_help;
  d.positional_max = info.positional_max;
  d.concurrency = info.concurrency;
  d.create = &detail::create<T>;
  d.process = &detail::process<T>;
  d.run = &detail::run<T>;
  d.finish = &detail::finish<T>;
  d.destroy = &detail::destroy<T>;
  d.commit = &detail::commit<T>;
  return d;
}

}  // namespace ream

// Export stage class `Class` with a PluginInfo initializer.
#define REAM_PLUGIN(Class, ...)                                                 \
  extern "C" REAM_EXPORT const ream_plugin* ream_plugin_entry(void) {           \
    static const ream_plugin descriptor = ::ream::describe<Class>(__VA_ARGS__); \
    return &descriptor;                                                         \
  }

#endif  // REAM_PLUGIN_HPP
