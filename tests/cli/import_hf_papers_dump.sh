# An hf-papers dump with blank lines: furniture skipped, the date line kept
# as a date hint (no year invented), each title with its whole abstract.
source "$(dirname "$0")/common.sh"
D="$REAM_SOURCE/tests/data/import"
"$REAM" import "$D/trending_blank_lines.txt" > out.jsonl 2> err.txt
expect_eq 3 "$(wc -l < out.jsonl)" "records"
expect_eq "" "$(cat err.txt)" "stderr"
"$REAM" import "$D/trending_blank_lines.txt" then head -n 1 > first.jsonl
expect_eq '{"id":"title:2bc470582bf6","title":"Gated Residual Graph Networks at Depth","abstract":"Graph neural networks are hard to train at depth. We propose a residual scheme with learned gates that keeps gradients stable for hundreds of layers. On node classification, link prediction and molecular property benchmarks the deep models beat shallow baselines, and the gains grow with graph diameter. We release code and trained checkpoints.","date":"Jun 3","source":{"file":"'"$D"'/trending_blank_lines.txt","line":11}}' "$(cat first.jsonl)"
titles=$(grep -o '"title":"[^"]*"' out.jsonl | tr '\n' '|')
expect_eq '"title":"Gated Residual Graph Networks at Depth"|"title":"Teaching Giants: Small Models as Supervisors"|"title":"Café Latent Spaces"|' "$titles" "titles"
