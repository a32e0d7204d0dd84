# OpenAlex works, one per line: names from authorships (raw_author_name when
# OpenAlex has no author), abstracts rebuilt from abstract_inverted_index,
# venue from primary_location.source, biblio pages, referenced_works to
# references, arXiv from 10.48550 DOIs.
source "$(dirname "$0")/common.sh"
D="$REAM_SOURCE/tests/data/import"
"$REAM" --on-error=skip import "$D/openalex_works.jsonl" > out.jsonl 2> /dev/null
expect_eq '{"id":"doi:10.1093/nar/gkaa1100","type":"article-journal","title":"The Protein Data Bank in 2021","authors":["Zuzana Dvořáková","wwPDB consortium"],"abstract":"The archive grows. We describe The changes.","year":2021,"date":"2021-01-08","venue":"Nucleic Acids Research","url":"https://doi.org/10.1093/nar/gkaa1100","doi":"10.1093/nar/gkaa1100","volume":"49","issue":"D1","pages":"D437–D451","publisher":"Oxford University Press","language":"en","openalex":"https://openalex.org/W3100000001","keywords_source":["Protein structure"],"references":["https://openalex.org/W2000000001"],"source":{"file":"'"$D"'/openalex_works.jsonl","line":1}}
{"id":"arxiv:2106.09685","type":"article","title":"LoRA: Low-Rank Adaptation of Large Language Models","authors":["Edward J. Hu"],"year":2021,"date":"2021-06-17","venue":"arXiv (Cornell University)","url":"https://arxiv.org/abs/2106.09685","arxiv":"2106.09685","doi":"10.48550/arxiv.2106.09685","openalex":"https://openalex.org/W3100000002","source":{"file":"'"$D"'/openalex_works.jsonl","line":2}}' "$(cat out.jsonl)"
