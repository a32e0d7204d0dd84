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

# make_corpus N: N generated records, one per line, for tests that need
# more lines than one -j batch holds: escapes, non-ASCII text, numbers
# written several ways, nested values, and a blank line now and then.
make_corpus() {
  awk -v n="$1" 'BEGIN {
    split("article inproceedings book misc", kinds, " ")
    for (i = 1; i <= n; i++) {
      if (i % 97 == 0) print ""
      printf "{\"id\":\"r%d\",\"year\":%d,\"title\":\"Paper %d on \\u00e9tudes \\\"%s\\\" caf\xc3\xa9\",", i, 1990 + i % 36, i, (i % 3 ? "graphs" : "diffusion")
      printf "\"score\":%s,\"authors\":[\"Ada %d\",\"B\\u00fcrgi %d\"],", (i % 4 ? i / 8 : "1e3"), i % 50, i % 7
      printf "\"links\":{\"kind\":\"%s\",\"n\":[%d,0.50]},\"abstract\":\"%s\\nline two %d\"}\n", kinds[i % 4 + 1], i, substr("we study the structure of learned models and their limits in practice", 1 + i % 20), i
    }
  }'
}

# for_jobs ARGS...: run "$REAM" -j J ARGS for J = 1, 2 and 7, with @J@ in
# ARGS replaced by J, standard output to out.J, standard error to err.J
# and the exit status to status.J; fail unless all three are the same
# bytes for every J.
for_jobs() {
  local j a status
  for j in 1 2 7; do
    local args=()
    for a in "$@"; do args+=("${a//@J@/$j}"); done
    status=0
    "$REAM" -j "$j" "${args[@]}" > "out.$j" 2> "err.$j" || status=$?
    echo "$status" > "status.$j"
  done
  for j in 2 7; do
    cmp -s out.1 "out.$j" || fail "[$*] -j $j: standard output differs from -j 1"
    cmp -s err.1 "err.$j" || fail "[$*] -j $j: standard error differs from -j 1: $(diff err.1 "err.$j" | head -5)"
    cmp -s status.1 "status.$j" || fail "[$*] -j $j: exit status $(cat "status.$j"), with -j 1 $(cat status.1)"
  done
}
