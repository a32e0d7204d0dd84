#!/usr/bin/env bash
# The rounds ream-distribute plans, run one after another without any
# engine (its 'local' engine and the shell script 'plan' prints): every
# stage's parts, in order, give one process's bytes for 1, 2, 3 and 7
# parts.  Needs no cluster, so it runs everywhere.
source "$(dirname "$0")/common.sh"
make_inputs "$DIST_RECORDS"
pipeline
for parts in $DIST_PARTS; do
  python3 "$DISTRIBUTE" local --ream "$REAM" --parts "$parts" --work "w$parts" -o "w$parts/digest.md" "${PIPELINE[@]}"
  check_stages "w$parts"
done
# cite's shard count is decided at run time from --cite-memory: the test
# corpus's index fits the default in one shard (one index, no bigram
# counts), and no index fits 1 MB, so that gives a shard a part.
# shard_files WORK: the cite stage's shard and count files, one a line.
shard_files() { (cd "$1/04-cite" && ls shard-* counts-* 2> /dev/null | tr '\n' ' '); }
for parts in $DIST_PARTS; do
  expect_eq "shard-00000.bin " "$(shard_files "w$parts")" "default --cite-memory, $parts parts: one shard"
  [ "$parts" -gt 1 ] || continue
  python3 "$DISTRIBUTE" local --ream "$REAM" --parts "$parts" --cite-memory 1 --work "m$parts" -o "m$parts/digest.md" \
    "${PIPELINE[@]}"
  check_stages "m$parts"
  expect_eq "$parts" "$(ls "m$parts"/04-cite/shard-*.bin | wc -l)" "--cite-memory 1, $parts parts: a shard a part"
  expect_eq "$parts" "$(ls "m$parts"/04-cite/counts-*.txt | wc -l)" "--cite-memory 1, $parts parts: every part's counts"
done
# The plan as a shell script runs the same rounds.
python3 "$DISTRIBUTE" plan --ream "$REAM" --parts 2 --work sh2 -o sh2/digest.md "${PIPELINE[@]}" > plan.sh
bash plan.sh
check_stages sh2
# Every round of the plan is bash (the rounds on one node too: NodeScript),
# and it writes the files the local engine's Python steps write: every file
# of every stage, pieces and side files alike.
if grep -nE "ream-distribute['\"]? (step|shell)|python" plan.sh; then fail "the plan runs ream-distribute's Python steps"; fi
grep -q 'cut_with_context "$d/blocks.jsonl"' plan.sh || fail "the plan's shuffle does not cut the blocks in bash"
for parts in 1 3 3s; do
  # 3s: 3 parts, cite's index in a shard a part (--cite-memory 1)
  memory=() && [ "$parts" != 3s ] || memory=(--cite-memory 1)
  python3 "$DISTRIBUTE" local --ream "$REAM" --parts "${parts%s}" "${memory[@]}" --work "l$parts" \
    -o "l$parts/digest.md" "${PIPELINE[@]}"
  python3 "$DISTRIBUTE" plan --ream "$REAM" --parts "${parts%s}" "${memory[@]}" --work "p$parts" \
    -o "p$parts/digest.md" "${PIPELINE[@]}" > "plan$parts.sh"
  bash "plan$parts.sh" 2> /dev/null
  diff -r "l$parts" "p$parts" > /dev/null || fail "$parts parts: the plan's files differ from the local engine's"
done
expect_eq "shard-00000.bin shard-00001.bin shard-00002.bin " "$(shard_files p3s | sed 's/counts-[0-9]*.txt //g')" \
  "the plan, --cite-memory 1: a shard a part"
# With --state (its first and last rounds, the state's map and the copies
# of remembered papers) too, on a first day and a second.
for day in 1 2; do
  for form in local plan; do
    python3 "$DISTRIBUTE" "$form" --ream "$REAM" --parts 2 --work "s-$form$day" -o "s-$form$day/out.jsonl" \
      -i "gen$day.jsonl" dedupe --keep merge --state "$T/state-$form.db" > state.sh 2> /dev/null
    [ "$form" = local ] || bash state.sh 2> /dev/null
  done
  diff -r "s-local$day" "s-plan$day" > /dev/null || fail "--state, day $day: the plan's files differ from the local engine's"
