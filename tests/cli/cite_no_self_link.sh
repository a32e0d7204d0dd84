#!/usr/bin/env bash
# A record never cites itself: not by its title, not by its own id.
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"id":"a","title":"Deep Residual Learning for Image Recognition","abstract":"In Deep Residual Learning for Image Recognition we show a; arXiv:1512.03385."}' \
  '{"id":"b","title":"Other","arxiv":"1512.03385","abstract":"Deep residual learning for image recognition, again."}' >in.jsonl
"$REAM" cite <in.jsonl >out.jsonl
expect_eq '["b"]' "$(sed -n 1p out.jsonl | jq -c .cites)" "record a cites b by arXiv id, not itself by title"
expect_eq '["a"]' "$(sed -n 2p out.jsonl | jq -c .cites)" "record b cites a by title"
expect_eq '0' "$(sed -n 1p out.jsonl | jq '[.links[] | select(.kind == "record")] | length')" "no title self link"
