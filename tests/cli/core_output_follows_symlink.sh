#!/usr/bin/env bash
# -o follows a symbolic link, as sort -o and the shell's > do: the file it
# points to is replaced (atomically, in its own directory) and the link
# stays a link.  A dangling link creates its target.
source "$(dirname "$0")/common.sh"
echo '{"id":"a"}' > in.jsonl
mkdir real
echo old > real/digest.jsonl
ln -s real/digest.jsonl link.jsonl
"$REAM" -i in.jsonl -o link.jsonl cat
[ -L link.jsonl ] || fail "the link was replaced"
expect_eq '{"id":"a"}' "$(cat real/digest.jsonl)" "target"
ln -s real/new.jsonl dangling.jsonl
"$REAM" -i in.jsonl -o dangling.jsonl cat
[ -L dangling.jsonl ] || fail "the dangling link was replaced"
expect_eq '{"id":"a"}' "$(cat real/new.jsonl)" "target of the dangling link"
