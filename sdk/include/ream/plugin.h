/*
 * ream plugin ABI.
 *
 * This header is the whole contract between the `ream` host and a plugin.
 * It is plain C so that a plugin can be written with any compiler and so
 * that no C++, Boost, ICU or RE2 type ever crosses the boundary.
 *
 * A plugin is a shared object exporting one symbol, `ream_plugin_entry`,
 * returning a `ream_plugin` descriptor.  The host checks the descriptor's
 * ABI version, reads its option schema, and then drives the stage through
 * four callbacks: create, process (or run, for sources), finish, destroy.
 *
 * Records cross as opaque `ream_record` handles.  The host parses each
 * input line once; plugins read and write fields through the function
 * table in `ream_host`, either as typed values or as JSON text.  A record
 * handed to `process` belongs to the plugin, which must pass it on with
 * `emit`, account for it with `drop`, or keep it and do one of the two
 * later (in `finish`).  The host counts records in, out and dropped per
 * stage, so a stage that loses records is noticed.
 *
 * History: 1.0 first version; 1.1 added ream_plugin.commit; 1.2 added
 * ream_host.output_file; 1.3 added ream_plugin.positional_max; 1.4 added
 * ream_host.jobs and ream_host.parallel_for, and ream_plugin.concurrency;
 * 1.5 added ream_host.record_json_sealed, ream_host.record_parse_sealed,
 * ream_host.parallel_start and ream_host.parallel_wait; 1.6 added
 * ream_host.emit_json.
 *
 * Threads (1.4): the host may run a stage's callbacks on a thread other
 * than the main one, but never two callbacks of one instance at once.  The
 * record and field functions may be called from several threads at once
 * as long as no two threads touch the same record; record_parse's error
 * text is per thread.  A stage that declares REAM_RECORD_LOCAL may be
 * instantiated several times, one instance per worker; the host restores
 * input order after it.  A stage may also spread its own work over the
 * run's workers with parallel_for.
 *
 * Versioning: ABI_MAJOR changes break compatibility and the host refuses
 * a plugin built for another major.  ABI_MINOR grows when fields are
 * appended to the end of a struct; every struct starts with its own size,
 * so both sides can tell which fields the other knows.  A host refuses a
 * plugin built against a newer minor than its own.
 */
#ifndef REAM_PLUGIN_H
#define REAM_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define REAM_ABI_MAJOR 1
#define REAM_ABI_MINOR 6

#if defined(_WIN32)
#define REAM_EXPORT __declspec(dllexport)
#else
#define REAM_EXPORT __attribute__((visibility("default")))
#endif

/* A byte range; text is UTF-8 and is not NUL-terminated. */
typedef struct ream_str {
  const char* data;
  size_t size;
} ream_str;

/* Opaque handles owned by the host. */
typedef struct ream_record ream_record;   /* one paper record */
typedef struct ream_context ream_context; /* one running stage instance */
typedef struct ream_options ream_options; /* parsed options of one stage */
typedef struct ream_batch ream_batch;     /* a parallel_start in flight (ABI 1.5) */

/* Status codes returned by callbacks and host functions.  The values of
 * the error codes are the process exit codes `ream` uses for them. */
typedef enum ream_status {
  REAM_OK = 0,
  REAM_DATA_ERROR = 1,   /* bad input data */
  REAM_USAGE_ERROR = 2,  /* bad options or arguments */
  REAM_PLUGIN_ERROR = 3, /* the plugin itself failed */
  REAM_IO_ERROR = 4,     /* a file could not be read or written */
  REAM_STOP = 100        /* not an error: no more records are wanted */
} ream_status;

typedef enum ream_kind {
  REAM_SOURCE = 1,    /* produces records from foreign input (run) */
  REAM_TRANSFORM = 2, /* records in, records out (process, finish) */
  REAM_SINK = 3       /* records in, a document out via write (process, finish) */
} ream_kind;

/* JSON type of a field, as seen by ream_host.field_type. */
/* ABI 1.4: what the host may do with a stage's instances (ream_plugin.concurrency). */
typedef enum ream_concurrency {
  /* One instance sees every record, in order (the default, and what
   * plugins built before 1.4 are taken to be). */
  REAM_SERIAL = 0,
  /* process() depends on its record alone: it emits or drops that record
   * (or records made from it) before it returns, keeps nothing between
   * calls that changes its output, and finish() emits nothing.  The host
   * may create one instance per worker, hand each a share of the records,
   * and put what they emit back in input order: the output is the same
   * bytes for any number of workers. */
  REAM_RECORD_LOCAL = 1,
  /* Serial, and light: process() costs no more than parsing the record
   * did, and takes the record's whole text on the calling thread (holds
   * or copies it), as sort does.  Records parsed on the workers would
   * then only carry their bytes between cores, which costs more CPU than
   * the parse it spreads saves, and no wall time: when such a stage
   * comes first, the host parses on the thread that runs it, at any -j.
   * A host that does not know the value takes it as REAM_SERIAL: the
   * output is the same either way. */
  REAM_SERIAL_LIGHT = 2
} ream_concurrency;

