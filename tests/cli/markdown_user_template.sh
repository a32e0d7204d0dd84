#!/usr/bin/env bash
# A user template: {{field}} is escaped for Markdown, {{{*_md}}} helpers are
# ready-made Markdown, every record field (nested ones too) is available.
source "$(dirname "$0")/common.sh"
cat > mine.mustache <<'TPL'
Papers for {{digest_title}}
{{#papers}}
* {{{link_md}}} / {{title}} / {{extra.note}}{{#authors}} [{{.}}]{{/authors}}
{{/papers}}
TPL
printf '%s\n' '{"title":"<b>x</b> *y*","url":"https://e.org/a b","extra":{"note":"# n"},"authors":["A_1","B"]}' > in.jsonl
expect_eq 'Papers for Reading digest
* [\<b\>x\</b\> \*y\*](<https://e.org/a%20b>) / \<b\>x\</b\> \*y\* / \# n [A\_1] [B]' \
  "$("$REAM" -i in.jsonl markdown --template mine.mustache)" "user template"
