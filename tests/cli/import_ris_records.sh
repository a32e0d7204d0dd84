# A RIS file with continuation lines, repeated KW tags, SP/EP pages and an
# arXiv URL gives these records exactly.
source "$(dirname "$0")/common.sh"
cp "$REAM_SOURCE/tests/data/import/papers.ris" .
"$REAM" import --format ris papers.ris then cat > out.jsonl
expect_eq '{"id":"doi:10.1093/comjnl/27.2.97","type":"article-journal","title":"Literate Programming","authors":["Knuth, Donald E."],"abstract":"The structure of a software program may be thought of as a web.","year":1984,"date":"1984-05-01","venue":"The Computer Journal","doi":"10.1093/comjnl/27.2.97","volume":"27","issue":"2","JA":"Comput. J.","pages":"97–111","keywords_source":["literate programming","documentation"],"source":{"file":"papers.ris","line":1}}
{"id":"arxiv:2312.03884","type":"paper-conference","title":"WonderJourney: Going from Anywhere to Everywhere","authors":["Yu, Hong-Xing","Duan, Haoyi"],"year":2024,"venue":"CVPR","url":"https://arxiv.org/abs/2312.03884","arxiv":"2312.03884","notes":"Code available.","source":{"file":"papers.ris","line":18}}' "$(cat out.jsonl)"
