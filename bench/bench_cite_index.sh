#!/usr/bin/env bash
# cite's distributed steps alone, the two ways a link task can read the
# index: the keys as JSON Lines (`cite --index keys.jsonl`, each task parses
# and builds the whole index) and the binary index built once (`cite
# --build-index`, each task maps it).  A generated corpus (gen_corpus.py
# --no-gold: ids unique) is cut into PARTS parts by line, read through a
# pipe (no copies of the parts are written); per step the CPU time (user +
# sys) and the peak memory of each ream process (time(1)), and whether the
# two ways give the same records (md5).  A link task's peak counts the
# pages of the mapped index it touched: file-backed, one copy per machine.
# A benchmark only: it never fails on timing.  Scratch: the keys and the
# index (about 530 bytes a record) under SCRATCH (default $TMPDIR, else
# /tmp), in a directory of its own removed on exit.
#   N=1000000 PARTS=4 bench/bench_cite_index.sh [SHARED_DIR]
n=${N:-200000}
[ -n "${1:-}" ] && SHARED=$1
source "$(dirname "$0")/common.sh"
parts=${PARTS:-4}
corpus_file=$(corpus "$n" --no-gold)
dir=$(mktemp -d "${SCRATCH:-${TMPDIR:-/tmp}}/bench-cite-index.XXXXXX")
trap 'rm -rf "$dir"' EXIT
lines=$(wc -l < "$corpus_file")
per=$(((lines + parts - 1) / parts))
part() { sed -n "$(($1 * per + 1)),$((($1 + 1) * per))p" "$corpus_file"; }
measure() {  # measure NAME CMD...: CPU s and peak MB of CMD, stdin and stdout passed
  local out
  out=$(mktemp "$dir/time.XXXXXX")
  /usr/bin/time -o "$out" -f '%U %S %M' "${@:2}"
  awk -v name="$1" '{ printf "%-22s %8.2f %8.1f\n", name, $1 + $2, $3 / 1024 }' "$out" >&2
}
echo "records: $lines in $parts parts; $(nproc) cores" >&2
printf '%-22s %8s %8s\n' step "cpu s" "rss MB" >&2
for ((k = 0; k < parts; k++)); do
  part "$k" | measure "keys $k" "$REAM" -q select id,title,arxiv,doi,isbn,url >> "$dir/keys.jsonl"
done
measure "build-index" "$REAM" -q -i "$dir/keys.jsonl" cite --build-index "$dir/index.bin" > /dev/null
echo "index: $(stat -c %s "$dir/keys.jsonl") bytes of keys, $(stat -c %s "$dir/index.bin") bytes binary" >&2
for ((k = 0; k < parts; k++)); do
  json=$(part "$k" | measure "link json $k" "$REAM" -q cite --index "$dir/keys.jsonl" | md5sum)
  binary=$(part "$k" | measure "link binary $k" "$REAM" -q cite --index "$dir/index.bin" | md5sum)
  [ "$json" == "$binary" ] || echo "part $k: the two ways differ" >&2
done
