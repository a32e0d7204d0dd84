# fish completion offers stages and the options of the current stage.
source "$(dirname "$0")/common.sh"
command -v fish > /dev/null || { echo "fish not installed: skipped"; exit 0; }
export PATH="$(dirname "$REAM"):$PATH"
complete_line() { fish -c "source $REAM_SOURCE/share/completions/ream.fish; complete -C '$1'" | cut -f1 | sort; }
expect_eq $'head\nhelp' "$(complete_line 'ream he')"
expect_eq "--lines" "$(complete_line 'ream cat then head --l')"
expect_eq $'fail\nskip' "$(complete_line 'ream --on-error ')"
