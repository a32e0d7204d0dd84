#!/usr/bin/env python3
"""Writes N paper records for the keywords tests: generate.py N [SEED].

The keyword tests need more records than a batch (1,024) and a vocabulary
whose words are shared unevenly between records, so that document
frequencies differ from word to word and a table counted from part of the
stream would rank differently.  The words are made up here from syllables
(no text is copied), a few topic words recur in many records, and some
records carry what a stage must leave alone: unknown nested fields, a
`keywords` field of their own, no abstract, non-ASCII words.
"""
import json
import random
import sys

n = int(sys.argv[1])
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)

syllables = ["ka", "lo", "mer", "tis", "van", "dro", "pel", "qui", "sor", "nat", "bel", "gra", "fen", "ox", "tru"]
suffixes = ["", "", "ion", "ity", "ment", "al", "ive", "ing", "s", "ness", "ics"]


def word():
    return "".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) + rng.choice(suffixes)


vocabulary = [word() for _ in range(3000)]
topics = [word() for _ in range(40)]  # words that many records share
glue = ["of", "the", "for", "in", "and", "we", "with", "a", "to", "is", "are", "this", "on", "by", "which"]
accented = ["réseau", "Zürich", "naïve", "Ångström", "façade"]


def phrase(length):
    words = []
    for _ in range(length):
        pick = rng.random()
        words.append(rng.choice(topics) if pick < 0.25 else rng.choice(accented) if pick < 0.27 else
                     rng.choice(vocabulary))
    return words


def sentence():
    parts = []
    for _ in range(rng.randint(2, 5)):
        parts += phrase(rng.randint(1, 4)) + [rng.choice(glue)]
    text = " ".join(parts[:-1])
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", ";", ", 12 and"])


for i in range(n):
    rec = {"id": f"t{i}", "title": " ".join(w.capitalize() for w in phrase(rng.randint(3, 9)))}
    if rng.random() > 0.05:
        rec["abstract"] = " ".join(sentence() for _ in range(rng.randint(2, 7)))
    if rng.random() < 0.1:
        rec["x_extra"] = {"nested": [i, {"deep": "ü"}], "null": None, "flag": i % 2 == 0}
    if rng.random() < 0.05:
        rec["keywords"] = [" ".join(phrase(2))]
    print(json.dumps(rec, ensure_ascii=rng.random() < 0.5))
