# Exceptions in a plugin become messages and exit codes, never crashes.
source "$(dirname "$0")/common.sh"
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS"
printf '{"a":1}\n' > in.jsonl
check() {  # WHEN HOW STATUS MESSAGE
  local status=0
  "$REAM" throws --when "$1" --how "$2" < in.jsonl > /dev/null 2> err.txt || status=$?
  expect_eq "$3" "$status" "exit status for $1/$2"
  expect_eq "$4" "$(cat err.txt)" "message for $1/$2"
}
check process data 1 "ream: <stdin>:1: throws: the record is wrong"
check process io 4 "ream: <stdin>:1: throws: cannot read the thing"
check process crash 3 "ream: <stdin>:1: throws: something broke"
check create usage 2 "ream: throws: the options are wrong"
check finish crash 3 "ream: throws: something broke"
