# --byte-range A:B with --first-line N reads one part of a file, cut at any
# byte offsets, and numbers its lines as the whole file does: the parts'
# outputs joined are the whole run's output, and a bad line is reported
# with its line number in the whole file.
source "$(dirname "$0")/common.sh"
printf '{"n":1}\n\n{"n":2}\n{"n":3,"t":"a longer line to cut inside"}\nnot json\n{"n":4}' > in.jsonl
size=$(stat -c %s in.jsonl)
"$REAM" --on-error=skip cat in.jsonl > whole.out 2> whole.err
# The first line number of the part starting at byte A (how drivers do it).
first_line() { if [ "$1" == 0 ]; then echo 1; else echo $(($(head -c $(($1 - 1)) in.jsonl | tr -dc '\n' | wc -c) + 2)); fi; }
for cut in 0 1 7 8 9 20 30 45 $size; do
  a=$(first_line 0) b=$(first_line "$cut")
  "$REAM" --on-error=skip --byte-range 0:"$cut" --first-line "$a" cat in.jsonl > part1.out 2> part1.err
  "$REAM" --on-error=skip --byte-range "$cut":$((size + 5)) --first-line "$b" cat in.jsonl > part2.out 2> part2.err
  cat part1.out part2.out > joined.out
  cmp whole.out joined.out || fail "cut at $cut: the parts differ from the whole"
  expect_contains "$(cat part1.err part2.err)" "in.jsonl:5: cat: " "cut at $cut: the bad line's number in the whole file"
done
# Misuse is refused with the reason.
expect_status 2 "$REAM" --byte-range 0:5 cat < in.jsonl
expect_eq "ream: --byte-range needs an input file, not standard input" "$("$REAM" --byte-range 0:5 cat < in.jsonl 2>&1)"
expect_eq "ream: --first-line reads a part of one input file, not of 2" \
  "$("$REAM" --first-line 3 cat in.jsonl in.jsonl 2>&1 || true)"
expect_eq "ream: --byte-range: the end comes before the start in '9:5'" \
  "$("$REAM" --byte-range 9:5 cat in.jsonl 2>&1 || true)"
