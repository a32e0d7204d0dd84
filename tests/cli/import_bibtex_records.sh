# A .bib file with @string macros, # concatenation, TeX accents, an
# arXiv eprint and a year with a suffix gives these records exactly.
source "$(dirname "$0")/common.sh"
cp "$REAM_SOURCE/tests/data/import/papers.bib" .
"$REAM" import --format bibtex papers.bib then cat > out.jsonl
expect_eq '{"id":"doi:10.1093/comjnl/27.2.97","type":"article-journal","title":"Literate Programming","authors":["Knuth, Donald E."],"year":1984,"date":"1984-05","venue":"The Computer Journal","doi":"10.1093/comjnl/27.2.97","key":"knuth84","volume":"27","pages":"97–111","source":{"file":"papers.bib","line":4}}
{"id":"title:09eeb5527ad0","type":"paper-conference","title":"On the Über-Graph — a Study","authors":["Erdős, Pál","Åström, Karl J."],"et_al":true,"year":2019,"venue":"IEEE Transactions on Graphs","notes":"Extended version","key":"erdos2019","title_protected":"{On} the Über-Graph — a {S}tudy","year_raw":"2019a","source":{"file":"papers.bib","line":15}}
{"id":"arxiv:2312.03884","type":"document","title":"WonderJourney: Going from Anywhere to Everywhere","authors":["Yu, Hong-Xing","Duan, Haoyi"],"year":2023,"arxiv":"2312.03884","key":"wonder2023","title_protected":"{WonderJourney}: Going from Anywhere to Everywhere","primaryclass":"cs.CV","source":{"file":"papers.bib","line":23}}' "$(cat out.jsonl)"
