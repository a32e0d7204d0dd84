/* A plugin built against ABI 1.0, before ream_plugin.commit existed: its
 * descriptor is shorter and says minor 0.  A newer host must still run it
 * and must not read past the end of its descriptor.  Written in plain C,
 * as a third party without the C++ layer would. */
#include <ream/plugin.h>
#include <stddef.h>
#include <stdlib.h>

typedef struct {
  const ream_host* host;
  ream_context* ctx;
} legacy;

static void* create(const ream_host* host, ream_context* ctx, const ream_options* opts) {
  (void)opts;
  legacy* self = malloc(sizeof *self);
  self->host = host;
  self->ctx = ctx;
  return self;
}

static ream_status process(void* p, ream_record* rec) {
  legacy* self = p;
  static const char key[] = "legacy";
  self->host->set_bool(rec, (ream_str){key, sizeof key - 1}, 1);
  return self->host->emit(self->ctx, rec);
}

static ream_status finish(void* p) {
  (void)p;
  return REAM_OK;
}

static void destroy(void* p) { free(p); }

/* Only the fields ABI 1.0 had; .size says so, and the host must not read
 * the commit callback that follows them in today's header. */
static ream_plugin descriptor = {
    .size = offsetof(ream_plugin, commit),
    .abi_major = 1,
    .abi_minor = 0,
    .name = "legacy",
    .version = "1.0",
    .summary = "an ABI 1.0 plugin",
    .kind = REAM_TRANSFORM,
    .create = create,
    .process = process,
    .finish = finish,
    .destroy = destroy,
};

REAM_EXPORT const ream_plugin* ream_plugin_entry(void) { return &descriptor; }
