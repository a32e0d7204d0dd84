# Every record is ranked against the table of the whole input, frozen
# before the first is ranked: a record's keyphrases do not depend on the
# records before it, so the input reversed gives the output reversed.
# --warmup is still accepted and changes nothing.  A downstream `head`
# stops the ranking pass early and loses no count.
source "$(dirname "$0")/common.sh"
python3 "$REAM_SOURCE/tests/data/keywords/generate.py" 2500 11 > corpus.jsonl
"$REAM" keywords < corpus.jsonl > forward.jsonl
tac corpus.jsonl | "$REAM" keywords | tac > backward.jsonl
cmp forward.jsonl backward.jsonl || fail "a record's keyphrases depend on the records before it"
"$REAM" keywords --warmup 1 < corpus.jsonl > warmup.jsonl
cmp forward.jsonl warmup.jsonl || fail "--warmup changed the output"
expect_status 2 "$REAM" keywords --warmup -1 < corpus.jsonl
expect_eq 3 "$("$REAM" keywords < corpus.jsonl | "$REAM" head -n 3 | wc -l | tr -d ' ')"
expect_eq "$(head -n 3 forward.jsonl)" "$("$REAM" keywords < corpus.jsonl | "$REAM" head -n 3)"
