# Every generated man page renders without groff warnings and lists every
# option its stage's schema declares (they come from the same table).
source "$(dirname "$0")/common.sh"
: "${REAM_BUILD:?}"
command -v groff > /dev/null || { echo "groff not installed: skipped"; exit 0; }
pages=("$REAM_BUILD"/man/*.1 "$REAM_SOURCE"/man/*.5 "$REAM_SOURCE"/man/*.7)
[ "${#pages[@]}" -ge 5 ] || fail "expected generated man pages in $REAM_BUILD/man"
for page in "${pages[@]}"; do
  warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1)
  expect_eq "" "$warnings" "groff warnings for $page"
done
for page in "$REAM_BUILD"/man/*.1; do
  base=$(basename "$page" .1)
  stage=${base#ream-}
  [ "$base" == "ream" ] && stage=-
  text=$(LC_ALL=C.UTF-8 groff -man -Tutf8 "$page" 2>/dev/null | sed 's/.\x08//g')
  grep -q '@OPTIONS@' "$page" && fail "$page still holds @OPTIONS@"
  while IFS=$'\t' read -r option _; do
    expect_contains "$text" "$option" "$page documents $option"
  done < <("$REAM" __complete options "$stage")
done
