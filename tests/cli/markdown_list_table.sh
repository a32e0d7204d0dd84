#!/usr/bin/env bash
# `list` gives one line per paper, `table` a GFM table with escaped cells.
source "$(dirname "$0")/common.sh"
data="$REAM_SOURCE/tests/data/markdown/small.jsonl"
expect_eq '# Reading digest

- [WonderJourney: Going from Anywhere to Everywhere](<https://arxiv.org/abs/2312.03884>) — Hong-Xing Yu, Haoyi Duan, Junhwa Hur et al. (CVPR 2024, 2023)
- [3D Gaussian Splatting for Real-Time Radiance Field Rendering](<https://doi.org/10.1145/3592433>) — Bernhard Kerbl (SIGGRAPH, 2023)
- A Paper Without Links (2021)' "$("$REAM" -i "$data" markdown --template list)" "list"
printf '%s\n' '{"title":"A | B\nC","authors":["X|Y"],"year":2020,"keywords":["k|1","k2"]}' > pipe.jsonl
expect_eq '# Reading digest

| Title | Authors | Year | Keywords |
| --- | --- | --- | --- |
| A \| B C | X\|Y | 2020 | k\|1, k2 |' "$("$REAM" -i pipe.jsonl markdown --template table)" "table"
