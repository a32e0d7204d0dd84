# A bad expression is a usage error (exit status 2) that names the line
# and the column, before any record is read.
source "$(dirname "$0")/common.sh"
echo '{"year":2024}' > in.jsonl
check() {
  local got status=0
  got=$("$REAM" where "$1" < in.jsonl 2>&1) || status=$?
  expect_eq 2 "$status" "exit status of where '$1'"
  expect_eq "$2" "$got"
}
check 'year >= 2023 and title >=' "ream: where: 1:26: expected a value after '>='"
check '(year > 1' "ream: where: 1:10: expected ')' after '1'"
check 'title ~ /(/' "ream: where: 1:9: invalid regular expression: missing ): ("
check 'year in 2023' "ream: where: 1:9: expected a list such as [1, 2] after 'in'"
check 'title == "open' "ream: where: 1:10: unterminated string"
check 'year > 1 title' "ream: where: 1:10: unexpected 'title' after '1'"
check '' "ream: where: 1:1: expected an expression"
expect_status 2 "$REAM" where < in.jsonl
# An unquoted expression is several words: after a later stage that is a
# usage error; after the first one, the extra words are input files.
expect_status 2 "$REAM" cat then where year '>' 1 < in.jsonl
