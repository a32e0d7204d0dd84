#!/usr/bin/env python3
"""How much of a dedupe gold set any rule obeying ream's vetoes can reach.

Usage: bench/dedupe_ceiling.py GOLD.jsonl [PREDICTED.jsonl] [--level work]

Issue 4 requires a year gap over one, or disjoint pages, to keep two
records apart unless an identifier joins them, and a match needs titles
that say the same thing.  Some gold sets join records that break all
three (cora joins a conference paper with its journal version five years
later, and "How to use expert advice" with "On-line prediction and
conversion strategies").  This script splits every gold cluster the way
the best such rule could: records whose titles share most words (at
least 60% of the shorter title's words) stay together.  Within each such
group two counts bound what a rule can find, and the smaller is taken:
the pairs left after cutting the group into runs of years at most one
apart (records without a year joining the largest run), and the pairs
that break neither veto on their own (year gap at most one, page ranges
that overlap).  Every choice leans towards joining (pages count only as
"a-b" ranges in the pages field), so the result is an upper bound: the
recall it gives bounds pairwise F1 at any precision.

With PREDICTED (a `--keep-all` output), it also lists the gold clusters
whose reachable pairs were missed, largest loss first.

With `--level work` it bounds what `dedupe --level work` can reach: a
year gap and other pages are evidence there, not vetoes, so every pair of
a title group is reachable; and a work-level rule must join the versions
of a paper, so records with near-identical titles (word sets 90% alike)
and the same authors (80% of the shorter list's name words) are one work
whatever the gold says.  The pairs such joins force across gold clusters
are false pairs no work-level rule avoids; with every reachable pair found
and no other false pair, F1 is at most 2R / (R + F + G) for R reachable,
F forced false and G gold pairs.

That bound is loose: it takes every reachable pair and only the forced
false pairs together, which no clustering can do.  Clusters are a
partition, so when a forced join puts part of gold cluster A with part of
gold cluster B, every other record of A either comes along (and is a false
pair with each record of B there) or stays out (and its pairs with A's
joined records are lost).  `partition_f1_bound` takes that into account:
the forced components that span gold clusters are units that cannot be
split; the rest of each gold cluster's title group is a unit too (its
records are alike to every choice, and with pair counts convex in a
unit's size the best choice never splits them); units may share a cluster
only when linked (a forced component and a title group it holds records
of).  Each connected family of units is solved exactly over its
partitions, and Dinkelbach's iteration on F1 = 2TP / (TP + FP + G) finds
the best partition of the whole set.

The partition bound chooses for each unit apart from the forced ones by
the gold, so it keeps the other records of a version's title group
(a citation whose author list is run together) out of a forced join when
the gold keeps the versions apart.  A work level that joins versions
consistently cannot: those records are versions of the same work too.
`consistent_f1_bound` is the F1 of the clustering that joins each gold
cluster's title groups whole and joins the groups every forced component
links: a work level that joins every version, otherwise perfect.

With PREDICTED at work level, a second line checks that premise against
the prediction (`prediction_premise`): a clustering that leaves versions
apart is not bounded by `partition_f1_bound` (on a gold that keeps
versions apart it can score above it), so the line counts the forced pairs
it leaves apart and gives the bound under the forced joins it did make.
"""
import collections
import json
import re
import sys


