// The ream_host function table: what plugins may do, implemented over the
// host's Record and Pipeline.
//
// Every function here is called from plugin code through the C ABI, so no
// exception may leave it: failures are stored on the pipeline (first one
// wins) and reported as a status, and the pipeline rethrows them once the
// plugin has returned.
#include <fmt/format.h>
#include <xxhash.h>

#include <cmath>
#include <memory>
#include <random>

#include "diagnostics.hh"
#include "failure.hh"
#include "output.hh"
#include "pipeline.hh"
#include "worker_pool.hh"

namespace ream::cli {
namespace {

std::string_view view(ream_str s) { return s.size ? std::string_view(s.data, s.size) : std::string_view(); }
ream_str str(std::string_view s) { return ream_str{s.data(), s.size()}; }
StageRun& run_of(ream_context* ctx) { return *ctx->run; }

template <class Body>
auto guarded(StageRun* stage, Body&& body, decltype(body()) on_error) noexcept -> decltype(body()) {
  try {
    return body();
  } catch (...) {
    if (stage) stage->fail(std::current_exception());
    return on_error;
  }
}

ream_record* record_new() {
  return guarded(
      nullptr, [] { return as_handle(new Record()); }, static_cast<ream_record*>(nullptr));
}

ream_record* record_clone(const ream_record* rec) {
  return guarded(
      nullptr, [&] { return as_handle(as_record(rec)->clone().release()); }, static_cast<ream_record*>(nullptr));
}

void record_free(ream_record* rec) {
  if (!rec) return;  // like free(NULL)
  handle_taken(rec, "record_free");
  delete as_record(rec);
}

ream_record* record_parse(ream_str json, ream_str* error) {
  thread_local std::string message;
  return guarded(
      nullptr,
      [&]() -> ream_record* {
        std::string line(view(json));
        auto rec = Record::parse(line, &message);
        if (!rec) {
          if (error) *error = str(message);
          return nullptr;
        }
        return as_handle(rec.release());
      },
      static_cast<ream_record*>(nullptr));
}

ream_str record_json(const ream_record* rec) { return str(as_record(rec)->json()); }

// The seal's key: drawn once per process, so text sealed by another run
// (a file left over, a copy from elsewhere) is checked like any input.
uint64_t seal_key() {
  static const uint64_t key = [] {
    std::random_device random;
    return (uint64_t{random()} << 32) ^ random();
  }();
  return key;
}

uint64_t seal_of(std::string_view json) { return XXH3_64bits_withSeed(json.data(), json.size(), seal_key()); }

ream_str record_json_sealed(const ream_record* rec, uint64_t* seal) {
  const std::string& json = as_record(rec)->json();
  *seal = seal_of(json);
  return str(json);
}

ream_record* record_parse_sealed(ream_str json, uint64_t seal, ream_str* error) {
  if (seal_of(view(json)) != seal) return record_parse(json, error);
  return guarded(
      nullptr,
      [&]() -> ream_record* {
        std::string line(view(json));
        return as_handle(Record::parse_valid(line).release());
      },
      static_cast<ream_record*>(nullptr));
}
size_t field_count(const ream_record* rec) { return as_record(rec)->size(); }

ream_str field_key(const ream_record* rec, size_t index) {
  const Record& r = *as_record(rec);
  return index < r.size() ? str(r.at(index).key) : ream_str{nullptr, 0};
}

ream_type type_of(std::string_view value) {
  switch (value.empty() ? '\0' : value.front()) {
    case '"':
      return REAM_STRING;
    case '{':
      return REAM_OBJECT;
    case '[':
      return REAM_ARRAY;
    case 't':
    case 'f':
      return REAM_BOOL;
    case 'n':
      return REAM_NULL;
    case '\0':
      return REAM_MISSING;
    default:
      return REAM_NUMBER;
  }
}

ream_type field_type(const ream_record* rec, ream_str key) {
  const Field* f = as_record(rec)->find(view(key));
  return f ? type_of(f->value) : REAM_MISSING;
}

int get_json(const ream_record* rec, ream_str key, ream_str* out) {
  const Field* f = as_record(rec)->find(view(key));
  *out = f ? str(f->value) : ream_str{nullptr, 0};
  return f != nullptr;
}

int get_string(const ream_record* rec, ream_str key, ream_str* out) {
  return guarded(
      nullptr,
      [&] {
        const Record& r = *as_record(rec);
        const Field* f = r.find(view(key));
        auto s = f ? r.string_value(*f) : std::nullopt;
        if (!s) return 0;
        *out = str(*s);
        return 1;
      },
      0);
}

int get_number(const ream_record* rec, ream_str key, double* out) {
  const Field* f = as_record(rec)->find(view(key));
  if (!f || type_of(f->value) != REAM_NUMBER) return 0;
  *out = std::strtod(std::string(f->value).c_str(), nullptr);
  return 1;
}

size_t array_size(const ream_record* rec, ream_str key) {
  return guarded(
      nullptr,
      [&]() -> size_t {
        const Record& r = *as_record(rec);
        const Field* f = r.find(view(key));
        auto* items = f ? r.array_strings(*f) : nullptr;
        return items ? items->size() : 0;
      },
      size_t{0});
}

int array_string(const ream_record* rec, ream_str key, size_t index, ream_str* out) {
  return guarded(
      nullptr,
      [&] {
        const Record& r = *as_record(rec);
        const Field* f = r.find(view(key));
        auto* items = f ? r.array_strings(*f) : nullptr;
        if (!items || index >= items->size() || !(*items)[index]) return 0;
        *out = str(*(*items)[index]);
        return 1;
      },
      0);
}

ream_status set_json(ream_record* rec, ream_str key, ream_str json) {
  return guarded(
      nullptr, [&] { return as_record(rec)->set_json(view(key), view(json)) ? REAM_OK : REAM_DATA_ERROR; },
      REAM_PLUGIN_ERROR);
}

ream_status set_string(ream_record* rec, ream_str key, ream_str value) {
  return guarded(
      nullptr, [&] { return as_record(rec)->set_string(view(key), view(value)) ? REAM_OK : REAM_DATA_ERROR; },
      REAM_PLUGIN_ERROR);
}

ream_status set_number(ream_record* rec, ream_str key, double value) {
  if (!std::isfinite(value)) return REAM_DATA_ERROR;  // JSON has no NaN or infinity
  return guarded(
      nullptr,
      [&] {
        as_record(rec)->set_raw(view(key), fmt::format("{}", value));
        return REAM_OK;
      },
      REAM_PLUGIN_ERROR);
}

ream_status set_int(ream_record* rec, ream_str key, int64_t value) {
  return guarded(
      nullptr,
      [&] {
        as_record(rec)->set_raw(view(key), std::to_string(value));
        return REAM_OK;
      },
      REAM_PLUGIN_ERROR);
}

ream_status set_bool(ream_record* rec, ream_str key, int value) {
  return guarded(
      nullptr,
      [&] {
        as_record(rec)->set_raw(view(key), value ? "true" : "false");
        return REAM_OK;
      },
      REAM_PLUGIN_ERROR);
}

ream_status set_string_array(ream_record* rec, ream_str key, const ream_str* items, size_t count) {
  return guarded(
      nullptr,
      [&] {
        std::vector<std::string_view> views(count);
        for (size_t i = 0; i < count; ++i) views[i] = view(items[i]);
        return as_record(rec)->set_strings(view(key), views) ? REAM_OK : REAM_DATA_ERROR;
      },
      REAM_PLUGIN_ERROR);
}

int remove_field(ream_record* rec, ream_str key) { return as_record(rec)->remove(view(key)) ? 1 : 0; }

int record_origin(const ream_record* rec, ream_str* file, uint64_t* line) {
  const Origin& o = as_record(rec)->origin;
  if (!o.file) return 0;
  *file = str(*o.file);
  *line = o.line;
  return 1;
}

void set_record_origin(ream_record* rec, ream_str file, uint64_t line) {
  guarded(
      nullptr,
      [&] {
        as_record(rec)->origin = Origin{std::make_shared<const std::string>(view(file)), line};
        return 0;
      },
      0);
}

size_t option_count(const ream_options* opts, ream_str name) {
  auto* vals = opts->find(view(name));
  return vals ? vals->size() : 0;
}

ream_str option_value(const ream_options* opts, ream_str name, size_t index) {
  auto* vals = opts->find(view(name));
  return vals && index < vals->size() ? str((*vals)[index]) : ream_str{nullptr, 0};
}

int option_given(const ream_options* opts, ream_str name) {
  for (const auto& g : opts->given)
    if (g == view(name)) return 1;
  return 0;
}

size_t positional_count(const ream_options* opts) { return opts->positional.size(); }

ream_str positional_value(const ream_options* opts, size_t index) {
  return index < opts->positional.size() ? str(opts->positional[index]) : ream_str{nullptr, 0};
}

ream_status emit(ream_context* ctx, ream_record* rec) {
  StageRun& stage = run_of(ctx);
  handle_taken(rec, "emit");
  std::unique_ptr<Record> owned(as_record(rec));
  if (stage.failed()) return REAM_STOP;
  return guarded(
      &stage, [&] { return stage.emit(std::move(owned)); }, REAM_STOP);
}

// Where a record given as text came from: the file name shared by the
// records one thread emits from that file, not allocated for each.
Origin origin_of(ream_str file, uint64_t line) {
  thread_local std::shared_ptr<const std::string> last;
  if (!file.size) return {};
  if (!last || *last != view(file)) last = std::make_shared<const std::string>(view(file));
  return Origin{last, line};
}

// Sealed text bound for the output is written as it is: it is the JSON
// line the record it was would be written as (Record::json).
ream_status emit_json(ream_context* ctx, ream_str json, uint64_t seal, ream_str file, uint64_t line, ream_str* error) {
  thread_local std::string message;
  StageRun& stage = run_of(ctx);
  if (stage.failed()) return REAM_STOP;
  return guarded(
      &stage,
      [&]() -> ream_status {
        bool sealed = seal_of(view(json)) == seal;
        if (sealed && Pipeline::writes_output(stage)) return stage.pipeline.emit_text(stage, view(json));
        std::string text(view(json));
        std::unique_ptr<Record> rec = sealed ? Record::parse_valid(text) : Record::parse(text, &message);
        if (!rec) {
          if (error) *error = str(message);
          return REAM_DATA_ERROR;
        }
        rec->origin = origin_of(file, line);
        return stage.emit(std::move(rec));
      },
      REAM_STOP);
}

void drop(ream_context* ctx, ream_record* rec) {
  handle_taken(rec, "drop");
  StageRun& stage = run_of(ctx);
  // A sink is done with a record once it is in its document.
  ++(stage.plan.plugin->kind == REAM_SINK ? stage.counts.written : stage.counts.dropped);
  delete as_record(rec);
}

// Where a message about the current record should point.
std::pair<std::string, uint64_t> place(StageRun& stage, ream_str file, uint64_t line) {
  if (file.size) return {std::string(view(file)), line};
  if (stage.current.file) return {*stage.current.file, stage.current.line};
  return {"", 0};
}

ream_status reject(ream_context* ctx, ream_str file, uint64_t line, ream_str raw, ream_str reason) {
  StageRun& stage = run_of(ctx);
  ++stage.counts.rejected;
  return guarded(
      &stage,
      [&] {
        auto [f, l] = place(stage, file, line);
        stage.reject(f, l, view(raw), view(reason));
        return REAM_OK;
      },
      REAM_DATA_ERROR);
}

void warn(ream_context* ctx, ream_str file, uint64_t line, ream_str message) {
  StageRun& stage = run_of(ctx);
  guarded(
      &stage,
      [&] {
        auto [f, l] = place(stage, file, line);
        stage.warn(f, l, view(message));
        return 0;
      },
      0);
}

void set_error(ream_context* ctx, ream_status code, ream_str file, uint64_t line, ream_str message) {
  StageRun& stage = run_of(ctx);
  if (stage.error_code) return;  // the first error is the one to report
  guarded(
      &stage,
      [&] {
        auto [f, l] = place(stage, file, line);
        stage.error_code = code == REAM_OK ? REAM_PLUGIN_ERROR : code;
        stage.error_message = locate(f, l, stage.name(), std::string(view(message)));
        return 0;
      },
      0);
}

ream_status write(ream_context* ctx, const char* data, size_t size) {
  StageRun& stage = run_of(ctx);
  if (stage.failed()) return REAM_STOP;
  return guarded(
      &stage,
      [&] {
        if (stage.lane)  // only a sink writes a document, and a sink is never run on the workers
          throw Failure(kExitPlugin, stage.name() + ": a record-local stage may not write a document");
        stage.pipeline.write_document(std::string_view(data, size));
        return REAM_OK;
      },
      REAM_IO_ERROR);  // the output could not be written (the reason is kept for the message)
}

void progress(ream_context* ctx, uint64_t bytes, uint64_t total) {
  StageRun& stage = run_of(ctx);
  if (stage.lane) return;  // the host tracks the input it reads itself
  guarded(
      &stage,
      [&] {
        stage.pipeline.note_progress(bytes, total);
        return 0;
      },
      0);
}

ream_str stage_name(const ream_context* ctx) { return str(ctx->run->name()); }

int output_file(const ream_context* ctx, ream_str* path, uint64_t* dev, uint64_t* ino) {
  thread_local std::string where;
  uint64_t d = 0, i = 0;
  if (!ctx->run->pipeline.output().identity(where, d, i)) return 0;
  if (path) *path = str(where);
  if (dev) *dev = d;
  if (ino) *ino = i;
  return 1;
}

uint32_t jobs(const ream_context*) { return worker_count(); }

void parallel_for(ream_context*, size_t count, size_t grain, ream_task_fn task, void* arg) {
  ream::cli::parallel_for(count, grain, task, arg);
}

ream_batch* parallel_start(ream_context*, size_t count, size_t grain, ream_task_fn task, void* arg) {
  return reinterpret_cast<ream_batch*>(ream::cli::parallel_start(count, grain, task, arg));
}

void parallel_wait(ream_context*, ream_batch* batch) {
  ream::cli::parallel_wait(reinterpret_cast<ream::cli::Batch*>(batch));
}

const ream_host kHost = {
    sizeof(ream_host),
    REAM_ABI_MAJOR,
    REAM_ABI_MINOR,
    record_new,
    record_clone,
    record_free,
    record_parse,
    record_json,
    field_count,
    field_key,
    field_type,
    get_json,
    get_string,
    get_number,
    array_size,
    array_string,
    set_json,
    set_string,
    set_number,
    set_int,
    set_bool,
    set_string_array,
    remove_field,
    record_origin,
    set_record_origin,
    option_count,
    option_value,
    option_given,
    positional_count,
    positional_value,
    emit,
    drop,
    reject,
    warn,
    set_error,
    write,
    progress,
    stage_name,
    output_file,
    jobs,
    parallel_for,
    record_json_sealed,
    record_parse_sealed,
    parallel_start,
    parallel_wait,
    emit_json,
};

}  // namespace

const ream_host* host_table() { return &kHost; }

}  // namespace ream::cli
