# Sourced by the distributed tests: starts a Dask cluster on the loopback
# interface (one dask-scheduler, one dask-worker process group with two
# worker processes of one thread each) in a temporary directory and stops
# it when the test ends.  The port is picked free and the dashboard is off,
# so several test runs on one machine do not meet.  Debian's Python (the
# one python3-distributed is installed for) runs it, whatever python3 the
# PATH finds first.
#
#   dask_cluster_start DIR   start; exports DASK_SCHEDULER (tcp://127.0.0.1:PORT)
#   dask_cluster_stop        stop what it started (the caller's EXIT trap)

DASK_PYTHON=${DASK_PYTHON:-/usr/bin/python3}
DASK_CLUSTER_PIDS=()

dask_cluster_stop() {
  local pid
  for pid in "${DASK_CLUSTER_PIDS[@]}"; do
    kill "$pid" 2> /dev/null || true
  done
  for pid in "${DASK_CLUSTER_PIDS[@]}"; do
    for _ in $(seq 100); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2> /dev/null || true
  done
  DASK_CLUSTER_PIDS=()
}

dask_cluster_log() {
  tail -n 20 "$DASK_CLUSTER_DIR"/*.log 2> /dev/null || true
}

dask_cluster_start() {
  local dir=$1 port
  DASK_CLUSTER_DIR=$dir
  mkdir -p "$dir/worker"
  port=$("$DASK_PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  export DASK_SCHEDULER=tcp://127.0.0.1:$port
  "$DASK_PYTHON" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port "$port" --no-dashboard \
    > "$dir/scheduler.log" 2>&1 &
  DASK_CLUSTER_PIDS+=($!)
  "$DASK_PYTHON" -m distributed.cli.dask_worker "$DASK_SCHEDULER" --nworkers 2 --nthreads 1 \
    --no-dashboard --local-directory "$dir/worker" --death-timeout 60 > "$dir/worker.log" 2>&1 &
  DASK_CLUSTER_PIDS+=($!)
  # Ready when both worker processes have registered with the scheduler.
  local workers
  for _ in $(seq 150); do
    workers=$("$DASK_PYTHON" - "$DASK_SCHEDULER" 2> /dev/null <<'PY' || true
import sys
from distributed import Client
with Client(sys.argv[1], timeout=2) as client:
    print(len(client.scheduler_info()["workers"]))
PY
    )
    [ "${workers:-0}" -ge 2 ] && return 0
    sleep 0.3
  done
  echo "dask did not come up (${workers:-0} workers)" >&2
  dask_cluster_log >&2
  return 1
}
