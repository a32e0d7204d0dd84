# Scopus CSV and Web of Science spreadsheet exports: their column names
# map to record fields (venue from "Source title", pages from "Page
# start"/"Page end", authors from "Author full names" without Scopus's
# ids, editors never authors), and --map renames other headers.
source "$(dirname "$0")/common.sh"
cp "$REAM_SOURCE/tests/data/import/scopus.csv" "$REAM_SOURCE/tests/data/import/wos_spreadsheet.tsv" .
get() { python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])][int(sys.argv[2])]; print(r.get(sys.argv[3], "-"))' "$@"; }
"$REAM" import scopus.csv > s.jsonl
expect_eq "['Okafor, Chidi', 'Müller, Anna']" "$(get s.jsonl 0 authors)"
expect_eq "Global Change Biology|27|4|101–109|10.1111/gcb.15500|2021|article-journal" \
  "$(get s.jsonl 0 venue)|$(get s.jsonl 0 volume)|$(get s.jsonl 0 issue)|$(get s.jsonl 0 pages)|$(get s.jsonl 0 doi)|$(get s.jsonl 0 year)|$(get s.jsonl 0 type)"
expect_eq "$(printf 'Soils store carbon.\n\nDrought releases it.')" "$(get s.jsonl 0 abstract)"
expect_eq "['soil carbon', 'drought']" "$(get s.jsonl 0 keywords_source)"
expect_eq "paper-conference|-" "$(get s.jsonl 1 type)|$(get s.jsonl 1 pages)"
"$REAM" import wos_spreadsheet.tsv > w.jsonl
expect_eq "['Okafor, Chidi', 'Muller, Anna']|GLOBAL CHANGE BIOLOGY|101–109|4" \
  "$(get w.jsonl 0 authors)|$(get w.jsonl 0 venue)|$(get w.jsonl 0 pages)|$(get w.jsonl 0 issue)"
expect_eq "chapter|['Lee, Jin']|['Smola, Alex', 'Vishwanathan, S']|5–20" \
  "$(get w.jsonl 1 type)|$(get w.jsonl 1 authors)|$(get w.jsonl 1 editors)|$(get w.jsonl 1 pages)"
printf 'Paper Name,Writers,When\nA Study,Ann Lee,2020\n' > other.csv
"$REAM" import --format csv --map 'Paper Name=title' --map Writers=authors --map When=year other.csv > o.jsonl
expect_eq "A Study|['Ann Lee']|2020" "$(get o.jsonl 0 title)|$(get o.jsonl 0 authors)|$(get o.jsonl 0 year)"
expect_status 2 "$REAM" import --map nonsense other.csv 2> err.txt
expect_eq "ream: import: --map: 'nonsense' is not OLD=NEW" "$(cat err.txt)"