done
# A map line of no kind the map writes stops the shuffle in both forms,
# with one message.
python3 "$DISTRIBUTE" plan --json --ream "$REAM" --parts 2 --work s-local2 -i gen2.jsonl dedupe --keep merge \
  --state "$T/state-local.db" | jq -r '.[] | select(.name == "02-dedupe-shuffle") | .argv | @sh' > shuffle-step.sh
{ sed '/^$/q' state.sh; sed -n '/^# 02-dedupe-shuffle/,/^)/p' state.sh; } > shuffle-bash.sh
for form in local plan; do
  map="$T/s-${form}2/02-dedupe/map-00001"
  { cat "$map".[bnrtx]; echo '{"k":"c0"}'; } | LC_ALL=C sort > "$map.sorted"
  rm "$map".[bnrtx]
done
expect_status 1 bash shuffle-step.sh
expect_contains "$(bash shuffle-step.sh 2>&1 || true)" \
  "ream-distribute: $T/s-local2/02-dedupe/map-00001.sorted: dedupe: a map line of no kind the map writes (b, n, r, t, x)"
expect_status 1 bash shuffle-bash.sh
expect_contains "$(bash shuffle-bash.sh 2>&1 || true)" \
  "ream-distribute: $T/s-plan2/02-dedupe/map-00001.sorted: dedupe: a map line of no kind the map writes (b, n, r, t, x)"
# Ids claimed twice in a part and across parts, among them DOIs that end in
# ~N themselves (an id ID~N that is the record's own DOI, not a claim): the
# local engine's Python and the plan's awk replay the claims as one import.
cat > ids-a.jsonl << 'JSONL'
{"title":"A one","doi":"10.1234/X~2"}
{"title":"A two","doi":"10.1234/x"}
{"title":"A three","doi":"10.1234/x"}
{"title":"A four","doi":"10.1234/\u00c9~2"}
{"title":"A five","doi":"10.1234/\u00e9"}
JSONL
cat > ids-b.jsonl << 'JSONL'
{"title":"B one","doi":"10.1234/x"}
{"title":"B two","doi":"10.1234/x~2"}
{"title":"B three","doi":"10.1234/x~2"}
{"title":"B four","doi":"10.1234/\u00e9"}
{"title":"B five","doi":"10.1234/\u00e9~2"}
JSONL
"$REAM" -q import -f jsonl ids-a.jsonl ids-b.jsonl ids-a.jsonl > one-ids.jsonl
grep -q '"id":"doi:10.1234/x~2~2"' one-ids.jsonl || fail "the id fixture has no DOI ending in ~N claimed twice"
for parts in 1 2 3; do
  python3 "$DISTRIBUTE" local --ream "$REAM" --parts "$parts" --work "il$parts" -o got-ids.jsonl \
    import -f jsonl ids-a.jsonl ids-b.jsonl ids-a.jsonl 2> /dev/null
  cmp one-ids.jsonl got-ids.jsonl || fail "ids, local, $parts parts: differ from one import"
  python3 "$DISTRIBUTE" plan --ream "$REAM" --parts "$parts" --work "ip$parts" -o got-ids.jsonl \
    import -f jsonl ids-a.jsonl ids-b.jsonl ids-a.jsonl > ids.sh
  bash ids.sh 2> /dev/null
  cmp one-ids.jsonl got-ids.jsonl || fail "ids, plan, $parts parts: differ from one import"
done
# import-ids replays the claims a base at a time (the id with every
# trailing ~N removed): one DOI in every file and part, DOIs that already
# look like claims (y~2, y~2~3, Y~2, y~02, y~), and ids with escapes (a
# backslash, a quote, a control character) in their JSON text, over 8 files
# (one listed twice) cut into 1, 2, 3 and 7 parts: one import's ids, and the
# same files from the local engine and the plan.
python3 - << 'PY'
import json
dois = ["10.1234/y", "10.1234/y~2", "10.1234/y~2~3", "10.1234/y~3", "10.1234/Y~2", "10.1234/a\\b\"c",
        "10.1234/a\\b\"c~2", "10.1234/\u0001z~2", "10.1234/\u0001z", "10.1234/y~02", "10.1234/y~"]
