#!/usr/bin/env bash
# A long title quoted with a word dropped is a fuzzy mention: linked by
# default, not with --titles exact or off.  Words that merely recur far
# apart are no mention.
source "$(dirname "$0")/common.sh"
cat >in.jsonl <<'JSON'
{"id":"a","title":"Sparse Mixture of Experts for Efficient Protein Language Models"}
{"id":"b","title":"Other","abstract":"We extend sparse mixture of experts for protein language models to RNA."}
{"id":"c","title":"Third","abstract":"Sparse methods exist. A mixture of experts is common; protein language models are large and efficient."}
JSON
"$REAM" cite --fields abstract <in.jsonl >fuzzy.jsonl
expect_eq '{"kind":"record","id":"a","field":"abstract","span":[10,63],"target":"a"}' \
  "$(sed -n 2p fuzzy.jsonl | jq -c '.links[0]')" "fuzzy mention"
expect_eq '[]' "$(sed -n 3p fuzzy.jsonl | jq -c .cites)" "scattered words"
"$REAM" cite --fields abstract --titles exact <in.jsonl >exact.jsonl
expect_eq '[]' "$(sed -n 2p exact.jsonl | jq -c .cites)" "exact only"
"$REAM" cite --fields abstract --titles off <in.jsonl >off.jsonl
expect_eq '[]' "$(sed -n 2p off.jsonl | jq -c .links)" "titles off"
