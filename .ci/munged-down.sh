#!/usr/bin/env bash
# Stops the munged that .ci/munged-up.sh started, by its PID file.
set -uo pipefail
pid_file=/run/munge/munged.pid
[ -f "$pid_file" ] || exit 0
pid=$(cat "$pid_file")
kill "$pid" 2> /dev/null || true
for _ in $(seq 1 50); do
  kill -0 "$pid" 2> /dev/null || exit 0
  sleep 0.1
done
kill -9 "$pid" 2> /dev/null || true