for f in range(7):
    with open(f"many-{f}.jsonl", "w") as out:
        for i in range(12):
            doi = dois[(f * 5 + i * 3) % len(dois)] if i % 4 else "10.1234/y"
            print(json.dumps({"title": f"Many {f} {i}", "doi": doi}), file=out)
PY
MANY=(many-0.jsonl many-1.jsonl many-2.jsonl many-3.jsonl many-4.jsonl many-5.jsonl many-6.jsonl many-0.jsonl)
"$REAM" -q import -f jsonl "${MANY[@]}" > one-many.jsonl
for want in '"doi:10.1234/y~2~3~2"' '"doi:10.1234/y~2~2"' '"doi:10.1234/a\\b\"c~2~2"' '"doi:10.1234/\u0001z~2~2"'; do
  grep -qF "\"id\":$want" one-many.jsonl || fail "the many-parts id fixture has no id $want"
done
for parts in 1 2 3 7; do
  python3 "$DISTRIBUTE" local --ream "$REAM" --parts "$parts" --work "ml$parts" -o got-many.jsonl \
    import -f jsonl "${MANY[@]}" 2> /dev/null
  cmp one-many.jsonl got-many.jsonl || fail "many-parts ids, local, $parts parts: differ from one import"
  python3 "$DISTRIBUTE" plan --ream "$REAM" --parts "$parts" --work "mp$parts" -o got-many.jsonl \
    import -f jsonl "${MANY[@]}" > many.sh
  bash many.sh 2> /dev/null
  cmp one-many.jsonl got-many.jsonl || fail "many-parts ids, plan, $parts parts: differ from one import"
  diff -r "ml$parts" "mp$parts" > /dev/null || fail "many-parts ids, $parts parts: the plan's files differ from the local engine's"
done
# A part whose record does not start with its id (import writes it first)
# stops the run at the map's claims, naming the line, in both forms.
printf '#!/bin/bash\necho %s\n' "'{\"title\":\"x\",\"id\":\"a\"}'" > not-first
chmod +x not-first
expect_status 1 python3 "$DISTRIBUTE" local --ream "$T/not-first" --parts 2 --work nf -o nf.jsonl import ids-a.jsonl ids-b.jsonl
expect_eq "ream-distribute: $T/nf/01-import/local-part-00000.jsonl:1: import: the id is not the first field of the record
ream-distribute: import-map, part 0: exit status 1" \
  "$(python3 "$DISTRIBUTE" local --ream "$T/not-first" --parts 2 --work nf -o nf.jsonl import ids-a.jsonl ids-b.jsonl 2>&1 || true)"
python3 "$DISTRIBUTE" plan --ream "$T/not-first" --parts 2 --work nfp -o nf.jsonl import ids-a.jsonl ids-b.jsonl > nf.sh
expect_status 1 bash nf.sh
expect_eq "ream-distribute: $T/nfp/01-import/local-part-00000.jsonl:1: import: the id is not the first field of the record" \
  "$(bash nf.sh 2>&1 || true)"
# A pipeline that cannot run in parts is refused before anything runs.
refused() {
  local want=$1; shift
  expect_status 2 python3 "$DISTRIBUTE" plan "$@"
  expect_eq "ream-distribute: $want" "$(python3 "$DISTRIBUTE" plan "$@" 2>&1 || true)" "message for $*"
}
refused "import: name the files to import" import
refused "stage 'sort' cannot run in parts (it needs the whole stream on one node); run it after ream-distribute, on the gathered output" -i gen1.jsonl sort title
refused "markdown writes a document: it must be the last stage" -i gen1.jsonl markdown then cat
refused "keywords: --df is not available in a distributed run (the table is the whole input's, summed from the parts)" -i gen1.jsonl keywords --df x.tsv
refused "the first stage is not import: name the JSON Lines input with -i FILE" cite
refused "--parts must be at least 1" --parts 0 -i gen1.jsonl cat
refused "--cite-memory must be at least 1 (MB)" --cite-memory 0 -i gen1.jsonl cite
refused "--cite-memory: not a number: '2G'" --cite-memory 2G -i gen1.jsonl cite
refused "--cite-shards must be from 1 to --parts (2)" --cite-shards 3 -i gen1.jsonl cite
# A part's task that fails stops the run with its command's status and
# message, and names the step and the part.
expect_status 2 python3 "$DISTRIBUTE" local --ream "$REAM" --parts 2 --work bad -i gen1.jsonl where 'title =='
expect_eq "ream: where: 1:9: expected a value after '=='
ream-distribute: local, part 0: exit status 2" \
  "$(python3 "$DISTRIBUTE" local --ream "$REAM" --parts 2 --work bad -i gen1.jsonl where 'title ==' 2>&1 || true)"
