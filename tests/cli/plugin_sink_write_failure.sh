# A sink whose output cannot be written (a full disk) ends the run with an
# I/O error, exit 4, not a data error: host write returns REAM_IO_ERROR
# and the C++ layer's Context::write throws it as such.
source "$(dirname "$0")/common.sh"
[ -w /dev/full ] || exit 0
status=0
echo '{"title":"x"}' | "$REAM" markdown > /dev/full 2> err.txt || status=$?
expect_eq 4 "$status"
expect_eq "ream: <stdout>: write failed: No space left on device" "$(cat err.txt)"
