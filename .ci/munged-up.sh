#!/usr/bin/env bash
# Starts munged on its default socket (/run/munge) for tests that use a stock slurm.conf; writes
# nothing else. Stop it with .ci/munged-down.sh (by its PID file, never by name).
set -euo pipefail
PATH="$PATH:/usr/sbin:/sbin"
[ -f /etc/munge/munge.key ] || { echo "munged-up: /etc/munge/munge.key missing (apt-get install munge)"; exit 1; }
install -d -o munge -g munge -m 0755 /run/munge
if [ -f /run/munge/munged.pid ] && kill -0 "$(cat /run/munge/munged.pid)" 2> /dev/null; then
  echo "munged-up: already running"
  exit 0
fi
runuser -u munge -- munged --pid-file=/run/munge/munged.pid
for _ in $(seq 1 50); do
  if munge -n 2> /dev/null | unmunge > /dev/null 2>&1; then
    echo "munged-up: running (pid $(cat /run/munge/munged.pid))"
    exit 0
  fi
  sleep 0.1
done
echo "munged-up: munged did not answer within 5 s"
exit 1
