# Invalid UTF-8: the file, line and byte, exit 1 under --on-error=fail.
source "$(dirname "$0")/common.sh"
printf 'A Title\n\nAn abstract with a bad \xff byte.\n' > in.txt
expect_status 1 "$REAM" import --format hf-papers in.txt > out.jsonl 2> err.txt
expect_eq "ream: in.txt:3: import: invalid UTF-8 (byte 0xFF at column 24); if the file is Latin-1, use --encoding latin1" "$(cat err.txt)"
