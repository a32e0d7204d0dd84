#!/usr/bin/env python3
"""A small corpus of paper records for the distributed tests, written for
ream: seeded, so every run and every machine gets the same bytes.

Records have titles, authors, abstracts, some DOIs and arXiv ids; some
abstracts cite other records by DOI, arXiv id or quoted title, and some
papers come again (the same DOI, the same title with other case and
punctuation, a preprint of a journal paper), so that import's id claims,
cite's links and dedupe's clusters all cross the parts.

usage: gen_records.py COUNT SEED
"""
import json
import random
import sys

WORDS = ("graph neural network molecular property prediction sparse attention transformer protein folding "
         "language model retrieval augmented generation diffusion image synthesis reinforcement learning "
         "policy gradient convex optimisation federated privacy quantum circuit compilation causal inference "
         "survival analysis climate downscaling seismic inversion").split()
NAMES = ("Ada Okafor", "Wei Zhang", "Lena Müller", "Kenji Sato", "Priya Nair", "José Álvarez", "Maria Rossi",
         "Omar Haddad", "Ingrid Berg", "Tunde Bello")


def title(rng):
    words = rng.sample(WORDS, rng.randint(4, 8))
    return " ".join(words).capitalize()


def main():
    count, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    made = []
    for i in range(count):
        if made and rng.random() < 0.15:
            # The same paper again, as another file would list it.
            rec = dict(rng.choice(made))
            rec.pop("id", None)
            if rng.random() < 0.5:
                rec["title"] = rec["title"].upper() + "."
            made.append(rec)
            print(json.dumps(rec, ensure_ascii=False))
            continue
        rec = {"title": title(rng), "authors": rng.sample(NAMES, rng.randint(1, 4)), "year": 2015 + rng.randint(0, 10)}
        if rng.random() < 0.5:
            rec["doi"] = f"10.{1000 + seed}/p{i}"
        if rng.random() < 0.3:
            rec["arxiv"] = f"{2301 + rng.randint(0, 11)}.{10000 + i:05d}"
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60))) + "."
        if made and rng.random() < 0.4:
            cited = rng.choice(made)
            if "doi" in cited:
                text += f" We build on doi:{cited['doi']}."
            elif "arxiv" in cited:
                text += f" We extend arXiv:{cited['arxiv']}."
            else:
                text += f' As in "{cited["title"]}", we compare.'
        rec["abstract"] = text
        made.append(rec)
        print(json.dumps(rec, ensure_ascii=False))


main()
