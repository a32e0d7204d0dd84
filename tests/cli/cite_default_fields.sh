#!/usr/bin/env bash
# cite reads the text fields (title, abstract, references, notes) and the
# fields --fields adds; never ream's own fields, the record's identifiers,
# or the metadata an export leaves (biburl, bibsource, Zotero file, RIS DP).
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"id":"doi:10.1000/a","doi":"10.1000/a","url":"https://example.org/a","arxiv":"1501.00001",
"title":"A paper","abstract":"Builds on 10.1000/b.","references":["Smith, arXiv:1502.00002"],
"notes":"see https://example.org/notes","venue":"Proc. 10.1000/venue",
"biburl":"https://dblp.org/rec/x/a.bib","bibsource":"dblp computer science bibliography, https://dblp.org",
"file":"/home/u/Zotero/storage/AB12/arXiv.org Snapshot.html","DP":"arXiv.org",
"merged_from":["doi:10.1000/a~2"],"cluster":"doi:10.1000/a~3","source":{"file":"x.bib","line":3}}' | jq -c . >in.jsonl
"$REAM" cite <in.jsonl >out.jsonl
expect_eq '["abstract:10.1000/b","references:1502.00002","notes:https://example.org/notes"]' \
  "$(jq -c '[.links[] | "\(.field):\(.id)"]' out.jsonl)" "default fields"
"$REAM" cite --fields venue,biburl <in.jsonl >more.jsonl
expect_eq '["abstract:10.1000/b","references:1502.00002","notes:https://example.org/notes","venue:10.1000/venue","biburl:https://dblp.org/rec/x/a.bib"]' \
  "$(jq -c '[.links[] | "\(.field):\(.id)"]' more.jsonl)" "--fields adds fields"
expect_status 2 "$REAM" cite --fields merged_from <in.jsonl
expect_eq "ream: cite: --fields: 'merged_from' is written by ream, not text; it is never scanned" \
  "$("$REAM" cite --fields merged_from <in.jsonl 2>&1 || true)"
expect_eq "ream: cite: --fields: 'doi' is the record's own identifier; it is never scanned" \
  "$("$REAM" cite --fields doi <in.jsonl 2>&1 || true)"
