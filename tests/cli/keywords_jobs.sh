# keywords gives the same bytes at every -j (on the samples and on a
# generated corpus of several batches, in every mode), keeps the records'
# order and leaves every other field as it was.
source "$(dirname "$0")/common.sh"
"$REAM" import "$REAM_SOURCE"/share/ream/samples/* > samples.jsonl 2> /dev/null
python3 "$REAM_SOURCE/tests/data/keywords/generate.py" 3000 > corpus.jsonl
"$REAM" keywords --count-only --save-df corpus.df < corpus.jsonl > /dev/null
same_at_every_j() {  # input, stage words...
  local in=$1; shift
  "$REAM" -j 1 keywords "$@" < "$in" > j1.jsonl
  for j in 2 7; do
    "$REAM" -j "$j" keywords "$@" < "$in" > "j$j.jsonl"
    cmp j1.jsonl "j$j.jsonl" || fail "-j $j differs from -j 1: keywords $* < $in"
  done
}
same_at_every_j samples.jsonl
same_at_every_j corpus.jsonl
same_at_every_j corpus.jsonl --scores -k 5
same_at_every_j corpus.jsonl --merge
same_at_every_j corpus.jsonl --replace --df corpus.df
same_at_every_j corpus.jsonl --count-only --save-df saved.df
cmp saved.df corpus.df || fail "--count-only tables differ with -j"
same_at_every_j corpus.jsonl --save-df saved.df
cmp saved.df corpus.df || fail "the counting pass's table differs from --count-only's"

# Order and other fields: the output without `keywords` is the input
# without it, line for line (records that had the field keep it as it was).
"$REAM" -j 2 keywords < corpus.jsonl > out.jsonl
expect_eq "$(jq -c 'del(.keywords)' corpus.jsonl)" "$(jq -c 'del(.keywords)' out.jsonl)" "records besides keywords"
expect_eq "$(jq -c 'select(.keywords) | .keywords' corpus.jsonl)" \
  "$(paste -d '\t' corpus.jsonl out.jsonl | awk -F'\t' '$1 ~ /"keywords"/ {print $2}' | jq -c .keywords)" \
  "records that had keywords keep them"
expect_eq 0 "$(jq -c 'select(.keywords | length == 0)' out.jsonl | wc -l | tr -d ' ')" "records without keyphrases"
