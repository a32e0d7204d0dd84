#!/bin/bash
# Quality of `ream import` on the seed documents (issue 3, "done when"):
# each seed gives exactly its number of records, 000's titles are the
# four in the issue, and no page-furniture line is a title or an abstract
# (nor glued to the front of one).  Prints one line per seed and a score:
# the number of seeds that pass.  Then (issue 15) inputs of no format are
# refused under --format auto: exit 1, no records.  Exits 1 when the seed
# score is below FLOOR or any input is not refused.
#   bench/eval_import.sh [SHARED_DIR]   (default ../shared beside the repo)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-$root/../shared}
REAM=${REAM:-$root/build/bin/ream}
FLOOR=5  # all five seeds; a count that drifts is a regression, not noise

if [ ! -d "$shared/seeds" ]; then
  echo "eval_import: no seeds in $shared; nothing to measure"
  exit 0
fi

python3 - "$REAM" "$shared/seeds" "$FLOOR" <<'PY'
import glob, json, os, re, subprocess, sys
ream, seeds, floor = sys.argv[1], sys.argv[2], int(sys.argv[3])
expected = {"000": 4, "001": 127, "002": 31, "003": 100, "004": 128}
titles_000 = ["Wonder Journey: Going from Anywhere to Everywhere", "Privacy Auditing with One Training Run",
              "WEAK-TO-STRONG GENERALIZATION: ELICITING STRONG CAPABILITIES WITH WEAK SUPERVISION",
              "Scaling Data-Constrained Language Models"]
furniture = re.compile(r"(?i)^(new|subscribe|get trending papers.*|by\S* and the research community|"
                       r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2})$")
glued = re.compile(r"^(Subscribe|new|Get trending papers in your email inbox!?)[A-Z]")
passed = 0
for prefix, count in sorted(expected.items()):
    files = glob.glob(os.path.join(seeds, prefix + "_*.txt"))
    if not files:
        print(f"{prefix}: missing")
        continue
    run = subprocess.run([ream, "--quiet", "import", files[0]], capture_output=True, text=True)
    records = [json.loads(line) for line in run.stdout.splitlines()]
    problems = []
    if run.returncode != 0:
        problems.append(f"exit {run.returncode}: {run.stderr.strip()}")
    if len(records) != count:
        problems.append(f"{len(records)} records, expected {count}")
    for r in records:
        for field in ("title", "abstract"):
            text = r.get(field, "")
            if furniture.match(text) or glued.match(text):
                problems.append(f"furniture as {field}: {text[:60]!r}")
    if prefix == "000" and [r.get("title") for r in records] != titles_000:
        problems.append(f"titles {[r.get('title') for r in records]}")
    if prefix != "000" and any(len(r.get("abstract", "")) < 100 for r in records):
        problems.append("a paper without its abstract paragraph")
    ok = not problems
    passed += ok
    print(f"{prefix}: {len(records)}/{count} records, {'ok' if ok else '; '.join(problems)}")
print(f"eval_import: {passed}/{len(expected)} seeds import exactly (floor {floor})")

# Issue 15: what cannot be read is refused under --format auto, exit 1 and
# no records, never turned into junk.  Inputs built from the formats'
# shapes, not taken from any data set.
import tempfile
refusals = {
    "prose.txt": "A Short Title\n\n" + "This paragraph reads like an abstract and is long enough to be one. " * 5 + "\n",
    "array.json": '[\n  {"id": "a", "kind": "widget", "title": "X", "size": [[2020]]}\n]\n',
    "object.json": '{\n  "status": "ok",\n  "message": {"title": ["X"], "DOI": "10.1000/x"}\n}\n',
    "email.txt": "Hi @alice{ see you at 5 }\nTY  - this is not RIS\n",
    "table.csv": "Title,Speaker,Room\nOpening,Ann,A\n",
}
refused = 0
with tempfile.TemporaryDirectory() as tmp:
    for name, text in refusals.items():
        path = os.path.join(tmp, name)
        with open(path, "w") as f:
            f.write(text)
        run = subprocess.run([ream, "--quiet", "import", path], capture_output=True, text=True)
        ok = run.returncode == 1 and run.stdout == "" and "cannot tell the format" in run.stderr
        refused += ok
        print(f"refuse {name}: {'ok' if ok else f'exit {run.returncode}, {len(run.stdout.splitlines())} records'}")
print(f"eval_import: {refused}/{len(refusals)} unreadable inputs refused (floor {len(refusals)})")
sys.exit(0 if passed >= floor and refused == len(refusals) else 1)
PY
