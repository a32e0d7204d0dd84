# The plain-C example of ream-plugin(7) builds against the installed SDK
# with the pkg-config Cflags alone (no C++ flags: -Werror would catch a
# warning about them), exports only its entry point, and runs.  The man
# page shows the example file as it is.
source "$(dirname "$0")/common.sh"
: "${REAM_BUILD:?}"
example="$REAM_SOURCE/sdk/examples/title_words/title_words.c"
cmake --install "$REAM_BUILD" --prefix "$T/prefix" > install.log
export PKG_CONFIG_PATH="$T/prefix/lib/pkgconfig"
mkdir plugins
# shellcheck disable=SC2046
cc -Wall -Wextra -Werror $(pkg-config --cflags ream-sdk) -o plugins/title_words.so "$example" \
    $(pkg-config --libs ream-sdk)
expect_eq "ream_plugin_entry" "$(nm -D --defined-only plugins/title_words.so | awk '$2 == "T" { print $3 }')"

printf '{"title":"A  short title","id":1}\n{"id":2}\n' > in.jsonl
out=$(REAM_PLUGIN_PATH="$T/plugins" "$T/prefix/bin/ream" --stats=json title_words -i in.jsonl 2> err.txt)
expect_eq '{"title":"A  short title","id":1,"title_words":3}' "$out"
expect_contains "$(cat err.txt)" '"stage":"title_words","in":2,"out":1,"dropped":1'

# The listing in the man page is the file, from its first #include on.
man_listing=$(sed -n '/^\.SS The same ABI from plain C/,/^\.fi/p' "$REAM_SOURCE/man/ream-plugin.7" |
  sed -n '/^#include/,/^\.fi/p' | sed '$d' | sed -e 's/^\\&//' -e 's/\\(aq/'"'"'/g' -e 's/\\-/-/g' -e 's/\\e/\\/g')
expect_eq "$(sed -n '/^#include <ream\/plugin.h>/,$p' "$example")" "$man_listing" "man page listing"
