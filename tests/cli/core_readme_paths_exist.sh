#!/usr/bin/env bash
# The README's commands run from a fresh clone: every repository path they
# name (share/..., build/man/...) exists, and the sample digest command
# runs as written.
source "$(dirname "$0")/common.sh"
readme="$REAM_SOURCE/README.md"
grep -q 'seeds/' <(grep -E '^(build/bin/)?ream ' "$readme") && fail "a README command names seeds/, which is not in the repository"
for path in $(grep -oE 'share/ream/[A-Za-z0-9_./*-]+' "$readme" | sort -u); do
  # shellcheck disable=SC2086
  ls -d "$REAM_SOURCE"/$path > /dev/null 2>&1 || fail "README names $path, which does not exist"
done
cd "$REAM_SOURCE"
"$REAM" import share/ream/samples/* then dedupe --keep merge then keywords -k 6 then cite then markdown \
  --title "Trending papers" --abstract-chars 280 2> /dev/null | head -1 > "$T/first"
expect_eq "# Trending papers" "$(cat "$T/first")" "the sample digest"
