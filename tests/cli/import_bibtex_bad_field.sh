# A field without '=' is reported at its line with what was expected and
# what was found.
source "$(dirname "$0")/common.sh"
printf '@misc{ok, title = {Ok}}\n@article{a,\n  title {x}\n}\n' > refs.bib
expect_status 1 "$REAM" import --format bibtex refs.bib > out.jsonl 2> err.txt
expect_eq "ream: refs.bib:3: import: bad entry @article{a: expected '=', found '{'" "$(cat err.txt)"
