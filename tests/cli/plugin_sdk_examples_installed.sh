#!/usr/bin/env bash
# ream-plugin(7)'s examples in C, C++, Python and shell are installed under
# share/ream/examples/sdk, and each one, taken from there, builds against the
# installed SDK (C with pkg-config, C++ with find_package) and runs as a
# stage of the installed ream: the Python one's drops are counted by
# --stats, the shell one is described (help, option checking).
source "$(dirname "$0")/common.sh"
: "${REAM_BUILD:?}"
cmake --install "$REAM_BUILD" --prefix "$T/prefix" > install.log
examples="$T/prefix/share/ream/examples/sdk"
ream=("$T/prefix/bin/ream")
for f in since/since.cc since/CMakeLists.txt title_words/title_words.c python/ream-recent shell/ream-tag; do
  [ -f "$examples/$f" ] || fail "not installed: share/ream/examples/sdk/$f"
done
mkdir plugins
export REAM_PLUGIN_PATH="$T/plugins" XDG_CACHE_HOME="$T/cache"
printf '%s\n' '{"title":"Old  one","year":2001}' '{"title":"New\tone","year":2023}' '{"title":"Undated"}' > in.jsonl

# C++, with find_package(ReamSDK).
cmake -S "$examples/since" -B since-build -DCMAKE_PREFIX_PATH="$T/prefix" > configure.log
cmake --build since-build > build.log
cp since-build/since.so plugins/
expect_eq '{"title":"New one","year":2023}' "$("${ream[@]}" -i in.jsonl since --year 2020)"

# C, with the pkg-config flags alone.
export PKG_CONFIG_PATH="$T/prefix/lib/pkgconfig"
# shellcheck disable=SC2046
cc -Wall -Werror $(pkg-config --cflags ream-sdk) -o plugins/title_words.so "$examples/title_words/title_words.c" \
  $(pkg-config --libs ream-sdk)
expect_eq '2' "$("${ream[@]}" -i in.jsonl title_words | head -1 | jq .title_words)"

# Python: two of three records are reported dropped, none goes missing.
cp "$examples/python/ream-recent" "$examples/shell/ream-tag" plugins/
out=$("${ream[@]}" --stats=json -i in.jsonl recent 2020 2> stats.txt)
expect_eq '{"title":"New\tone","year":2023}' "$out"
expect_contains "$(cat stats.txt)" '"stage":"recent","in":3,"out":1,"dropped":2'
case "$(cat stats.txt)" in *missing*) fail "records reported missing: $(cat stats.txt)" ;; esac

# Shell: described, so help shows its option and a missing one is refused.
expect_contains "$("${ream[@]}" help tag)" "--tag"
expect_eq '{"title":"Undated","tag":"unread"}' "$("${ream[@]}" -i in.jsonl tag --tag unread | tail -1)"
got=0
"${ream[@]}" -i in.jsonl tag > /dev/null 2> err.txt || got=$?
expect_eq 2 "$got" "exit status without the required --tag"
echo ok
