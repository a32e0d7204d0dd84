# EndNote's XML export is no format ream reads: the file is refused before
# any record is written (exit 1), and the message says what it is and that
# EndNote's RIS export of the same references is read; --detect says the
# same.  (The fixture is written for ream in the shape of EndNote's XML.)
source "$(dirname "$0")/common.sh"
cp "$REAM_SOURCE/tests/data/import/endnote.xml" .
printf '@article{k,\n title={Fine}}\n' > good.bib
expect_status 1 "$REAM" import good.bib endnote.xml > out.jsonl 2> err.txt
expect_eq "ream: endnote.xml: import: cannot import endnote.xml: it is EndNote XML, which ream does not read; export the references from EndNote as RIS (File > Export, output style 'RefMan (RIS) Export') and import that" "$(cat err.txt)"
expect_eq "" "$(cat out.jsonl)" "output"
expect_status 1 "$REAM" import --detect endnote.xml > out.txt 2> /dev/null
expect_eq "endnote.xml: unknown: EndNote XML, which ream does not read; export the references from EndNote as RIS (File > Export, output style 'RefMan (RIS) Export') and import that" "$(cat out.txt)"
