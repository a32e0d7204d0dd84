# sort: numbers numerically, strings collated, -FIELD descending, missing
# and null last both ways, stable on ties, -r reverses every key.
source "$(dirname "$0")/common.sh"
cat > in.jsonl <<'J'
{"id":"a","year":2019,"title":"banana"}
{"id":"b","year":2024,"title":"Apple"}
{"id":"c","title":"cherry"}
{"id":"d","year":10,"title":"apple"}
{"id":"e","year":2024,"title":"apple"}
{"id":"f","year":null,"title":"Zed"}
{"id":"g","year":2024,"title":"Apple"}
J
ids() { "$REAM" sort "$@" < in.jsonl | jq -r .id | tr -d '\n'; }
expect_eq "dabegcf" "$(ids --by=year)" "ascending, numeric, missing last, stable"
expect_eq "begadcf" "$(ids --by=-year)" "descending, missing still last"
expect_eq "ebgadcf" "$(ids --by=-year,title)" "root collation: apple before Apple"
expect_eq "bgeadfc" "$(ids --by=-year,title --locale=C)" "C: code point order"
expect_eq "begadcf" "$(ids --by=year -r)" "-r: descending, stable, missing last"
expect_eq "bgeadfc" "$(ids -b -year,title --locale=C)" "short option, value starting with a dash"
# Records pass byte for byte.
expect_eq '{"id":"d","year":10,"title":"apple"}' "$("$REAM" sort --by=year < in.jsonl | head -1)"
