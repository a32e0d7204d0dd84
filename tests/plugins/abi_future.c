/* A plugin built for an ABI this host does not speak (2.0). */
#include <ream/plugin.h>

static ream_plugin descriptor = {sizeof(ream_plugin), REAM_ABI_MAJOR + 1, 0, "abi_future", "9.9", "from the future",
                                 NULL, REAM_TRANSFORM, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL};

REAM_EXPORT const ream_plugin *ream_plugin_entry(void) { return &descriptor; }
