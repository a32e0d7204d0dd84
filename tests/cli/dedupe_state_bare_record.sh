#!/usr/bin/env bash
# --state: a record too bare for the matching rules (a two-word title, no
# authors, no year) is still known the next day when it comes back
# unchanged, and is not sent again.  Two such records in one run stay
# apart: nothing says they are one paper.
source "$(dirname "$0")/common.sh"
cat > day.jsonl <<'JSON'
{"id":"title:m1","title":"Music Transformer","date":"Mar 12"}
{"id":"title:m2","title":"Music Transformer","date":"Mar 13"}
JSON
expect_eq "2" "$("$REAM" -i day.jsonl dedupe --state state.db | wc -l)" "day 1 keeps both"
expect_eq "0" "$("$REAM" -i day.jsonl dedupe --state state.db | wc -l)" "day 2 sends neither again"
echo '{"id":"title:m3","title":"Music Transformer","date":"Mar 14"}' > day3.jsonl
expect_eq "title:m3" "$("$REAM" -i day3.jsonl dedupe --state state.db | jq -r .id)" "a changed record is new"
"$REAM" -i day.jsonl dedupe --state state.db --keep-all --report report.jsonl > /dev/null
expect_eq "same fields as a paper of an earlier run" \
  "$(jq -r '.pairs[0].rule' report.jsonl | sort -u)" "the report says why"