# dedupe --explain is refused in parts, with the one-process command that
# gives the explanation; that command, run, gives one process's bytes.
# (awk reads to the end: leaving early would kill sort with SIGPIPE, which
# pipefail turns into a silent exit of the test.)
pair=$(jq -r '[.cluster, .id] | @tsv' ref-dedupe.jsonl | sort -s -k1,1 |
  awk '!found && $1 == last { print prev "," $2; found = 1 } { last = $1; prev = $2 }')
quoted=$(python3 -c 'import shlex, sys; print(shlex.quote(sys.argv[1]))' "$pair")
msg="dedupe: --explain is not available in a distributed run (whether blocking paired the two records depends on every record before them, which no part sees); run it in one process on the same input:"
refused "$msg ream import gen1.jsonl gen2.jsonl then dedupe --keep-all --explain $quoted" \
  import gen1.jsonl gen2.jsonl then dedupe --keep-all --explain "$pair"
refused "$msg ream -i ref-import.jsonl keywords -k 5 then dedupe --explain $quoted" \
  -i ref-import.jsonl keywords -k 5 then dedupe --explain "$pair"
told=$(python3 "$DISTRIBUTE" local --parts 2 --work x -i ref-import.jsonl keywords -k 5 then dedupe --explain "$pair" 2>&1 ||
  true)
eval "\"\$REAM\" ${told#*same input: ream }" > told.json
"$REAM" -i ref-import.jsonl keywords -k 5 then dedupe --explain "$pair" > one.json
cmp one.json told.json || fail "the command the --explain refusal gives differs from one process"
jq -e .candidates one.json > /dev/null || fail "the explained pair is not a candidate pair"
# dedupe in every mode and with --report and --dropped, on its own.
check_dedupe_modes "$DIST_PARTS" python3 "$DISTRIBUTE" local
# Adversarial: one giant block (every record shares its title words, so the
# block reduce is cut inside the block and needs its context lines), papers
# whose abstracts mention themselves, and one id in two files.
python3 - > giant.jsonl <<'PY'
import json
for i in range(400):
    rec = {"id": f"g{i % 390}", "title": "Attention is all you need" + ("" if i % 3 else f" part {i % 7}"),
           "authors": [f"Author {i % 11}"], "year": 2017 + i % 2}
    if i % 5 == 0:
        rec["doi"] = f"10.9999/g{i % 40}"
    rec["abstract"] = f"See doi:10.9999/g{i % 40} and 'Attention is all you need'."
    print(json.dumps(rec))
PY
"$REAM" -q -i giant.jsonl dedupe --save-model giant-model.json > /dev/null
for opts in "" "--keep-all --model $T/giant-model.json"; do
  # shellcheck disable=SC2086
  "$REAM" -q -i giant.jsonl dedupe $opts > one.jsonl
  "$REAM" -q import -f jsonl giant.jsonl then cite > one-cite.jsonl
  for parts in $DIST_PARTS; do
    # shellcheck disable=SC2086
    python3 "$DISTRIBUTE" local --ream "$REAM" --parts "$parts" --work "g$parts" -o got.jsonl -i giant.jsonl dedupe $opts
    cmp one.jsonl got.jsonl || fail "giant block, dedupe $opts, $parts parts: differs from one process"
    python3 "$DISTRIBUTE" local --ream "$REAM" --parts "$parts" --work "i$parts" -o got.jsonl import -f jsonl giant.jsonl \
      then cite
    cmp one-cite.jsonl got.jsonl || fail "self-mentions, import then cite, $parts parts: differs from one process"
    [ "$parts" -gt 2 ] || continue  # the default is one shard here: fewer shards than parts, but more than one
    python3 "$DISTRIBUTE" local --ream "$REAM" --parts "$parts" --cite-shards 2 --work "c$parts" -o got.jsonl \
      import -f jsonl giant.jsonl then cite
    cmp one-cite.jsonl got.jsonl || fail "self-mentions, import then cite, $parts parts in 2 cite shards: differs"
  done
