# Input files named both with -i and after the first stage are refused
# (exit 2) rather than merged in some order the user has to guess.
source "$(dirname "$0")/common.sh"
echo '{"f":"a"}' > a.jsonl
echo '{"f":"b"}' > b.jsonl
status=0
"$REAM" -i a.jsonl cat b.jsonl > out.txt 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: cat: input files are named both with -i and after the stage ('b.jsonl'): use one or the other" \
  "$(cat err.txt)"
expect_eq "" "$(cat out.txt)"
