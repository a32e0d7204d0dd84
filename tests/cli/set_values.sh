# set takes VALUE as JSON when it is one JSON value, else as a string; an
# existing field keeps its place, a new one is appended.
source "$(dirname "$0")/common.sh"
echo '{"id":"a","year":2024}' > in.jsonl
expect_eq '{"id":"a","year":"2024","status":"read","rating":4,"tags":["x","y"],"note":"a, b","none":null,"t":true}' \
  "$("$REAM" set 'year="2024"' status=read rating=4 'tags=["x","y"]' 'note=a, b' none=null t=true < in.jsonl)"
expect_eq '{"id":"a","year":2024,"e":""}' "$("$REAM" set e= < in.jsonl)"
expect_eq '{"id":"a","year":2024,"j":"{\"a\""}' "$("$REAM" set 'j={"a"' < in.jsonl)" "not JSON: a string"
expect_status 2 "$REAM" set year < in.jsonl
expect_status 2 "$REAM" set < in.jsonl
