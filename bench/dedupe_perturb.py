#!/usr/bin/env python3
"""Copies of a dedupe gold set's records as other exports would write them.

Usage: bench/dedupe_perturb.py GOLD.jsonl [--seed S] [--share F] > OUT.jsonl

Issue 4's bars are also checked on sets that are not in ../shared, so a
figure measured on one set's formatting says little by itself.  This script
writes every record of GOLD unchanged and, for a share F of them (0.5 by
default), a second copy in the same gold cluster with two changes of the
kinds that real exports and citation styles make: the title in capitals,
with a trailing full stop or a bracketed language note; one pair of
neighbouring letters swapped in a long title word; authors as an array of
"First Last" names or cut to two names and "et al."; pages abbreviated
with an en dash ("1234-1256" -> "1234–56") or dropped; the year as a
number; the venue dropped; the DOI as a resolver URL, with "doi:" and a
full stop, or with MEDLINE's "[doi]" tag; British spelling ("haemolytic",
"randomised"); a word in <i> markup and "&amp;" for "and"; Greek letters
for their spelled-out names.  None of these changes makes two papers one, so
a matcher that generalises keeps its precision and finds most copies;
scored with score_dedupe.py as usual.  The changes are seeded: the same
seed gives the same file.
"""
import argparse
import json
import random
import re


def capitals(r, rng):
    if r.get("title"):
        r["title"] = r["title"].upper()


def full_stop(r, rng):
    if r.get("title"):
        r["title"] = r["title"].rstrip(". ") + "."


def language_note(r, rng):
    if r.get("title"):
        r["title"] = r["title"] + " [" + rng.choice(["German", "French", "Chinese", "Spanish"]) + "]"


def swapped_letters(r, rng):
    words = (r.get("title") or "").split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
    if not long_words:
        return
    i = rng.choice(long_words)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    r["title"] = " ".join(words)


def names_of(authors):
    if isinstance(authors, list):
        return authors
    return [n.strip() for n in re.split(r"\s+and\s+", authors or "") if n.strip()]


CORPORATE = re.compile(r",\s*(Inc|Ltd|LLC|GmbH|AG|SA|Corp)\.?$")


def first_last(r, rng):
    names = names_of(r.get("authors"))
    if not names or not all(n.count(",") == 1 and "et al" not in n and not CORPORATE.search(n) for n in names):
        return  # only "Last, First" names can be turned around safely
    r["authors"] = [" ".join(reversed([p.strip() for p in n.split(",")])) for n in names]


def et_al(r, rng):
    names = names_of(r.get("authors"))
    if len(names) > 3:
        r["authors"] = " and ".join(names[:2]) + " et al."


def short_pages(r, rng):
    m = re.fullmatch(r"(\d+)\s*-+\s*(\d+)", str(r.get("pages") or ""))
    if m and len(m.group(1)) == len(m.group(2)) >= 3 and m.group(1)[:-2] == m.group(2)[:-2]:
        r["pages"] = m.group(1) + "\u2013" + m.group(2)[-2:]


def no_pages(r, rng):
    r.pop("pages", None)


def year_number(r, rng):
    if str(r.get("year", "")).isdigit():
        r["year"] = int(r["year"])


def no_venue(r, rng):
    r.pop("venue", None)


BRITISH = [(r"\bhem", "haem"), (r"emia\b", "aemia"), (r"\bped(?=iatr)", "paed"), (r"\bedema", "oedema"),
           (r"\besophag", "oesophag"), (r"iz(e|ed|es|ing|ation)\b", r"is\1"), (r"\btumor", "tumour"),
           (r"\bcenter", "centre"), (r"\bbehavior", "behaviour"), (r"\bfetal", "foetal")]


def british(r, rng):
    title = r.get("title") or ""
    for pattern, replacement in BRITISH:
        title = re.sub(pattern, replacement, title, flags=re.IGNORECASE)
    if title:
        r["title"] = title


def markup(r, rng):
    words = (r.get("title") or "").split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if long_words:
        i = rng.choice(long_words)
        words[i] = "<i>" + words[i] + "</i>"
        r["title"] = " ".join(words).replace(" and ", " &amp; ", 1)


def greek(r, rng):
    if r.get("title"):
        r["title"] = re.sub(r"(?i)-?\b(alpha|beta|gamma|kappa)\b",
                            lambda m: "-" + {"alpha": "\u03b1", "beta": "\u03b2", "gamma": "\u03b3",
                                             "kappa": "\u03ba"}[m.group(1).lower()], r["title"])


def doi_styled(r, rng):
    if r.get("doi"):
        r["doi"] = rng.choice(["https://doi.org/{}", "doi: {}.", "{} [doi]"]).format(r["doi"].upper())


CHANGES = [capitals, full_stop, language_note, swapped_letters, first_last, et_al,
           short_pages, no_pages, year_number, no_venue, doi_styled,
           british, markup, greek]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--share", type=float, default=0.5)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with open(args.gold) as f:
        for line in f:
            record = json.loads(line)
            print(json.dumps(record))
            if rng.random() >= args.share:
                continue
            copy = dict(record)
            copy["id"] = str(record["id"]) + "~copy"
            for change in rng.sample(CHANGES, 2):
                change(copy, rng)
            print(json.dumps(copy))


if __name__ == "__main__":
    main()
