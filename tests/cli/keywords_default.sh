# Default run: keywords added as an array of phrases, best first, fields kept.
source "$(dirname "$0")/common.sh"
out=$("$REAM" keywords --warmup 0 -k 3 < "$REAM_SOURCE/tests/data/keywords/abstracts.jsonl" | head -1)
expect_eq '{"id":"a","title":"Sparse coding for image denoising","abstract":"We propose sparse coding with learned dictionaries. Image denoising results show that sparse coding removes Gaussian noise.","keywords":["sparse coding","image denoising","image denoising results"]}' "$out"
