#!/usr/bin/env bash
# With --index, a record the index holds does not cite itself: not by its
# own identifier in its text, not by its title.
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"id":"arxiv:1512.03385","title":"Deep Residual Learning for Image Recognition","abstract":"Deep Residual Learning for Image Recognition (arXiv:1512.03385) builds on doi:10.1000/vgg."}' \
  '{"id":"doi:10.1000/vgg","doi":"10.1000/vgg","title":"Very Deep Convolutional Networks","abstract":"Nothing cited."}' >idx.jsonl
"$REAM" -i idx.jsonl cite --index idx.jsonl >out.jsonl
expect_eq '["doi:10.1000/vgg"]' "$(sed -n 1p out.jsonl | jq -c .cites)" "cites the other record only"
expect_eq '[]' "$(sed -n 2p out.jsonl | jq -c .cites)" "no self citation"
expect_eq '[null,"doi:10.1000/vgg"]' "$(sed -n 1p out.jsonl | jq -c '[.links[] | select(.kind != "url") | .target]')" "own id kept without a target"
"$REAM" -i idx.jsonl cite >buffered.jsonl
expect_eq "$(jq -c .cites buffered.jsonl)" "$(jq -c .cites out.jsonl)" "same as without --index"
