# An executable plugin reports the records it drops on purpose through
# descriptor $REAM_CONTROL_FD ("drop" or "drop N"): --stats counts them,
# and no "went missing" warning is given.  A plugin that does not report
# still gets the warning; an unknown control line is a warning.
source "$(dirname "$0")/common.sh"
mkdir bin
cat > bin/ream-evens <<'PLUGIN'
#!/bin/sh
# Keep the records with an even id; report each one dropped.
while IFS= read -r line; do
  case "$line" in
    *'"id":'*[02468]'}') printf '%s\n' "$line" ;;
    *) echo drop >&"$REAM_CONTROL_FD" ;;
  esac
done
PLUGIN
printf '#!/bin/sh\ngrep "[02468]}"\necho "drop 1" >&3\necho "dropped two" >&3\n' > bin/ream-silent
chmod 755 bin/*
export REAM_PLUGIN_PATH="$T/bin"
printf '{"id":1}\n{"id":2}\n{"id":3}\n{"id":4}\n{"id":5}\n' > in.jsonl

out=$("$REAM" --stats=json -i in.jsonl evens 2> err.txt)
expect_eq '{"id":2}
{"id":4}' "$out"
expect_eq '{"stages":[{"stage":"evens","in":5,"out":2,"dropped":3,"rejected":0' "$(cut -c1-67 err.txt)"
expect_eq 1 "$(wc -l < err.txt | tr -d ' ')"

"$REAM" -i in.jsonl silent > /dev/null 2> err.txt
expect_eq "ream: silent: warning: unknown control line 'dropped two' on descriptor 3 (expected 'drop' or 'drop N')
ream: silent: warning: 2 record(s) went missing: the plugin neither emitted nor dropped them" "$(cat err.txt)"
