# RIS exported on Windows (CRLF, a byte-order mark) reads like any other.
source "$(dirname "$0")/common.sh"
printf '\357\273\277TY  - JOUR\r\nTI  - Windows\r\n  Export\r\nPY  - 2020\r\nER  - \r\n' > win.ris
"$REAM" import --format ris win.ris > out.jsonl
expect_eq '{"id":"title:575ba4e59954","type":"article-journal","title":"Windows Export","year":2020,"source":{"file":"win.ris","line":1}}' "$(cat out.jsonl)"
