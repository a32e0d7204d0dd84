#!/usr/bin/env python3
r"""Checks what pandoc made of ream's exports against the records.

  pandoc_check.py csl RECORDS.jsonl PANDOC_CSL.json KEYS
      pandoc read a BibTeX/BibLaTeX export (-f biblatex -t csljson): every
      record is there under its key (KEYS: one per line, in order), with
      its title and its people's family names.
  pandoc_check.py rendered RECORDS.jsonl RENDERED.txt
      pandoc --citeproc rendered a CSL-JSON export as plain text: every
      record's title and its first author's family name are in it.

Titles are compared as the style and pandoc's reader are entitled to
change them: case folded (sentence or title case), quote marks dropped
(pandoc makes ' and ` curly), braces dropped (unpaired braces are written
\textbraceleft{} and \textbraceright{}, which LaTeX prints and pandoc does
not know: a documented loss), control characters as spaces and white space
collapsed."""
import json
import re
import sys


def text(s):
    s = re.sub(r"[\x00-\x1f\x7f]", " ", s or "").casefold()
    s = re.sub(r"['`\u2018\u2019\u201c\u201d\"{}]", "", s)
    return " ".join(s.split())


def family(name):
    """The family name, as BibTeX and CSL split names (last word, or what
    comes before the first comma), without a particle."""
    if "," in name:
        family = name.split(",")[0].strip()
    else:
        words = name.split()
        family = words[-1] if words else ""
        if family in ("Jr.", "Jr", "Sr.", "III") and len(words) > 2:
            family = words[-2]
    return family.split()[-1] if family.split() else family


def records(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def check_csl(recs, csl_path, keys_path):
    items = {item["id"]: item for item in json.load(open(csl_path, encoding="utf-8"))}
    keys = [k.strip() for k in open(keys_path, encoding="utf-8") if k.strip()]
    problems = []
    for rec, key in zip(recs, keys, strict=True):
        item = items.get(key)
        if item is None:
            problems.append(f"{key}: not read by pandoc")
            continue
        if text(item.get("title")) != text(rec.get("title")):
            problems.append(f"{key}: title {item.get('title')!r} for {rec.get('title')!r}")
        got = [p.get("family") or p.get("literal") for p in item.get("author", [])]
        got = [g for g in got if g != "others"]
        want = [family(a) if ("," in a or len(a.split()) > 1) and " and " not in a else a for a in rec.get("authors", [])]
        if [text(g).split()[-1] if g else "" for g in got] != [text(w).split()[-1] if w else "" for w in want]:
            problems.append(f"{key}: authors {got} for {rec.get('authors')}")
    return problems


def check_rendered(recs, rendered_path):
    rendered = text(open(rendered_path, encoding="utf-8").read())
    problems = []
    for rec in recs:
        if rec.get("title") and text(rec["title"]) not in rendered:
            problems.append(f"title not rendered: {rec['title']!r}")
        if rec.get("authors") and text(family(rec["authors"][0])) not in rendered:
            problems.append(f"first author not rendered: {rec['authors'][0]!r}")
    return problems


def main():
    mode, recs = sys.argv[1], records(sys.argv[2])
    problems = check_csl(recs, sys.argv[3], sys.argv[4]) if mode == "csl" else check_rendered(recs, sys.argv[3])
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
