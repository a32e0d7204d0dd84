#!/bin/sh
# The daily digest's cron entry point: runs daily-digest.ream on today's
# inbox, or notes that the inbox is empty and exits 0 (an empty inbox is a
# normal day, not an error that should send cron mail).
#
#   RUN_ID     names the run in the state (the date): a re-run of the same
#              day reproduces that day's digest instead of an empty one
#   INBOX, STATE_DIR, DIGEST: see daily-digest.ream
set -eu
: "${RUN_ID:?set RUN_ID, e.g. RUN_ID=\$(date +%F)}" "${INBOX:?}" "${STATE_DIR:?}" "${DIGEST:?}"
for dump in "$INBOX"/*.txt; do
  if [ ! -e "$dump" ]; then
    echo "ream: daily-digest: $RUN_ID: no dumps in $INBOX; no digest today" >&2
    exit 0
  fi
  break
done
export RUN_ID INBOX STATE_DIR DIGEST
exec ream run "$(dirname "$0")/daily-digest.ream"
