#!/usr/bin/env bash
# An index in shards links as one index does: each part's bigram counts
# (--save-bigram-counts), one --build-index per shard of consecutive
# parts given every part's counts (--bigram-counts), every part looked up
# in every shard (--index SHARD --shard-links) and merged
# (--merge-shard-links) gives the bytes one cite run gives, for 1 to 4
# shards, every -j and --titles mode.  The adversarial records put one
# DOI and one arXiv id on records of two shards, one title on records of
# two shards (exact in one place, fuzzy in another), contained mentions
# whose winner is in another shard than the loser, and a bigram that 12
# titles share, at most 6 per shard (left out only when the counts are
# given: without them the links differ).  An id on records of two shards
# and lines that are not a shard's are refused with the place.
source "$(dirname "$0")/common.sh"

# sharded SHARDS JOBS [cite options]: the parts part.00 ... linked through
# SHARDS shards of consecutive parts, concatenated into sharded.jsonl.
sharded() {
  local shards=$1 jobs=$2 parts=(part.??) counts=() p s i
  shift 2
  rm -f keys.* counts.* shard.* links.*
  for p in "${parts[@]}"; do
    "$REAM" -q -i "$p" select id,title,arxiv,doi,isbn,url >"keys.$p"
    "$REAM" -q -i "keys.$p" cite --save-bigram-counts "counts.$p" >/dev/null
    counts+=(--bigram-counts "counts.$p")
  done
  [ "${NO_COUNTS:-}" ] && counts=()
  local n=${#parts[@]}
  for ((s = 0; s < shards; s++)); do
    local inputs=()
    for ((i = s * n / shards; i < (s + 1) * n / shards; i++)); do inputs+=(-i "keys.${parts[i]}"); done
    "$REAM" -q "${inputs[@]}" cite --build-index "shard.$s" "${counts[@]}" </dev/null >/dev/null
  done
  for p in "${parts[@]}"; do
    local merge=()
    for ((s = 0; s < shards; s++)); do
      "$REAM" -q -j "$jobs" -i "$p" cite "$@" --index "shard.$s" --shard-links "links.$p.$s" >"passed.$p"
      "$REAM" -q -i "$p" cat | cmp - "passed.$p" || fail "--shard-links changed the records it passed on"
      merge+=(--merge-shard-links "links.$p.$s")
    done
    "$REAM" -q -j "$jobs" -i "$p" cite "$@" "${merge[@]}"
  done >sharded.jsonl
}

# A generated corpus with many identifier and title links.
python3 "$REAM_SOURCE/tests/data/cite/linked_corpus.py" 1200 5 | python3 -c '
import json, sys
seen = set()
for i, line in enumerate(sys.stdin):
    rec = json.loads(line)
    if rec.get("id") in seen:  # the corpus has duplicates; ids must be unique
        rec["id"] += f"-{i}"
    seen.add(rec.get("id"))
    print(json.dumps(rec, ensure_ascii=False))
' >all.jsonl
split -n l/5 -d all.jsonl part.
for titles in exact off fuzzy; do
  "$REAM" -i all.jsonl cite --titles "$titles" >one.jsonl
  for shards in 1 2 3; do
    for j in 1 2; do
      # every -j and shard count with fuzzy titles; the other modes once
      [ "$titles" == fuzzy ] || [ "$shards$j" == 32 ] || continue
      sharded "$shards" "$j" --titles "$titles"
      cmp one.jsonl sharded.jsonl || fail "corpus, --titles $titles, $shards shards, -j $j: differs from one cite"
    done
  done
done
[ "$(jq -s '[.[].links[] | select(.kind == "record")] | length' one.jsonl)" -gt 200 ] || fail "too few title mentions"

# The adversarial records, four parts.
rm -f part.*
zeta() { for i in "$@"; do printf '{"id":"z%d","title":"Zeta Omega Filler%d Words%d Here%d Now%d"}\n' "$i" "$i" "$i" "$i" "$i"; done; }
{
  echo '{"id":"a1","doi":"10.1000/shared","arxiv":"2101.00001","title":"Graph Neural Networks for Molecule Design","abstract":"Our own doi:10.1000/shared."}'
  echo '{"id":"long0","title":"Benchmarking Graph Transformers on Protein Folding Tasks Again"}'
  echo '{"id":"t0","title":"Alpha Beta Gamma Zeta Omega Delta Epsilon"}'
  echo '{"id":"d1","title":"Sparse Attention Kernels Revisited For Long Documents"}'
  zeta 1 2 3 4 5
} >part.00
{
  echo '{"id":"c1","title":"Citing","abstract":"See doi:10.1000/shared and arXiv:2101.00001, the paper Erratum: Graph Neural Networks for Molecule Design, and alpha beta gamma zeta omega delta kappa."}'
  echo '{"id":"c3","abstract":"As in Benchmarking Graph Transformers on Protein Folding Tasks Again, we fold."}'
} >part.01
{
  echo '{"id":"a2","doi":"10.1000/shared","arxiv":"2101.00001","title":"Erratum: Graph Neural Networks for Molecule Design","abstract":"Corrects doi:10.1000/shared (arXiv:2101.00001)."}'
  echo '{"id":"d2","title":"Sparse Attention Kernels Revisited For Long Documents"}'
  zeta 6 7 8 9 10 11
} >part.02
{
  echo '{"id":"c2","abstract":"Unlike Sparse Attention Kernels Revisited For Long Texts, and later Sparse Attention Kernels Revisited For Long Documents."}'
  echo '{"id":"short3","title":"Graph Transformers on Protein Folding Tasks"}'
} >part.03
cat part.0? >all.jsonl
"$REAM" -i all.jsonl cite >one.jsonl
# The cases happen in one cite run: else the comparison proves nothing.
expect_eq '"a1"' "$(jq -c 'select(.id == "c1") | [.links[] | select(.kind == "doi")][0].target' one.jsonl)" "c1's DOI"
expect_eq '"a1"' "$(jq -c 'select(.id == "a2") | [.links[] | select(.kind == "doi")][0].target' one.jsonl)" "a2's DOI"
expect_eq '["a2"]' "$(jq -c 'select(.id == "c1") | [.links[] | select(.kind == "record") | .target]' one.jsonl)" \
  "c1's mentions (the erratum wins; t0 is not matched on a bigram 12 titles share)"
expect_eq '["long0"]' "$(jq -c 'select(.id == "c3") | [.links[] | select(.kind == "record") | .target]' one.jsonl)" \
  "c3's mentions"
expect_eq '["d2","d1"]' "$(jq -c 'select(.id == "c2") | [.links[] | select(.kind == "record") | .target]' one.jsonl)" \
  "c2's mentions (d2 fuzzy where d1 is not, d1 exact)"
for shards in 1 2 3 4; do
  for j in 1 2; do
    sharded "$shards" "$j"
    cmp one.jsonl sharded.jsonl || fail "adversarial records, $shards shards, -j $j: differs from one cite"
  done
done
# The bigram counts matter: without them, shards keep "zeta omega".
NO_COUNTS=1 sharded 2 1
expect_eq '["a2","t0"]' "$(jq -c 'select(.id == "c1") | [.links[] | select(.kind == "record") | .target]' sharded.jsonl)" \
  "c1's mentions with shards that do not know the whole input's bigram counts"

# An id on records of two shards: one index would have refused it.
printf '%s\n' '{"id":"dup","title":"First"}' >part.00
printf '%s\n' '{"id":"x","abstract":"nothing"}' >part.01
printf '%s\n' '{"id":"dup","title":"Second"}' >part.02
expect_eq "ream: part.00:1: cite: --merge-shard-links: id 'dup' is on records of two index shards: an index knows a record by its id, so ids must be unique (import gives them)" \
  "$(sharded 3 1 2>&1 >/dev/null | head -1 || true)"

# Files that are not these records' shard links are refused, not merged.
printf '%s\n' '{"id":"p","abstract":"see doi:10.1000/xyz"}' '{"id":"q"}' >p.jsonl
"$REAM" -q -i p.jsonl cite --build-index p.idx >/dev/null
"$REAM" -q -i p.jsonl cite --index p.idx --shard-links p.links >/dev/null
expect_status 1 "$REAM" -q -i p.jsonl cite --merge-shard-links p.links --merge-shard-links p.links >/dev/null
head -1 p.links >short.links
expect_eq "ream: short.links:2: cite: --merge-shard-links: the file ends before the stream: it was made from other records" \
  "$("$REAM" -q -i p.jsonl cite --merge-shard-links short.links 2>&1 >/dev/null || true)"
head -1 p.jsonl >one-record.jsonl
expect_eq "ream: p.links:2: cite: --merge-shard-links: the file goes on after the stream: it was made from other records" \
  "$("$REAM" -q -i one-record.jsonl cite --merge-shard-links p.links 2>&1 >/dev/null || true)"
tac p.links >swapped.links
expect_eq "ream: swapped.links:1: cite: --merge-shard-links: the line is of record 'q', the stream's is 'p': the file was made from other records" \
  "$("$REAM" -q -i p.jsonl cite --merge-shard-links swapped.links 2>&1 >/dev/null || true)"
sed '1s/"fields":\[\[\[-1\]/"fields":[[[7]/' p.links >forged.links
expect_eq "ream: forged.links:1: cite: --merge-shard-links: shard 1: record 7 is not named" \
  "$("$REAM" -q -i p.jsonl cite --merge-shard-links forged.links 2>&1 >/dev/null || true)"
"$REAM" -q -i p.jsonl cite --titles off --index p.idx --shard-links off.links >/dev/null
expect_eq "ream: p.jsonl:1: cite: --merge-shard-links: shard 1's links were made with --titles off: title mentions cannot be merged from them" \
  "$("$REAM" -q -i p.jsonl cite --merge-shard-links off.links 2>&1 >/dev/null || true)"
"$REAM" -q -i p.jsonl cite --titles off --merge-shard-links off.links >/dev/null
printf 'not json\n{}\n' >junk.links
expect_eq "ream: junk.links:1: cite: --merge-shard-links: shard 1: not JSON: syntax error" \
  "$("$REAM" -q -i p.jsonl cite --merge-shard-links junk.links 2>&1 >/dev/null || true)"
printf '0123456789abcdef 10\n' >counts.bad
expect_eq "ream: counts.bad:1: cite: --bigram-counts: the count is not a number from 1 to 9" \
  "$("$REAM" -q -i p.jsonl cite --build-index q.idx --bigram-counts counts.bad 2>&1 >/dev/null || true)"
expect_eq "ream: cite: --shard-links needs --index" \
  "$("$REAM" -q -i p.jsonl cite --shard-links x.links 2>&1 >/dev/null || true)"
expect_eq "ream: cite: --bigram-counts needs --build-index" \
  "$("$REAM" -q -i p.jsonl cite --bigram-counts counts.bad 2>&1 >/dev/null || true)"
