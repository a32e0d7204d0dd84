# Words after the first stage that it does not take itself are input files,
# read in order exactly as -i reads them ('-' is standard input).
source "$(dirname "$0")/common.sh"
echo '{"f":"a"}' > a.jsonl
echo '{"f":"b"}' > b.jsonl
positional=$(echo '{"f":"stdin"}' | "$REAM" cat a.jsonl - b.jsonl then select f)
with_i=$(echo '{"f":"stdin"}' | "$REAM" -i a.jsonl -i - -i b.jsonl cat then select f)
expect_eq $'{"f":"a"}\n{"f":"stdin"}\n{"f":"b"}' "$positional"
expect_eq "$with_i" "$positional"
