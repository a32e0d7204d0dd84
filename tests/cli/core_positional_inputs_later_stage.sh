# Only the first stage takes input files; an extra word for a later stage
# stays a usage error (exit 2) and nothing is read.
source "$(dirname "$0")/common.sh"
echo '{"f":"a"}' > a.jsonl
status=0
"$REAM" cat a.jsonl then head a.jsonl 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: head: unexpected argument 'a.jsonl' (this stage takes no positional arguments)" "$(cat err.txt)"
status=0
"$REAM" cat a.jsonl then select f a.jsonl 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: select: unexpected argument 'a.jsonl' (this stage takes 1 FIELDS argument; input files go after the first stage or with -i)" \
  "$(cat err.txt)"
