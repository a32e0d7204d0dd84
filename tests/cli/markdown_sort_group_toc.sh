#!/usr/bin/env bash
# --sort (numbers as numbers, -FIELD descending, missing last), --group-by
# (first appearance, "Other" last) and --toc with links to the anchors.
source "$(dirname "$0")/common.sh"
cat > in.jsonl <<'JSON'
{"id":"a","title":"Alpha","year":2021,"venue":"ICML"}
{"id":"b","title":"Beta","venue":"NeurIPS"}
{"id":"c","title":"Gamma","year":2023,"venue":"ICML"}
{"id":"d","title":"Delta","year":2009}
JSON
expect_eq '# Reading digest

- Gamma (ICML, 2023)
- Alpha (ICML, 2021)
- Delta (2009)
- Beta (NeurIPS)' "$("$REAM" -i in.jsonl markdown --template list --sort=-year)" "sort"
expect_eq '# Reading digest

## ICML

- Alpha (ICML, 2021)
- Gamma (ICML, 2023)

## NeurIPS

- Beta (NeurIPS)

## Other

- Delta (2009)' "$("$REAM" -i in.jsonl markdown --template list --group-by venue)" "group"
out=$(SOURCE_DATE_EPOCH=0 "$REAM" -i in.jsonl markdown --toc --group-by venue --sort year)
expect_contains "$out" '## Contents

- ICML
  - [Alpha](#paper-a)
  - [Gamma](#paper-c)
- NeurIPS
  - [Beta](#paper-b)
- Other
  - [Delta](#paper-d)

## ICML

### <a id="paper-a"></a>Alpha' "toc"
