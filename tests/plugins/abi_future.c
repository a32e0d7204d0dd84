/* A plugin built for an ABI this host does not speak (2.0). */
#include <ream/plugin.h>

static ream_plugin descriptor = {
    .size = sizeof(ream_plugin),
    .abi_major = REAM_ABI_MAJOR + 1,
    .abi_minor = 0,
    .name = "abi_future",
    .version = "9.9",
    .summary = "from the future",
    .kind = REAM_TRANSFORM,
};

REAM_EXPORT const ream_plugin* ream_plugin_entry(void) { return &descriptor; }
