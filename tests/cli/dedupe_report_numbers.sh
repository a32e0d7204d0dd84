#!/usr/bin/env bash
# --report and --explain print similarities in fixed notation, rounded to
# four decimals (2/3 as 0.6667, never 6.666666666666666E-1).
source "$(dirname "$0")/common.sh"
cat > in.jsonl <<'JSON'
{"id":"p1","title":"Learning to rank with partially labelled data","authors":["Ada Lovelace","Alan Turing"],"year":2001,"doi":"10.1000/xyz"}
{"id":"p2","title":"Learning to rank with partially labeled data sets","authors":["A. Lovelace"],"year":2001,"doi":"10.1000/XYZ"}
JSON
"$REAM" -i in.jsonl dedupe --report report.jsonl > /dev/null
line=$(cat report.jsonl)
expect_contains "$line" '"authors":0.6667,"venue":null,"abstract":null}' "report"
expect_eq 0 "$(grep -c 'E-' report.jsonl || true)" "scientific notation in the report"
explained=$("$REAM" -i in.jsonl dedupe --explain p1,p2)
expect_contains "$explained" '"authors":0.6667,' "explain"
