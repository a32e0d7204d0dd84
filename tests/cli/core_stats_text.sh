# --stats prints per-stage counts to stderr, never to stdout.
source "$(dirname "$0")/common.sh"
printf '{"a":1}\nbad\n{"a":2}\n{"a":3}\n' > in.jsonl
"$REAM" --stats --on-error=skip -q cat then head -n 2 < in.jsonl > out.jsonl 2> err.txt
expect_eq 2 "$(wc -l < out.jsonl | tr -d ' ')"
cat_row=$(grep 'stats: cat ' err.txt | tr -s ' ')
expect_eq "ream: stats: cat 2 2 0 1" "$(echo "$cat_row" | cut -d' ' -f1-7)"
head_row=$(grep 'stats: head ' err.txt | tr -s ' ')
expect_eq "ream: stats: head 2 2 0 0" "$(echo "$head_row" | cut -d' ' -f1-7)"
