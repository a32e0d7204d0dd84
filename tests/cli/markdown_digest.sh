#!/usr/bin/env bash
# The default digest: title and reproducible date, per paper a heading with
# an explicit anchor linked to arXiv or DOI, metadata, links from `ream cite`
# (the paper's own link and in-document targets left out), Cites/Cited by.
source "$(dirname "$0")/common.sh"
out=$(SOURCE_DATE_EPOCH=1700000000 "$REAM" -i "$REAM_SOURCE/tests/data/markdown/small.jsonl" markdown --title "Daily *papers*")
expected='# Daily \*papers\*

2023-11-14 · 3 papers

## <a id="paper-arxiv-2312-03884"></a>[WonderJourney: Going from Anywhere to Everywhere](<https://arxiv.org/abs/2312.03884>)

- **Authors:** Hong-Xing Yu, Haoyi Duan, Junhwa Hur and Kyle Sargent
- **Published:** CVPR 2024, 2023
- **Keywords:** 3D scene generation, LLM
- **Links:** [https\://github.com/x/wonder](<https://github.com/x/wonder>)
- **Cites:** [3D Gaussian Splatting for Real-Time Radiance Field Rendering](#paper-doi-10-1145-3592433)

We introduce WonderJourney, a modularized framework for perpetual 3D scene generation.

## <a id="paper-doi-10-1145-3592433"></a>[3D Gaussian Splatting for Real-Time Radiance Field Rendering](<https://doi.org/10.1145/3592433>)

- **Authors:** Bernhard Kerbl
- **Published:** SIGGRAPH, 2023
- **Keywords:** radiance fields
- **Cited by:** [WonderJourney: Going from Anywhere to Everywhere](#paper-arxiv-2312-03884)

## <a id="paper-title-abc"></a>A Paper Without Links

- **Published:** 2021

Short.'
expect_eq "$expected" "$out" "digest"
