# CRLF line ends, a byte-order mark and blank lines are accepted.
source "$(dirname "$0")/common.sh"
printf '\xef\xbb\xbf{"a":1}\r\n\r\n   \n{"a":2}\r\n' > in.jsonl
expect_eq $'{"a":1}\n{"a":2}' "$("$REAM" cat < in.jsonl)"
