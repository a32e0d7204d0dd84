#!/usr/bin/env bash
# Hand-made hostile records (raw HTML, every Markdown marker, unsafe URLs,
# emoji, right-to-left text, controls, empty fields, a repeated id) render
# through cmark-gfm to exactly their titles and safe links, in every template.
source "$(dirname "$0")/common.sh"
if ! command -v cmark-gfm >/dev/null || ! command -v python3 >/dev/null; then
  echo "SKIP: cmark-gfm or python3 not installed; the rendered HTML cannot be checked"
  exit 0
fi
data="$REAM_SOURCE/tests/data/markdown"
for template in digest list table; do
  "$REAM" -i "$data/hostile.jsonl" markdown --template "$template" --toc > out.md
  cmark-gfm --unsafe -e table -e strikethrough -e autolink out.md > out.html
  python3 "$data/render_check.py" check "$template" "$data/hostile.jsonl" out.html ||
    fail "$template: the rendered HTML does not match the records"
done
