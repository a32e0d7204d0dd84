#!/usr/bin/env bash
# An arXiv id in one record links to the record of the stream with that id;
# a record's mention of its own DOI is kept as a link without a target.
source "$(dirname "$0")/common.sh"
"$REAM" cite --fields abstract <"$REAM_SOURCE/tests/data/cite/stream.jsonl" >out.jsonl
expect_eq '[{"kind":"arxiv","id":"2312.03884","url":"https://arxiv.org/abs/2312.03884","field":"abstract","span":[10,28],"target":"arxiv:2312.03884"},{"kind":"doi","id":"10.1000/graph.42","url":"https://doi.org/10.1000/graph.42","field":"abstract","span":[53,69]}]' \
  "$(sed -n 2p out.jsonl | jq -c .links)" "links of record 2"
expect_eq '["arxiv:2312.03884"]' "$(sed -n 2p out.jsonl | jq -c .cites)" "cites of record 2"
expect_eq '[]' "$(sed -n 1p out.jsonl | jq -c .cites)" "cites of record 1"
