# Inputs past --memory are sorted in runs on disk and merged: the output is
# the same as an in-memory sort, and downstream stopping early counts the
# rest as dropped.
source "$(dirname "$0")/common.sh"
awk 'BEGIN { for (i = 0; i < 30000; i++) printf "{\"id\":%d,\"k\":%d,\"t\":\"%c%05d padding to make the record longer\"}\n", i, (i * 7919) % 1000, 65 + (i % 26), (i * 31) % 99991 }' > in.jsonl
"$REAM" sort --by=k,-t --memory 1M < in.jsonl > spilled.jsonl
"$REAM" sort --by=k,-t --memory 1G < in.jsonl > memory.jsonl
cmp spilled.jsonl memory.jsonl || fail "external sort differs from in-memory sort"
expect_eq 30000 "$(wc -l < spilled.jsonl | tr -d ' ')"
jq -s -c 'map([.k, .t, .id])' in.jsonl > want.json  # jq's sort is stable
expect_eq "$(jq -c 'sort_by(.[0], (.[1] | explode | map(-.))) | map(.[2])' want.json)" \
  "$(jq -s -c 'map(.id)' spilled.jsonl)" "order as jq sorts it"
stats=$("$REAM" --stats=json sort --by=k --memory 1M then head -n 5 < in.jsonl 2>&1 > /dev/null)
expect_eq "30000 5 29995" "$(jq -r '.stages[0] | "\(.in) \(.out) \(.dropped)"' <<< "$stats")"
# The first spills write the oldest quarter of --memory, later ones all
# that is held (plugin.cc): an input over twenty times --memory goes both
# ways, and still sorts as in memory.
awk 'BEGIN { for (i = 0; i < 90000; i++) printf "{\"id\":%d,\"k\":%d,\"t\":\"%c%05d padding\"}\n", i, (i * 7919) % 1000, 65 + (i % 26), (i * 31) % 99991 }' > many.jsonl
"$REAM" sort --by=-k,t --memory 1M < many.jsonl > many-spilled.jsonl
"$REAM" sort --by=-k,t --memory 1G < many.jsonl > many-memory.jsonl
cmp many-spilled.jsonl many-memory.jsonl || fail "a sort of many runs differs from in-memory sort"
expect_eq 90000 "$(wc -l < many-spilled.jsonl | tr -d ' ')"
# A record bigger than --memory (the arena grows for it) and than a run's
# read block (the block grows) sorts as in memory.
awk 'BEGIN { s = "x"; while (length(s) < 2100000) s = s s; print "{\"k\":2,\"t\":\"" s "\"}"
  for (i = 0; i < 3000; i++) printf "{\"k\":%d,\"t\":\"%0500d\"}\n", i % 7, i }' > big.jsonl
"$REAM" sort --by=k,-t --memory 1M < big.jsonl > big-spilled.jsonl
"$REAM" sort --by=k,-t --memory 1G < big.jsonl > big-memory.jsonl
cmp big-spilled.jsonl big-memory.jsonl || fail "a record bigger than --memory sorts differently"
expect_eq 3001 "$(wc -l < big-spilled.jsonl | tr -d ' ')"
