#!/usr/bin/env python3
"""A corpus of records that cite each other, for tests that compare runs.

Usage: linked_corpus.py RECORDS SEED

Written for ream's tests (no data from elsewhere): each record has a title
of four to eleven words from a small vocabulary, a DOI or an arXiv id or
neither, and an abstract and references that name other records of the
corpus by DOI, arXiv id, URL, exact title, a title with one word dropped,
and itself.  Some ids repeat (duplicates), some records lack a title, and
a few strings are long, so that every path of `cite` and `markdown` meets
real work in every batch.
"""
import json
import random
import sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
words = ("sparse dense graph kernel neural protein citation ranking stream language model models learning "
         "efficient robust adaptive bayesian tensor spectral quantum retrieval index large small deep "
         "network networks inference sampling estimation clustering linear fast exact fuzzy").split()
records = []
for i in range(n):
    title = " ".join(rng.choice(words).capitalize() if k == 0 else rng.choice(words)
                     for k in range(rng.randint(4, 11)))
    rec = {"id": f"r{i}" if rng.random() > 0.02 or i == 0 else f"r{i - 1}", "title": title,
           "year": 2000 + rng.randint(0, 25), "authors": [f"Author {rng.randint(1, 50)}"]}
    kind = rng.random()
    if kind < 0.4:
        rec["doi"] = f"10.{1000 + i % 7}/paper.{seed}.{i}"
    elif kind < 0.7:
        rec["arxiv"] = f"{rng.randint(10, 25):02d}{rng.randint(1, 12):02d}.{i:05d}"
    if rng.random() < 0.05:
        del rec["title"]
    records.append(rec)


def mention(other, rng):
    """One way of naming `other` in text."""
    way = rng.randint(0, 5)
    if way == 0 and "doi" in other:
        return f"doi:{other['doi']}"
    if way == 1 and "arxiv" in other:
        return f"arXiv:{other['arxiv']}"
    if way == 2 and "doi" in other:
        return f"https://doi.org/{other['doi']}."
    if way == 3 and "title" in other:
        return f"as in \"{other['title']}\","
    if way == 4 and "title" in other:
        t = other["title"].split()
        if len(t) > 6:
            del t[rng.randrange(1, len(t) - 1)]
        return " ".join(t)
    return f"see https://example.org/p/{rng.randint(0, 999)}?q=1 and www.lab{rng.randint(0, 9)}.com"


for i, rec in enumerate(records):
    parts = []
    for _ in range(rng.randint(0, 6)):
        parts.append(" ".join(rng.choice(words) for _ in range(rng.randint(3, 12))))
        parts.append(mention(records[rng.randrange(n)] if rng.random() > 0.05 else rec, rng))
    if rng.random() < 0.01:
        parts.append(" ".join(mention(records[rng.randrange(n)], rng) for _ in range(300)))
    rec["abstract"] = " ".join(parts)
    if rng.random() < 0.3:
        rec["references"] = [mention(records[rng.randrange(n)], rng) for _ in range(rng.randint(1, 4))]
    print(json.dumps(rec, ensure_ascii=False))
