#!/usr/bin/env bash
# Usage errors: exit 2 with the exact message.
source "$(dirname "$0")/common.sh"
check() {
  local message=$1; shift
  local got=0
  "$@" < /dev/null > /dev/null 2> err || got=$?
  expect_eq 2 "$got" "exit status of $*"
  expect_eq "$message" "$(cat err)" "message of $*"
}
check "ream: markdown: cannot read template 'missing.mustache': No such file or directory" \
  "$REAM" markdown --template missing.mustache
printf '{{#papers}}x\n' > bad.mustache
check 'ream: markdown: template bad.mustache: Unclosed section "papers" at 0' "$REAM" markdown --template bad.mustache
check "ream: markdown: --abstract-chars must be 0 or more, not -1" "$REAM" markdown --abstract-chars -1
check "ream: markdown: --sort needs a field name" "$REAM" markdown --sort=-
check "ream: markdown: SOURCE_DATE_EPOCH must be a number of seconds, not 'soon'" \
  env SOURCE_DATE_EPOCH=soon "$REAM" markdown
