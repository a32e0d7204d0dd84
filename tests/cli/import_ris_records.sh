# A RIS file with continuation lines, repeated KW tags, SP/EP pages and an
# arXiv URL gives these records exactly.
source "$(dirname "$0")/common.sh"
cp "$REAM_SOURCE/tests/data/import/papers.ris" .
"$REAM" import --format ris papers.ris then cat > out.jsonl
expect_eq '{"id":"doi:10.1093/comjnl/27.2.97","title":"Literate Programming","authors":["Knuth, Donald E."],"abstract":"The structure of a software program may be thought of as a web.","year":1984,"date":"1984-05-01","venue":"The Computer Journal","doi":"10.1093/comjnl/27.2.97","entry_type":"JOUR","volume":"27","number":"2","keywords":"literate programming; documentation","JA":"Comput. J.","pages":"97–111","source":{"file":"papers.ris","line":1}}
{"id":"arxiv:2312.03884","title":"WonderJourney: Going from Anywhere to Everywhere","authors":["Yu, Hong-Xing","Duan, Haoyi"],"year":2024,"venue":"CVPR","url":"https://arxiv.org/abs/2312.03884","arxiv":"2312.03884","notes":"Code available.","entry_type":"CONF","source":{"file":"papers.ris","line":18}}' "$(cat out.jsonl)"
