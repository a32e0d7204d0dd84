#!/usr/bin/env bash
# Quality of `ream cite` on the shared citation cases (see
# docs/benchmarks/cite.md): per-kind P/R/F1 on the core and optional
# tiers and on the disputed cases, scored by the shared score_cite.py.
# Usage: bench/eval_cite.sh [SHARED_DIR]   (default: ../shared beside the repo)
# Exits 1 only when a core figure drops below its FLOOR.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${1:-$ROOT/../shared}
REAM=${REAM:-$ROOT/build/bin/ream}
CASES=$SHARED/data/citations
SCORE=$SHARED/tools/score_cite.py
# Floors a little under the measured core figures (docs/benchmarks/cite.md).
FLOOR_ARXIV=0.99
FLOOR_DOI=0.99
FLOOR_URL=0.98
FLOOR_EXACT=0.97

if [ ! -f "$SCORE" ]; then
  echo "eval_cite: $SCORE not found; nothing to evaluate" >&2
  exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

run() {  # run CASES OUT: keep id and text only, as the protocol says
  jq -c '{id, text}' "$1" | "$REAM" cite --fields text >"$2"
}

run "$CASES/cases_dev.jsonl" "$T/dev.jsonl"
run "$CASES/disputed.jsonl" "$T/disputed.jsonl"
echo "== core"
python3 "$SCORE" "$CASES/cases_dev.jsonl" "$T/dev.jsonl" --tier core --show 20 | tee "$T/core.txt"
echo "== optional"
python3 "$SCORE" "$CASES/cases_dev.jsonl" "$T/dev.jsonl" --tier optional --show 20
echo "== disputed (scored against the strict expectations in the file)"
python3 "$SCORE" "$CASES/disputed.jsonl" "$T/disputed.jsonl" --show 20

python3 - "$T/core.txt" "$FLOOR_ARXIV" "$FLOOR_DOI" "$FLOOR_URL" "$FLOOR_EXACT" <<'PY'
import json, sys
res = json.loads(open(sys.argv[1]).readline())
floors = {'arxiv': float(sys.argv[2]), 'doi': float(sys.argv[3]), 'urls': float(sys.argv[4])}
bad = [f"{k} F1 {res[k]['F1']} < {v}" for k, v in floors.items() if res[k]['F1'] < v]
if res['exact'] < float(sys.argv[5]):
    bad.append(f"exact {res['exact']} < {sys.argv[5]}")
if res['negative_false_hits']:
    bad.append(f"{res['negative_false_hits']} false hits on negative cases")
if bad:
    print('eval_cite: below floor: ' + '; '.join(bad))
    sys.exit(1)
print('eval_cite: core figures at or above floors')
PY
