# DBLP-style crossref: children inherit what they lack (year, venue from
# the parent's title, editors, publisher), the parent cited by two
# children is a record of its own, the one cited by one child is not,
# and parents may come after their children.
source "$(dirname "$0")/common.sh"
cp "$REAM_SOURCE/tests/data/import/dblp_crossref.bib" .
"$REAM" import dblp_crossref.bib > out.jsonl
field() { python3 -c 'import json,sys; print("|".join(str(json.loads(l).get(sys.argv[1], "-")) for l in sys.stdin))' "$1" < out.jsonl; }
expect_eq "Sparse Transformers for Graphs|Dense Retrieval at Scale|One Child Only|Advances in Neural Information Processing Systems 36: Annual Conference on Neural Information Processing Systems 2023, NeurIPS 2023, New Orleans, LA, USA, December 10 - 16, 2023" "$(field title)"
expect_eq "2023|2023|2023|2023" "$(field year)"
expect_eq "NeurIPS|Advances in Neural Information Processing Systems 36: Annual Conference on Neural Information Processing Systems 2023, NeurIPS 2023, New Orleans, LA, USA, December 10 - 16, 2023|International Conference on Machine Learning, ICML 2023|-" "$(field venue)"
expect_eq "paper-conference|paper-conference|paper-conference|book" "$(field type)"
expect_eq "['Alice Oh', 'Tristan Naumann']|['Alice Oh', 'Tristan Naumann']|['Andreas Krause']|['Alice Oh', 'Tristan Naumann']" "$(field editors)"
expect_eq "['Alice Smith', 'Bob Jones']|['Carol White']|['Dan Brown']|-" "$(field authors)"
expect_eq "202" "$(sed -n 3p out.jsonl | python3 -c 'import json,sys; print(json.load(sys.stdin)["volume"])')"
