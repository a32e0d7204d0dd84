#!/usr/bin/env bash
# On the installed samples every mode, the report and --explain give the
# same bytes with 1, 2 and 7 workers.
source "$(dirname "$0")/common.sh"
"$REAM" import "$REAM_SOURCE"/share/ream/samples/* > papers.jsonl 2> /dev/null
for args in "--keep first" "--keep most-complete" "--keep merge" "--keep-all" \
  "--explain title:90e3f7740304,title:7468d236ecb2" "--keep-all --explain title:90e3f7740304,title:7468d236ecb2"; do
  for j in 1 2 7; do
    # shellcheck disable=SC2086 # the arguments are several words on purpose
    "$REAM" -j "$j" -i papers.jsonl dedupe $args --report "report.$j" > "out.$j"
  done
  [ -s out.1 ] || fail "$args: no output"
  for j in 2 7; do
    cmp -s out.1 "out.$j" || fail "$args: -j $j output differs from -j 1"
    cmp -s report.1 "report.$j" || fail "$args: -j $j report differs from -j 1"
  done
done
