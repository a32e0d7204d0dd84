#!/bin/bash
# Speed of `ream import` on a large hf-papers dump (issue 3: >= 50 MB/s on
# one core; issue 22: -j 2 >= 1.7x the wall speed of -j 1).  The dump is
# synthetic: furniture, a date line, then title and abstract lines made
# from a fixed word list, about 100 MB by default.  Prints the size, the
# time and the rate on one core, then -j 1 against -j 2 (wall, CPU, the
# ratio, and whether the outputs are the same bytes); never fails on
# timing, but fails when -j 2's output differs.
#   bench/bench_import.sh [MEGABYTES | --smoke]   (--smoke: 5 MB, for CI)
set -euo pipefail
cd "$(dirname "$0")/.."
REAM=${REAM:-build/bin/ream}
MB=${1:-100}
[ "$MB" == "--smoke" ] && MB=5
work=$(mktemp -d "${TMPDIR:-/tmp}/ream-bench-import.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 - "$MB" > "$work/dump.txt" <<'PY'
import random, sys
random.seed(3)
words = ("learning model language large diffusion graph neural training data reasoning agents vision "
         "transformer scaling reward policy robust efficient sparse attention benchmark evaluation "
         "generalization representation alignment supervision inference latent retrieval").split()
target = int(sys.argv[1]) * 1000 * 1000
out = ["new", "", "Get trending papers in your email inbox!", "", "Subscribe", "",
       "byAK and the research community", "", "Mar 14", ""]
size = 0
chunk = []
while size < target:
    title = " ".join(random.choice(words) for _ in range(random.randint(6, 12))).title()
    sentences = []
    for _ in range(random.randint(6, 12)):
        s = " ".join(random.choice(words) for _ in range(random.randint(10, 25)))
        sentences.append(s[0].upper() + s[1:] + ".")
    abstract = " ".join(sentences)
    chunk.append(title + "\n\n" + abstract + "\n\n")
    size += len(chunk[-1])
sys.stdout.write("\n".join(out) + "\n" + "".join(chunk))
PY

bytes=$(stat -c %s "$work/dump.txt")
# One core (taskset), output to a file; warnings (titles the random words
# happen to repeat) go to their own file.  Wall time and CPU time are both
# printed: on a shared machine the CPU time is the steadier figure.
python3 - "$REAM" "$work" "$bytes" <<'PY'
import resource, subprocess, sys, time
ream, work, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
start = time.monotonic()
with open(f"{work}/out.jsonl", "wb") as out, open(f"{work}/err.txt", "wb") as err:
    subprocess.run(["taskset", "-c", "0", ream, "import", f"{work}/dump.txt"], stdout=out, stderr=err, check=True)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
records = sum(1 for _ in open(f"{work}/out.jsonl", "rb"))
mb = size / 1e6
print(f"import hf-papers: {mb:.1f} MB, {records} records; wall {wall:.2f} s = {mb / wall:.1f} MB/s; "
      f"cpu {cpu:.2f} s = {mb / cpu:.1f} MB/s")
PY

# -j 1 against -j 2 on the first two cores (issue 22; bench/import_jobs.py).
# On a loaded machine the wall ratio says little; run it on a quiet one.
python3 bench/import_jobs.py "$REAM" "$work" hf-papers "$work/dump.txt"
