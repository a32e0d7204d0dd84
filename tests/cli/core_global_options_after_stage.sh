# A global option written after a stage name is global when the stage has
# no option of that name ("ream markdown -o digest.md"); the stage's own
# option of the same name wins.
source "$(dirname "$0")/common.sh"
printf '{"a":1}\n{"a":2}\n' > in.jsonl
"$REAM" cat -o out.jsonl --stats json < in.jsonl 2> err.txt
expect_eq $'{"a":1}\n{"a":2}' "$(cat out.jsonl)"
expect_contains "$(cat err.txt)" '{"stages":[{"stage":"cat","in":2,"out":2'
"$REAM" head -n 1 -i in.jsonl > first.jsonl
expect_eq '{"a":1}' "$(cat first.jsonl)"
status=0
"$REAM" head --lins 1 < in.jsonl 2> err.txt || status=$?
expect_eq 2 "$status" "an unknown option is still an error"
