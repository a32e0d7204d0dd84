# A distributed dedupe (bench/dedupe_distributed_local.sh: map, sort,
# pairs, titles, em, components, tag, clusters, apply) writes what one
# process writes, to the byte: records, --report, --dropped and the
# conflict warnings, in every mode and for 1, 2, 3 and 7 parts cut at
# arbitrary byte offsets.  Inputs: a giant block (150 records of one title,
# far above the 64-member window, cut across reducers) with veto chains
# and identifier conflicts; one id in two files; the repository's dedupe
# samples as three files; the shipped samples (three papers more than
# once, an erratum).
source "$(dirname "$0")/common.sh"
source "$REAM_SOURCE/tests/cli/dedupe_distributed_common.sh"
data=$REAM_SOURCE/tests/data/dedupe
"$REAM" import "$REAM_SOURCE"/share/ream/samples/* > library.jsonl 2> /dev/null
for mode in "--keep first" "--keep-all" "--keep most-complete" "--keep first --match-weights 1"; do
  for parts in 1 2 3 7; do
    same_as_one_process "$parts" "$mode" "$data/distributed/giant.jsonl"
  done
  same_as_one_process 7 "$mode" "$data/distributed/first.jsonl" "$data/distributed/second.jsonl"
  same_as_one_process 2 "$mode" "$data/papers.jsonl" "$data/citation_styles.jsonl" "$data/conflict.jsonl"
done
same_as_one_process 3 "--keep-all --level work" "$data/distributed/giant.jsonl"
same_as_one_process 2 "--keep-all --level work" "$data/distributed/first.jsonl" "$data/distributed/second.jsonl"
for parts in 2 3; do
  same_as_one_process "$parts" "--keep most-complete" library.jsonl
  same_as_one_process "$parts" "--keep-all" library.jsonl
done
# The giant block really was cut: with every reduce input in 40 pieces,
# several reducers read pieces of it.
PIECES=40 same_as_one_process 3 "--keep-all" "$data/distributed/giant.jsonl"
expect_eq 40 "$(ls dist/blocks.*.piece | wc -l)" "pieces of the block lines"
biggest=$(cut -c7-23 dist/blocks.part | uniq -c | sort -rn | head -1 | awk '{print $2}')
[ "$(grep -l "^{\"k\":\"$biggest" dist/blocks.*.piece | wc -l)" -ge 2 ] || fail "the biggest block was not cut"
[ "$(cut -c7-23 dist/blocks.part | grep -c "$biggest")" -gt 64 ] || fail "the biggest block holds no more than 64"
