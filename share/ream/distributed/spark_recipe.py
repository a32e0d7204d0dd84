"""Running a ream-distribute plan on Spark: a recipe to adapt, not a driver.

Spark is not a Debian package, so this file is not run by ream's tests; it
uses only what ream-distributed(7) describes, and the same command lines
the Slurm and Dask drivers run (tested):

    ream-distribute plan --json --parts 8 --work /shared/run1 -o digest.md \
        import dumps/*.jsonl then keywords then cite then markdown > plan.json
    spark-submit spark_recipe.py plan.json 8

A map round runs as one Spark task per part (mapPartitions over the part
numbers), a reduce round on the driver; rounds run in order, and the parts
are files on storage every executor sees.
"""
import json
import subprocess
import sys

from pyspark import SparkContext


def run_parts(argv, parts):
    """One map round's commands for the parts of this Spark partition."""
    for k in parts:
        subprocess.run([a.replace("{k}", str(k)) for a in argv], check=True)
        yield k


def main(plan_file, parts):
    with open(plan_file) as f:
        rounds = json.load(f)
    sc = SparkContext(appName="ream-distribute")
    for r in rounds:
        if r["per_part"]:
            argv = r["argv"]
            sc.parallelize(range(parts), parts).mapPartitions(lambda ks, argv=argv: run_parts(argv, ks)).count()
        else:
            subprocess.run(r["argv"], check=True)
    sc.stop()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
