# Paper notes: one record per "Paper NN" section; the venue suffix gives
# venue and year, the arXiv link arxiv and url, the rest goes to notes.
source "$(dirname "$0")/common.sh"
D="$REAM_SOURCE/tests/data/import"
"$REAM" import "$D/reading_notes.md" > out.jsonl 2> /dev/null
expect_eq 2 "$(wc -l < out.jsonl)" "records"
expect_eq '{"id":"arxiv:2406.01234","title":"Gated Residual Graph Networks at Depth","year":2024,"venue":"ICML","url":"https://arxiv.org/abs/2406.01234v2","arxiv":"2406.01234v2","notes":"#### SUMMARY Residual gates keep deep GNNs trainable. Paper: [abs](https://arxiv.org/abs/2406.01234v2) #### figures ![](./img/fig1.png)","affiliation":"DeepMind","source":{"file":"'"$D"'/reading_notes.md","line":13}}' "$(head -n 1 out.jsonl)"
