# A macro that no @string defines is an error naming the macro, the field
# and the line where it is used.
source "$(dirname "$0")/common.sh"
cat > refs.bib <<'BIB'
@string{jcp = "J. Comp. Phys."}
@article{a,
  journal = jcp,
  publisher = elsevier,
}
BIB
expect_status 1 "$REAM" import --format bibtex refs.bib > out.jsonl 2> err.txt
expect_eq "ream: refs.bib:4: import: undefined macro 'elsevier' in field publisher of @article{a" "$(cat err.txt)"
