# head after stages run on the workers: the same records and counts for
# every -j, and an endless input still ends once head has its records.
source "$(dirname "$0")/common.sh"
make_corpus 20000 > c.jsonl
for_jobs -i c.jsonl where 'title ~ /diffusion/' then select id then head -n 3
expect_eq $'{"id":"r3"}\n{"id":"r6"}\n{"id":"r9"}' "$(cat out.1)"
for j in 2 7; do
  out=$(timeout 20 bash -c "yes '{\"a\":1}' | \"$REAM\" -j $j where 'a == 1' then head -n 2")
  expect_eq $'{"a":1}\n{"a":1}' "$out" "-j $j"
done
