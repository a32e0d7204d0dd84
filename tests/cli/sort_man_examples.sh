# The EXAMPLES of ream-sort(1) run as written on the installed samples.
source "$(dirname "$0")/common.sh"
"$REAM" import "$REAM_SOURCE"/share/ream/samples/* > papers.jsonl 2> /dev/null
expect_eq '{"year":2026,"title":"Erratum: Sparse Lanterns: Keyphrase Extraction without Training Data"}' \
  "$("$REAM" -i papers.jsonl sort --by=-year,title then select year,title | head -1)"
expect_eq 3 "$("$REAM" -i papers.jsonl sort --by=date,title --locale=en then head -n 3 | wc -l | tr -d ' ')"
expect_eq "Mar 2" "$("$REAM" -i papers.jsonl sort --by=date,title --locale=en then head -n 3 | jq -r .date | sort -u)"
"$REAM" --stats -i papers.jsonl sort --by=id --memory 256M > sorted.jsonl 2> /dev/null
expect_eq "$(jq -r .id papers.jsonl | LC_ALL=C sort | head -3)" "$(jq -r .id sorted.jsonl | head -3)"
for e in 'sort --by=-year,title then select year,title' 'sort --by=date,title --locale=en then head -n 3'; do
  grep -qF -- "$e" <(sed 's/\\-/-/g' "$REAM_SOURCE/man/ream-sort.1.in") || fail "man page example changed: $e"
done
