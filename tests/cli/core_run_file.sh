# `ream run FILE` runs the pipeline written in FILE, with set lines for
# global options, ${VAR} from the environment and quoted words.
source "$(dirname "$0")/common.sh"
printf '{"a":1}\n{"a":2}\n{"a":3}\n' > in.jsonl
cat > p.ream <<'P'
# first two records, written atomically
set -i "${INPUT}" -o out.jsonl
cat | head \
   -n 2
P
INPUT=in.jsonl "$REAM" run p.ream
expect_eq $'{"a":1}\n{"a":2}' "$(cat out.jsonl)"
# Command-line global options come after the file's, and win.
INPUT=in.jsonl "$REAM" -o other.jsonl run p.ream
expect_eq 2 "$(wc -l < other.jsonl | tr -d ' ')"
