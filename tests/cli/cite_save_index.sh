#!/usr/bin/env bash
# --save-index writes a compact index (ids, identifiers, titles) that
# --index reads as it reads full records: parts of a stream save theirs,
# the files concatenated in part order are the whole stream's index, and
# resolving against it gives the same bytes as resolving against the full
# records, part by part or whole, with any -j.
source "$(dirname "$0")/common.sh"
python3 "$REAM_SOURCE/tests/data/cite/linked_corpus.py" 900 4 >all.jsonl
echo '{"title":"No Id Here At All For This One","arxiv":"2101.00001","isbn":["978-3-16-148410-0"],"url":"https://x.org/a"}' \
  >>all.jsonl
split -n l/3 -d all.jsonl part.
for p in part.00 part.01 part.02; do "$REAM" -i "$p" cite --titles off --save-index "$p.idx" >/dev/null; done
cat part.00.idx part.01.idx part.02.idx >merged.idx
"$REAM" -i all.jsonl cite --save-index whole.idx >/dev/null
cmp merged.idx whole.idx || fail "the parts' indexes concatenated differ from the whole stream's"
expect_eq "$(wc -l <all.jsonl)" "$(wc -l <whole.idx)" "one index line per record"
expect_eq '{"id":"arxiv:2101.00001","title":"No Id Here At All For This One","arxiv":"2101.00001","isbn":["978-3-16-148410-0"],"url":["https://x.org/a"]}' \
  "$(tail -n 1 whole.idx)" "a record without id is indexed under the id cite gives it"
[ "$(stat -c %s whole.idx)" -lt "$(($(stat -c %s all.jsonl) / 3))" ] || fail "the index is not compact"
"$REAM" -i all.jsonl cite --index all.jsonl --graph full.csv --graph-format csv >full.jsonl
for j in 1 2 7; do
  "$REAM" -j "$j" -i all.jsonl cite --index merged.idx --graph "compact$j.csv" --graph-format csv >"compact$j.jsonl"
  cmp full.jsonl "compact$j.jsonl" || fail "-j $j: resolving against the compact index differs from the full records"
  cmp full.csv "compact$j.csv" || fail "-j $j: the graph differs with the compact index"
done
[ "$(jq -s 'map(select(.cites | length > 0)) | length' full.jsonl)" -gt 400 ] || fail "too few citations to compare"
for p in part.00 part.01 part.02; do "$REAM" -i "$p" cite --index merged.idx; done >parts.jsonl
cmp full.jsonl parts.jsonl || fail "parts resolved against the merged index differ from the whole stream"
# An index that cannot be written is refused with its option and path.
err=$("$REAM" cite --save-index missing/dir/x.idx <all.jsonl 2>&1 >/dev/null) && fail "an unwritable index was accepted"
expect_contains "$err" "cite: --save-index 'missing/dir/x.idx': cannot open for writing" "message"
expect_status 4 "$REAM" cite --save-index missing/dir/x.idx <all.jsonl 2>/dev/null
