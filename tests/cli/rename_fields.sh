# rename keeps the field's position; a renamed field replaces one that has
# the new name; pairs can swap; malformed pairs are usage errors.
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"id":"a","venue":"V","year":2024,"journal":"old"}' '{"id":"b"}' > in.jsonl
expect_eq '{"id":"a","journal":"V","published":2024}
{"id":"b"}' "$("$REAM" rename venue=journal,year=published < in.jsonl)"
expect_eq '{"venue":"a","id":"V","year":2024,"journal":"old"}' "$("$REAM" rename id=venue,venue=id < in.jsonl | head -1)"
for bad in year year= =x; do
  expect_status 2 "$REAM" rename "$bad" < in.jsonl
done
expect_eq "ream: rename: 'year' is renamed twice" "$("$REAM" rename year=a,year=b < in.jsonl 2>&1 || true)"