/* ABI 1.4: one piece of work given to parallel_for: the indices
 * [begin, end) of `count`. */
typedef void (*ream_task_fn)(void* arg, size_t begin, size_t end);

typedef enum ream_type {
  REAM_MISSING = 0,
  REAM_NULL = 1,
  REAM_BOOL = 2,
  REAM_NUMBER = 3,
  REAM_STRING = 4,
  REAM_ARRAY = 5,
  REAM_OBJECT = 6
} ream_type;

typedef enum ream_option_type {
  REAM_OPT_FLAG = 1,   /* no value; present or not */
  REAM_OPT_INT = 2,    /* a whole number */
  REAM_OPT_NUMBER = 3, /* a decimal number */
  REAM_OPT_STRING = 4, /* any text */
  REAM_OPT_CHOICE = 5, /* one of `choices` ("a|b|c") */
  REAM_OPT_PATH = 6    /* a file name (completions offer files) */
} ream_option_type;

enum {
  REAM_OPT_REPEATABLE = 1u << 0, /* may be given more than once */
  REAM_OPT_REQUIRED = 1u << 1,   /* must be given */
  REAM_OPT_LIST = 1u << 2,       /* value is a comma-separated list */
  /* For REAM_OPT_PATH options: what the stage does with the file.  The
   * host refuses a run where a file written names a file read or another
   * file written (same device and inode), as cat refuses "input file is
   * output file".  A PATH option with neither bit is taken to be written. */
  REAM_OPT_READS = 1u << 3,     /* the stage reads the file */
  REAM_OPT_WRITES = 1u << 4,    /* the stage writes the file */
  REAM_OPT_REPLACES = 1u << 5   /* WRITES, atomically after every file the stage READS was read, so it may name the
                                   file of the READS option named in `choices` (keywords --df F --save-df F) */
};

/* One option of a stage.  `--help`, validation, man pages and shell
 * completions are all generated from this one declaration. */
typedef struct ream_option_spec {
  const char* name; /* long name without dashes: "keep" */
  char short_name;  /* 'k', or 0 for none */
  ream_option_type type;
  const char* value_name;    /* shown in help: "N", "FILE"; NULL for flags */
  const char* default_value; /* as text; NULL when there is none */
  const char* choices;       /* "first|most-complete|merge" for CHOICE */
  const char* help;          /* one sentence */
  uint32_t flags;            /* REAM_OPT_* bits */
} ream_option_spec;

/* Functions the host offers to plugins.  Pointers into records (ream_str
 * results) stay valid until that field or record is changed or freed. */
