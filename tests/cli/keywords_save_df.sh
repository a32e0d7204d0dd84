# --save-df writes the TSV table of the stream; --df loads it back, and
# with --save-df again the saved table is the loaded one plus the stream.
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/keywords/abstracts.jsonl"
"$REAM" keywords --save-df df.tsv < "$in" > out.jsonl
expect_eq 2 "$(wc -l < out.jsonl | tr -d ' ')"
expect_eq '# ream keywords document frequencies: Snowball English stems' "$(sed -n 1p df.tsv)"
expect_eq 'documents	2' "$(sed -n 2p df.tsv)"
expect_eq 'code	1' "$(grep '^code	' df.tsv)"
"$REAM" keywords --df df.tsv --save-df df2.tsv < "$in" > /dev/null
expect_eq 'documents	4' "$(sed -n 2p df2.tsv)"
expect_eq 'code	2' "$(grep '^code	' df2.tsv)"
