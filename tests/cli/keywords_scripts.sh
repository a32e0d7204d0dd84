# Other scripts, emoji, empty and huge abstracts never crash.
source "$(dirname "$0")/common.sh"
cat > in.jsonl <<'JSON'
{"title":"深度学习的图像识别","abstract":"本文提出一种新的卷积神经网络方法。"}
{"title":"التعلم الآلي","abstract":"نقترح طريقة جديدة للتعلم العميق 🙂🚀"}
{"title":"","abstract":""}
{"title":"Emoji 🙂 graphs","abstract":"👍👍 graph neural networks 🤖"}
{"id":1}
JSON
python3 -c 'import json; print(json.dumps({"abstract": ("graph neural network models " * 200000)}))' >> in.jsonl
"$REAM" keywords --warmup 0 < in.jsonl > out.jsonl
expect_eq 6 "$(wc -l < out.jsonl | tr -d ' ')"
expect_eq '[]' "$(sed -n 3p out.jsonl | jq -c .keywords)"
expect_eq '["graph neural networks"]' "$(sed -n 4p out.jsonl | jq -c '.keywords[:1]')"
expect_eq 'true' "$(sed -n 1p out.jsonl | jq '.keywords | length > 0')"
