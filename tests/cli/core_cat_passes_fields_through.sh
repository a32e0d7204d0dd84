# Fields a stage does not touch keep their bytes and their order.
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"z":0.50,"title":"caf\u00e9","big":123456789012345678901234567890,"n":[1, 2],"x":{"k":null}}' > in.jsonl
expect_eq "$(cat in.jsonl)" "$("$REAM" cat < in.jsonl)"