typedef struct ream_host {
  uint32_t size; /* sizeof(ream_host) as the host was built */
  uint32_t abi_major;
  uint32_t abi_minor;

  /* --- records --- */
  ream_record* (*record_new)(void);
  ream_record* (*record_clone)(const ream_record* rec);
  void (*record_free)(ream_record* rec);
  /* Parse one JSON object; on failure returns NULL and, if `error` is not
   * NULL, points it at a message valid until the next call. */
  ream_record* (*record_parse)(ream_str json, ream_str* error);
  /* The whole record as one line of JSON (no newline). */
  ream_str (*record_json)(const ream_record* rec);

  size_t (*field_count)(const ream_record* rec);
  ream_str (*field_key)(const ream_record* rec, size_t index);
  ream_type (*field_type)(const ream_record* rec, ream_str key);
  /* The field's value as JSON text; REAM_MISSING leaves `out` empty. */
  int (*get_json)(const ream_record* rec, ream_str key, ream_str* out);
  /* The decoded text of a string field; nonzero if it is a string. */
  int (*get_string)(const ream_record* rec, ream_str key, ream_str* out);
  /* A number field as double; nonzero if it is a number. */
  int (*get_number)(const ream_record* rec, ream_str key, double* out);
  /* Arrays: element count (0 when not an array), and an element's decoded
   * text when it is a string (nonzero then). */
  size_t (*array_size)(const ream_record* rec, ream_str key);
  int (*array_string)(const ream_record* rec, ream_str key, size_t index, ream_str* out);

  /* Setting a field keeps its position, or appends it when new. */
  ream_status (*set_json)(ream_record* rec, ream_str key, ream_str json);
  ream_status (*set_string)(ream_record* rec, ream_str key, ream_str value);
  ream_status (*set_number)(ream_record* rec, ream_str key, double value);
  ream_status (*set_int)(ream_record* rec, ream_str key, int64_t value);
  ream_status (*set_bool)(ream_record* rec, ream_str key, int value);
  ream_status (*set_string_array)(ream_record* rec, ream_str key, const ream_str* items, size_t count);
  int (*remove_field)(ream_record* rec, ream_str key);

  /* Where the record came from (file and line), when the host knows. */
  int (*record_origin)(const ream_record* rec, ream_str* file, uint64_t* line);
  void (*set_record_origin)(ream_record* rec, ream_str file, uint64_t line);

  /* --- options of this stage --- */
  /* Number of values given for `name` (0 when absent; defaults count). */
  size_t (*option_count)(const ream_options* opts, ream_str name);
  ream_str (*option_value)(const ream_options* opts, ream_str name, size_t index);
  int (*option_given)(const ream_options* opts, ream_str name);
  size_t (*positional_count)(const ream_options* opts);
  ream_str (*positional_value)(const ream_options* opts, size_t index);

  /* --- the stream --- */
  /* Pass a record downstream; ownership moves to the host.  Returns
   * REAM_STOP once downstream wants no more records. */
  ream_status (*emit)(ream_context* ctx, ream_record* rec);
  /* Account for a record that leaves the stream (a duplicate, say). */
  void (*drop)(ream_context* ctx, ream_record* rec);
  /* Report a malformed input item.  The host applies --on-error: it
   * returns REAM_OK to skip and go on, or REAM_DATA_ERROR to stop.
   * `raw` is written verbatim to the --reject file when one is set. */
  ream_status (*reject)(ream_context* ctx, ream_str file, uint64_t line, ream_str raw, ream_str reason);
  /* A warning, printed as "ream: FILE:LINE: STAGE: message". */
  void (*warn)(ream_context* ctx, ream_str file, uint64_t line, ream_str message);
  /* Record the error a callback is about to return (file may be empty). */
  void (*set_error)(ream_context* ctx, ream_status code, ream_str file, uint64_t line, ream_str message);
  /* Sinks: write document bytes to the stage output.  REAM_IO_ERROR when
   * the output cannot be written (exit 4; return it from the callback). */
  ream_status (*write)(ream_context* ctx, const char* data, size_t size);
  /* Sources: note input bytes consumed, for progress reporting. */
  void (*progress)(ream_context* ctx, uint64_t bytes, uint64_t total);
  /* The stage's name as the user invoked it. */
  ream_str (*stage_name)(const ream_context* ctx);

  /* ABI 1.2.  The regular file the run's output will be renamed to (-o):
   * its absolute path, and the device and inode it will have once in
   * place (those of the temporary file being written).  Returns 0 when the
   * output is standard output or is written through (a device, a FIFO).
   * A stage that keeps state outside the stream records this identity
   * before the rename, and on its next start tells whether the output of
   * an unfinished run reached its place (see dedupe --state). */
  int (*output_file)(const ream_context* ctx, ream_str* path, uint64_t* dev, uint64_t* ino);

  /* ABI 1.4.  The number of workers of this run (-j), at least 1. */
  uint32_t (*jobs)(const ream_context* ctx);
  /* Call task(arg, begin, end) over [0, count) in pieces of about `grain`
   * indices (0: the host chooses), on the run's workers, the calling
   * thread among them; returns when every piece is done.  Pieces run in
   * any order and at once, so a task writes only to its own indices; the
   * result must not depend on how the range was cut.  A task may use the
   * record and field functions (on records no other piece touches) but
   * not emit, drop, reject, warn, set_error, write or progress: collect
   * what they would say and say it afterwards, in index order.  A task
   * must not throw.  Called from a callback of the stage (process,
   * finish, run); nested calls run serially on the calling thread. */
  void (*parallel_for)(ream_context* ctx, size_t count, size_t grain, ream_task_fn task, void* arg);

  /* ABI 1.5.  record_json, and a seal of that text: a hash of it keyed
   * with a secret this process drew at start.  A stage that sets records
   * aside as text (sort runs, spools) keeps the seal beside the text and
   * gives both to record_parse_sealed, which then need not check the JSON
   * again: a record is parsed once per process. */
  ream_str (*record_json_sealed)(const ream_record* rec, uint64_t* seal);
  /* record_parse for text with its seal.  Text whose seal matches is
   * taken as the record it was; any other (changed since, or sealed by
   * another process) is checked as record_parse checks it. */
  ream_record* (*record_parse_sealed)(ream_str json, uint64_t seal, ream_str* error);
  /* ABI 1.5.  parallel_for without the calling thread: hands the pieces
   * to the run's workers and returns at once, so that the calling thread
   * can say (emit, reject, warn) what earlier work found while the workers
   * do the next (a pipeline rather than rounds).  parallel_wait runs the
   * pieces no worker has taken on the calling thread, returns when every
   * piece is done, and frees the batch; every batch is waited for once,
   * by the thread that started it, before its callback returns.  Tasks
   * follow parallel_for's rules.  When no worker is free (-j 1, a nested
   * call, the workers busy with another batch) every piece runs in
   * parallel_wait, so a task may wait for the calling thread only for
   * something that is done by the time it calls parallel_wait.  Until
   * then, parallel_for and parallel_start of the same run run serially. */
  ream_batch* (*parallel_start)(ream_context* ctx, size_t count, size_t grain, ream_task_fn task, void* arg);
  void (*parallel_wait)(ream_context* ctx, ream_batch* batch);

  /* ABI 1.6.  emit for a record given as its text: the same as emitting
   * record_parse_sealed(json, seal) with its origin set to file and line
   * (none when file is empty), without the record.  When no later stage
   * of this process takes the record and the text matches its seal (it is
   * record_json_sealed's text, unchanged), the host writes the text to the
   * output as it is and parses nothing; otherwise it makes the record
   * (checking text that does not match its seal, as record_parse does)
   * and passes it on.  A stage that made a record on one thread and says
   * it on another (import at -j N) hands over only its text this way, and
   * the record is still parsed once per process.  Returns as emit does;
   * text that is checked and is not a JSON object is not emitted:
   * REAM_DATA_ERROR, with `error` (if not NULL) pointed at the reason,
   * valid until the next call on this thread.  The host only reads the
   * text: it stays the caller's. */
  ream_status (*emit_json)(ream_context* ctx, ream_str json, uint64_t seal, ream_str file, uint64_t line,
                           ream_str* error);
} ream_host;

