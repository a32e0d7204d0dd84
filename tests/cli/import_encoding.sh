# Encodings: a UTF-16 file with a byte order mark is read as such; a
# Latin-1 file is refused with a hint and read with --encoding latin1,
# never turned into mojibake.
source "$(dirname "$0")/common.sh"
printf '\xff\xfe' > u16.bib
printf '@article{a,\n title={Caf\xc3\xa9}, year=2020}\n' | iconv -f utf-8 -t utf-16le >> u16.bib
"$REAM" import u16.bib > out.jsonl
expect_contains "$(cat out.jsonl)" '"title":"Café"'
printf '@article{a,\n title={Caf\xe9}, year=2020}\n' > latin1.bib
expect_status 1 "$REAM" import latin1.bib > out.jsonl 2> err.txt
expect_eq "ream: latin1.bib:2: import: invalid UTF-8 (byte 0xE9 at column 12); if the file is Latin-1, use --encoding latin1" "$(cat err.txt)"
expect_eq "" "$(cat out.jsonl)"
"$REAM" import --encoding latin1 latin1.bib > out.jsonl
expect_contains "$(cat out.jsonl)" '"title":"Café"'
printf '@article{a,\n title={Caf\xc3\xa9}, year=2020}\n' | iconv -f utf-8 -t utf-16le > nobom.bib
expect_status 1 "$REAM" import --format bibtex nobom.bib 2> err.txt
expect_eq "ream: nobom.bib:1: import: UTF-16 text without a byte order mark; use --encoding utf-16le" "$(cat err.txt)"
expect_status 2 "$REAM" import --encoding klingon latin1.bib 2> err.txt
expect_eq "ream: import: --encoding: 'klingon' is not an encoding ICU knows" "$(cat err.txt)"
