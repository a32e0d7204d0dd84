# A stage may emit a record as its JSON text (ream_host.emit_json, ABI
# 1.6; the test plugin gen --text): the output is what emitting the record
# writes, at every -j, whether the text is written as it is (the last
# stage, sealed text) or made a record for a later stage; text the host did
# not seal is checked and written as the host writes records; the origin
# given reaches a later stage's messages; --stats counts the records out;
# text that is not a JSON object is a data error at the place given.
source "$(dirname "$0")/common.sh"
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS:$REAM_TEST_PLUGINS/misbehave"

expected=$("$REAM" gen -n 2000)
expect_eq '{"id":"gen:2000","n":2000}' "$(echo "$expected" | tail -n 1)"
for how in sealed spaced; do
  for j in 1 2 7; do
    expect_eq "$expected" "$("$REAM" -j "$j" gen -n 2000 --text "$how")" "$how -j $j"
    expect_eq "$expected" "$("$REAM" -j "$j" gen -n 2000 --text "$how" then cat)" "$how then cat -j $j"
    expect_eq "$(echo "$expected" | head -n 5)" "$("$REAM" -j "$j" gen -n 2000 --text "$how" then head -n 5)" \
      "$how then head -j $j"
  done
done

"$REAM" --stats gen -n 4 --text sealed 2> err.txt > /dev/null
expect_contains "$(cat err.txt)" "ream: stats: gen                   0          4          0          0          0"

status=0
"$REAM" gen -n 3 --text sealed then set action=fail then misbehave > /dev/null 2> err.txt || status=$?
expect_eq 3 "$status"
expect_eq "ream: gen:1: misbehave: the plugin failed without a message (status 3)" "$(cat err.txt)"

for j in 1 2; do
  status=0
  "$REAM" -j "$j" gen -n 3 --text broken > out.jsonl 2> err.txt || status=$?
  expect_eq 1 "$status"
  expect_eq "ream: gen:3: gen: invalid JSON at byte 20: incomplete JSON" "$(cat err.txt)"
  expect_eq "$(echo "$expected" | head -n 2)" "$(cat out.jsonl)"
done
