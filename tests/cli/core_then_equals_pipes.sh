# A chain in one process gives the same bytes as the same stages piped.
source "$(dirname "$0")/common.sh"
for i in $(seq 1 50); do printf '{ "id" : "r%d", "t":"x\\u0041\\n%d" , "v":%d.10}\n' "$i" "$i" "$i"; done > in.jsonl
"$REAM" cat < in.jsonl | "$REAM" head -n 20 | "$REAM" cat > piped.jsonl
"$REAM" cat then head -n 20 then cat < in.jsonl > chained.jsonl
cmp piped.jsonl chained.jsonl || fail "chained output differs from piped output"
expect_eq 20 "$(wc -l < chained.jsonl | tr -d ' ')"
