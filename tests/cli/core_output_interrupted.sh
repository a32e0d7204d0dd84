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
kill -TERM "$pid"
wait "$pid" || true
exec 3>&-
expect_eq "yesterday" "$(cat result.jsonl)"
expect_eq "" "$(ls -A | grep ream- || true)" "temporary files left"
# Not even SIGKILL leaves a temporary file where the filesystem has
# O_TMPFILE (the file has no name until it is complete).
mkfifo feed2
"$REAM" -o result.jsonl cat < feed2 &
pid=$!
exec 3> feed2
for i in $(seq 1 2000); do echo '{"a":1}' >&3; done
sleep 0.5
kill -KILL "$pid"
wait "$pid" || true
exec 3>&-
expect_eq "yesterday" "$(cat result.jsonl)"
python3 -c 'import os, sys; os.close(os.open(".", os.O_TMPFILE | os.O_WRONLY, 0o600))' 2>/dev/null || exit 0
expect_eq "" "$(ls -A | grep ream- || true)" "temporary files left by SIGKILL"
