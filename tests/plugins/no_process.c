/* A transform that forgot its process callback: refused at load, with
 * the name of the missing callback. */
#include <ream/plugin.h>

static void* create(const ream_host* host, ream_context* ctx, const ream_options* opts) {
  (void)host, (void)ctx, (void)opts;
  return (void*)1;
}
static void destroy(void* self) { (void)self; }

static ream_plugin descriptor = {
    .size = sizeof(ream_plugin),
    .abi_major = REAM_ABI_MAJOR,
    .abi_minor = REAM_ABI_MINOR,
    .name = "no_process",
    .version = "1.0",
    .summary = "a transform without process",
    .kind = REAM_TRANSFORM,
    .create = create,
    .destroy = destroy,
};

REAM_EXPORT const ream_plugin* ream_plugin_entry(void) { return &descriptor; }
