#!/usr/bin/env bash
# Installs Slurm (Debian's slurm-wlm: slurmctld, slurmd, client commands) and munge when any of
# their programs is missing; quick and quiet when they are all there. Starts nothing (no systemd).
set -euo pipefail
missing=()
for tool in slurmctld slurmd scontrol sinfo squeue sbatch srun scancel munged munge unmunge; do
  command -v "$tool" > /dev/null || PATH="$PATH:/usr/sbin:/sbin" command -v "$tool" > /dev/null || missing+=("$tool")
done
if [ "${#missing[@]}" = 0 ]; then
  echo "slurm-install: slurm $(slurmctld -V | awk '{ print $2 }') and munge already installed"
  exit 0
fi
echo "slurm-install: missing ${missing[*]}; installing slurm-wlm and munge"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends slurm-wlm munge > /dev/null
echo "slurm-install: slurm $(slurmctld -V | awk '{ print $2 }') installed"
