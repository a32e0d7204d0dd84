# A distributed dedupe writes what one process writes on generated corpora
# from three seeds: papers cited several times with the variations that
# real reference lists show (case, punctuation, name order, initials,
# abbreviated venues, dropped subtitles, missing fields, a year off by
# one, identifiers on some copies only), among look-alike titles.
source "$(dirname "$0")/common.sh"
source "$REAM_SOURCE/tests/cli/dedupe_distributed_common.sh"
generate() {
  python3 - "$1" <<'PY'
import json, random, sys
rnd = random.Random(int(sys.argv[1]))
words = ("learning graph neural networks robust bayesian inference sparse models deep attention "
         "transformer citation matching record linkage entity resolution survey large scale "
         "efficient adaptive online optimisation convex kernel methods stochastic variational").split()
surnames = "smith garcia nguyen muller rossi kowalski tanaka okafor silva johansson lee chen".split()
venues = [("Journal of Machine Learning Research", "J. Mach. Learn. Res."),
          ("Proceedings of the International Conference on Data Engineering", "Proc. ICDE"),
          ("Information and Computation", "Inf. Comput.")]
records = []
for p in range(160):
    title = " ".join(rnd.sample(words, rnd.randint(4, 8)))
    subtitle = " ".join(rnd.sample(words, 3))
    authors = [(rnd.choice(surnames), rnd.choice("ABCDEFGHJK")) for _ in range(rnd.randint(1, 4))]
    venue = rnd.choice(venues)
    year = rnd.randint(1990, 2024)
    first = rnd.randint(1, 900)
    doi = f"10.{rnd.randint(1000, 9999)}/gen.{p}" if rnd.random() < 0.4 else None
    arxiv = f"{rnd.randint(10, 24):02d}{rnd.randint(1, 12):02d}.{rnd.randint(10000, 99999)}" if rnd.random() < 0.2 else None
    for copy in range(rnd.choice([1, 1, 2, 3, 5])):
        r = {"id": f"s{sys.argv[1]}:{p}:{copy}"}
        t = title + (": " + subtitle if rnd.random() < 0.5 else "")
        if rnd.random() < 0.3: t = t.title()
        if rnd.random() < 0.3: t += "."
        r["title"] = t
        if rnd.random() < 0.5:
            r["authors"] = [f"{s.capitalize()}, {i}." for s, i in authors]
        elif rnd.random() < 0.8:
            r["authors"] = ", ".join(f"{i}. {s.capitalize()}" for s, i in authors[:2]) + (" et al." if len(authors) > 2 else "")
        if rnd.random() < 0.85: r["year"] = str(year + (1 if rnd.random() < 0.1 else 0))
        if rnd.random() < 0.7: r["venue"] = venue[rnd.random() < 0.5]
        if rnd.random() < 0.6: r["pages"] = f"{first}-{first + rnd.randint(5, 20)}"
        if doi and rnd.random() < 0.6: r["doi"] = doi
        if arxiv and rnd.random() < 0.7: r["arxiv"] = arxiv + (f"v{rnd.randint(1, 3)}" if rnd.random() < 0.5 else "")
        if rnd.random() < 0.2: r["abstract"] = "We study " + title + " and show " + subtitle + "."
        records.append(r)
rnd.shuffle(records)
for r in records: print(json.dumps(r))
PY
}
# Two databases listing the same papers: one with full fields, the other
# with words of the title dropped or added and authors cut short, no pages:
# pairs the rules leave open, which the match weights join (--match-weights).
listings() {
  python3 - "$1" <<'PY'
import json, random, sys
rnd = random.Random(int(sys.argv[1]))
words = ("query optimization distributed databases xml indexing streams views materialized join "
         "processing adaptive approximate answers semistructured data mining association rules "
         "parallel transactions replication caching web search ranking").split()
surnames = "bernstein stonebraker widom garcia ullman halevy naughton dewitt gray abiteboul".split()
records = []
for p in range(300):
    title = " ".join(rnd.sample(words, rnd.randint(5, 9)))
    authors = [(rnd.choice(surnames), rnd.choice("ABCDEFGHJK")) for _ in range(rnd.randint(2, 4))]
    year = rnd.randint(1994, 2003)
    venue = rnd.choice(["SIGMOD Conference", "VLDB", "ICDE"])
    records.append({"id": f"a:{p}", "title": title, "authors": ", ".join(f"{i}. {s.capitalize()}" for s, i in authors),
                    "venue": venue, "year": str(year)})
    for c in range(rnd.choice([0, 1, 1, 2])):
        w = title.split()
        for _ in range(rnd.choice([1, 2, 2, 3])): w.pop(rnd.randrange(len(w)))
        if rnd.random() < 0.5: w.insert(rnd.randrange(len(w)), rnd.choice(words))
        r = {"id": f"b:{p}:{c}", "title": " ".join(w)}
        if rnd.random() < 0.6: r["authors"] = ", ".join(f"{i} {s.capitalize()}" for s, i in authors[:rnd.randint(1, len(authors))])
        if rnd.random() < 0.4: r["year"] = str(year)
        records.append(r)
rnd.shuffle(records)
for r in records: print(json.dumps(r))
PY
}
for seed in 1 2 3; do
  generate "$seed" > "corpus$seed.jsonl"
  [ "$(wc -l < "corpus$seed.jsonl")" -gt 300 ] || fail "seed $seed: a corpus too small to say anything"
done
for mode in "--keep first" "--keep-all" "--keep most-complete"; do
  same_as_one_process 3 "$mode" corpus1.jsonl
  same_as_one_process 7 "$mode" corpus2.jsonl
  same_as_one_process 2 "$mode" corpus3.jsonl corpus1.jsonl
done
same_as_one_process 1 "--keep-all --level work" corpus3.jsonl
# The corpora do hold duplicates: the runs had clusters to reproduce.
clusters=$(grep -o '"cluster":"[^"]*"' one.out | sort -u | wc -l)
[ "$clusters" -lt $(($(wc -l < one.out) * 3 / 4)) ] || fail "hardly any duplicates: $clusters clusters"
listings 4 > listings.jsonl
for parts in 2 3 7; do
  same_as_one_process "$parts" "--keep-all --match-weights 0.99" listings.jsonl
done
same_as_one_process 3 "--keep most-complete --match-weights 0.9" listings.jsonl
same_as_one_process 2 "--keep first" listings.jsonl
# The weights did join pairs the rules left open (what the em step is for).
"$REAM" dedupe --keep-all --match-weights 0.99 --report weighed.report listings.jsonl > /dev/null
[ "$(grep -o '"rule":"match weights"' weighed.report | wc -l)" -gt 50 ] || fail "too few weighed joins to test them"
