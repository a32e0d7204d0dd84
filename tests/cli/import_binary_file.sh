# A binary file (a NUL byte) is refused with its file and line.
source "$(dirname "$0")/common.sh"
printf 'PK\003\004\nxx\000yy\n' > in.zip
expect_status 1 "$REAM" import in.zip > out.jsonl 2> err.txt
expect_eq "ream: in.zip:2: import: binary file (NUL byte); not a text format" "$(cat err.txt)"
