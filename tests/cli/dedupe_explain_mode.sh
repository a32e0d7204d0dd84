#!/usr/bin/env bash
# --explain's same_cluster speaks of the clusters the chosen mode writes:
# a citation without a year matches both the conference and the journal
# version; in arrival order it joins the first, while --keep-all rebuilds
# clusters strongest evidence first and puts it with the journal, whose
# venue it names.
source "$(dirname "$0")/common.sh"
t='"title":"Toward efficient agnostic learning","authors":"Kearns, M. J. and Schapire, R. E. and Sellie, L. M."'
cat > in.jsonl <<JSON
{"id":"conf1",$t,"year":"1992","venue":"Proc. 5th Annual Workshop on Computational Learning Theory"}
{"id":"conf2",$t,"year":"1992","venue":"Proceedings of the Fifth Workshop on Computational Learning Theory"}
{"id":"bare",$t,"venue":"Machine Learning"}
{"id":"jour1",$t,"year":"1994","venue":"Machine Learning 17"}
{"id":"jour2",$t,"year":"1994","venue":"Machine Learning"}
JSON
expect_eq true "$("$REAM" -i in.jsonl dedupe --explain bare,conf1 | jq .same_cluster)" "arrival order"
expect_eq false "$("$REAM" -i in.jsonl dedupe --keep-all --explain bare,conf1 | jq .same_cluster)" "--keep-all"
expect_eq true "$("$REAM" -i in.jsonl dedupe --keep-all --explain bare,jour1 | jq .same_cluster)" "--keep-all"
# And that is what --keep-all writes.
got=$("$REAM" -i in.jsonl dedupe --keep-all | jq -r '"\(.id)=\(.cluster)"' | tr '\n' ' ')
expect_eq "conf1=conf1 conf2=conf1 bare=bare jour1=bare jour2=bare " "$got" "clusters written"
