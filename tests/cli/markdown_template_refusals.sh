#!/usr/bin/env bash
# markdown templates: a directory is refused (exit 2), not rendered as 0
# bytes; custom Mustache delimiters render the papers; a template nested
# deeper than 64 sections is refused at once instead of running without end.
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"id":"a","title":"Alpha"}' '{"id":"b","title":"Beta"}' > two.jsonl
mkdir dir
check() {
  local message=$1; shift
  local got=0
  timeout 20 "$@" < two.jsonl > out 2> err || got=$?
  expect_eq 2 "$got" "exit status of $*"
  expect_eq "$message" "$(cat err)" "message of $*"
}
check "ream: markdown: cannot read template 'dir': Is a directory" "$REAM" markdown --template dir
printf '{{=<%% %%>=}}\n<%%#papers%%>* <%%title_text%%>\n<%%/papers%%>\n' > custom.mustache
expect_eq "* Alpha
* Beta" "$("$REAM" markdown --template custom.mustache < two.jsonl)" "custom delimiters"
python3 -c "print('{{#a}}' * 100000 + '{{/a}}' * 100000)" > deep.mustache
check "ream: markdown: template deep.mustache: sections nested more than 64 deep" "$REAM" markdown --template deep.mustache
