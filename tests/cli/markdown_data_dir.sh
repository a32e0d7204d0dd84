#!/usr/bin/env bash
# $REAM_DATA_DIR/templates overrides a built-in template.
source "$(dirname "$0")/common.sh"
mkdir -p data/templates
printf '{{#papers}}+ {{title_text}}\n{{/papers}}' > data/templates/list.mustache
printf '%s\n' '{"title":"One"}' '{"title":"Two"}' > in.jsonl
expect_eq $'+ One\n+ Two' "$(REAM_DATA_DIR=$PWD/data "$REAM" -i in.jsonl markdown --template list)" "override"
