#!/usr/bin/env bash
# Stops what .ci/k8s-up.sh started: kube-scheduler, kube-apiserver, then etcd, each by the pid in
# its pid file in $PODIUM_K8S_RUN (default /tmp/podium-k8s), never by name: TERM, at most 20 s,
# then KILL. Missing pid files or daemons already gone are fine; safe to run twice. Leaves the
# run folder (logs, kubeconfig) for inspection; k8s-up.sh wipes it on the next start.
set -uo pipefail

run="${PODIUM_K8S_RUN:-/tmp/podium-k8s}"
[ -d "$run" ] || exit 0

# gone PID: the process has exited (a zombie not yet reaped by its new parent counts as gone).
gone() {
  local state
  state="$(sed 's/^.*) //' "/proc/$1/stat" 2> /dev/null | cut -d ' ' -f 1)" || return 0
  [ -z "$state" ] || [ "$state" = Z ]
}

# stop NAME: TERM the pid in $run/NAME.pid when that process is still NAME, wait, then KILL.
stop() {
  local name="$1" pidfile="$run/$1.pid" pid comm
  [ -f "$pidfile" ] || return 0
  pid="$(tr -dc '0-9' < "$pidfile")"
  rm -f "$pidfile"
  [ -n "$pid" ] || return 0
  comm="$(cat "/proc/$pid/comm" 2> /dev/null)" || return 0
  # comm is cut to 15 characters (kube-apiserver fits, kube-scheduler fits).
  [ "$comm" = "${name:0:15}" ] || return 0
  kill -TERM "$pid" 2> /dev/null || return 0
  for _ in $(seq 40); do
    gone "$pid" && { echo "k8s-down: stopped $name (pid $pid)"; return 0; }
    sleep 0.5
  done
  echo "k8s-down: $name (pid $pid) still running after 20 s, killing" >&2
  kill -KILL "$pid" 2> /dev/null
  return 0
}

stop kube-scheduler
stop kube-apiserver
stop etcd
exit 0
