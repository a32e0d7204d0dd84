# where takes one word, its expression; the words after it are input files.
source "$(dirname "$0")/common.sh"
printf '{"id":"a","year":2024}\n{"id":"b","year":2020}\n' > a.jsonl
printf '{"id":"c","year":2023}\n' > b.jsonl
out=$("$REAM" where 'year >= 2023' a.jsonl b.jsonl)
expect_eq $'{"id":"a","year":2024}\n{"id":"c","year":2023}' "$out"
out=$("$REAM" select id a.jsonl)
expect_eq $'{"id":"a"}\n{"id":"b"}' "$out"
