# No fixed line-length limit: a 100 MB record passes through whole.
source "$(dirname "$0")/common.sh"
python3 -c 'import sys; sys.stdout.write("{\"abstract\":\"" + "x" * 100_000_000 + "\",\"n\":1}\n")' > big.jsonl
"$REAM" cat < big.jsonl > out.jsonl
cmp big.jsonl out.jsonl || fail "the 100 MB line changed"
