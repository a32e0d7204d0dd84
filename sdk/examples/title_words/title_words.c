/* title_words: a ream transform in plain C, against the C ABI alone.
 *
 * Adds "title_words", the number of space-separated words in "title", to
 * every record that has a title, and drops (counted, so --stats and the
 * "went missing" check stay true) the records that have none.  It is the
 * C example in ream-plugin(7); the test suite builds it with pkg-config
 * against an installed SDK and runs it.
 *
 *   cc $(pkg-config --cflags --libs ream-sdk) -o title_words.so title_words.c
 */
#include <ream/plugin.h>
#include <stdlib.h>

typedef struct {
  const ream_host* host;
  ream_context* ctx;
} title_words;

static const ream_str kTitle = {"title", 5};
static const ream_str kWords = {"title_words", 11};

static void* create(const ream_host* host, ream_context* ctx, const ream_options* opts) {
  (void)opts;
  title_words* self = malloc(sizeof *self);
  if (!self) return NULL; /* the host reports "could not start" */
  self->host = host;
  self->ctx = ctx;
  return self;
}

static int64_t count_words(ream_str text) {
  int64_t words = 0;
  int in_word = 0;
  for (size_t i = 0; i < text.size; ++i) {
    int space = text.data[i] == ' ' || text.data[i] == '\t' || text.data[i] == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

/* The record belongs to the plugin now: emit it, or drop it. */
static ream_status process(void* p, ream_record* rec) {
  title_words* self = p;
  ream_str title;
  if (!self->host->get_string(rec, kTitle, &title)) {
    self->host->drop(self->ctx, rec);
    return REAM_OK;
  }
  ream_status status = self->host->set_int(rec, kWords, count_words(title));
  if (status != REAM_OK) {
    self->host->record_free(rec);
    return status;
  }
  return self->host->emit(self->ctx, rec);
}

static void destroy(void* p) { free(p); }

static const ream_plugin descriptor = {
    .size = sizeof(ream_plugin),
    .abi_major = REAM_ABI_MAJOR,
    .abi_minor = REAM_ABI_MINOR,
    .name = "title_words",
    .version = "1.0",
    .summary = "count the words of each title",
    .kind = REAM_TRANSFORM,
    .create = create,
    .process = process,
    .destroy = destroy,
};

REAM_EXPORT const ream_plugin* ream_plugin_entry(void) { return &descriptor; }