def year_of(record):
    for field in ("year", "date"):
        m = re.search(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", str(record.get(field) or ""))
        if m:
            return int(m.group(1))
    return 0


def pages_of(record):
    m = re.search(r"(\d+)\s*(?:-+|\u2013|\u2014)\s*(\d+)", str(record.get("pages") or ""))
    if not m:
        return None
    first, last = m.group(1), m.group(2)
    if len(last) < len(first) and int(last) < int(first):
        last = first[: len(first) - len(last)] + last  # "1234-56"
    return int(first), max(int(first), int(last))


def compatible_pairs(records):
    """Pairs that break neither the year-gap nor the disjoint-pages veto."""
    years = [year_of(r) for r in records]
    pages = [pages_of(r) for r in records]
    count = 0
    for i in range(len(records)):
        for j in range(i + 1, len(records)):
            if years[i] and years[j] and abs(years[i] - years[j]) > 1:
                continue
            a, b = pages[i], pages[j]
            if a and b and (a[1] < b[0] or b[1] < a[0]):
                continue
            count += 1
    return count


def words_of(title):
    return set(re.findall(r"\w+", (title or "").lower()))


def pairs(n):
    return n * (n - 1) // 2


def best_year_runs(years):
    """Most pairs from cutting `years` (0 = unknown) into runs of span <= 1."""
    known = collections.Counter(y for y in years if y)
    unknown = len(years) - sum(known.values())
    distinct = sorted(known)
    best = 0

    def cuts(i):
        if i == len(distinct):
            yield []
            return
        for rest in cuts(i + 1):
            yield [known[distinct[i]]] + rest
        if i + 1 < len(distinct) and distinct[i + 1] - distinct[i] <= 1:
            for rest in cuts(i + 2):
                yield [known[distinct[i]] + known[distinct[i + 1]]] + rest

    for runs in cuts(0):
        runs = sorted(runs or [0])
        runs[-1] += unknown
        best = max(best, sum(pairs(r) for r in runs))
    return best


class UnionFind:
    """Groups of 0..n-1 joined pair by pair (path halving)."""

    def __init__(self, n):
        self.parent = list(range(n))

    def root(self, x):
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, a, b):
        self.parent[self.root(a)] = self.root(b)


def title_groups(records):
    return [[records[i] for i in group] for group in title_group_indices(records)]


def title_group_indices(records):
    groups_of = UnionFind(len(records))
    words = [words_of(r.get("title")) for r in records]
    for i in range(len(records)):
        for j in range(i + 1, len(records)):
            a, b = words[i], words[j]
            if a and b and len(a & b) / min(len(a), len(b)) >= 0.6:
                groups_of.join(i, j)
    groups = collections.defaultdict(list)
    for i in range(len(records)):
        groups[groups_of.root(i)].append(i)
    return list(groups.values())


def author_words(authors):
    if isinstance(authors, list):
        authors = " ".join(str(a) for a in authors)
    return {w for w in re.findall(r"[a-z][a-z'-]{2,}", str(authors or "").lower()) if w not in ("and", "jr")}


def forced_works(gold, joined=None):
    """Components of near-identical titles with the same authors: what a
    work-level rule must join (a UnionFind over the records of `gold`).
    With `joined(i, j)`, only the pairs it accepts link records."""
    titles = [words_of(r.get("title")) for r in gold]
    authors = [author_words(r.get("authors")) for r in gold]
    works_of = UnionFind(len(gold))
    by_word = collections.defaultdict(list)
    for i, t in enumerate(titles):
        for w in t:
            by_word[w].append(i)
    for i, t in enumerate(titles):
        shared = collections.Counter(j for w in t for j in by_word[w] if j > i)
        for j, count in shared.items():
            a, b = authors[i], authors[j]
            if count / len(t | titles[j]) < 0.9 or not a or not b or len(a & b) / min(len(a), len(b)) < 0.8:
                continue
            if joined and not joined(i, j):
                continue
            works_of.join(i, j)
    return works_of


def forced_false_pairs(gold, works_of):
    """Pairs across gold clusters that joining a paper's versions forces."""
    works = collections.defaultdict(collections.Counter)
    for i, r in enumerate(gold):
        works[works_of.root(i)][r["gold_cluster"]] += 1
    return sum(pairs(sum(c.values())) - sum(pairs(n) for n in c.values()) for c in works.values())


def set_partitions(items):
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for partition in set_partitions(rest):
        yield [[first]] + partition
        for k in range(len(partition)):
            yield partition[:k] + [[first] + partition[k]] + partition[k + 1:]


MAX_UNITS = 10  # Bell(10) = 115,975 partitions per family


