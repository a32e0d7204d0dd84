# bash completion for ream.
#
# Stage names and options are not listed here: ream is asked at completion
# time (`ream __complete ...`), from the same option schemas that make
# --help and the man pages, so third-party plugins complete too.

# _ream_context: sets _ream_stage (the stage the cursor is in, "-" for the
# global options) and _ream_want_stage (1 when a stage name comes next).
_ream_context() {
  local i w
  _ream_stage=-
  _ream_want_stage=1
  for ((i = 1; i < COMP_CWORD; i++)); do
    w=${COMP_WORDS[i]}
    if [[ $w == then ]]; then
      _ream_want_stage=1
      continue
    fi
    if ((_ream_want_stage)); then
      if [[ $w == -* ]]; then
        # A global option that takes a value swallows the next word.
        if [[ $w != *=* && -n $(ream __complete values - "$w" 2>/dev/null) ]]; then ((i++)); fi
      else
        _ream_stage=$w
        _ream_want_stage=0
      fi
    fi
  done
}

_ream() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  local _ream_stage _ream_want_stage values
  _ream_context
  COMPREPLY=()
  local context=$_ream_stage
  ((_ream_want_stage)) && context=-
  if [[ $prev == -* && $prev != *=* ]]; then
    values=$(ream __complete values "$context" "$prev" 2>/dev/null)
    case $values in
      "") ;;
      @file) COMPREPLY=($(compgen -f -- "$cur")); return ;;
      @value) return ;;
      *) COMPREPLY=($(compgen -W "$values" -- "$cur")); return ;;
    esac
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(ream __complete options "$context" 2>/dev/null | cut -f1)" -- "$cur"))
  elif ((_ream_want_stage)); then
    COMPREPLY=($(compgen -W "$(ream __complete stages 2>/dev/null)" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "then" -- "$cur") $(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _ream ream
