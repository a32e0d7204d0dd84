#!/usr/bin/env bash
# The title of another record written in an abstract links to that record;
# a doi.org URL gives a url link and a doi link, both resolved.
source "$(dirname "$0")/common.sh"
"$REAM" cite --fields abstract <"$REAM_SOURCE/tests/data/cite/stream.jsonl" >out.jsonl
expect_eq '["record","url","doi","url"]' "$(sed -n 3p out.jsonl | jq -c '[.links[].kind]')" "kinds"
expect_eq '{"kind":"record","id":"doi:10.1000/graph.42","field":"abstract","span":[10,65],"target":"doi:10.1000/graph.42"}' \
  "$(sed -n 3p out.jsonl | jq -c '.links[0]')" "title mention"
expect_eq '["doi:10.1000/graph.42","doi:10.1000/graph.42",null]' \
  "$(sed -n 3p out.jsonl | jq -c '[.links[1:][].target]')" "url and doi targets"
expect_eq '["doi:10.1000/graph.42"]' "$(sed -n 3p out.jsonl | jq -c .cites)" "cites"
