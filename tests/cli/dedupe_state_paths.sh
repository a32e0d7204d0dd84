#!/usr/bin/env bash
# A --state path in a directory that does not exist is created as mkdir -p
# would; a state that cannot be written is an I/O error (exit 4) reported
# when it is opened, before any record is read.
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/dedupe/papers.jsonl"
"$REAM" -i "$in" dedupe --state deep/er/state.db > out.jsonl
[ -f deep/er/state.db ] || fail "the state was not created"
expect_eq "" "$("$REAM" -i "$in" dedupe --state deep/er/state.db)" "second run"
[ "$(id -u)" != 0 ] || exit 0  # root writes anyway
cp deep/er/state.db ro.db
chmod a-w ro.db
got=0
"$REAM" -i "$in" dedupe --state ro.db > out.jsonl 2> err || got=$?
expect_eq 4 "$got" "exit status for a read-only state"
expect_eq "ream: dedupe: state file 'ro.db': cannot open for writing: Permission denied" "$(cat err)"
[ ! -s out.jsonl ] || fail "records written with a read-only state"
mkdir locked
chmod a-w locked
got=0
"$REAM" -i "$in" dedupe --state locked/sub/state.db > out.jsonl 2> err || got=$?
expect_eq 4 "$got" "exit status for an uncreatable directory"
expect_eq "ream: dedupe: state file 'locked/sub/state.db': cannot create its directory: Permission denied" "$(cat err)"
chmod u+w locked
