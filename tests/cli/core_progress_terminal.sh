# On a terminal, stderr gets a progress line redrawn in place (and a final
# one); stdout never does.  Not on a pipe, unless --progress; never with -q.
source "$(dirname "$0")/common.sh"
python3 -c 'import sys; [sys.stdout.write("{\"n\":%d}\n" % i) for i in range(5000)]' > in.jsonl
run_on_pty() {  # ARGS...: runs ream with stderr on a pseudo-terminal; prints what it showed
  python3 - "$REAM" "$@" <<'PY'
import os, pty, subprocess, sys
master, slave = pty.openpty()
with open("in.jsonl", "rb") as inp, open("out.jsonl", "wb") as out:
    p = subprocess.Popen(sys.argv[1:], stdin=inp, stdout=out, stderr=slave)
os.close(slave)
shown = b""
while True:
    try:
        chunk = os.read(master, 4096)
    except OSError:
        break
    if not chunk:
        break
    shown += chunk
p.wait()
sys.stdout.write(shown.decode())
PY
}
shown=$(run_on_pty cat)
expect_contains "$shown" $'\r\e[Kream: 5000 records, ' "progress line on the terminal"
expect_eq 5000 "$(wc -l < out.jsonl | tr -d ' ')"
grep -q 'records' out.jsonl && fail "progress leaked into stdout"
expect_eq "" "$(run_on_pty -q cat)" "--quiet on a terminal"
expect_eq "" "$("$REAM" cat < in.jsonl 2>&1 >/dev/null)" "stderr on a pipe"
expect_contains "$("$REAM" --progress cat < in.jsonl 2>&1 >/dev/null)" "ream: 5000 records, " "--progress on a pipe"
