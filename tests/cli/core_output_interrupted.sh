# A run killed by SIGTERM while writing -o removes its temporary file and
# leaves the previous output untouched.
source "$(dirname "$0")/common.sh"
echo "yesterday" > result.jsonl
mkfifo feed
"$REAM" -o result.jsonl cat < feed &
pid=$!
exec 3> feed
for i in $(seq 1 2000); do echo '{"a":1}' >&3; done
sleep 0.5
expect_contains "$(ls -A)" ".result.jsonl.ream-" "temporary file while running"
kill -TERM "$pid"
wait "$pid" || true
exec 3>&-
expect_eq "yesterday" "$(cat result.jsonl)"
expect_eq "" "$(ls -A | grep ream- || true)" "temporary files left"