def partition_f1_bound(gold, clusters, works_of):
    """Best pairwise F1 of any partition that keeps forced components
    whole, with its true and false pairs (see the module's comment)."""
    place = {}  # record -> (gold cluster, title group)
    index = {id(r): i for i, r in enumerate(gold)}
    for name, members in clusters.items():
        for k, group in enumerate(title_group_indices(members)):
            for m in group:
                place[index[id(members[m])]] = (name, k)
    spans = collections.defaultdict(set)
    for i, r in enumerate(gold):
        spans[works_of.root(i)].add(r["gold_cluster"])
    unit_of = [("work", works_of.root(i)) if len(spans[works_of.root(i)]) > 1 else ("group", place[i])
               for i in range(len(gold))]
    unit_gold = collections.defaultdict(collections.Counter)
    unit_places = collections.defaultdict(set)
    families = UnionFind(len(gold))
    first_of_place = {}
    for i, r in enumerate(gold):
        unit_gold[unit_of[i]][r["gold_cluster"]] += 1
        unit_places[unit_of[i]].add(place[i])
        families.join(i, first_of_place.setdefault(place[i], i))
        families.join(i, works_of.root(i))
    family_units = collections.defaultdict(set)
    for i in range(len(gold)):
        family_units[families.root(i)].add(unit_of[i])
    options = []  # per family: (true, false) pairs of each allowed partition
    for units in family_units.values():
        units = sorted(units)
        if len(units) > MAX_UNITS:
            return None
        found = set()
        for partition in set_partitions(units):
            if all(linked(block, unit_places) for block in partition):
                true = false = 0
                for block in partition:
                    counts = collections.Counter()
                    for u in block:
                        counts.update(unit_gold[u])
                    same = sum(pairs(n) for n in counts.values())
                    true += same
                    false += pairs(sum(counts.values())) - same
                found.add((true, false))
        options.append(sorted(found))
    total = sum(pairs(len(m)) for m in clusters.values())
    f1 = 0.0
    while True:  # Dinkelbach: maximise 2TP - f1 (TP + FP + G) until f1 stops rising
        chosen = [max(o, key=lambda tf: (2 - f1) * tf[0] - f1 * tf[1]) for o in options]
        true = sum(t for t, _ in chosen)
        false = sum(f for _, f in chosen)
        better = 2 * true / (true + false + total)
        if better <= f1 + 1e-12:
            return {"f1": round(f1, 4), "true_pairs": true, "false_pairs": false}
        f1 = better


def linked(block, unit_places):
    """Whether the units of `block` are connected through shared places."""
    seen, stack = {block[0]}, [block[0]]
    while stack:
        u = stack.pop()
        for v in block:
            if v not in seen and unit_places[u] & unit_places[v]:
                seen.add(v)
                stack.append(v)
    return len(seen) == len(block)


def consistent_f1_bound(gold, clusters, works_of):
    """F1 of joining each gold cluster's title groups whole and every
    group that a forced component links (see the module's comment)."""
    joined = UnionFind(len(gold))
    index = {id(r): i for i, r in enumerate(gold)}
    for members in clusters.values():
        for group in title_group_indices(members):
            for m in group[1:]:
                joined.join(index[id(members[group[0]])], index[id(members[m])])
    for i in range(len(gold)):
        joined.join(i, works_of.root(i))
    predicted = collections.defaultdict(collections.Counter)
    for i, r in enumerate(gold):
        predicted[joined.root(i)][r["gold_cluster"]] += 1
    true_pairs = sum(pairs(n) for c in predicted.values() for n in c.values())
    all_pairs = sum(pairs(sum(c.values())) for c in predicted.values())
    gold_pairs = sum(pairs(len(m)) for m in clusters.values())
    return round(2 * true_pairs / (all_pairs + gold_pairs), 4) if gold_pairs else None


