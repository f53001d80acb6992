#!/usr/bin/env bash
# Stops what .ci/slurm-up.sh DIR started: cancels the cluster's jobs, then stops every slurmd,
# slurmctld and munged by the pids in DIR's pid files (never by name), waiting at most 20 s each
# before SIGKILL. Safe to run twice; leaves DIR (logs, state) for the caller to inspect or remove.
set -uo pipefail

dir="${1:?usage: slurm-down.sh DIR}"
[ -d "$dir" ] || exit 0
dir="$(cd "$dir" && pwd)"

# Jobs first: with proctrack/linuxproc a job's slurmstepd would outlive its slurmd.
if [ -f "$dir/run/slurmctld.pid" ] && [ -f "$dir/slurm.conf" ]; then
  export SLURM_CONF="$dir/slurm.conf"
  jobs=$(timeout 10 squeue -h -o %i 2> /dev/null || true)
  if [ -n "$jobs" ]; then
    timeout 10 scancel $jobs 2> /dev/null || true
    for _ in $(seq 40); do
      [ -z "$(timeout 10 squeue -h -t RUNNING,COMPLETING -o %i 2> /dev/null)" ] && break
      sleep 0.5
    done
  fi
fi

# stop NAME PIDFILE...: TERM each pid that is still a NAME process, wait at most 20 s for all of
# them, then KILL the ones left.
stop() {
  local name="$1" pidfile pid pids=()
  shift
  for pidfile in "$@"; do
    [ -f "$pidfile" ] || continue
    pid="$(tr -dc '0-9' < "$pidfile")"
    if [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2> /dev/null)" = "$name" ]; then
      kill -TERM "$pid" 2> /dev/null && pids+=("$pid")
    fi
    rm -f "$pidfile"
  done
  for _ in $(seq 40); do
    local alive=()
    for pid in "${pids[@]}"; do
      [ -d "/proc/$pid" ] && alive+=("$pid")
    done
    pids=("${alive[@]}")
    [ "${#pids[@]}" = 0 ] && return 0
    sleep 0.5
  done
  echo "slurm-down: $name ${pids[*]} still running after 20 s, killing" >&2
  kill -KILL "${pids[@]}" 2> /dev/null
  return 0
}

shopt -s nullglob
stop slurmd "$dir"/run/slurmd-*.pid
stop slurmctld "$dir/run/slurmctld.pid"
stop munged "$dir/munge/munged.pid"
exit 0
