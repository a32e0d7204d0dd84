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
# Records waiting in memory, on disk, or the first in memory and the
# rest on disk (1 MB holds a few hundred of them): the same bytes.
"$REAM" -j 1 keywords < corpus.jsonl > resident.jsonl
for memory in 0 1; do
  same_at_every_j corpus.jsonl --memory "$memory"
  cmp resident.jsonl j1.jsonl || fail "--memory $memory differs from records held in memory"
done
"$REAM" -j 2 keywords --memory 1 < corpus.jsonl | head -n 5 > head.jsonl
expect_eq "$(head -n 5 resident.jsonl)" "$(cat head.jsonl)" "head after records from memory and disk"
same_at_every_j corpus.jsonl --count-only --save-df saved.df
cmp saved.df corpus.df || fail "--count-only tables differ with -j"
same_at_every_j corpus.jsonl --save-df saved.df
cmp saved.df corpus.df || fail "the counting pass's table differs from --count-only's"

# Malformed lines skipped and rejected: the same records, rejects and
# counts at every -j.
{ head -n 1500 corpus.jsonl; echo '{"id": broken'; tail -n +1501 corpus.jsonl; echo 'not json'; } > bad.jsonl
for j in 1 2 7; do
  "$REAM" -j "$j" --on-error=skip --reject "rejected.$j" --stats keywords < bad.jsonl > "skip.$j" 2> "stats.$j"
done
for j in 2 7; do
  cmp skip.1 "skip.$j" || fail "--on-error=skip: -j $j differs from -j 1"
  cmp rejected.1 "rejected.$j" || fail "--reject: -j $j differs from -j 1"
  expect_eq "$(grep -v 'total' stats.1 | awk '{NF--; print}')" "$(grep -v 'total' "stats.$j" | awk '{NF--; print}')" \
    "--stats at -j $j (all but the seconds)"
done
expect_eq 2 "$(wc -l < rejected.1 | tr -d ' ')" "rejected lines"
expect_eq 3000 "$(wc -l < skip.1 | tr -d ' ')" "records kept"

# Order and other fields: the output without `keywords` is the input
# without it, line for line (records that had the field keep it as it was).
"$REAM" -j 2 keywords < corpus.jsonl > out.jsonl
expect_eq "$(jq -c 'del(.keywords)' corpus.jsonl)" "$(jq -c 'del(.keywords)' out.jsonl)" "records besides keywords"
expect_eq "$(jq -c 'select(.keywords) | .keywords' corpus.jsonl)" \
  "$(paste -d '\t' corpus.jsonl out.jsonl | awk -F'\t' '$1 ~ /"keywords"/ {print $2}' | jq -c .keywords)" \
  "records that had keywords keep them"
expect_eq 0 "$(jq -c 'select(.keywords | length == 0)' out.jsonl | wc -l | tr -d ' ')" "records without keyphrases"
