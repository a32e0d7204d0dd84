# `ream import` with -j 1, 2 and 7 writes the same bytes: records, ids
# (collision suffixes included), warnings, rejects and exit status, on
# every fixture and sample, on all of them in one run, with
# --on-error=skip --reject, after a downstream stop (head), and on larger
# generated files that are read in pieces (RIS, MEDLINE, Web of Science,
# JSON Lines, hf-papers) with duplicate ids, broken records and text
# outside records spread through them; and files large enough that more
# pieces than the workers hold in flight are read (the pipeline's window
# fills and moves on) and that BibTeX's papers come in several batches;
# and a file over 16 MB, read into memory in three parts at once.
source "$(dirname "$0")/common.sh"
D="$REAM_SOURCE/tests/data/import"
S="$REAM_SOURCE/share/ream/samples"

# run NAME ARGS...: the run at -j 1, 2 and 7; stdout, stderr (with the
# reject file's name made neutral), status and reject file must agree.
run() {
  local name=$1; shift
  for j in 1 2 7; do
    local status=0
    "$REAM" -j "$j" "${@//REJECT/rej.$j}" > "out.$j" 2> "err.$j" || status=$?
    echo "status $status" >> "err.$j"
    sed -i "s/rej\.$j/REJECT/g" "err.$j"
    [ -e "rej.$j" ] || : > "rej.$j"
  done
  for j in 2 7; do
    cmp -s out.1 "out.$j" || fail "$name: -j $j output differs from -j 1"
    cmp -s err.1 "err.$j" || fail "$name: -j $j messages differ from -j 1: $(diff err.1 "err.$j" | head -5)"
    cmp -s rej.1 "rej.$j" || fail "$name: -j $j rejects differ from -j 1"
  done
  rm -f rej.*
}

# Larger files, each a few hundred records, so that every format's pieces
# are many.
python3 - <<'PY'
import json
n = 400
with open("big.ris", "w") as f:
    f.write("Provider: generated\n\n")
    for i in range(n):
        if i % 37 == 5:
            f.write("a stray line outside any record\nER  - \n\n")
        f.write(f"TY  - JOUR\nTI  - Paper {i % 150}\nAU  - Author, A{i}\n")
        if i % 53 == 7:
            continue  # no ER: cut short by the next TY
        if i % 41 == 3:
            f.write("TI  - \n")
        f.write("ER  - \n\n")
    f.write("TY  - JOUR\nTI  - never closed\n")
with open("big.nbib", "w") as f:
    for i in range(n):
        if i % 29 == 4:
            f.write("junk between records\n\n")
        title = f"TI  - Paper {i % 150}\n      continued\n" if i % 31 != 2 else "AB  - no title here\n"
        f.write(f"PMID- {1000 + i}\n{title}FAU - Author, A{i}\n\n")
with open("big.wos.txt", "w") as f:
    f.write("FN Clarivate Analytics Web of Science\nVR 1.0\n")
    for i in range(n):
        f.write(f"PT J\nAU Author, A{i}\nTI Paper {i % 150}\n   wrapped\n")
        if i % 43 == 6:
            continue  # no ER
        f.write("ER\n\n" if i % 2 else "ER\n")
    f.write("EF\n")
with open("big.jsonl", "w") as f:
    for i in range(n):
        if i % 47 == 9:
            f.write("not json\n")
        f.write(json.dumps({"title": f"Paper {i % 150}", "doi": f"10.1000/{i % 90}", "year": 2000 + i % 20}) + "\n")
with open("big.txt", "w") as f:
    f.write("new\n\nGet trending papers in your email inbox!\n\nMar 14\n\n")
    for i in range(n):
        if i % 60 == 10:
            f.write(f"Mar {15 + i // 60}\n\n")
        f.write(f"Paper {i % 150} On Things\n\n")
        if i % 33 != 1:
            f.write(f"We study paper {i}. It has results. They are good.\n\n")
# Past the window: at -j 2 a split file's pieces are at most 64 KB and
# eight are in flight; BibTeX and hf-papers papers are made ready 1024 at
# a time.
words = "graph neural training data reasoning agents vision transformer scaling reward".split()
def text(i, n):
    return " ".join(words[(i * 7 + k * 3) % len(words)] for k in range(n))
with open("large.ris", "w") as f:
    for i in range(6000):
        if i % 997 == 13:
            f.write("a stray line outside any record\nER  - \n\n")
        f.write(f"TY  - JOUR\nTI  - Paper {i % 2500} {text(i, 6)}\nAU  - Author, A{i}\nAB  - {text(i, 40)}\n")
        if i % 2400 == 1500:
            continue  # no ER: cut short by the next TY
        f.write("ER  - \n\n")
with open("large.bib", "w") as f:
    f.write('@string{jml = {Journal of Machine Learning}}\n\n')
    for i in range(3000):
        if i % 1103 == 1050:
            f.write(f"@article{{broken{i},\n  title = {{unclosed\n\n")
        f.write(f"@article{{k{i},\n  title = {{Paper {i % 1300} {text(i, 5)}}},\n  author = {{Author, A{i}}},\n"
                f"  journal = jml,\n  year = {2000 + i % 20},\n  abstract = {{{text(i, 30)}}},\n}}\n\n")
