# The recipe for a corpus cut into parts (ream-keywords(1), issue 23):
# count each part with --count-only --save-df, sum the tables (--df given
# several times), rank each part against the sum.  The parts' outputs,
# joined, are the bytes one process gives on the whole input, for 1, 2
# and 3 parts, and the summed table is the one process's table.
source "$(dirname "$0")/common.sh"
python3 "$REAM_SOURCE/tests/data/keywords/generate.py" 2600 5 > corpus.jsonl
"$REAM" keywords --save-df whole.df < corpus.jsonl > whole.jsonl
for parts in 1 2 3; do
  rm -f part.* ranked.*
  split -n "l/$parts" -d corpus.jsonl part.
  dfs=()
  for p in part.*; do
    "$REAM" keywords --count-only --save-df "$p.df" < "$p" > "$p.passed"
    "$REAM" cat < "$p" | cmp - "$p.passed" || fail "--count-only changed records"
    dfs+=(--df "$p.df")
  done
  "$REAM" keywords --count-only "${dfs[@]}" --save-df total.df < /dev/null > /dev/null
  cmp whole.df total.df || fail "$parts parts: the summed table differs from the one process's"
  for p in part.??; do "$REAM" keywords --df total.df < "$p" > "ranked.$p"; done
  cat ranked.* > joined.jsonl
  cmp whole.jsonl joined.jsonl || fail "$parts parts: ranked parts differ from one process"
done
# --df ranks against the given table only: the input is not added to it.
"$REAM" keywords --df whole.df < corpus.jsonl > given.jsonl
cmp whole.jsonl given.jsonl || fail "--df of the input's own table differs from the counting pass"
# With --df and --save-df, the saved table is the given ones plus the input.
"$REAM" keywords --df whole.df --save-df twice.df < corpus.jsonl > /dev/null
expect_eq "documents	5200" "$(grep '^documents' twice.df)"
expect_status 2 "$REAM" keywords --count-only < corpus.jsonl
expect_contains "$("$REAM" keywords --count-only < corpus.jsonl 2>&1 || true)" "--count-only needs --save-df FILE"