done
# cite knows a record by its id when it links in parts; the giant fixture
# has one id on two records, which one process tells apart by their places.
# With one index (--cite-shards 1) the index step (cite --build-index over
# the parts' keys, in order) names both: part 1's record 191 and part 0's
# record 1.
one_index=(--cite-shards 1)
expect_status 1 python3 "$DISTRIBUTE" local --ream "$REAM" --parts 2 "${one_index[@]}" --work dup -o got.jsonl -i giant.jsonl cite 2>/dev/null
expect_contains "$(python3 "$DISTRIBUTE" local --ream "$REAM" --parts 2 "${one_index[@]}" --work dup -o got.jsonl -i giant.jsonl cite 2>&1 || true)" \
  "dup/02-cite/keys-00001.jsonl:191: cite: --build-index: id 'g0' is on two records (the first at $T/dup/02-cite/keys-00000.jsonl:1): an index knows a record by its id, so ids must be unique (import gives them)"
# The plan's bash form of the index round stops the run the same way.
python3 "$DISTRIBUTE" plan --ream "$REAM" --parts 2 "${one_index[@]}" --work dupsh -o got.jsonl -i giant.jsonl cite > dup.sh
expect_status 1 bash dup.sh
expect_contains "$(bash dup.sh 2>&1 || true)" \
  "dupsh/02-cite/keys-00001.jsonl:191: cite: --build-index: id 'g0' is on two records (the first at $T/dupsh/02-cite/keys-00000.jsonl:1): an index knows a record by its id, so ids must be unique (import gives them)"
# The default's one shard (the index fits --cite-memory) is one index,
# built by the shard round's task 0: it names both places the same way.
python3 "$DISTRIBUTE" plan --ream "$REAM" --parts 2 --work dupauto -o got.jsonl -i giant.jsonl cite > dup.sh
expect_status 1 bash dup.sh
expect_contains "$(bash dup.sh 2>&1 || true)" \
  "dupauto/02-cite/keys-00001.jsonl:191: cite: --build-index: id 'g0' is on two records (the first at $T/dupauto/02-cite/keys-00000.jsonl:1): an index knows a record by its id, so ids must be unique (import gives them)"
# In shards each shard's build sees its own ids only; the merge of part 0's
# record 1 finds the id on records of both.
for form in local plan; do
  python3 "$DISTRIBUTE" "$form" --ream "$REAM" --parts 2 --cite-shards 2 --work "dup-$form" -o got.jsonl -i giant.jsonl cite > dup.sh 2> dup.err &&
    [ "$form" = local ] && fail "shards: an id on two records was not refused"
  [ "$form" = local ] || { bash dup.sh 2> dup.err && fail "plan, shards: an id on two records was not refused"; }
  expect_contains "$(cat dup.err)" \
    "dup-$form/01-input/part-00000.jsonl:1: cite: --merge-shard-links: id 'g0' is on records of two index shards: an index knows a record by its id, so ids must be unique (import gives them)"
done
# The first two EXAMPLES of ream-distributed(7), as the page prints them,
# on the samples, with ream and ream-distribute found on the PATH as
# installed: the local run gives one process's bytes, and so does the plan.
mkdir -p bin examples
ln -s "$REAM" bin/ream
ln -s "$DISTRIBUTE" bin/ream-distribute
sed -n '/^\.SH EXAMPLES/,/^\.SH FILES/p' "$REAM_SOURCE/man/ream-distributed.7" |
  awk '/^\.nf/ { block++; on = 1; next } /^\.fi/ { on = 0 } on && block <= 2 && !/^\.R[SE]/' |
  sed -e 's/\\-/-/g' -e 's/\\e$/\\/' -e "s|^S=.*|S=$SAMPLES|" > examples.sh
grep -q "ream-distribute local" examples.sh || fail "no local example in ream-distributed(7)"
(cd examples && PATH="$T/bin:$PATH" bash -eo pipefail ../examples.sh 2> ../examples.err) ||
  fail "the examples of ream-distributed(7) failed: $(cat examples.err)"
[ -s examples/report.jsonl ] || fail "the example's --report is empty"
