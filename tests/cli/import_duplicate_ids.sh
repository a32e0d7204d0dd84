# Two papers claiming one arXiv id: both kept, a warning names both, the
# second gets a distinct id, and its arxiv field keeps what the notes said.
source "$(dirname "$0")/common.sh"
D="$REAM_SOURCE/tests/data/import"
"$REAM" import "$D/reading_notes.md" > out.jsonl 2> err.txt
expect_contains "$(tail -n 1 out.jsonl)" '{"id":"arxiv:2406.01234~2","title":"Teaching Giants: Small Models as Supervisors","url":"https://arxiv.org/pdf/2406.01234.pdf","arxiv":"2406.01234",'
expect_eq "ream: $D/reading_notes.md:5: import: warning: section 'Papers this week' is not a paper (no 'Paper NN' heading); skipped
ream: $D/reading_notes.md:9: import: warning: section 'How to use these notes' is not a paper (no 'Paper NN' heading); skipped
ream: $D/reading_notes.md:23: import: warning: id arxiv:2406.01234 of 'Teaching Giants: Small Models as Supervisors' is already taken by 'Gated Residual Graph Networks at Depth' ($D/reading_notes.md:13); this record gets id arxiv:2406.01234~2" "$(cat err.txt)"
