#!/usr/bin/env bash
# --stats: records a sink consumed into its document are "written", not
# "dropped"; no stage time is negative, even for stages that hold records
# and emit them from finish (keywords' warm-up), and the stage times add up
# to no more than the total.
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/keywords/abstracts.jsonl"
"$REAM" --stats=json -i "$in" keywords then cat then markdown > digest.md 2> stats.json
python3 - stats.json "$(wc -l < "$in")" <<'PY'
import json, sys
s = json.loads(open(sys.argv[1]).read())
n = int(sys.argv[2])
md = s["stages"][-1]
assert (md["stage"], md["in"], md["written"], md["dropped"]) == ("markdown", n, n, 0), md
for st in s["stages"]:
    assert st["seconds"] >= 0, st
assert sum(st["seconds"] for st in s["stages"]) <= s["seconds"] + 1e-3, s
PY
