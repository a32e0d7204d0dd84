# bash completion offers stages (third-party ones too), options of the
# stage under the cursor, option values, and files where files go.
source "$(dirname "$0")/common.sh"
export PATH="$(dirname "$REAM"):$PATH"
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS"
complete_words() {  # prints COMPREPLY for the words given (last = current)
  bash -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    _ream
    printf "%s\n" "${COMPREPLY[@]}" | sort' _ "$REAM_SOURCE/share/completions/ream.bash" "$@"
}
expect_eq $'head\nhelp' "$(complete_words ream he)" "stage names and commands"
expect_eq "gen" "$(complete_words ream cat then ge)" "third-party stage after then"
expect_eq "--lines" "$(complete_words ream head --l)" "stage options"
expect_eq $'--on-error\n--output' "$(complete_words ream --o)" "global options"
expect_eq $'fail\nskip' "$(complete_words ream --on-error '')" "choices"
expect_eq "head" "$(complete_words ream -o out.jsonl hea)" "stage after a global option's value"
touch data.jsonl
expect_eq "data.jsonl" "$(complete_words ream -i da)" "files for path options"
