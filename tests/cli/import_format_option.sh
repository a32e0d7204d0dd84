# --format forces a reader where auto-detection has too little to go on.
source "$(dirname "$0")/common.sh"
printf 'A Tiny Paper\nWe show one thing.\n' > in.txt
expect_status 1 "$REAM" import in.txt 2> /dev/null
"$REAM" import --format hf-papers in.txt > out.jsonl
expect_eq '{"id":"title:9a79fdd317f4","title":"A Tiny Paper","abstract":"We show one thing.","source":{"file":"in.txt","line":1}}' "$(cat out.jsonl)"
