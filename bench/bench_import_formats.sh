#!/bin/bash
# Speed of `ream import` on the text formats of issue 15 (MEDLINE, CSL-JSON,
# Web of Science, arXiv listing text), on large synthetic files: records made
# from a fixed word list in each format's documented shape (MEDLINE
# continuation lines, FAU/AU pairs, MeSH terms; a pretty-printed CSL-JSON
# array as Zotero writes it; WoS plain text with wrapped fields and cited
# references; arXiv /new listing entries with abstracts), with some
# non-ASCII names.  Prints size, time and rate for each; never fails on timing.
#   bench/bench_import_formats.sh [MEGABYTES | --smoke]   (default 50; --smoke: 2, for CI)
set -euo pipefail
cd "$(dirname "$0")/.."
REAM=${REAM:-build/bin/ream}
MB=${1:-50}
[ "$MB" == "--smoke" ] && MB=2
work=$(mktemp -d "${TMPDIR:-/tmp}/ream-bench-import-formats.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 - "$MB" "$work" <<'PY'
import json, random, sys, textwrap
random.seed(15)
words = ("learning model language large diffusion graph neural training data reasoning agents vision "
         "transformer scaling reward policy robust efficient sparse attention benchmark evaluation").split()
people = [("Øverland", "Ingrid"), ("Müller", "Jörg"), ("Smith", "John A"), ("Nguyen", "Thị Minh"),
          ("García", "María"), ("Knuth", "Donald E"), ("Doe", "Jane")]
target = int(sys.argv[1]) * 1000 * 1000
def sentence(lo, hi):
    return " ".join(random.choice(words) for _ in range(random.randint(lo, hi)))
def wrapped(tag, value):
    lines = textwrap.wrap(value, 82)
    return f"{tag:<4}- {lines[0]}\n" + "".join(f"      {l}\n" for l in lines[1:])
with open(f"{sys.argv[2]}/big.nbib", "w") as out:
    size, i = 0, 0
    while size < target:
        r = f"PMID- {30000000 + i}\nOWN - NLM\nSTAT- MEDLINE\nDCOM- 20200115\nIS  - 1234-5678 (Electronic)\n"
        r += f"VI  - {i % 90}\nIP  - {i % 12}\nDP  - {2000 + i % 25} {random.choice(['Jan', 'May', 'Sep'])} {1 + i % 28}\n"
        r += wrapped("TI", sentence(8, 16).capitalize() + ".")
        r += f"PG  - {100 + i % 900}-{(i % 900 + 12) % 100}\nLID - 10.1000/j.x.{i} [doi]\n"
        r += wrapped("AB", "BACKGROUND: " + sentence(30, 60) + ". METHODS: " + sentence(40, 80) +
                     ". RESULTS: " + sentence(40, 80) + ".")
        for family, given in random.sample(people, random.randint(2, 6)):
            r += f"FAU - {family}, {given}\nAU  - {family} {given[0]}\nAD  - Department of {sentence(2, 3)}.\n"
        r += "LA  - eng\nPT  - Journal Article\nTA  - J Mach Learn\nJT  - Journal of machine learning\n"
        r += "".join(f"MH  - *{sentence(1, 3).title()}/methods\n" for _ in range(random.randint(3, 10)))
        r += f"AID - 10.1000/j.x.{i} [doi]\nPST - ppublish\n"
        r += f"SO  - J Mach Learn. 2020;{i % 90}({i % 12}):100-12. doi: 10.1000/j.x.{i}.\n\n"
        out.write(r)
        size += len(r.encode())
        i += 1
with open(f"{sys.argv[2]}/big.json", "w") as out:
    out.write("[\n")
    size, i = 0, 0
    while size < target:
        item = {"id": f"http://zotero.org/users/local/abc/items/I{i:07d}", "type": "article-journal",
                "abstract": sentence(100, 200) + ".", "container-title": "Journal of " + sentence(2, 3).title(),
                "DOI": f"10.1000/j.x.{i}", "issue": str(i % 12), "page": f"{i % 900}-{i % 900 + 12}",
                "title": sentence(6, 12).capitalize(), "volume": str(i % 90),
                "author": [{"family": f, "given": g} for f, g in random.sample(people, random.randint(1, 5))],
                "issued": {"date-parts": [[str(2000 + i % 25), 1 + i % 12, 1 + i % 28]]},
                "keyword": ", ".join(sentence(1, 2) for _ in range(4))}
        text = ("" if i == 0 else ",\n") + json.dumps(item, ensure_ascii=False, indent="\t")
        out.write(text)
        size += len(text.encode())
        i += 1
    out.write("\n]\n")
with open(f"{sys.argv[2]}/big.wos.txt", "w") as out:
    out.write("FN Clarivate Analytics Web of Science\nVR 1.0\n")
    size, i = 0, 0
    while size < target:
        who = random.sample(people, random.randint(2, 6))
        r = "PT J\nAU " + "\n   ".join(f"{f}, {g[0]}" for f, g in who) + "\n"
        r += "AF " + "\n   ".join(f"{f}, {g}" for f, g in who) + "\n"
        r += "TI " + "\n   ".join(textwrap.wrap(sentence(8, 16), 70)) + "\n"
        r += f"SO JOURNAL OF {sentence(2, 3).upper()}\nLA English\nDT Article\n"
        r += "DE " + "; ".join(sentence(1, 2) for _ in range(4)) + "\n"
        r += "AB " + "\n   ".join(textwrap.wrap(sentence(120, 220) + ".", 70)) + "\n"
        r += "CR " + "\n   ".join(f"{random.choice(people)[0]} {random.choice('ABCJ')}, {1990 + k}, J {sentence(1, 2).upper()}, "
                                   f"V{k}, P{k * 7}, DOI 10.1000/ref.{i}.{k}" for k in range(random.randint(5, 30))) + "\n"
        r += f"NR 12\nTC 3\nPU PUBLISHER\nJ9 J {sentence(1, 1).upper()}\nPD MAR 15\nPY {2000 + i % 25}\nVL {i % 90}\n"
        r += f"IS {i % 12}\nBP {100 + i % 900}\nEP {112 + i % 900}\nDI 10.1000/j.w.{i}\nUT WOS:{i:015d}\nER\n\n"
        out.write(r)
        size += len(r.encode())
        i += 1
    out.write("EF\n")
with open(f"{sys.argv[2]}/big.arxiv.txt", "w") as out:
    out.write("Computation and Language\nShowing new listings for Friday, 2 February 2024\n"
              "New submissions (showing many of many entries)\n")
    size, i = 0, 0
    while size < target:
        who = random.sample(people, random.randint(1, 6))
        r = f"[{i + 1}]  arXiv:24{1 + i % 12:02d}.{i % 99999:05d} [pdf, html, other]\n"
        r += f"Title: {sentence(6, 12).capitalize()}\nAuthors: " + ", ".join(f"{g} {f}" for f, g in who) + "\n"
        r += f"Comments: {random.randint(5, 40)} pages\nSubjects: Computation and Language (cs.CL); Machine Learning (cs.LG)\n"
        r += sentence(80, 160) + ".\n"
        out.write(r)
        size += len(r.encode())
        i += 1
PY

python3 - "$REAM" "$work" <<'PY'
import os, resource, subprocess, sys, time
ream, work = sys.argv[1], sys.argv[2]
for fmt, name in (("medline", "big.nbib"), ("csl-json", "big.json"), ("wos", "big.wos.txt"), ("arxiv", "big.arxiv.txt")):
    path = f"{work}/{name}"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    with open(f"{work}/out.jsonl", "wb") as out, open(f"{work}/err.txt", "wb") as err:
        subprocess.run(["taskset", "-c", "0", ream, "import", path], stdout=out, stderr=err, check=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    records = sum(1 for _ in open(f"{work}/out.jsonl", "rb"))
    mb = os.path.getsize(path) / 1e6
    print(f"import {fmt}: {mb:.1f} MB, {records} records; wall {wall:.2f} s = {mb / wall:.1f} MB/s; "
          f"cpu {cpu:.2f} s = {mb / cpu:.1f} MB/s")
PY