/* The descriptor a plugin returns from ream_plugin_entry. */
typedef struct ream_plugin {
  uint32_t size; /* sizeof(ream_plugin) as the plugin was built */
  uint32_t abi_major;
  uint32_t abi_minor;

  const char* name;        /* the stage name: "dedupe" */
  const char* version;     /* the plugin's own version: "1.2.0" */
  const char* summary;     /* one line for `ream plugins` and --help */
  const char* description; /* paragraphs for `ream help STAGE`; may be NULL */
  ream_kind kind;

  const ream_option_spec* options;
  size_t option_count;
  const char* positional;      /* name of positional arguments ("FILE"), or NULL */
  const char* positional_help; /* what they are */

  /* Make a stage instance.  Returns NULL on failure after set_error. */
  void* (*create)(const ream_host* host, ream_context* ctx, const ream_options* opts);
  /* Transforms and sinks: one record, owned by the plugin from now on. */
  ream_status (*process)(void* self, ream_record* rec);
  /* Sources: produce every record with emit. */
  ream_status (*run)(void* self);
  /* End of stream: flush what is held. */
  ream_status (*finish)(void* self);
  void (*destroy)(void* self);

  /* ABI 1.1.  Called after every stage finished and the run's output was
   * committed (an -o file renamed into place); not called when the run
   * failed.  A stage that keeps state outside the stream (dedupe --state)
   * makes it durable here, so a failed or killed run never records as sent
   * what no output holds.  May be NULL. */
  ream_status (*commit)(void* self);

  /* ABI 1.3.  How many positional words the stage takes itself, when it
   * names them (`positional`): 1, 2, ..., or 0 or -1 for any number (what
   * a zero-filled descriptor says, and what older plugins are taken to
   * take).  A stage with no `positional` takes none.  When the first stage
   * of a run reads records (not a source) and no -i is given, the words
   * after the ones it takes are input files, as if each were given with
   * -i: `ream where 'year > 2020' a.jsonl`, `ream cat a.jsonl b.jsonl`.
   * A stage taking any number of words (set FIELD=VALUE...) cannot take
   * files this way; -i still works for it.  Plugins built for ABI < 1.3
   * never take input files as words. */
  int32_t positional_max;

  /* ABI 1.4.  A ream_concurrency value: REAM_SERIAL (0, what a
   * zero-filled descriptor says) or REAM_RECORD_LOCAL. */
  uint32_t concurrency;
} ream_plugin;

typedef const ream_plugin* (*ream_plugin_entry_fn)(void);

#define REAM_PLUGIN_ENTRY_SYMBOL "ream_plugin_entry"

#ifdef __cplusplus
}
#endif

#endif /* REAM_PLUGIN_H */