def prediction_premise(gold, clusters, works_of, predicted):
    """How far PREDICTED keeps the premise of `partition_f1_bound`, and the
    bound under the premise it does keep.

    The partition bound holds for clusterings that join every forced
    component; one that leaves versions apart (a conference paper and its
    journal version with the same title and authors) can score above it
    where the gold keeps versions apart, by failing the work level's
    definition rather than by matching better.  `forced_pairs_apart`
    counts the pairs of forced components spanning gold clusters that
    PREDICTED leaves apart; `partition_f1_bound_as_joined` recomputes the
    bound with only the forced joins PREDICTED made, a ceiling PREDICTED
    itself obeys (so the gap to it is what its other errors cost), as long
    as it joins no two title groups of a gold cluster
    (`pairs_across_title_groups`, true pairs the bound counts unreachable).
    """
    cluster_of = [predicted[r["id"]] for r in gold]
    members = collections.defaultdict(list)
    for i in range(len(gold)):
        members[works_of.root(i)].append(i)
    total = apart = 0
    for component in members.values():
        if len({gold[i]["gold_cluster"] for i in component}) < 2:
            continue
        sizes = collections.Counter(cluster_of[i] for i in component)
        total += pairs(len(component))
        apart += pairs(len(component)) - sum(pairs(n) for n in sizes.values())
    across = 0
    index = {id(r): i for i, r in enumerate(gold)}
    for group_members in clusters.values():
        groups = title_group_indices(group_members)
        for g, h in ((g, h) for g in range(len(groups)) for h in range(g + 1, len(groups))):
            left = collections.Counter(cluster_of[index[id(group_members[m])]] for m in groups[g])
            right = collections.Counter(cluster_of[index[id(group_members[m])]] for m in groups[h])
            across += sum(n * right[c] for c, n in left.items())
    as_joined = partition_f1_bound(gold, clusters, forced_works(gold, lambda i, j: cluster_of[i] == cluster_of[j]))
    return {"forced_pairs": total, "forced_pairs_apart": apart, "pairs_across_title_groups": across,
            "partition_f1_bound_as_joined": as_joined and as_joined["f1"]}


def main():
    args = [a for a in sys.argv[1:] if a != "--level" and a not in ("work", "publication")]
    work = "--level" in sys.argv and sys.argv[sys.argv.index("--level") + 1] == "work"
    gold = [json.loads(line) for line in open(args[0])]
    clusters = collections.defaultdict(list)
    for r in gold:
        clusters[r["gold_cluster"]].append(r)
    reachable = {}
    for name, members in clusters.items():
        if work:
            reachable[name] = sum(pairs(len(g)) for g in title_groups(members))
        else:
            reachable[name] = sum(min(best_year_runs([year_of(r) for r in g]), compatible_pairs(g))
                                  for g in title_groups(members))
    total = sum(pairs(len(m)) for m in clusters.values())
    found = sum(reachable.values())
    bound = found / total
    result = {"gold_pairs": total, "reachable_pairs": found, "recall_bound": round(bound, 4),
              "f1_bound": {str(p): round(2 * p * bound / (p + bound), 4) for p in (1.0, 0.95, 0.9)}}
    if work:
        works_of = forced_works(gold)
        forced = forced_false_pairs(gold, works_of)
        partition = partition_f1_bound(gold, clusters, works_of)
        result = {"level": "work", **result, "forced_false_pairs": forced,
                  "precision_bound": round(found / (found + forced), 4),
                  "f1_bound": round(2 * found / (found + forced + total), 4),
                  "partition_f1_bound": partition and partition["f1"],
                  "consistent_f1_bound": consistent_f1_bound(gold, clusters, works_of)}
    print(json.dumps(result))
    if len(args) > 1:
        predicted = {}
        for line in open(args[1]):
            r = json.loads(line)
            predicted[r["id"]] = r.get("cluster", r["id"])
        if work:
            print(json.dumps(prediction_premise(gold, clusters, works_of, predicted)))
        losses = []
        for name, members in clusters.items():
            found = sum(pairs(c) for c in collections.Counter(predicted[r["id"]] for r in members).values())
            if reachable[name] > found:
                losses.append((reachable[name] - found, name, len(members)))
        for lost, name, size in sorted(losses, reverse=True)[:20]:
            print(json.dumps({"gold_cluster": name, "records": size, "reachable_pairs_missed": lost}))


if __name__ == "__main__":
    main()
