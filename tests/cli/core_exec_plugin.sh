# An executable ream-NAME is stage NAME, speaking JSON Lines, in any language.
source "$(dirname "$0")/common.sh"
mkdir bin
cat > bin/ream-tag <<'PY'
#!/usr/bin/env python3
import json, sys
for line in sys.stdin:
    rec = json.loads(line)
    rec["tag"] = sys.argv[1]
    print(json.dumps(rec, separators=(",", ":")))
PY
chmod 755 bin/ream-tag
printf '{"a":1}\n{"a":2}\n' > in.jsonl
out=$(REAM_PLUGIN_PATH="$T/bin" "$REAM" cat then tag hello then head -n 1 < in.jsonl)
expect_eq '{"a":1,"tag":"hello"}' "$out"
# Also found on PATH.
out=$(PATH="$T/bin:$PATH" "$REAM" tag x < in.jsonl | wc -l | tr -d ' ')
expect_eq 2 "$out"