# BibTeX read in planned pieces: @string items (some redefining a macro)
# spread through it, so that pieces start with different macros in force,
# uses of a macro before its definition, @preamble and @comment; in the
# second file a @string inside a value past the middle sends the rest of
# the file, from its piece on, to one pass.
def macro_bib(path, string_in_value):
    with open(path, "w") as f:
        f.write('@preamble{"\\newcommand{\\x}{x}"}\n@string{jml = {Journal of Machine Learning}}\n'
                '@string{venue0 = "Venue 0"}\n\n')
        for i in range(3000):
            if i % 400 == 399:
                f.write(f"@STRING( venue{i // 400 + 1} = \"Venue \" # jml # {{ {i // 400}}} )\n")
                f.write(f"@string{{jml = {{Journal of ML, volume {i // 400}}}}}\n@comment{{ volume {i // 400} }}\n")
            uses = f"venue{(i // 400) + (1 if i % 997 == 700 else 0)}"  # rarely one not yet defined
            abstract = text(i, 30)
            if string_in_value and i == 1900:
                abstract += "\n@string{jml = {Swallowed}}\nmore"
            f.write(f"@article{{m{i},\n  title = {{Paper {i % 1300} {text(i, 5)}}},\n  journal = jml,\n"
                    f"  booktitle = {uses},\n  month = mar,\n  abstract = {{{abstract}}},\n}}\n\n")
macro_bib("macros.bib", False)
macro_bib("macros-swallowed.bib", True)
# Over 16 MB: read in three 8 MB parts at -j 2 and 7, one after the other at -j 1.
with open("huge.ris", "w") as f:
    for i in range(24000):
        f.write(f"TY  - JOUR\nTI  - Paper {i % 9000} {text(i, 8)}\nAU  - Author, A{i}\nAB  - {text(i, 100)}\n")
        if i % 5000 == 4321:
            continue  # no ER: cut short by the next TY
        f.write("ER  - \n\n")
with open("large.txt", "w") as f:
    f.write("new\n\nGet trending papers in your email inbox!\n\nMar 14\n\n")
    for i in range(2600):
        f.write(f"Paper {i % 1200} On {text(i, 4).title()}\n\nWe study paper {i}. {text(i, 30)}.\n\n")
PY

[ "$(wc -c < huge.ris)" -gt $((16 << 20)) ] || fail "huge.ris is not over 16 MB"
for f in "$D"/* "$S"/* big.ris big.nbib big.wos.txt big.jsonl big.txt large.ris large.bib macros.bib macros-swallowed.bib large.txt huge.ris; do
  run "$(basename "$f")" import "$f"
  run "$(basename "$f") skip" --on-error=skip --reject REJECT import "$f"
done
run "every file" --on-error=skip --reject REJECT import "$D"/* "$S"/* big.ris big.nbib big.wos.txt big.jsonl big.txt
run "head" import big.jsonl big.ris then head -n 500
run "head in a piece" import big.nbib then head -n 7
run "fail" import big.ris
run "fail late" import large.ris
run "head past the window" --on-error=skip import large.ris then head -n 4000
run "head in a later batch" --on-error=skip import large.bib then head -n 2100
# With a later stage the records said on the calling thread are made from
# the text the workers made (emit_json), once, and keep their file and line
# for that stage's messages.
run "then a stage" --on-error=skip --reject REJECT import large.ris big.ris then cat
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS/misbehave"
run "a later stage's message" --on-error=skip import large.ris then where 'title ~ /^Paper 2345 /' then set action=fail then misbehave
opened=$(($(grep -n -m 1 '^TI  - Paper 2345 ' large.ris | cut -d: -f1) - 1))  # its TY line
expect_contains "$(cat err.1)" "ream: large.ris:$opened: misbehave: the plugin failed without a message (status 3)
status 3"
unset REAM_PLUGIN_PATH
# The generated files really hold what the comparison is about.
"$REAM" -j 7 --on-error=skip import big.ris big.jsonl > out.jsonl 2> err.txt
expect_contains "$(cat out.jsonl)" '"id":"title:'
expect_contains "$(cat out.jsonl)" '~2"'
expect_contains "$(cat err.txt)" "big.ris:29: import: warning: text outside a record (lines 29-30)"
expect_contains "$(cat err.txt)" "is already taken by"
expect_contains "$(cat err.txt)" "ends without 'ER  - '"
# Pieces of macros-swallowed.bib start with different macros in force, and
# the @string standing in a value is text, not a definition.
"$REAM" -j 7 --on-error=skip import macros-swallowed.bib > out.jsonl 2> err.txt
expect_contains "$(cat out.jsonl)" '"booktitle":"Venue Journal of ML, volume 3 4"'
expect_contains "$(cat out.jsonl)" '"booktitle":"Venue Journal of Machine Learning 0"'
expect_contains "$(cat out.jsonl)" 'Swallowed'
expect_contains "$(cat err.txt)" "macros-swallowed.bib:13596: import: skipped: undefined macro 'venue5' in field booktitle of @article{m1697"
[ "$(grep -c 'Swallowed' out.jsonl)" = 1 ] || fail "the @string in a value was taken for a definition"
