# An installed SDK builds the example plugin out of tree with
# find_package(ReamSDK) and one CMake call, and ream runs it.
source "$(dirname "$0")/common.sh"
: "${REAM_BUILD:?}"
cmake --install "$REAM_BUILD" --prefix "$T/prefix" > install.log
cmake -S "$REAM_SOURCE/sdk/examples/since" -B since-build -DCMAKE_PREFIX_PATH="$T/prefix" > configure.log
cmake --build since-build > build.log
[ -f since-build/since.so ] || fail "since.so was not built"
printf '%s\n' '{"title":"Old  one","year":2001}' '{"title":"New\tone","year":2023}' '{"title":"Undated"}' > in.jsonl
out=$(REAM_PLUGIN_PATH="$T/since-build" "$T/prefix/bin/ream" since --year 2020 < in.jsonl)
expect_eq '{"title":"New one","year":2023}' "$out"
