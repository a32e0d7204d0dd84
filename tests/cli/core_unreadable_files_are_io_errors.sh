#!/usr/bin/env bash
# One rule for files a stage reads: one that cannot be opened or read (a
# missing file, a directory) is an I/O error, exit 4, with the OS reason;
# never read as empty.  A binary stopword file is refused at its line
# (exit 1).  A template is chosen by name or file: one that cannot be read
# is a usage error (exit 2).
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/keywords/abstracts.jsonl"
mkdir dir
check() {
  local code=$1 message=$2; shift 2
  local got=0
  "$@" < "$in" > out 2> err || got=$?
  expect_eq "$code" "$got" "exit status of $*"
  expect_eq "$message" "$(cat err)" "message of $*"
}
check 4 "ream: cite: cannot read index file 'dir': Is a directory" "$REAM" cite --index dir
check 4 "ream: cite: cannot read index file 'missing': No such file or directory" "$REAM" cite --index missing
check 4 "ream: keywords: cannot read DF table 'dir': Is a directory" "$REAM" keywords --df dir
check 4 "ream: keywords: cannot read stopword file 'dir': Is a directory" "$REAM" keywords --stopwords dir
check 4 "ream: keywords: cannot read stopword file 'missing': No such file or directory" "$REAM" keywords --stopwords missing
printf 'the\n\x7fELF\x02\x01\x01\x00\x00\n' > binary.txt
check 1 "ream: binary.txt:2: keywords: not a stopword list: control character (a binary file?)" \
  "$REAM" keywords --stopwords binary.txt
printf 'the\nna\xefve\n' > latin1.txt
check 1 "ream: latin1.txt:2: keywords: not a stopword list: invalid UTF-8" "$REAM" keywords --stopwords latin1.txt
check 2 "ream: markdown: cannot read template 'dir': Is a directory" "$REAM" markdown --template dir
