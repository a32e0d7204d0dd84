# Sourced by the distributed tests: starts a single-node Slurm cluster of
# its own (munged, slurmctld, slurmd) in a temporary directory and stops it
# when the sourcing shell exits.  Nothing under /etc is read or written:
# the munge key, the sockets, the spool and state directories and the
# slurm.conf (generated from `hostname`) live in the directory, and the
# ports are picked free, so several test runs on one machine do not meet.
# Slurm's daemons want root for this setup, as CI runs; the caller checks
# that (and that the packages are installed) before sourcing.
#
#   slurm_cluster_start DIR   start; exports SLURM_CONF for sbatch & co.
#   slurm_cluster_stop        stop the daemons it started (also on EXIT)

# A TCP port nobody listens on now (the kernel's pick, released at once).
free_port() {
  /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

SLURM_CLUSTER_PIDS=()

slurm_cluster_stop() {
  local pid
  for pid in "${SLURM_CLUSTER_PIDS[@]}"; do
    kill "$pid" 2> /dev/null || true
  done
  for pid in "${SLURM_CLUSTER_PIDS[@]}"; do
    # The daemons exit within a second or two of SIGTERM; wait for them so
    # the temporary directory can go.
    for _ in $(seq 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2> /dev/null || true
  done
  SLURM_CLUSTER_PIDS=()
}

# slurm_cluster_log: the daemons' logs, for a failing test's message.
slurm_cluster_log() {
  tail -n 20 "$SLURM_CLUSTER_DIR"/*.log 2> /dev/null || true
}

slurm_cluster_start() {
  local dir=$1 host cpus ctld_port slurmd_port
  SLURM_CLUSTER_DIR=$dir
  mkdir -p "$dir/state" "$dir/spool"
  host=$(hostname -s)
  cpus=$(nproc)
  ctld_port=$(free_port)
  slurmd_port=$(free_port)

  mungekey --create --keyfile="$dir/munge.key" --force
  chmod 0600 "$dir/munge.key"
  munged --force --foreground --key-file="$dir/munge.key" --socket="$dir/munge.socket" \
    --pid-file="$dir/munged.pid" --log-file="$dir/munged.log" --seed-file="$dir/munged.seed" > "$dir/munged.out" 2>&1 &
  SLURM_CLUSTER_PIDS+=($!)
  for _ in $(seq 50); do [ -S "$dir/munge.socket" ] && break; sleep 0.1; done
  [ -S "$dir/munge.socket" ] || { echo "munged did not start: $(cat "$dir/munged.log")" >&2; return 1; }

  # One node with every core, one partition, jobs confined to nothing
  # (no cgroups in a CI container): the smallest configuration in which
  # arrays and dependencies behave as on a real cluster.
  cat > "$dir/slurm.conf" <<CONF
ClusterName=ream-test
SlurmctldHost=$host
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool/%n
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/builtin
SchedulerParameters=sched_min_interval=0,batch_sched_delay=0,default_queue_depth=1000
SwitchType=switch/none
MpiDefault=none
ReturnToService=2
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=300
KillWait=5
Waittime=0
NodeName=$host CPUs=$cpus State=UNKNOWN
PartitionName=ream Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF=$dir/slurm.conf

  slurmctld -D -i -f "$SLURM_CONF" > "$dir/slurmctld.out" 2>&1 &
  SLURM_CLUSTER_PIDS+=($!)
  slurmd -D -f "$SLURM_CONF" > "$dir/slurmd.out" 2>&1 &
  SLURM_CLUSTER_PIDS+=($!)
  # Ready when the node is idle (it registered and takes jobs).
  local state
  for _ in $(seq 150); do
    state=$(sinfo -h -N -o '%T' 2> /dev/null | head -n 1 || true)
    [ "$state" = idle ] && return 0
    sleep 0.2
  done
  echo "slurm did not come up (node state: ${state:-none})" >&2
  slurm_cluster_log >&2
  return 1
}
