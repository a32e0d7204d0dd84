# No blank lines, and a header word glued to the first title
# ("SubscribeGated ..."): the word is cut off, the abstracts stay whole.
source "$(dirname "$0")/common.sh"
D="$REAM_SOURCE/tests/data/import"
"$REAM" import "$D/trending_packed.txt" > out.jsonl
expect_eq 2 "$(wc -l < out.jsonl)" "records"
expect_contains "$(head -n 1 out.jsonl)" '"title":"Gated Residual Graph Networks at Depth","abstract":"Graph neural networks are hard to train at depth.'
expect_contains "$(head -n 1 out.jsonl)" 'the gains grow with graph diameter.","source":{"file":"'"$D"'/trending_packed.txt","line":2}}'
expect_contains "$(tail -n 1 out.jsonl)" '"title":"Teaching Giants: Small Models as Supervisors"'
