#!/usr/bin/env python3
"""Does `ream dedupe --explain A,B` say what the run did?

Runs dedupe once over a set (its gold_cluster removed) with --report, then
--explain on pairs of its records with the same options, and checks each
explanation against the run's clusters:

  same_cluster   explain's same_cluster is whether the report (and, with
                 --keep-all, the written 'cluster' field) puts A and B in
                 one cluster;
  match          decision "match" only for a pair the report lists among
                 its cluster's matched pairs, and every such listed pair
                 is explained as a match;
  through        two records of one cluster whose own pair is not a match
                 name the records joining them (joined_through), each step
                 a matched pair of the report;
  apart          a pair explained as distinct or conflict is not listed.

Pairs are drawn with a fixed seed: a third from the run's clusters, a
third from the gold clusters (pairs the run may have split) and a third
at random.  Prints one line per disagreement (up to --show) and a summary
line; exits 1 when any explanation disagrees.

usage: bench/dedupe_explain_check.py SET.jsonl [--pairs N] [--seed S]
       [--ream PATH] [-- DEDUPE OPTIONS...]
e.g.   bench/dedupe_explain_check.py ../shared/data/dedupe/cora_1295.jsonl --pairs 300 -- --keep-all --level work
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile


def run_report(ream, path, options, work):
    report = os.path.join(work, "report.jsonl")
    out = subprocess.run([ream, "-i", path, "dedupe", *options, "--report", report],
                         check=True, capture_output=True, text=True).stdout
    cluster_of, listed = {}, set()
    for line in open(report):
        c = json.loads(line)
        for m in c["members"]:
            cluster_of[m] = c["cluster"]
        for p in c["pairs"]:
            listed.add(frozenset((p["a"], p["b"])))
    written = {}
    if "--keep-all" in options:
        for line in out.splitlines():
            r = json.loads(line)
            written[r["id"]] = r["cluster"]
    return cluster_of, listed, written


def draw_pairs(ids, gold, run, count, seed):
    rng = random.Random(seed)

    def within(groups):
        groups = [g for g in groups if len(g) > 1]
        if not groups:
            return None
        g = rng.choice(groups)
        return tuple(rng.sample(g, 2))

    by = lambda mapping: list({k: [i for i in ids if mapping.get(i) == k] for k in set(mapping.values())}.values())
    gold_groups, run_groups = by(gold), by(run)
    pairs = []
    while len(pairs) < count:
        kind = len(pairs) % 3
        p = within(run_groups) if kind == 0 else within(gold_groups) if kind == 1 else tuple(rng.sample(ids, 2))
        if p and p not in pairs:
            pairs.append(p)
    return pairs


def check_pair(e, a, b, cluster_of, listed, written):
    problems = []
    same = cluster_of[a] == cluster_of[b]
    if e["same_cluster"] != same:
        problems.append(f"same_cluster {e['same_cluster']}, report {same}")
    if written and (written[a] == written[b]) != same:
        problems.append("the written clusters differ from the report's")
    pair = frozenset((a, b))
    if e["decision"] == "match" and pair not in listed:
        problems.append(f"explained as a match ({e['rule']}), not among the report's matched pairs")
    if e["decision"] != "match" and pair in listed:
        problems.append(f"listed as matched, explained as {e['decision']} ({e['rule']})")
    if same and e["decision"] != "match":
        chain = [a, *e.get("joined_through", []), b]
        if len(chain) == 2 or any(frozenset(s) not in listed for s in zip(chain, chain[1:])):
            problems.append(f"one cluster, but no chain of matched pairs named: {e.get('joined_through')}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set")
    ap.add_argument("--pairs", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--ream", default=os.environ.get("REAM", os.path.join(os.path.dirname(__file__), "..",
                                                                          "build", "bin", "ream")))
    ap.add_argument("--show", type=int, default=10)
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    args = ap.parse_args(argv[:cut])
    args.options = argv[cut + 1:]
    with tempfile.TemporaryDirectory(prefix="dedupe_explain_check.") as work:
        records = [json.loads(l) for l in open(args.set) if l.strip()]
        gold = {r["id"]: r.get("gold_cluster") for r in records if r.get("gold_cluster") is not None}
        path = os.path.join(work, "in.jsonl")
        with open(path, "w") as f:
            for r in records:
                r.pop("gold_cluster", None)
                f.write(json.dumps(r) + "\n")
        ids = [r["id"] for r in records]
        cluster_of, listed, written = run_report(args.ream, path, args.options, work)
        pairs = draw_pairs(ids, gold, cluster_of, args.pairs, args.seed)
        bad, kinds, shown = 0, {}, 0
        for a, b in pairs:
            out = subprocess.run([args.ream, "-i", path, "dedupe", *args.options, "--explain", f"{a},{b}"],
                                 check=True, capture_output=True, text=True).stdout
            e = json.loads(out)
            kinds[e.get("decided_by", "?")] = kinds.get(e.get("decided_by", "?"), 0) + 1
            problems = check_pair(e, a, b, cluster_of, listed, written)
            if problems:
                bad += 1
                if shown < args.show:
                    shown += 1
                    print(f"{a},{b}: " + "; ".join(problems))
        name = os.path.basename(args.set)
        decided = " ".join(f"{k}={v}" for k, v in sorted(kinds.items()))
        print(f"{name} {' '.join(args.options) or '--keep first'}: {len(pairs)} pairs, {bad} disagree "
              f"(decided by {decided})")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
