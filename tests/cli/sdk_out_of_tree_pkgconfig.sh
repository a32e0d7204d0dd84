# The installed ream-sdk.pc builds a plugin with one compiler command.
source "$(dirname "$0")/common.sh"
: "${REAM_BUILD:?}"
cmake --install "$REAM_BUILD" --prefix "$T/prefix" > install.log
export PKG_CONFIG_PATH="$T/prefix/lib/pkgconfig"
mkdir plugins
# shellcheck disable=SC2046
c++ $(pkg-config --variable=cxxflags ream-sdk) $(pkg-config --cflags ream-sdk) -o plugins/since.so "$REAM_SOURCE/sdk/examples/since/since.cc" \
    $(pkg-config --libs ream-sdk) -lream_text -Wl,-rpath,"$T/prefix/lib"
out=$(echo '{"title":"x","year":2024}' | REAM_PLUGIN_PATH="$T/plugins" "$T/prefix/bin/ream" since -y 2020)
expect_eq '{"title":"x","year":2024}' "$out"
status=0
echo '{}' | REAM_PLUGIN_PATH="$T/plugins" "$T/prefix/bin/ream" since 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: since: --year is required" "$(cat err.txt)"
