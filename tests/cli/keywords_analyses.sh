# --save-analyses and --analyses (ream-keywords(1), the rank step of a
# distributed run): a part counted with --count-only --save-analyses and
# ranked against the summed table with --analyses gives the bytes one
# process gives, at every -j and for 1, 2 and 3 parts, as ranking without
# the file does.  A file that does not belong to the input (another part,
# other --fields or stopwords, fewer or more records, a cut or foreign
# file) is refused with its name, never used.
source "$(dirname "$0")/common.sh"
python3 "$REAM_SOURCE/tests/data/keywords/generate.py" 2600 5 > corpus.jsonl
"$REAM" keywords --save-df whole.df < corpus.jsonl > whole.jsonl
for parts in 1 2 3; do
  rm -f part.* ranked.*
  split -n "l/$parts" -d corpus.jsonl part.
  dfs=()
  for p in part.??; do
    "$REAM" -j 2 keywords --count-only --save-df "$p.df" --save-analyses "$p.an" < "$p" > "$p.passed"
    "$REAM" cat < "$p" | cmp - "$p.passed" || fail "--save-analyses changed records"
    dfs+=(--df "$p.df")
  done
  "$REAM" keywords --count-only "${dfs[@]}" --save-df total.df < /dev/null > /dev/null
  for j in 1 2 7; do
    for p in part.??; do "$REAM" -j "$j" keywords --df total.df --analyses "$p.an" < "$p" > "ranked.$p"; done
    cat ranked.part.?? > joined.jsonl
    cmp whole.jsonl joined.jsonl || fail "$parts parts, -j $j: ranked with --analyses differs from one process"
  done
done

# The file written at -j 1 and at -j 7 is the same file.
"$REAM" -j 1 keywords --count-only --save-df a.df --save-analyses j1.an < corpus.jsonl > /dev/null
"$REAM" -j 7 keywords --count-only --save-df a.df --save-analyses j7.an < corpus.jsonl > /dev/null
cmp j1.an j7.an || fail "--save-analyses differs between -j 1 and -j 7"

# Records that keep their field are not analysed; --replace ranks them.
{ echo '{"id":"k","title":"Kept keyword field","keywords":["mine"]}'; head -n 50 corpus.jsonl; } > kept.jsonl
"$REAM" keywords --save-df kept.df < kept.jsonl > kept.one
"$REAM" keywords --count-only --save-df kept.df --save-analyses kept.an < kept.jsonl > /dev/null
"$REAM" keywords --df kept.df --analyses kept.an < kept.jsonl > kept.got 2> /dev/null
cmp kept.one kept.got || fail "a kept record with --analyses"
"$REAM" keywords --replace --df kept.df --analyses kept.an < kept.jsonl > kept.replaced
"$REAM" keywords --replace --df kept.df < kept.jsonl > kept.expected
cmp kept.expected kept.replaced || fail "--replace with an entry of a kept record (analysed again)"

# Refused: the wrong part, other fields, other stopwords, fewer or more
# records, a cut file, a file of something else; and the options'
# combinations.
split -n l/2 -d corpus.jsonl half.
"$REAM" keywords --count-only --save-df half.df --save-analyses half.an < half.00 > /dev/null
refused() {  # exit status, message, stage words...
  local status=$1 message=$2; shift 2
  expect_status "$status" "$REAM" keywords "$@" < "${INPUT:-half.00}"
  expect_contains "$("$REAM" keywords "$@" < "${INPUT:-half.00}" 2>&1 > /dev/null || true)" "$message"
}
INPUT=half.01 refused 1 "half.an: keywords: --analyses: record 1: analyses: the entry was written for other texts than this record's" \
  --df half.df --analyses half.an
refused 1 "--analyses: written with other --fields or stopwords than this run's" --fields title --df half.df --analyses half.an
printf 'the\nof\n' > stop.txt
refused 1 "--analyses: written with other --fields or stopwords than this run's" --stopwords stop.txt --df half.df --analyses half.an
head -n 10 half.00 > ten.jsonl
INPUT=ten.jsonl refused 1 "--analyses: the file has more records than the input's 10" --df half.df --analyses half.an
INPUT=corpus.jsonl refused 1 "--analyses: the file ends before record $(($(wc -l < half.00) + 1)):" --df half.df --analyses half.an
head -c 1000 half.an > cut.an
refused 1 "--analyses:" --df half.df --analyses cut.an
refused 1 "--analyses: not a ream keywords analyses file" --df half.df --analyses half.df
refused 4 "cannot open the analyses file" --df half.df --analyses missing.an
refused 2 "--save-analyses needs --count-only" --save-df x.df --save-analyses x.an
refused 2 "--analyses needs --df FILE, without --save-df or --count-only" --analyses half.an
refused 2 "--analyses needs --df FILE, without --save-df or --count-only" --df half.df --save-df y.df --analyses half.an
