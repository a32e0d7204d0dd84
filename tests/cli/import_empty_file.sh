# An empty (or blank) file holds no papers: no records, no error.
source "$(dirname "$0")/common.sh"
printf '\n  \n' > blank.txt
: > empty.txt
expect_status 0 "$REAM" import empty.txt blank.txt > out.jsonl
expect_eq "" "$(cat out.jsonl)"
