#!/usr/bin/env bash
# RIS, CSL-JSON, CSV and TSV for the hand-made records: exact files (RIS
# and CSV with CRLF line ends), CSL-JSON as one array or, with
# --json-lines, the same items one per line, and --fields choosing columns;
# every CSL-JSON export (samples, fixtures, hostile text) checked against
# the CSL-JSON schema's rules.
source "$(dirname "$0")/common.sh"
data="$REAM_SOURCE/tests/data/export"
for format in ris csl-json csv tsv; do
  "$REAM" -i "$data/papers.jsonl" export --format "$format" > out 2> /dev/null
  cmp -s "$data/expected.$format" out || { diff -u "$data/expected.$format" out; fail "--format $format differs"; }
done
"$REAM" -i "$data/papers.jsonl" export --format csljson > out 2> /dev/null
cmp -s "$data/expected.csl-json" out || fail "csljson is another name for csl-json"
"$REAM" -i "$data/papers.jsonl" export --format csl-json --json-lines > out 2> /dev/null
sed -e '1d' -e '$d' -e 's/,$//' "$data/expected.csl-json" > want
diff -u want out || fail "--json-lines gives the array's items one per line"
"$REAM" export --format csl-json < /dev/null > out
expect_eq "[]" "$(cat out)" "no records give an empty array"
"$REAM" -i "$data/papers.jsonl" export --format csv --fields title,school,et_al,missing > out 2> /dev/null
expect_eq $'title,school,et_al,missing\r' "$(head -1 out)" "the header of --fields"
expect_eq $'A Thesis,Boston University,,\r' "$(sed -n 8p out)" "a record's own field as a column"
# Every CSL-JSON export keeps to the CSL-JSON schema's rules.
if command -v python3 > /dev/null; then
  for src in "$REAM_SOURCE/share/ream/samples"/* "$REAM_SOURCE"/tests/data/import/papers.{bib,ris,csv} \
    "$REAM_SOURCE"/tests/data/export/{papers,hostile}.jsonl; do
    "$REAM" import "$src" then export --format csl-json -o items.json 2> /dev/null
    python3 "$data/csl_check.py" items.json || fail "$src: the CSL-JSON breaks the schema's rules"
  done
fi
echo ok
