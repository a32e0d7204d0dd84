# where keeps the matching records unchanged, in order, and counts the
# others as dropped.
source "$(dirname "$0")/common.sh"
cat > in.jsonl <<'J'
{"id":"a","year":2024,"title":"Latent Diffusion","authors":["G. Hinton","A. B."]}
{"id":"b","year":"2024","title":"Diffuse priors"}
{"id":"c","year":2019,"title":"Graph nets","authors":[]}
{"id":"d","title":"No year", "x" : [1, 2.50]}
J
ids() { "$REAM" where "$1" < in.jsonl | jq -r .id | tr '\n' ' '; }
expect_eq "a " "$(ids 'year >= 2023')" "numbers only compare with numbers"
expect_eq "a b " "$(ids 'title ~ /diffus(ion|e)/i')"
expect_eq "a " "$(ids 'any authors ~ /Hinton/')"
expect_eq "a c " "$(ids 'all authors ~ /\./')" "all on an empty array"
expect_eq "c " "$(ids 'year != 2024')" "a missing field or a string is not != 2024"
expect_eq "b d " "$(ids 'not year == 2024 and not year < 2020')"
expect_eq "d " "$(ids 'x[1] == 2.5')"
# Kept records are passed byte for byte, unknown fields and spacing inside values included.
expect_eq '{"id":"d","title":"No year","x":[1, 2.50]}' "$("$REAM" where 'has x' < in.jsonl)"
stats=$("$REAM" --stats=json where 'year >= 2023' < in.jsonl 2>&1 >/dev/null)
expect_eq '1 1 3' "$(jq -r '.stages[0] | "\(.in - 3) \(.out) \(.dropped)"' <<< "$stats")"
# An expression that begins with a dash follows --.
expect_eq "a " "$("$REAM" where -- '-1 < year and year > 2023' < in.jsonl | jq -r .id | tr '\n' ' ')"
