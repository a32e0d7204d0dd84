# --on-error=skip drops bad lines with a warning; --reject keeps them verbatim.
source "$(dirname "$0")/common.sh"
printf '{"a":1}\nnot json\n[2]\n{"a":3}\n' > in.jsonl
"$REAM" --on-error=skip --reject bad.txt -i in.jsonl cat > out.jsonl 2> err.txt
expect_eq $'{"a":1}\n{"a":3}' "$(cat out.jsonl)"
expect_eq $'not json\n[2]' "$(cat bad.txt)"
expect_eq $'ream: in.jsonl:2: cat: skipped: invalid JSON at byte 1: syntax error\nream: in.jsonl:3: cat: skipped: not a JSON object' "$(cat err.txt)"
