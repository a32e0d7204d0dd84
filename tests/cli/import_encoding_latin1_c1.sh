# A Windows-1252 RIS export (curly quotes, an en dash) imported with
# --encoding latin1, as the invalid-UTF-8 hint suggests for single-byte
# files: bytes 0x80-0x9F would be invisible control characters in Latin-1,
# so the file is refused with its line and the encoding to use (exit 1),
# and --encoding windows-1252 reads the quotes and the dash.
source "$(dirname "$0")/common.sh"
printf 'TY  - JOUR\r\nAU  - M\xfcller, J.\r\nTI  - \x93Quoted\x94 title \x96 with a dash\r\nPY  - 2019\r\nER  - \r\n' > cp1252.ris
expect_status 1 "$REAM" import --encoding latin1 cp1252.ris > out.jsonl 2> err.txt
expect_eq "ream: cp1252.ris:3: import: byte 0x93 is a control character in Latin-1, not text: the file is probably Windows-1252; use --encoding windows-1252" "$(cat err.txt)"
expect_eq "" "$(cat out.jsonl)"
"$REAM" import --encoding windows-1252 cp1252.ris > out.jsonl
expect_eq "“Quoted” title – with a dash|['Müller, J.']" \
  "$(python3 -c 'import json,sys; r=json.loads(sys.stdin.readline()); print(r["title"] + "|" + str(r["authors"]))' < out.jsonl)"
