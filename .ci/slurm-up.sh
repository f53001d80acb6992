#!/usr/bin/env bash
# Starts a real Slurm (slurmctld plus one slurmd per emulated node, with a private munged) on
# 127.0.0.1, from the files `podium slurm topology --out DIR` writes into DIR: topology.conf,
# nodes.conf (NodeName lines with Gres=gpu:N) and gres.conf. Needs root, slurm-wlm and munge.
#
#   .ci/slurm-up.sh DIR      then: export SLURM_CONF=DIR/slurm.conf; stop with .ci/slurm-down.sh DIR
#
# Everything lives in DIR: slurm.conf, fake GPU character devices (DIR/dev/nvidiaN), state, spool,
# logs and the pid files .ci/slurm-down.sh stops the daemons by. Emulated nodes get CPUs=64 and
# successive slurmd ports; every listener is on 127.0.0.1.
set -euo pipefail

dir="${1:?usage: slurm-up.sh DIR}"
dir="$(cd "$dir" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
timeout_s="${PODIUM_SLURM_START_TIMEOUT:-60}"

fail() {
  echo "slurm-up: $*" >&2
  for log in "$dir"/log/slurmctld.log "$dir"/munge/munged.log; do
    [ -f "$log" ] && { echo "--- tail of $log" >&2; tail -n 20 "$log" >&2; }
  done
  "$here/slurm-down.sh" "$dir"
  exit 1
}

[ "$(id -u)" = 0 ] || fail "needs root (slurmd runs jobs as their users; the fake GPUs are made with mknod)"
for tool in slurmctld slurmd scontrol sinfo munged munge unmunge runuser; do
  command -v "$tool" > /dev/null || fail "'$tool' not found: apt-get install -y --no-install-recommends slurm-wlm munge"
done
for file in topology.conf nodes.conf gres.conf; do
  [ -f "$dir/$file" ] || fail "$dir/$file missing: write it with 'podium slurm topology --out $dir'"
done
if [ -f "$dir/run/slurmctld.pid" ] || [ -f "$dir/munge/munged.pid" ]; then
  "$here/slurm-down.sh" "$dir"
fi

# scontrol expands hostlists offline, but only with some configuration to read.
mkdir -p "$dir/run"
printf 'ClusterName=podium\nSlurmctldHost=localhost\n' > "$dir/run/hostlist.conf"
hostnames() { SLURM_CONF="$dir/run/hostlist.conf" scontrol show hostnames "$1"; }

# Ports: slurmctld and one per node, a free block of consecutive ports.
node_names=()
while read -r line; do
  case "$line" in NodeName=*) ;; *) continue ;; esac
  list="${line%% *}"
  list="${list#NodeName=}"
  mapfile -t names < <(hostnames "$list")
  node_names+=("${names[@]}")
done < "$dir/nodes.conf"
[ "${#node_names[@]}" -gt 0 ] || fail "$dir/nodes.conf declares no NodeName"
in_use() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }
base=""
for candidate in $(seq "${PODIUM_SLURM_BASE_PORT:-17000}" 97 40000); do
  free=yes
  for ((p = candidate; p <= candidate + ${#node_names[@]}; p++)); do
    if in_use "$p"; then free=no; break; fi
  done
  if [ "$free" = yes ]; then base="$candidate"; break; fi
done
[ -n "$base" ] || fail "no block of $(( ${#node_names[@]} + 1 )) free ports on 127.0.0.1"

chmod 755 "$dir"
rm -rf "$dir/state" "$dir/spool" "$dir/log" "$dir/munge" "$dir/dev"
mkdir -p "$dir/state" "$dir/run" "$dir/log" "$dir/dev"
for name in "${node_names[@]}"; do mkdir -p "$dir/spool/$name"; done

# Fake GPUs: character devices (Slurm rejects plain files), as many as the largest Gres=gpu count.
gpus=$(grep -o 'Gres=[^ ]*' "$dir/nodes.conf" | grep -o 'gpu:\([A-Za-z0-9_-]*:\)\?[0-9]*' \
  | awk -F: '{ if ($NF > max) max = $NF } END { print max + 0 }')
for ((i = 0; i < gpus; i++)); do mknod "$dir/dev/nvidia$i" c 1 3; done
{
  echo "AutoDetect=off"
  sed "s#File=/dev/#File=$dir/dev/#" "$dir/gres.conf" | grep -v '^AutoDetect='
} > "$dir/gres.conf.emulated"
mv "$dir/gres.conf.emulated" "$dir/gres.conf"

# A private munged with its own key and socket, so no system munged is needed or touched.
install -d -o munge -g munge -m 755 "$dir/munge"
head -c 1024 /dev/urandom > "$dir/munge/munge.key"
chown munge:munge "$dir/munge/munge.key"
chmod 400 "$dir/munge/munge.key"
socket="$dir/munge/munge.socket"
runuser -u munge -- munged --socket="$socket" --key-file="$dir/munge/munge.key" \
  --pid-file="$dir/munge/munged.pid" --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed" \
  || fail "munged did not start"
munge -n --socket="$socket" | unmunge --socket="$socket" > /dev/null || fail "munge credentials do not round-trip"

{
  cat <<CONF
# Written by .ci/slurm-up.sh: an emulated cluster on 127.0.0.1.
ClusterName=podium
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$base
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool/%n
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd-%n.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd-%n.log
CommunicationParameters=NoCtldInAddrAny,NoInAddrAny
SlurmdParameters=config_overrides
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
TopologyPlugin=topology/tree
GresTypes=gpu
MinJobAge=600
ReturnToService=2
SlurmdTimeout=300
NodeName=DEFAULT CPUs=64 RealMemory=1000 State=UNKNOWN
CONF
  port=$((base + 1))
  while read -r line; do
    case "$line" in NodeName=*) ;; *) continue ;; esac
    list="${line%% *}"
    count=$(hostnames "${list#NodeName=}" | wc -l)
    if [ "$count" = 1 ]; then ports="$port"; else ports="[$port-$((port + count - 1))]"; fi
    echo "$line NodeHostname=localhost NodeAddr=127.0.0.1 Port=$ports"
    port=$((port + count))
  done < "$dir/nodes.conf"
  echo "PartitionName=gpu Nodes=ALL Default=YES State=UP MaxTime=INFINITE"
} > "$dir/slurm.conf"

export SLURM_CONF="$dir/slurm.conf"
slurmctld -f "$SLURM_CONF" || fail "slurmctld did not start"
for name in "${node_names[@]}"; do
  slurmd -f "$SLURM_CONF" -N "$name" || fail "slurmd -N $name did not start"
done

deadline=$((SECONDS + timeout_s))
while :; do
  states=$(sinfo -h -N -o '%N %t' 2> /dev/null || true)
  idle=$(grep -c ' idle$' <<< "$states" || true)
  [ "$idle" = "${#node_names[@]}" ] && break
  [ "$SECONDS" -lt "$deadline" ] || fail "only $idle of ${#node_names[@]} nodes idle after ${timeout_s} s: $(tr '\n' ' ' <<< "$states")"
  sleep 0.5
done
echo "slurm-up: ${#node_names[@]} nodes idle; SLURM_CONF=$SLURM_CONF"
