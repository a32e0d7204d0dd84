# A positional input file that cannot be read fails as -i does: exit 4,
# the same message; a bad line is reported with the file's name and line.
source "$(dirname "$0")/common.sh"
status=0
"$REAM" cat missing.jsonl 2> err.txt || status=$?
expect_eq 4 "$status"
expect_eq "ream: missing.jsonl: cannot open: No such file or directory" "$(cat err.txt)"
status=0
"$REAM" -i missing.jsonl cat 2> err_i.txt || status=$?
expect_eq "$(cat err_i.txt)" "$(cat err.txt)"
printf '{"f":1}\nnot json\n' > bad.jsonl
status=0
"$REAM" cat bad.jsonl > /dev/null 2> err.txt || status=$?
"$REAM" -i bad.jsonl cat > /dev/null 2> err_i.txt || true
expect_eq 1 "$status"
expect_eq "$(cat err_i.txt)" "$(cat err.txt)"
case "$(cat err.txt)" in "ream: bad.jsonl:2: "*) ;; *) fail "no FILE:LINE in: $(cat err.txt)" ;; esac
