# -j 1, -j 2 and -j 7 write the same bytes for cat, where and select on
# the installed samples (imported, then repeated past one batch).
source "$(dirname "$0")/common.sh"
"$REAM" import "$REAM_SOURCE/share/ream/samples/library.bib" > lib.jsonl
[ -s lib.jsonl ] || fail "the sample imported to nothing"
for _ in $(seq 300); do cat lib.jsonl; done > many.jsonl
for_jobs -i many.jsonl cat
cmp -s out.1 many.jsonl || fail "cat changed the imported sample"
for_jobs -i many.jsonl where 'has(doi) or year >= 2020'
for_jobs -i many.jsonl select title,id,year then where 'len(title) > 20'
