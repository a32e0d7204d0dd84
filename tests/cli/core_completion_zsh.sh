# The zsh completion script is valid zsh and defines its function.
source "$(dirname "$0")/common.sh"
command -v zsh > /dev/null || { echo "zsh not installed: skipped"; exit 0; }
zsh -n "$REAM_SOURCE/share/completions/_ream" || fail "syntax error in _ream"
out=$(zsh -c "autoload -U compinit; compinit -u -D; fpath=($REAM_SOURCE/share/completions \$fpath); autoload -U _ream; whence -w _ream")
expect_eq "_ream: function" "$out"
