# A plugin that running a stage would refuse is never loaded by any
# command either: its constructor (which leaves a marker file) never runs.
# Unsafe: a world-writable directory, a group-writable file, a symlink to
# a plugin kept in a world-writable directory.  A safe copy is the control.
source "$(dirname "$0")/common.sh"
export REAM_TEST_MARKER="$T/marker"
so="$REAM_TEST_PLUGINS/misbehave/misbehave.so"

# never_loads DIR EXPECTED-WARNING: no command loads DIR's plugin.
never_loads() {
  local dir=$1 warning=$2 status
  for cmd in "plugins" "plugins doctor" "help" "__complete stages" "help misbehave" "misbehave"; do
    status=0
    # shellcheck disable=SC2086
    REAM_PLUGIN_PATH="$dir" "$REAM" $cmd < /dev/null > out.txt 2> err.txt || status=$?
    [ ! -e "$REAM_TEST_MARKER" ] || fail "'ream $cmd' loaded the unsafe plugin in $dir"
    case "$cmd" in
      misbehave) expect_eq 3 "$status" "ream misbehave, $dir"
        expect_contains "$(cat err.txt)" "$warning" ;;
      "help misbehave") expect_eq 3 "$status" "ream help misbehave, $dir"
        expect_contains "$(cat err.txt)" "help: unknown stage 'misbehave': " ;;
      "plugins doctor") expect_eq 3 "$status" "ream plugins doctor, $dir" ;;
      *) expect_eq 0 "$status" "ream $cmd, $dir" ;;
    esac
  done
}

mkdir open; cp "$so" open/; chmod 0777 open
never_loads "$T/open" "ream: $T/open: warning: plugin directory skipped: it is group- or world-writable"

mkdir groupw; cp "$so" groupw/; chmod 0664 groupw/misbehave.so
never_loads "$T/groupw" "ream: $T/groupw/misbehave.so: warning: plugin skipped: it is group- or world-writable"

mkdir linked; ln -s "$T/open/misbehave.so" linked/misbehave.so
never_loads "$T/linked" "ream: $T/linked/misbehave.so: warning: plugin skipped: it links to $T/open, whose directory is unsafe (it is group- or world-writable)"
REAM_PLUGIN_PATH="$T/linked" "$REAM" plugins > list.txt
expect_contains "$(cat list.txt)" "skipped, not loaded: it links to $T/open"

if [ "$(id -u)" = 0 ] && id nobody > /dev/null 2>&1; then
  mkdir other; cp "$so" other/; chown nobody other/misbehave.so
  never_loads "$T/other" "plugin skipped: it is owned by another user (uid $(id -u nobody))"
fi

# The control: the same file, safe, is loaded (and so is a safe symlink).
mkdir safe; cp "$so" safe/
expect_eq '{"a":1}' "$(echo '{"a":1}' | REAM_PLUGIN_PATH="$T/safe" "$REAM" misbehave)"
[ -e "$REAM_TEST_MARKER" ] || fail "the safe plugin was not loaded"
