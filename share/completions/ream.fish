# fish completion for ream.  ream itself is asked (`ream __complete ...`),
# so stages and options always match the installed plugins.

function __ream_context
    # Prints the stage the cursor is in ("-" for global options), then 1
    # when a stage name comes next, else 0.
    set -l words (commandline -opc)
    set -l stage -
    set -l want 1
    set -l skip 0
    for w in $words[2..-1]
        if test $skip = 1
            set skip 0
            continue
        end
        if test "$w" = then
            set want 1
            continue
        end
        if test $want = 1
            if string match -q -- '-*' $w
                if not string match -q -- '*=*' $w; and test -n "(ream __complete values - $w 2>/dev/null)"
                    set skip 1
                end
            else
                set stage $w
                set want 0
            end
        end
    end
    echo $stage
    echo $want
end

function __ream_complete
    set -l ctx (__ream_context)
    set -l context $ctx[1]
    test $ctx[2] = 1; and set context -
    set -l words (commandline -opc)
    set -l prev $words[-1]
    set -l cur (commandline -ct)
    if string match -q -- '-*' $prev; and not string match -q -- '*=*' $prev
        set -l values (ream __complete values $context $prev 2>/dev/null)
        if test (count $values) -gt 0
            switch $values[1]
                case @file
                    __fish_complete_path $cur
                case @value
                case '*'
                    printf '%s\n' $values
            end
            return
        end
    end
    if string match -q -- '-*' $cur
        ream __complete options $context 2>/dev/null
    else if test $ctx[2] = 1
        ream __complete stages 2>/dev/null
    else
        echo then
        __fish_complete_path $cur
    end
end

complete -c ream -f -a '(__ream_complete)'
