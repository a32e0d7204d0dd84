# A failing executable plugin is reported with its exit status and stderr.
source "$(dirname "$0")/common.sh"
mkdir bin
printf '#!/bin/sh\ncat > /dev/null\necho "no database configured" >&2\nexit 7\n' > bin/ream-broken
chmod 755 bin/ream-broken
status=0
echo '{"a":1}' | REAM_PLUGIN_PATH="$T/bin" "$REAM" broken 2> err.txt || status=$?
expect_eq 3 "$status"
expect_eq "ream: broken: $T/bin/ream-broken exited with status 7: no database configured" "$(cat err.txt)"
