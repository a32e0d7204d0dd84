# The distributed dedupe steps refuse what they cannot do as one process
# would (exit 2), and name the line of an intermediate file they cannot
# read (exit 1): a blob of another ream, a line of no step, decisions out
# of order.
source "$(dirname "$0")/common.sh"
echo '{"id":"a","title":"A study of things"}' > one.jsonl
expect_status 2 "$REAM" dedupe --dist apply one.jsonl
expect_eq "ream: dedupe: --dist apply needs --dist-decisions FILE (the sorted output of --dist clusters)" \
  "$("$REAM" dedupe --dist apply one.jsonl 2>&1 || true)"
expect_eq "ream: dedupe: --dist does not take --explain yet: run it on one process" \
  "$("$REAM" dedupe --dist map --explain a,b one.jsonl 2>&1 || true)"
expect_eq "ream: dedupe: --dist does not take --list yet: run it on one process" \
  "$("$REAM" dedupe --dist map --state s.db --list one.jsonl 2>&1 || true)"
# --state: the steps that open the file need the run's number file, and
# apply the file for the papers to remember.
expect_eq "ream: dedupe: --dist state needs --state FILE and --dist-run FILE" \
  "$("$REAM" dedupe --dist state --state s.db < /dev/null 2>&1 || true)"
expect_eq "ream: dedupe: --dist update needs --state FILE and --dist-run FILE" \
  "$("$REAM" dedupe --dist update --dist-run r.txt < /dev/null 2>&1 || true)"
expect_eq "ream: dedupe: --dist apply with --state needs --dist-remember FILE (the papers for --dist update)" \
  "$("$REAM" dedupe --dist apply --state s.db --dist-decisions one.jsonl one.jsonl 2>&1 || true)"
expect_eq "ream: dedupe: --dist-source 0 is the --state file's papers: give --state FILE" \
  "$("$REAM" dedupe --dist map --dist-source 0 one.jsonl 2>&1 || true)"
expect_status 4 "$REAM" dedupe --dist update --state s.db --dist-run missing.txt < /dev/null
expect_eq "ream: dedupe: cannot read --dist-run file 'missing.txt': No such file or directory" \
  "$("$REAM" dedupe --dist update --state s.db --dist-run missing.txt < /dev/null 2>&1 || true)"
echo 7 > run.txt
expect_eq "ream: dedupe: state file 's.db' holds no run 7: the distributed run was ended (--forget) or the state file replaced; run it again" \
  "$("$REAM" dedupe --dist update --state s.db --dist-run run.txt < /dev/null 2>&1 || true)"
expect_eq "ream: one.jsonl:1: dedupe: --dist state reads the --state file, not records: give it no input (< /dev/null)" \
  "$("$REAM" dedupe --dist state --state s2.db --dist-run run2.txt one.jsonl 2>&1 || true)"
expect_eq "ream: dedupe: --dist apply with --keep merge needs --dist-donors FILE (the sorted output of --dist donors)" \
  "$("$REAM" dedupe --dist apply --keep merge --dist-decisions one.jsonl one.jsonl 2>&1 || true)"
expect_eq "ream: dedupe: --dist clusters needs --dist-model FILE (the em step's model) with these options, or --model FILE" \
  "$("$REAM" dedupe --dist clusters --report r < /dev/null 2>&1 || true)"
# pairs reads the compared records' blobs from --dist-records: a blob of
# another ream, a record the block lines name but the file lacks.
printf '{"k":"b0123456789abcdef0010000000000001"}\n{"k":"b0123456789abcdef0010000000000002"}\n' > blocks.jsonl
printf '{"k":"r0010000000000001","f":"AwAA"}\n{"k":"r0010000000000002","f":"AwAA"}\n' > other.jsonl
expect_status 2 "$REAM" dedupe --dist pairs blocks.jsonl
expect_eq "ream: dedupe: --dist pairs needs --dist-records FILE (the shuffle's sorted r-lines)" \
  "$("$REAM" dedupe --dist pairs blocks.jsonl 2>&1 || true)"
expect_status 1 "$REAM" dedupe --dist pairs --dist-records other.jsonl blocks.jsonl
expect_eq "ream: dedupe: other.jsonl:1: feature blob of version 3, this ream reads version 2: run every step with the same ream" \
  "$("$REAM" dedupe --dist pairs --dist-records other.jsonl blocks.jsonl 2>&1 || true)"
echo '{"k":"r0010000000000001","f":"AgAAAAAAAAAA"}' > short.jsonl  # version 2, no identifiers
expect_status 1 "$REAM" dedupe --dist pairs --dist-records short.jsonl blocks.jsonl
expect_eq "ream: dedupe: --dist-records 'short.jsonl': no r-line for record 0010000000000002 of the block lines: give the sorted r-lines of every part's map" \
  "$("$REAM" dedupe --dist pairs --dist-records short.jsonl blocks.jsonl 2>&1 || true)"
echo '{"x":1}' > stray.jsonl
expect_eq "ream: stray.jsonl:1: dedupe: not a line of a distributed dedupe step: no key \"k\"" \
  "$("$REAM" dedupe --dist components stray.jsonl 2>&1 || true)"
printf '{"k":"d0010000000000002","keep":true,"cluster":"a"}\n{"k":"d0010000000000001","keep":true,"cluster":"a"}\n' \
  > unsorted.jsonl
printf '{"id":"b","title":"Another"}\n{"id":"c","title":"A third"}\n' | cat one.jsonl - > three.jsonl
expect_status 1 "$REAM" dedupe --dist apply --dist-decisions unsorted.jsonl three.jsonl
expect_contains "$("$REAM" dedupe --dist apply --dist-decisions unsorted.jsonl three.jsonl 2>&1 || true)" \
  "unsorted.jsonl:2: lines out of order: sort them"
# A map line's key: the kind, the block key or record order, fixed width.
"$REAM" --first-line 41 dedupe --dist map --dist-source 2 one.jsonl > map.out
expect_contains "$(cat map.out)" '{"k":"r0020000000000041","f":"'
expect_contains "$(cat map.out)" '{"k":"n0020000000000041","n":1}'
# Block lines carry the key alone: the features travel once, in the r-line.
expect_eq "" "$(grep '^{"k":"b' map.out | grep -v '^{"k":"b[0-9a-f]\{16\}0020000000000041"}$' || true)"
expect_contains "$(grep '^{"k":"b' map.out)" '0020000000000041"}'
