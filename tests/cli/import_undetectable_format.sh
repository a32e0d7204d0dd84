# --format auto on text that is no known format: the file and line, and
# the formats to choose from.
source "$(dirname "$0")/common.sh"
printf 'hello\nworld\n' > in.txt
expect_status 1 "$REAM" import in.txt > out.jsonl 2> err.txt
expect_eq "ream: in.txt:1: import: cannot tell the format; use --format with one of: hf-papers, paper-notes, bibtex, ris, csv, jsonl" "$(cat err.txt)"
expect_eq "" "$(cat out.jsonl)" "output"
