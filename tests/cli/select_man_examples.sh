# The EXAMPLES of ream-select(1), ream-drop(1), ream-rename(1) and
# ream-set(1) run as written on the installed samples.
source "$(dirname "$0")/common.sh"
"$REAM" import "$REAM_SOURCE"/share/ream/samples/* > papers.jsonl 2> /dev/null
first() { head -1 | jq -c "$1"; }
expect_eq '["id","year","title"]' "$("$REAM" -i papers.jsonl select id,year,title | first keys_unsorted)"
expect_eq '{"doi":"10.5555/tidewater.2026.17"}' "$("$REAM" -i papers.jsonl where 'has doi' then select doi,title | first '{doi}')"
expect_eq 0 "$("$REAM" -i papers.jsonl drop abstract,source | jq 'select(has("abstract") or has("source"))' | wc -l | tr -d ' ')"
expect_eq '["id","type","title","authors","published","journal"]' \
  "$("$REAM" -i papers.jsonl rename venue=journal,year=published | first 'keys_unsorted[:6]')"
expect_eq '["unread",null,["to-read"]]' \
  "$("$REAM" -i papers.jsonl set status=unread rating=null 'tags=["to-read"]' | first '[.status, .rating, .tags]')"
for page in select:'select id,year,title' select:"where 'has doi' then select doi,title" drop:'drop abstract,source' \
  rename:'rename venue=journal,year=published' set:"set status=unread rating=null 'tags=[\"to-read\"]'"; do
  grep -qF -- "${page#*:}" <(sed 's/\\-/-/g' "$REAM_SOURCE/man/ream-${page%%:*}.1.in") || fail "man page example changed: $page"
done
