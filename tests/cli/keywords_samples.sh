# On the shipped samples, every keyphrase is a noun phrase a reader could
# pick: no lone adjective or adverb, no phrase led or ended by a listed
# verb or stop word, no verb-like -s form inside a phrase, nothing from a
# copyright, publisher or funding line.  The samples carry no such lines,
# so the test appends them and asks for the same keyphrases.
source "$(dirname "$0")/common.sh"
en="$REAM_SOURCE/share/ream/stopwords/en.txt"
section() { awk -v s="[$1]" '/^\[/ { on = ($0 == s); next } on && !/^#/ && NF { print $1 }' "$en"; }
section adjective > adjectives.txt
section leading >> adjectives.txt
section verb > verbs.txt
section stop >> verbs.txt

"$REAM" import "$REAM_SOURCE"/share/ream/samples/* > papers.jsonl 2> /dev/null
"$REAM" keywords < papers.jsonl > kw.jsonl
jq -r '.keywords[]?' kw.jsonl > phrases.txt
expect_eq 1 "$([ "$(wc -l < phrases.txt)" -ge 30 ] && echo 1 || echo 0)" "enough phrases to judge"
while IFS= read -r phrase; do
  read -r -a words <<< "$phrase"
  first=$(tr 'A-Z' 'a-z' <<< "${words[0]}")
  last=$(tr 'A-Z' 'a-z' <<< "${words[${#words[@]} - 1]}")
  if [ "${#words[@]}" == 1 ]; then
    case "$first" in *ly | *ous | *ive | *al | *ic | *able | *ible | *ful | *less) fail "lone adjective or adverb: $phrase" ;; esac
    grep -qx -- "$first" adjectives.txt && fail "lone adjective: $phrase"
  else
    grep -qx -- "$first" verbs.txt && fail "verb-led phrase: $phrase"
    for w in "${words[@]:0:${#words[@]}-1}"; do
      case "$w" in [a-z]*s) case "$w" in *ss | *us | *is | *ics | *ous | *as | *-* | *\'*) ;; *) fail "verb-like -s form inside: $phrase" ;; esac ;; esac
    done
  fi
  grep -qx -- "$last" verbs.txt && fail "phrase ending in a verb: $phrase"
done < phrases.txt

# The same papers with notices appended (or put first) give the same keyphrases.
jq -c .keywords kw.jsonl > plain.txt
jq -c 'if .abstract then .abstract = (.abstract + " © 2021 Massachusetts Medical Society. All rights reserved. This work was supported by the Information Processing Systems Foundation under Grant No. 4711.") else . end' \
  papers.jsonl | "$REAM" keywords | jq -c .keywords > appended.txt
expect_eq "$(cat plain.txt)" "$(cat appended.txt)" "keyphrases with notices appended"
jq -c 'if .abstract then .abstract = ("Copyright © 2020 Elsevier B.V. All rights reserved. " + .abstract) else . end' \
  papers.jsonl | "$REAM" keywords | jq -c .keywords > prepended.txt
expect_eq "$(cat plain.txt)" "$(cat prepended.txt)" "keyphrases with a notice put first"
