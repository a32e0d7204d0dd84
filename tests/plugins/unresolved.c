/* A plugin that calls a function no library defines.  Loaded lazily it
 * would kill the host with "symbol lookup error" on first call; the host
 * must refuse it at load time and keep every command working. */
#include <ream/plugin.h>

extern int ream_test_function_nobody_defines(void);

static void* create(const ream_host* host, ream_context* ctx, const ream_options* opts) {
  (void)host, (void)ctx, (void)opts;
  return ream_test_function_nobody_defines() ? (void*)1 : (void*)0;
}
static ream_status process(void* self, ream_record* rec) {
  (void)self, (void)rec;
  return REAM_OK;
}
static void destroy(void* self) { (void)self; }

static ream_plugin descriptor = {
    .size = sizeof(ream_plugin),
    .abi_major = REAM_ABI_MAJOR,
    .abi_minor = REAM_ABI_MINOR,
    .name = "unresolved",
    .version = "1.0",
    .summary = "needs a symbol nobody defines",
    .kind = REAM_TRANSFORM,
    .create = create,
    .process = process,
    .destroy = destroy,
};

REAM_EXPORT const ream_plugin* ream_plugin_entry(void) { return &descriptor; }
