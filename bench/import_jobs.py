#!/usr/bin/env python3
# -j 1 against -j 2 for one `ream import` (issue 22), shared by
# bench_import.sh and bench_import_bib.sh: both runs on the first two
# cores, each the best of BENCH_REPEATS (default 1) alternating runs; prints
# wall and CPU time of each, the wall ratio, and whether the outputs
# (records and messages) are the same bytes.  Wall time is the figure of
# issue 22; CPU time shows what the workers cost on top, and is the
# steadier figure on a loaded machine.  Never fails on timing; exits 1 when
# the outputs differ.
#   bench/import_jobs.py REAM WORKDIR LABEL IMPORT-ARGS... FILE
import filecmp, os, resource, subprocess, sys, time

ream, work, label = sys.argv[1], sys.argv[2], sys.argv[3]
args = sys.argv[4:]
mb = os.path.getsize(args[-1]) / 1e6
repeats = int(os.environ.get("BENCH_REPEATS", "1"))
wall, cpu = {}, {}
for _ in range(repeats):
    for jobs in (1, 2):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        with open(f"{work}/out.j{jobs}.jsonl", "wb") as out, open(f"{work}/err.j{jobs}.txt", "wb") as err:
            subprocess.run(["taskset", "-c", "0,1", ream, "-j", str(jobs), "import", *args], stdout=out, stderr=err,
                           check=True)
        took = time.monotonic() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        wall[jobs] = min(wall.get(jobs, took), took)
        cpu[jobs] = min(cpu.get(jobs, used), used)
for jobs in (1, 2):
    print(f"import {label} -j {jobs}: wall {wall[jobs]:.2f} s = {mb / wall[jobs]:.1f} MB/s; cpu {cpu[jobs]:.2f} s")
same = all(filecmp.cmp(f"{work}/{name}.j1.{ext}", f"{work}/{name}.j2.{ext}", shallow=False)
           for name, ext in (("out", "jsonl"), ("err", "txt")))
print(f"import {label} -j 2 / -j 1: {wall[1] / wall[2]:.2f}x wall, cpu {cpu[2] / cpu[1] - 1:+.0%}; "
      f"output {'identical' if same else 'DIFFERENT'}")
sys.exit(0 if same else 1)
