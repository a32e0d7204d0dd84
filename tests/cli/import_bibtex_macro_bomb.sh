# 40 @string macros each doubling the last would expand to gigabytes: the
# expansion is capped, with the file and line, exit 1, and no output.
source "$(dirname "$0")/common.sh"
{
  echo '@string{m0 = "xx"}'
  for i in $(seq 1 40); do echo "@string{m$i = m$((i - 1)) # m$((i - 1))}"; done
  echo '@misc{k, title = m40}'
} > bomb.bib
expect_status 1 "$REAM" import bomb.bib > out.jsonl 2> err.txt
expect_contains "$(cat err.txt)" "ream: bomb.bib:20: import: macro 'm18' in @string m19 expands past the limit"
expect_eq "" "$(cat out.jsonl)"
