#!/usr/bin/env bash
# Property test: many random adversarial records (render_check.py gen) go
# through digest, list and table, and cmark-gfm's HTML always gives back
# each title exactly, links only where they belong, and no foreign element.
source "$(dirname "$0")/common.sh"
if ! command -v cmark-gfm >/dev/null || ! command -v python3 >/dev/null; then
  echo "SKIP: cmark-gfm or python3 not installed; the rendered HTML cannot be checked"
  exit 0
fi
check="$REAM_SOURCE/tests/data/markdown/render_check.py"
for seed in 1 2 3 4 5; do
  python3 "$check" gen 200 "$seed" > records.jsonl
  for template in digest list table; do
    "$REAM" -i records.jsonl markdown --template "$template" --toc > out.md
    cmark-gfm --unsafe -e table -e strikethrough -e autolink out.md > out.html
    python3 "$check" check "$template" records.jsonl out.html ||
      fail "seed $seed, $template: the rendered HTML does not match the records"
  done
done
