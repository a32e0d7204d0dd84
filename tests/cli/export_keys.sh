#!/usr/bin/env bash
# Citation keys: a record's own key is kept; a key BibTeX cannot read and
# a key an earlier record took are replaced, each with a warning naming
# the record's line; generated keys repeat with a, b, ... in input order.
source "$(dirname "$0")/common.sh"
data="$REAM_SOURCE/tests/data/export"
cp "$data/papers.jsonl" papers.jsonl
"$REAM" -i papers.jsonl export --format csv --fields key > out 2> err
expect_eq $'key\r\nknuth84\r\nyu2023wonderjourney\r\nerdos2019uber\r\nvaswani2017attention\r\njain2017attention\r\nknuth84a\r\nking1955thesis\r\nvaswani2017attentiona\r\naristotle2024hostile\r\nlee2021bert\r' "$(cat out)" "keys"
expect_eq "ream: papers.jsonl:5: export: warning: citation key 'bad key, with space' cannot be used in BibTeX (white space, a control character or one of , { } ( ) = \\ \" # % ' ~); it is written as 'jain2017attention'
ream: papers.jsonl:6: export: warning: citation key 'knuth84' is already used by an earlier record; this one is written as 'knuth84a'" "$(cat err)" "warnings"
# The same keys in every format.
"$REAM" -i papers.jsonl export --format ris 2> /dev/null | grep '^ID  - ' | tr -d '\r' | cut -c7- > ris_keys
tail -n +2 out | tr -d '\r' > csv_keys
diff csv_keys ris_keys || fail "RIS IDs differ from the CSV keys"
# A template of one's own.
"$REAM" -i papers.jsonl export --format csv --fields key --key-format '[authors2:lower]-[year]' > out 2> /dev/null
expect_eq "vaswanishazeer-2017" "$(sed -n 5p out | tr -d '\r')" "--key-format [authors2:lower]-[year]"
echo ok
