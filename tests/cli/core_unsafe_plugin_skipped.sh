# A world-writable plugin file is skipped with a warning, never loaded;
# asking for its stage says why it is unknown and how to fix it (exit 3).
source "$(dirname "$0")/common.sh"
mkdir plugins
cp "$REAM_TEST_PLUGINS/gen.so" plugins/gen.so
chmod 0666 plugins/gen.so
status=0
REAM_PLUGIN_PATH="$T/plugins" "$REAM" gen > out.txt 2> err.txt || status=$?
expect_eq 3 "$status"
expect_contains "$(cat err.txt)" "ream: $T/plugins/gen.so: warning: plugin skipped: it is group- or world-writable"
expect_contains "$(cat err.txt)" "ream: unknown stage 'gen': $T/plugins/gen.so was skipped because it is group- or world-writable (fix: chmod go-w $T/plugins/gen.so)"
chmod 0644 plugins/gen.so
expect_eq 3 "$(REAM_PLUGIN_PATH="$T/plugins" "$REAM" gen | wc -l | tr -d ' ')"
