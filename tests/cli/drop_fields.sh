# drop removes the named fields and leaves the rest in order, byte for byte.
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"id":"a","abstract":"long","x":[1, 2.50],"source":{"line":1}}' > in.jsonl
expect_eq '{"id":"a","x":[1, 2.50]}' "$("$REAM" drop abstract,source,missing < in.jsonl)"
# One list: a second word is an input file (first stage) or a usage error.
expect_status 2 "$REAM" cat then drop abstract source < in.jsonl
expect_status 2 "$REAM" drop < in.jsonl
