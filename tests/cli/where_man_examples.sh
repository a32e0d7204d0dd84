# The EXAMPLES of ream-where(1) run as written on the installed samples.
source "$(dirname "$0")/common.sh"
"$REAM" import "$REAM_SOURCE"/share/ream/samples/* > papers.jsonl 2> /dev/null
ids() { "$REAM" -i papers.jsonl where "$1" | jq -r .id | tr '\n' ' '; }
expect_eq "doi:10.5555/tidewater.2026.17 " "$(ids 'year >= 2025 and title ~ /dedup/i')"
expect_eq "doi:10.5555/tidewater.2026.17 " "$(ids 'any authors ~ /^Okafor/')"
expect_eq "doi:10.5555/tidewater.2026.17 title:90e3f7740304 " "$(ids 'type in ["article-journal", "paper-conference"]')"
expect_eq 4 "$("$REAM" -i papers.jsonl where 'not has abstract' | wc -l | tr -d ' ')"
expect_eq 3 "$("$REAM" -i papers.jsonl where 'source.file ~ /trending/ and len(title) < 70' | wc -l | tr -d ' ')"
for e in 'year >= 2025 and title ~ /dedup/i' 'any authors ~ /^Okafor/' 'type in ["article-journal", "paper-conference"]' \
  'source.file ~ /trending/ and len(title) < 70'; do
  grep -qF "where '$e'" "$REAM_SOURCE/man/ream-where.1.in" || fail "man page example changed: $e"
done
