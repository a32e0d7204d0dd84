# dedupe --dist components labels each linked record with the smallest
# ORDER of its component and keys every edge by that label, whether the
# edges fit --dist-memory or go to sorted runs on disk: a long chain
# numbered out of order (many star rounds) and many small components give
# the same lines with 1 MB as with the default 64 MB.
source "$(dirname "$0")/common.sh"
cat > small.jsonl << 'JSONL'
{"k":"e00100000000000050010000000000003","t":"m"}
{"k":"e00100000000000070010000000000005","t":"c"}
{"k":"e00100000000000090010000000000008","t":"w"}
{"k":"b0000000000000000","x":1}
JSONL
"$REAM" dedupe --dist components small.jsonl > small.out
expect_eq '{"k":"r0010000000000003","c":"0010000000000003"}
{"k":"r0010000000000005","c":"0010000000000003"}
{"k":"r0010000000000007","c":"0010000000000003"}
{"k":"r0010000000000008","c":"0010000000000008"}
{"k":"r0010000000000009","c":"0010000000000008"}
{"k":"g0010000000000003b00100000000000050010000000000003","t":"m"}
{"k":"g0010000000000003b00100000000000070010000000000005","t":"c"}
{"k":"g0010000000000008b00100000000000090010000000000008","t":"w"}' "$(cat small.out)"
# 59,999 edges: a chain through 40,000 records in a scrambled order, and
# 20,000 pairs of their own; sorted as the shuffle sorts them.
awk 'BEGIN {
  n = 40000
  for (i = 0; i < n; i++) name[i] = 100000 + (i * 7919) % n
  for (i = 1; i < n; i++) { a = name[i - 1]; b = name[i]; if (a < b) { t = a; a = b; b = t }
    printf "{\"k\":\"e0010000000%06d0010000000%06d\",\"t\":\"m\"}\n", a, b }
  for (i = 0; i < 20000; i++)
    printf "{\"k\":\"e0010000000%06d0010000000%06d\",\"t\":\"c\"}\n", 200001 + 2 * i, 200000 + 2 * i
}' | LC_ALL=C sort > chain.jsonl
"$REAM" dedupe --dist components chain.jsonl > default.out
"$REAM" dedupe --dist components --dist-memory 1 chain.jsonl > spilled.out
cmp default.out spilled.out || fail "--dist-memory 1 gave other lines than the default"
expect_eq 80000 "$(grep -c '"k":"r' default.out)"
expect_eq 40000 "$(grep -c '"c":"0010000000100000"' default.out)"
expect_eq 59999 "$(grep -c '"k":"g' default.out)"
expect_eq 39999 "$(grep -c '"k":"g0010000000100000b' default.out)"
# An edge whose earlier record is not earlier is no line of the pairs step.
echo '{"k":"e00100000000000030010000000000005","t":"m"}' > backwards.jsonl
expect_status 1 "$REAM" dedupe --dist components backwards.jsonl
expect_eq "ream: backwards.jsonl:1: dedupe: an e-line whose earlier record is not earlier" \
  "$("$REAM" dedupe --dist components backwards.jsonl 2>&1 || true)"
expect_eq "ream: dedupe: --dist-memory must be a whole number of megabytes from 1 to 1048576" \
  "$("$REAM" dedupe --dist components --dist-memory 0 small.jsonl 2>&1 || true)"
