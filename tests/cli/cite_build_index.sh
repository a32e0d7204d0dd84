#!/usr/bin/env bash
# --build-index writes the stream's index as a binary file that --index
# maps instead of parsing: linking the stream, whole or in parts, against
# it gives the bytes one cite run gives (records and --graph), with every
# -j and --titles mode; the file is the same for every -j; records pass
# through unchanged; an id on two records stops the build, naming both
# places; a corrupt or truncated file is refused with the reason.  (A
# record without an id is indexed under the one cite makes for it, as
# --save-index does; the corpus gives every record one.)
source "$(dirname "$0")/common.sh"
python3 "$REAM_SOURCE/tests/data/cite/linked_corpus.py" 1500 5 | python3 -c '
import json, sys
seen = set()
for i, line in enumerate(sys.stdin):
    rec = json.loads(line)
    if rec.get("id") in seen:  # the corpus has duplicates; an index needs unique ids
        rec["id"] += f"-{i}"
    seen.add(rec.get("id"))
    if i % 3 == 0 and "title" in rec:
        rec["title"] = rec["title"].replace("quantum", "quántum").replace("spectral", "Ψ-spectral")
    if i % 7 == 2:
        rec["isbn"] = [f"978-3-16-{i:06d}-0"]
        rec["url"] = [f"https://example.org/p/{i % 1000}"]
    print(json.dumps(rec, ensure_ascii=False))
' >all.jsonl
split -n l/3 -d all.jsonl part.
for j in 1 2 7; do
  "$REAM" -j "$j" -i all.jsonl cite --build-index "all$j.idx" >"passed$j.jsonl"
done
cmp all1.idx all2.idx || fail "--build-index: -j 2 differs from -j 1"
cmp all1.idx all7.idx || fail "--build-index: -j 7 differs from -j 1"
"$REAM" -i all.jsonl cat >unchanged.jsonl
cmp unchanged.jsonl passed2.jsonl || fail "--build-index changed the records it passed on"
# The index of the parts' keys, read from several files in order, is the
# whole stream's.
for p in part.00 part.01 part.02; do "$REAM" -i "$p" select id,title,arxiv,doi,isbn,url >"$p.keys"; done
"$REAM" -q -i part.00.keys -i part.01.keys -i part.02.keys cite --build-index keys.idx >/dev/null
cmp all1.idx keys.idx || fail "the index of the parts' keys differs from the whole stream's"
for titles in fuzzy exact off; do
  "$REAM" -i all.jsonl cite --titles "$titles" --graph one.csv --graph-format csv >one.jsonl
  [ "$titles" == off ] || [ "$(jq -s '[.[].links[] | select(.kind == "record")] | length' one.jsonl)" -gt 300 ] ||
    fail "--titles $titles: too few title mentions to compare"
  for j in 1 2 7; do
    "$REAM" -j "$j" -i all.jsonl cite --titles "$titles" --index all1.idx --graph "got$j.csv" --graph-format csv \
      >"got$j.jsonl"
    cmp one.jsonl "got$j.jsonl" || fail "--titles $titles -j $j: linking against the binary index differs"
    cmp one.csv "got$j.csv" || fail "--titles $titles -j $j: the graph differs with the binary index"
    for p in part.00 part.01 part.02; do "$REAM" -j "$j" -i "$p" cite --titles "$titles" --index all1.idx; done \
      >"parts$j.jsonl"
    cmp one.jsonl "parts$j.jsonl" || fail "--titles $titles -j $j: the parts linked against the index differ"
  done
done
[ "$(jq -s 'map(select(.cites | length > 0)) | length' one.jsonl)" -gt 600 ] || fail "too few citations to compare"
# An id on two records: the index would know only one of them.
printf '%s\n' '{"id":"a","title":"First"}' '{"id":"b"}' '{"id":"a","title":"Second"}' >dup.jsonl
expect_status 1 "$REAM" -q -i dup.jsonl cite --build-index dup.idx >/dev/null 2>&1
expect_eq "ream: dup.jsonl:3: cite: --build-index: id 'a' is on two records (the first at dup.jsonl:1): an index knows a record by its id, so ids must be unique (import gives them)" \
  "$("$REAM" -q -i dup.jsonl cite --build-index dup.idx 2>&1 >/dev/null || true)"
[ ! -e dup.idx ] || fail "a refused index was written"
# A damaged file is refused, not read.
size=$(stat -c %s all1.idx)
head -c $((size - 100)) all1.idx >short.idx
expect_status 1 "$REAM" -i part.00 cite --index short.idx 2>/dev/null
expect_eq "ream: short.idx: cite: index: the header says $size bytes, the file has $((size - 100)) (truncated or appended to)" \
  "$("$REAM" -i part.00 cite --index short.idx 2>&1 >/dev/null || true)"
cp all1.idx flipped.idx
printf 'X' | dd of=flipped.idx bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
cmp -s all1.idx flipped.idx && fail "the byte was not changed"
expect_eq "ream: flipped.idx: cite: index: checksum mismatch: the file is corrupt" \
  "$("$REAM" -i part.00 cite --index flipped.idx 2>&1 >/dev/null || true)"
expect_status 2 "$REAM" -i part.00 cite --index all1.idx --build-index again.idx 2>/dev/null
expect_eq "ream: cite: --build-index only indexes the stream; it cannot be given with --graph" \
  "$("$REAM" -i part.00 cite --graph g.dot --build-index again.idx 2>&1 >/dev/null || true)"
# The fuzzer's seed is this format's index of the cite test stream.
"$REAM" -q -i "$REAM_SOURCE/tests/data/cite/stream.jsonl" cite --build-index stream.idx >/dev/null
cmp stream.idx "$REAM_SOURCE/tests/data/cite/stream.idx" ||
  fail "tests/data/cite/stream.idx is stale: make it again with ream -i tests/data/cite/stream.jsonl cite --build-index"
