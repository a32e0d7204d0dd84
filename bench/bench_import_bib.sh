#!/bin/bash
# Speed of `ream import` on large BibTeX and RIS files.  Both are
# synthetic: entries made from a fixed word list, with TeX accents, @string
# macros and '#' concatenation in the BibTeX, continuation lines and
# repeated KW tags in the RIS.  Prints size, time and rate for each on one
# core, then -j 1 against -j 2 (wall, CPU, ratio; issue 22); never fails
# on timing, but fails when -j 2's output differs from -j 1's.
#   bench/bench_import_bib.sh [MEGABYTES | --smoke]   (default 50; --smoke: 2, for CI)
set -euo pipefail
cd "$(dirname "$0")/.."
REAM=${REAM:-build/bin/ream}
MB=${1:-50}
[ "$MB" == "--smoke" ] && MB=2
work=$(mktemp -d "${TMPDIR:-/tmp}/ream-bench-import-bib.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 - "$MB" "$work" <<'PY'
import random, sys
random.seed(5)
words = ("learning model language large diffusion graph neural training data reasoning agents vision "
         "transformer scaling reward policy robust efficient sparse attention benchmark evaluation").split()
names = [r"Erd\H{o}s, P{\'a}l", r"M{\"u}ller, J\"{o}rg", r"{\AA}str{\"o}m, Karl", "Knuth, Donald E.",
         r"Ma\v{s}ek, Ji\v{r}\'{\i}", "Smith, John", r"Garc{\'\i}a, Mar{\'\i}a", r"{\O}stergaard, Lars"]
target = int(sys.argv[1]) * 1000 * 1000
def sentence(lo, hi):
    return " ".join(random.choice(words) for _ in range(random.randint(lo, hi)))
with open(f"{sys.argv[2]}/refs.bib", "w") as bib:
    bib.write('@string{conf = "Proceedings of the "}\n@string{jml = {Journal of {M}achine {L}earning}}\n\n')
    size, i = 0, 0
    while size < target:
        authors = " and ".join(random.sample(names, random.randint(1, 4)))
        entry = (f"@inproceedings{{key{i},\n  author = {{{authors}}},\n"
                 f"  title = {{{{{sentence(1, 1).title()}}}: {sentence(5, 10)} --- a {{S}}tudy}},\n"
                 f"  booktitle = conf # {{{sentence(2, 4).title()}}},\n  year = {2000 + i % 25},\n"
                 f"  month = {random.choice(['jan', 'may', 'sep'])},\n  pages = {{{i % 900}--{i % 900 + 12}}},\n"
                 f"  abstract = {{{sentence(80, 160)}}},\n}}\n\n")
        bib.write(entry)
        size += len(entry)
        i += 1
with open(f"{sys.argv[2]}/refs.ris", "w") as ris:
    size, i = 0, 0
    while size < target:
        lines = ["TY  - JOUR"] + [f"AU  - {random.choice(['Smith, John', 'Doe, Jane', 'Roe, R.'])}" for _ in range(3)]
        lines += [f"TI  - {sentence(6, 12)}", f"JF  - Journal of {sentence(2, 3)}", f"PY  - {2000 + i % 25}/05/01/",
                  f"SP  - {i % 900}", f"EP  - {i % 900 + 9}", "KW  - one", "KW  - two",
                  f"AB  - {sentence(40, 80)}", f"  {sentence(40, 80)}", "ER  - ", ""]
        record = "\n".join(lines) + "\n"
        ris.write(record)
        size += len(record)
        i += 1
PY

python3 - "$REAM" "$work" <<'PY'
import os, resource, subprocess, sys, time
ream, work = sys.argv[1], sys.argv[2]
for fmt, name in (("bibtex", "refs.bib"), ("ris", "refs.ris")):
    path = f"{work}/{name}"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    with open(f"{work}/out.jsonl", "wb") as out, open(f"{work}/err.txt", "wb") as err:
        subprocess.run(["taskset", "-c", "0", ream, "import", "--format", fmt, path], stdout=out, stderr=err,
                       check=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    records = sum(1 for _ in open(f"{work}/out.jsonl", "rb"))
    mb = os.path.getsize(path) / 1e6
    print(f"import {fmt}: {mb:.1f} MB, {records} records; wall {wall:.2f} s = {mb / wall:.1f} MB/s; "
          f"cpu {cpu:.2f} s = {mb / cpu:.1f} MB/s")
PY

# -j 1 against -j 2 on the first two cores (issue 22; bench/import_jobs.py).
same=0
for pair in bibtex:refs.bib ris:refs.ris; do
  fmt=${pair%%:*} path=$work/${pair#*:}
  python3 bench/import_jobs.py "$REAM" "$work" "$fmt" --format "$fmt" "$path" || same=1
done
exit $same
