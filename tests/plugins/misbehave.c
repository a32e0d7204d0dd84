/* A plugin that misbehaves on request, to prove the host survives it.
 * Each record's "action" field says what to do with it: "print" writes to
 * standard output with printf, "segv" dereferences a null pointer,
 * "abort" calls abort(), "fail" returns an error without a message,
 * "twice" emits the record twice, "freed" emits it after freeing it;
 * anything else passes the record through.  With
 * $REAM_TEST_CREATE_WARNING set, each instance warns when it is made.  Its
 * constructor creates the file named by $REAM_TEST_MARKER, so a test can
 * tell whether the host loaded it at all.  Plain C, as a third party
 * would write it. */
#include <ream/plugin.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((constructor)) static void leave_marker(void) {
  const char* marker = getenv("REAM_TEST_MARKER");
  if (marker) {
    FILE* f = fopen(marker, "w");
    if (f) fclose(f);
  }
}

typedef struct {
  const ream_host* host;
  ream_context* ctx;
} misbehave;

static void* create(const ream_host* host, ream_context* ctx, const ream_options* opts) {
  (void)opts;
  misbehave* self = malloc(sizeof *self);
  self->host = host;
  self->ctx = ctx;
  if (getenv("REAM_TEST_CREATE_WARNING")) {
    static const char text[] = "made an instance";
    host->warn(ctx, (ream_str){0, 0}, 0, (ream_str){text, sizeof text - 1});
  }
  return self;
}

static int is(ream_str s, const char* word) { return s.size == strlen(word) && memcmp(s.data, word, s.size) == 0; }

/* A real invalid store, which UndefinedBehaviorSanitizer must not turn
 * into a report of its own (CI runs this plugin under it). */
__attribute__((no_sanitize("undefined"))) static void crash(void) {
  volatile int* nowhere = NULL;
  *nowhere = 1;
}

static ream_status process(void* p, ream_record* rec) {
  misbehave* self = p;
  static const char key[] = "action";
  ream_str action = {0, 0};
  self->host->get_string(rec, (ream_str){key, sizeof key - 1}, &action);
  if (is(action, "print")) {
    printf("not a record\n");
    fflush(stdout);
  } else if (is(action, "segv")) {
    crash();
  } else if (is(action, "abort")) {
    abort();
  } else if (is(action, "twice")) {
    self->host->emit(self->ctx, rec);
  } else if (is(action, "freed")) {
    self->host->record_free(rec);
  } else if (is(action, "fail")) {
    self->host->record_free(rec);
    return REAM_PLUGIN_ERROR;
  }
  return self->host->emit(self->ctx, rec);
}

static ream_status finish(void* p) {
  (void)p;
  return REAM_OK;
}

static void destroy(void* p) { free(p); }

static ream_plugin descriptor = {
    .size = sizeof(ream_plugin),
    .abi_major = REAM_ABI_MAJOR,
    .abi_minor = REAM_ABI_MINOR,
    .name = "misbehave",
    .version = "1.0",
    .summary = "misbehaves when a record asks it to",
    .kind = REAM_TRANSFORM,
    .create = create,
    .process = process,
    .finish = finish,
    .destroy = destroy,
};

/* With $REAM_TEST_RECORD_LOCAL set it declares itself record-local, so
 * that the host runs it on the -j workers and the crash and misuse
 * reports can be tested there too. */
REAM_EXPORT const ream_plugin* ream_plugin_entry(void) {
  if (getenv("REAM_TEST_RECORD_LOCAL")) descriptor.concurrency = REAM_RECORD_LOCAL;
  return &descriptor;
}
