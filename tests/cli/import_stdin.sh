# "-" or no file at all reads standard input, named <stdin> in sources.
source "$(dirname "$0")/common.sh"
printf '{"title":"A"}\n' > in.jsonl
expect_eq '{"id":"title:e6c632b61e96","title":"A","source":{"file":"<stdin>","line":1}}' "$("$REAM" import < in.jsonl)"
expect_eq '{"id":"title:e6c632b61e96","title":"A","source":{"file":"<stdin>","line":1}}' "$("$REAM" import - < in.jsonl)"
