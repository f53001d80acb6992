#!/usr/bin/env bash
# `podium sweep --slurm` end to end against a real Slurm: a 4-task grid (1 fabric x 1 synthetic
# workload x 2 policies x 2 seeds) becomes a job array script, sbatch runs it on the emulated nodes
# of .ci/slurm-up.sh (started here on examples/specs/mixed-racks-tree.yaml and stopped on exit, like
# .ci/slurm-cli-smoke.sh), and `podium merge` must find all 4 tasks' results. The array tasks run
# the java and jar of this machine by absolute path: the emulated nodes share its file system.
# Needs root, slurm-wlm, munge and the podium jar.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$(mktemp -d "${TMPDIR:-/tmp}/podium-slurm-sweep.XXXXXX")"
trap '"$root/.ci/slurm-down.sh" "$dir/slurm"; rm -rf "$dir"' EXIT
start=$SECONDS

chmod 755 "$dir"  # munged (user munge) and slurmd reach into it
mkdir -p "$dir/slurm"
"$root/podium" slurm topology --spec "$root/examples/specs/mixed-racks-tree.yaml" --out "$dir/slurm" > /dev/null 2>&1
"$root/.ci/slurm-up.sh" "$dir/slurm"
export SLURM_CONF="$dir/slurm/slurm.conf"

cat > "$dir/grid.yaml" <<'GRID'
name: ci-sweep
fabrics: [dgx-superpod-h100-1su]
workloads: ["synthetic:jobs=40,meanInterarrival=600"]
policies: [first-fit, topology-aware]
seeds: [1, 2]
GRID
"$root/podium" sweep "$dir/grid.yaml" --out "$dir/sweep" --slurm --sbatch-arg=--time=5
job=$(sbatch --parsable "$dir/sweep/sweep.sbatch")
job="${job%%;*}"
echo "slurm-sweep-check: submitted array job $job"

deadline=$((SECONDS + 120))
while :; do
  states=$(scontrol show job "$job" 2> /dev/null | grep -oE 'JobState=[A-Z_]+' | sort | uniq -c | tr -s ' ' || true)
  if [ -n "$states" ] && ! grep -qE 'PENDING|RUNNING|COMPLETING|CONFIGURING' <<< "$states"; then
    break
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "slurm-sweep-check: array $job not finished after 120 s: $states" >&2
    scontrol show job "$job" >&2 || true
    exit 1
  fi
  sleep 0.5
done
if grep -qvE 'JobState=COMPLETED' <<< "$states"; then
  echo "slurm-sweep-check: array $job ended with $states" >&2
  for log in "$dir"/sweep/logs/*.out; do echo "--- $log" >&2; cat "$log" >&2; done
  exit 1
fi

"$root/podium" merge "$dir/sweep" --json > "$dir/merged.json"
"$root/podium" merge "$dir/sweep"
python3 - "$dir/merged.json" <<'PY'
import json, sys
merged = json.load(open(sys.argv[1]))
groups = merged["groups"]
tasks = sorted(t for g in groups for t in g["tasks"])
if merged["tasks"] != 4 or tasks != [0, 1, 2, 3] or [len(g["seeds"]) for g in groups] != [2, 2]:
    sys.exit(f"slurm-sweep-check: merged {merged['tasks']} tasks in groups {[(g['policy'], g['tasks']) for g in groups]}")
print(f"slurm-sweep-check: {merged['tasks']} array tasks ran under Slurm and merged into {len(groups)} groups")
PY
echo "slurm-sweep-check: $((SECONDS - start)) s"
