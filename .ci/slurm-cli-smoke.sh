#!/usr/bin/env bash
# The podium slurm commands end to end against a real Slurm: `podium slurm topology` writes the files
# of examples/specs/mixed-racks-tree.yaml (9 nodes, 3 ToRs, 2 pods, a core), .ci/slurm-up.sh starts
# Slurm on them, `podium slurm plan` and `podium slurm submit` place a 24-rank gang, and every rank
# must print the node and GPU the plan gave it. Needs root, slurm-wlm, munge and the podium jar.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$(mktemp -d "${TMPDIR:-/tmp}/podium-slurm-cli.XXXXXX")"
trap '"$root/.ci/slurm-down.sh" "$dir"; rm -rf "$dir"' EXIT

"$root/podium" slurm topology --spec "$root/examples/specs/mixed-racks-tree.yaml" --out "$dir"
"$root/.ci/slurm-up.sh" "$dir"
export SLURM_CONF="$dir/slurm.conf"
"$root/podium" slurm plan --job tp=8,dp=3,id=smoke
"$root/podium" slurm submit --job tp=8,dp=3,id=smoke --output "$dir/smoke-%j.out" \
  --command 'echo "$PODIUM_RANK $SLURMD_NODENAME $CUDA_VISIBLE_DEVICES"' --json > "$dir/submitted.json"
job=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["jobId"])' "$dir/submitted.json")

deadline=$((SECONDS + 60))
# grep reads a here-string, not a pipe: with pipefail, grep -q quitting early can SIGPIPE the writer
until grep -q 'JobState=COMPLETED' <<< "$(scontrol show job "$job")"; do
  if grep -qE 'JobState=(FAILED|CANCELLED|TIMEOUT|NODE_FAIL)' <<< "$(scontrol show job "$job")" \
      || [ "$SECONDS" -ge "$deadline" ]; then
    echo "slurm-cli-smoke: job $job did not complete:" >&2
    scontrol show job "$job" >&2
    exit 1
  fi
  sleep 0.5
done

python3 - "$dir/submitted.json" "$dir/smoke-$job.out" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))["plan"]
lines = [l.split() for l in open(sys.argv[2]) if not l.startswith("podium:")]
ran = {int(rank): (node, gpu) for rank, node, gpu in lines}
want = {r["rank"]: (r["node"], str(r["gpu"])) for r in plan["ranks"]}
if ran != want:
    sys.exit(f"slurm-cli-smoke: ranks ran at {sorted(ran.items())}, planned {sorted(want.items())}")
print(f"slurm-cli-smoke: {len(ran)} ranks ran on their planned nodes and GPUs: {', '.join(plan['nodes'])}")
PY
