# "-" or no file at all reads standard input, named <stdin> in sources,
# from where it stands: a regular file on standard input that the shell
# has read a line of already is imported from the next line on.
source "$(dirname "$0")/common.sh"
printf '{"title":"A"}\n' > in.jsonl
expect_eq '{"id":"title:e6c632b61e96","title":"A","source":{"file":"<stdin>","line":1}}' "$("$REAM" import < in.jsonl)"
expect_eq '{"id":"title:e6c632b61e96","title":"A","source":{"file":"<stdin>","line":1}}' "$("$REAM" import - < in.jsonl)"
printf '{"title":"A"}\n{"title":"B"}\n' > two.jsonl
for j in 1 2; do
  got=$( { read -r _; "$REAM" -j "$j" import -; } < two.jsonl)
  expect_eq '{"id":"title:' "${got:0:13}"
  expect_contains "$got" '"title":"B"'
  expect_eq 1 "$(printf '%s\n' "$got" | wc -l)"
done
