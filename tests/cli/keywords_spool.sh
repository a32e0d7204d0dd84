# Without --df and with --memory 0, records wait on disk for the table: while
# the input is still open, the spool (an unnamed temporary file, so no
# exit, not even SIGKILL, can leave it behind) holds at least every
# record counted so far.  Input that ends in a malformed line stops the
# run with its line and writes nothing.
source "$(dirname "$0")/common.sh"
python3 "$REAM_SOURCE/tests/data/keywords/generate.py" 6000 3 > corpus.jsonl
# The spool is filled a batch (1,024 records) at a time through a 1 MB buffer.
counted=$("$REAM" cat < corpus.jsonl | head -n 5120 | wc -c)
need=$((counted - 1048576))
mkfifo input.fifo
"$REAM" keywords --memory 0 < input.fifo > out.jsonl 2> err.txt &
pid=$!
exec 3> input.fifo
cat corpus.jsonl >&3
spool="" size=0
for _ in $(seq 200); do
  for fd in /proc/"$pid"/fd/*; do
    case "$(readlink "$fd" 2> /dev/null)" in *" (deleted)") spool=$fd ;; esac
  done
  [ -n "$spool" ] && size=$(stat -L -c %s "$spool" 2> /dev/null || echo 0)
  [ "$size" -ge "$need" ] && break
  sleep 0.1
done
[ -n "$spool" ] || fail "no unnamed temporary file open while the input is read"
[ "$size" -ge "$need" ] || fail "spool holds $size bytes, expected at least $need"
expect_eq 0 "$(wc -c < out.jsonl | tr -d ' ')" "records written before the input ended"
kill -9 "$pid"
exec 3>&-
wait "$pid" 2> /dev/null || true
[ -e "/proc/$pid" ] && fail "ream still running"

# A malformed last line: exit 1 with its line, no record written.
{ cat corpus.jsonl; echo '{"id": broken'; } > bad.jsonl
expect_status 1 "$REAM" keywords < bad.jsonl
err=$("$REAM" keywords < bad.jsonl 2>&1 > out.jsonl || true)
expect_contains "$err" ":6001:"
expect_eq 0 "$(wc -c < out.jsonl | tr -d ' ')" "records written before the error"
