# An executable plugin that answers `--ream-describe` gets help, option
# checks and completion like a shared object; the answer is asked once
# and cached by path, size and modification time; a malformed answer is a
# warning and the program runs as before; one without the handshake too.
source "$(dirname "$0")/common.sh"
export XDG_CACHE_HOME="$T/cache"
mkdir bin
cat > bin/ream-tag <<'PLUGIN'
#!/bin/sh
if [ "$1" = --ream-describe ]; then
  echo asked >> "$ASKED"
  cat <<'JSON'
{"summary": "add a tag to every record", "kind": "transform",
 "options": [{"name": "tag", "short": "t", "type": "string", "value_name": "WORD",
              "help": "the tag to add", "required": true},
             {"name": "case", "type": "choice", "choices": "upper|lower", "help": "how to write it"}]}
JSON
  exit 0
fi
[ "$1" = -t ] || [ "$1" = --tag ] || exit 9
sed "s/}\$/,\"tag\":\"$2\"}/"
PLUGIN
chmod 755 bin/ream-tag
export REAM_PLUGIN_PATH="$T/bin" ASKED="$T/asked"

expect_status 0 "$REAM" help tag > help.txt
expect_eq "ream tag — add a tag to every record

Usage: ream [GLOBAL OPTIONS] tag [OPTIONS]

Options:
  -t, --tag WORD
        the tag to add (required)
  --case VALUE
        how to write it [upper|lower]

Global options (before the stage name) are listed by 'ream --help'." "$(cat help.txt)"
expect_eq "$(cat help.txt)" "$("$REAM" tag --help)"
expect_eq '{"a":1,"tag":"x"}' "$(echo '{"a":1}' | "$REAM" tag -t x)"

status=0
echo '{"a":1}' | "$REAM" tag > /dev/null 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: tag: --tag is required" "$(cat err.txt)"
status=0
echo '{"a":1}' | "$REAM" tag -t x --case=mixed > /dev/null 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: tag: --case: 'mixed' is not one of upper|lower" "$(cat err.txt)"

expect_contains "$("$REAM" __complete options tag)" "--case	how to write it"
row=$("$REAM" plugins | grep "^tag ")
expect_eq "tag transform (exec) - $T/bin/ream-tag add a tag to every record" "$(echo $row)" "ream plugins row"

# Asked once: every command above used the cached answer.
expect_eq 1 "$(wc -l < "$ASKED" | tr -d ' ')"
# A changed program is asked again.
sed -i 's/add a tag to every record/tag every record/' bin/ream-tag
expect_contains "$("$REAM" help tag)" "ream tag — tag every record"
expect_eq 2 "$(wc -l < "$ASKED" | tr -d ' ')"

# A malformed answer: a warning, and the program runs with its own arguments.
sed -i 's/"type": "choice"/"type": "colour"/' bin/ream-tag
out=$(echo '{"a":1}' | "$REAM" tag -t y 2> err.txt)
expect_eq '{"a":1,"tag":"y"}' "$out"
expect_eq "ream: $T/bin/ream-tag: warning: --ream-describe answer ignored: unknown option type \"colour\" (flag, int, number, string, choice, path)" "$(cat err.txt)"

# Without the handshake: no description, arguments passed unchanged.
printf '#!/bin/sh\ncat\n' > bin/ream-plain
chmod 755 bin/ream-plain
expect_contains "$("$REAM" help plain)" "executable plugin $T/bin/ream-plain"
expect_eq '{"a":1}' "$(echo '{"a":1}' | "$REAM" plain --anything)"
