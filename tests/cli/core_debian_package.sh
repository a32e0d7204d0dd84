# cpack builds a .deb; unpacked into a temporary root it runs a pipeline
# and carries the man pages, completions, SDK and samples.
source "$(dirname "$0")/common.sh"
: "${REAM_BUILD:?}"
command -v dpkg-deb > /dev/null || { echo "dpkg-deb not installed: skipped"; exit 0; }
cpack --config "$REAM_BUILD/CPackConfig.cmake" -B "$T/pkg" > cpack.log 2>&1 || { cat cpack.log; fail "cpack failed"; }
deb=$(ls "$T"/pkg/ream_*.deb)
expect_contains "$(dpkg-deb --info "$deb")" "Package: ream" "package control data"
dpkg -x "$deb" root
for f in usr/bin/ream usr/lib/ream/plugins/cat.so usr/include/ream/plugin.h usr/include/ream/plugin.hpp \
         usr/lib/cmake/ReamSDK/ReamSDKConfig.cmake usr/lib/pkgconfig/ream-sdk.pc usr/share/man/man1/ream.1 \
         usr/share/man/man5/ream-record.5 usr/share/man/man7/ream-plugin.7 usr/share/man/man7/ream-distributed.7 \
         usr/bin/ream-distribute \
         usr/share/bash-completion/completions/ream usr/share/fish/vendor_completions.d/ream.fish \
         usr/share/zsh/vendor-completions/_ream; do
  [ -e "root/$f" ] || fail "the package lacks /$f"
done
root/usr/bin/ream-distribute --help > /dev/null || fail "the packaged ream-distribute does not run"
out=$(printf '{"a":1}\n{"a":2}\n' | REAM_PLUGIN_PATH= root/usr/bin/ream cat then head -n 1)
expect_eq '{"a":1}' "$out"
expect_contains "$(root/usr/bin/ream plugins)" "$T/root/usr/lib/ream/plugins/head.so"
