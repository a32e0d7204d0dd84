#!/usr/bin/env python3
"""A generated corpus of paper records with duplicates, for dedupe's tests.

usage: make_corpus.py N [SEED] > corpus.jsonl

N distinct papers, each written once or several times the ways exports
differ: title case and punctuation, "Last, F." against "First Last",
a year or the pages missing, the venue abbreviated, an arXiv id or a DOI
on some copies only.  Among them the cases that make dedupe's decisions
depend on more than one pair: look-alike titles that fill blocks, numbered
parts, errata of a paper, two papers sharing one DOI (a conflict), a
conference and a journal version a year apart, and abstracts.  The same N
and SEED give the same bytes, so tests can compare runs; the records are
shuffled so that copies of a paper lie far apart, across batches.
"""
import json
import random
import sys

WORDS = ("learning neural graph sparse attention protein folding census benchmark "
         "robust estimation bayesian inference transformer language model retrieval "
         "quantum error correction stochastic gradient descent causal discovery "
         "federated privacy molecular dynamics climate ensemble forecasting").split()
FIRST = ["Ana", "Bernd", "Chen", "Dmitri", "Eva", "François", "Grace", "Hiro", "Ines", "Jonas", "Kofi", "Łukasz"]
LAST = ["Stahl", "Okafor", "Nguyen", "Müller", "Silva", "Ivanova", "Haddad", "Patel", "Kowalski", "Dubois"]
VENUES = [("Proceedings of the International Conference on Machine Learning", "ICML"),
          ("Journal of Molecular Biology", "J. Mol. Biol."),
          ("Advances in Neural Information Processing Systems", "NeurIPS"),
          ("Nature", "Nat.")]


def paper(rng, k):
    words = rng.sample(WORDS, rng.randint(4, 9))
    title = " ".join(words).capitalize()
    if k % 17 == 0:
        title = "On " + title + ", part " + str(1 + k % 3)  # numbered siblings
    authors = [(rng.choice(FIRST), rng.choice(LAST)) for _ in range(rng.randint(1, 5))]
    venue = rng.choice(VENUES)
    first_page = rng.randint(1, 900)
    p = {"title": title, "authors": authors, "year": rng.randint(1995, 2024), "venue": venue,
         "volume": str(rng.randint(1, 60)), "pages": (first_page, first_page + rng.randint(5, 20))}
    if k % 5 == 0:
        p["doi"] = "10.%d/gen.%d" % (1000 + k % 7, k)
    if k % 7 == 0:
        p["arxiv"] = "%02d%02d.%05d" % (10 + k % 14, 1 + k % 12, k)
    if k % 3 == 0:
        p["abstract"] = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60))) + "."
    return p


def copy_of(rng, p, n):
    """One record of paper p, written as one of several exports would."""
    style = rng.randrange(4)
    title = p["title"]
    if style == 1:
        title = title.upper()
    elif style == 2:
        title = title + "."
    elif style == 3:
        title = "{" + title + "}"
    if style % 2:
        authors = " and ".join("%s, %s." % (last, first[0]) for first, last in p["authors"])
    else:
        authors = ["%s %s" % (first, last) for first, last in p["authors"]]
    rec = {"id": "g%d.%d" % (p["k"], n), "title": title, "authors": authors}
    if rng.random() < 0.85:
        rec["year"] = p["year"] if style != 3 else str(p["year"])
    rec["venue" if style < 2 else "journal"] = p["venue"][style % 2]
    if rng.random() < 0.6:
        rec["volume"] = p["volume"]
        rec["pages"] = "%d--%d" % p["pages"] if style % 2 else "pp. %d-%d" % p["pages"]
    for key in ("doi", "arxiv", "abstract"):
        if key in p and rng.random() < 0.7:
            rec[key] = p[key]
    if rng.random() < 0.1:
        rec["note"] = "unknown fields pass through"
    return rec


def main():
    n = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    records = []
    for k in range(n):
        p = paper(rng, k)
        p["k"] = k
        for c in range(rng.choice([1, 1, 1, 2, 3, 5])):
            records.append(copy_of(rng, p, c))
        if k % 29 == 0:  # an erratum of it
            e = copy_of(rng, p, 90)
            e["title"] = "Erratum: " + p["title"]
            records.append(e)
        if k % 31 == 0 and "doi" in p:  # another paper given its DOI: a conflict
            other = paper(rng, k + n)
            records.append({"id": "clash%d" % k, "title": other["title"], "doi": p["doi"], "year": p["year"]})
        if k % 37 == 0:  # the journal version a year later, same title
            j = copy_of(rng, p, 91)
            j.pop("doi", None)
            j.pop("arxiv", None)
            j["year"] = p["year"] + 1
            j["volume"] = str(int(p["volume"]) + 1)
            records.append(j)
    rng.shuffle(records)
    for r in records:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
