# A missing file is an I/O error (exit 4), found before anything is
# imported: the good file before it gives no output.
source "$(dirname "$0")/common.sh"
printf '{"title":"A"}\n' > good.jsonl
expect_status 4 "$REAM" import good.jsonl missing.txt > out.jsonl 2> err.txt
expect_eq "ream: missing.txt: import: cannot open: No such file or directory" "$(cat err.txt)"
expect_eq "" "$(cat out.jsonl)" "output"
