# --byte-range and --first-line hold with workers too (-j 2, whose reading
# is the parallel segment's): each part reads only its lines, numbered as
# in the whole file, and the parts joined are the whole run's output.
source "$(dirname "$0")/common.sh"
for i in $(seq 1 3000); do printf '{"n":%d,"pad":"%s"}\n' "$i" "$(printf 'x%.0s' $(seq 1 $((i % 7))))"; done > in.jsonl
size=$(stat -c %s in.jsonl)
"$REAM" -j 2 cat in.jsonl > whole.out
cut=$((size / 3 + 5))
first=$(($(head -c $((cut - 1)) in.jsonl | tr -dc '\n' | wc -c) + 2))
"$REAM" -j 2 --byte-range 0:"$cut" cat in.jsonl > part1.out
"$REAM" -j 2 --byte-range "$cut":"$size" --first-line "$first" cat in.jsonl > part2.out
cat part1.out part2.out | cmp - whole.out || fail "with -j 2 the parts differ from the whole"
expect_eq "$(sed -n "${first}p" in.jsonl)" "$(head -1 part2.out)" "first record of the second part"
