# The EXAMPLES of ream-count(1), ream-tail(1), ream-sample(1) and
# ream-uniq(1) run as written on the installed samples.
source "$(dirname "$0")/common.sh"
"$REAM" import "$REAM_SOURCE"/share/ream/samples/* > papers.jsonl 2> /dev/null
expect_eq '{"count":11}' "$("$REAM" -i papers.jsonl count)"
expect_eq '{"year":2026,"count":3}' "$("$REAM" -i papers.jsonl count -f year | head -1)"
expect_eq 3 "$("$REAM" -i papers.jsonl where 'has type' then count -f type,year | wc -l | tr -d ' ')"
expect_eq 2 "$("$REAM" -i papers.jsonl tail -n 2 | wc -l | tr -d ' ')"
expect_eq 2026 "$("$REAM" -i papers.jsonl where 'has year' then sort --by=year then tail -n 1 | jq .year)"
expect_eq 3 "$("$REAM" -i papers.jsonl sample -n 3 --seed 42 | wc -l | tr -d ' ')"
expect_eq '["id","title"]' "$("$REAM" -i papers.jsonl where 'has abstract' then sample -n 2 --seed 7 then select id,title | head -1 | jq -c keys_unsorted)"
expect_eq 3 "$("$REAM" -i papers.jsonl uniq -f year | wc -l | tr -d ' ')"
expect_eq '{"count":2}' "$("$REAM" -i papers.jsonl where 'has year' then uniq -f year then count)"
for e in count:'count -f year' count:"where 'has type' then count -f type,year" tail:"where 'has year' then sort --by=year then tail -n 1" \
  sample:'sample -n 3 --seed 42' uniq:"where 'has year' then uniq -f year then count"; do
  grep -qF -- "${e#*:}" <(sed 's/\\-/-/g' "$REAM_SOURCE/man/ream-${e%%:*}.1.in") || fail "man page example changed: $e"
done
