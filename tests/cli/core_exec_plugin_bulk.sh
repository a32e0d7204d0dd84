# Many records through an executable plugin: no deadlock when the program
# buffers everything before writing (sort does).
source "$(dirname "$0")/common.sh"
mkdir bin
printf '#!/bin/sh\nexec sort\n' > bin/ream-sorted
chmod 755 bin/ream-sorted
python3 -c 'import sys; [sys.stdout.write("{\"n\":\"%06d\",\"pad\":\"%s\"}\n" % (99999 - i, "z" * 100)) for i in range(100000)]' > in.jsonl
REAM_PLUGIN_PATH="$T/bin" timeout 60 "$REAM" sorted < in.jsonl > out.jsonl
expect_eq 100000 "$(wc -l < out.jsonl | tr -d ' ')"
expect_eq '{"n":"000000"' "$(head -c 13 out.jsonl)"
