# --stats=json prints one JSON object with per-stage counts.
source "$(dirname "$0")/common.sh"
printf '{"a":1}\n{"a":2}\n{"a":3}\n' | "$REAM" --stats=json head -n 1 > /dev/null 2> err.txt
python3 - err.txt <<'PY'
import json, sys
s = json.loads(open(sys.argv[1]).read())
st = s["stages"][0]
assert (st["stage"], st["in"], st["out"], st["dropped"], st["rejected"]) == ("head", 1, 1, 0, 0), st
assert s["status"] == 0 and s["seconds"] >= 0, s
PY
