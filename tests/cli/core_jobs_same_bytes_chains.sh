# -j 1, -j 2 and -j 7 write the same bytes for chains of record-local
# stages (run on the workers), with and without a serial stage after
# them, on a generated corpus spanning many batches.
source "$(dirname "$0")/common.sh"
make_corpus 9000 > c.jsonl
for_jobs -i c.jsonl cat
expect_eq 9000 "$(wc -l < out.1)" "records out of cat"
for_jobs -i c.jsonl where 'year >= 2010 and title ~ /diffusion/'
[ -s out.1 ] || fail "where kept nothing"
for_jobs -i c.jsonl where 'links.kind == "book"' then select id,year,links
for_jobs -i c.jsonl rename title=name then set seen=true then drop abstract,authors
for_jobs -i c.jsonl select id,score then sort -k score
for_jobs -i c.jsonl where 'year < 2000' then count
for_jobs -i c.jsonl cat c.jsonl - < c.jsonl
