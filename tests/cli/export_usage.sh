#!/usr/bin/env bash
# Bad options are refused with exit status 2 and a message saying what is
# wrong, before any record is read.
source "$(dirname "$0")/common.sh"
check() {
  local want=$1; shift
  local got=0
  "$REAM" "$@" < /dev/null > out 2> err || got=$?
  expect_eq 2 "$got" "exit status of [$*]"
  expect_eq "$want" "$(cat err)" "message of [$*]"
  expect_eq "" "$(cat out)" "output of [$*]"
}
check "ream: export: --format is required" export
check "ream: export: --format: 'endnote' is not one of bibtex|biblatex|ris|csl-json|csljson|csv|tsv" export -f endnote
check "ream: export: --key-format '[auth:loud]': column 7: unknown filter 'loud' (lower, upper, capitalize)" \
  export -f bibtex --key-format '[auth:loud]'
check "ream: export: --key-format '[auth': column 1: '[' is never closed" export -f bibtex --key-format '[auth'
check "ream: export: --key-format 'a b': column 2: ' ' cannot be part of a citation key" export -f bibtex --key-format 'a b'
check "ream: export: --ascii applies to --format bibtex and biblatex only" export -f ris --ascii
check "ream: export: --fields applies to --format csv and tsv only" export -f bibtex --fields title
check "ream: export: --json-lines applies to --format csl-json only" export -f csv --json-lines
echo ok
