# Sourced by every CLI test.  Gives a scratch directory and small checks
# that print what was expected and what came, then exit non-zero.
set -euo pipefail
: "${REAM:?REAM must point at the ream binary}"
REAM_SOURCE=${REAM_SOURCE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
T=$(mktemp -d "${TMPDIR:-/tmp}/ream-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T"

fail() { echo "FAIL: $*" >&2; exit 1; }

# expect_eq EXPECTED ACTUAL [what]
expect_eq() {
  [ "$1" == "$2" ] || fail "${3:-value}: expected [$1], got [$2]"
}

# expect_contains HAYSTACK NEEDLE [what]
expect_contains() {
  case "$1" in *"$2"*) ;; *) fail "${3:-output}: expected to contain [$2], got [$1]" ;; esac
}

# expect_status CODE command...: run, check the exit status.
expect_status() {
  local want=$1; shift
  local got=0
  "$@" || got=$?
  [ "$got" == "$want" ] || fail "exit status of [$*]: expected $want, got $got"
}
