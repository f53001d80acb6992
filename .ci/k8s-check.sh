#!/usr/bin/env bash
# Self-test of the control plane .ci/k8s-up.sh started, with kubectl and curl only, and the
# recipe the Java tests follow for fake GPU nodes:
#   1. two fake GPU Nodes (8 nvidia.com/gpu, 64 cpu, 512Gi, 110 pods, Ready): podium-check-a is
#      created with its status in the create call (the API keeps a Node's status on create),
#      podium-check-b is created bare and gets its status by a PATCH of /api/v1/nodes/NAME/status
#      (the status subresource; a plain update or 'kubectl patch' ignores status, and kubectl
#      v1.20 has no --subresource);
#   2. a pod without GPUs is bound to a node (spec.nodeName set): the scheduler works;
#   3. a pod requesting nvidia.com/gpu: 1 with no extender listening stays Pending, with a
#      FailedScheduling event naming the extender's URL: the scheduler consults the extender.
# Exits non-zero on any mismatch. Removes what it created, also on failure.
#
#   .ci/k8s-up.sh && .ci/k8s-check.sh && .ci/k8s-down.sh
set -euo pipefail

version=v1.20.2
bin="${PODIUM_K8S_HOME:-/opt/podium-k8s}/$version/bin"
run="${PODIUM_K8S_RUN:-/tmp/podium-k8s}"
api="https://127.0.0.1:${PODIUM_K8S_APISERVER_PORT:-16443}"
extender_port="${PODIUM_EXTENDER_PORT:-18080}"
timeout_s="${PODIUM_K8S_CHECK_TIMEOUT:-30}"

say() { echo "k8s-check: $*"; }
fail() {
  echo "k8s-check: FAILED: $*" >&2
  [ -f "$run/kube-scheduler.log" ] && { echo "--- tail of $run/kube-scheduler.log" >&2; tail -n 15 "$run/kube-scheduler.log" >&2; }
  exit 1
}

[ -f "$run/kubeconfig" ] || fail "$run/kubeconfig missing: start the control plane with .ci/k8s-up.sh"
kubectl() { "$bin/kubectl" --kubeconfig "$run/kubeconfig" "$@"; }
# api_curl ARGS...: curl against the apiserver as admin, verifying its certificate with the CA.
api_curl() {
  curl -fsS --cacert "$run/ca.crt" -H "Authorization: Bearer $(cat "$run/admin.token")" "$@"
}
if (exec 3<> "/dev/tcp/127.0.0.1/$extender_port") 2> /dev/null; then
  fail "something listens on 127.0.0.1:$extender_port: this check needs the extender NOT running"
fi

answer="$(api_curl "$api/version")" || fail "no answer from the apiserver at $api: is the control plane up (.ci/k8s-up.sh)?"
server_version="$(grep -o '"gitVersion": *"[^"]*"' <<< "$answer" | cut -d '"' -f 4)" || true
[ "$server_version" = "$version" ] || fail "the apiserver's /version says '$server_version', not $version"
say "apiserver $api answers, /version $server_version"

nodes=(podium-check-a podium-check-b)
pods=(podium-check-cpu podium-check-gpu)
cleanup() {
  # Bound pods wait for a kubelet to confirm their deletion; there is none, so force it.
  kubectl delete pod "${pods[@]}" --grace-period=0 --force --ignore-not-found --wait=false > /dev/null 2>&1 || true
  kubectl delete node "${nodes[@]}" --ignore-not-found > /dev/null 2>&1 || true
}
trap cleanup EXIT
cleanup

now="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
resources='{"cpu": "64", "memory": "512Gi", "pods": "110", "nvidia.com/gpu": "8"}'
# The status of a fake GPU node: capacity, allocatable and a Ready condition.
status="{
  \"capacity\": $resources,
  \"allocatable\": $resources,
  \"conditions\": [{\"type\": \"Ready\", \"status\": \"True\", \"reason\": \"KubeletReady\",
                    \"message\": \"fake node for Podium's tests\",
                    \"lastHeartbeatTime\": \"$now\", \"lastTransitionTime\": \"$now\"}]
}"
node_json() { # node_json NAME [STATUS]
  echo "{\"apiVersion\": \"v1\", \"kind\": \"Node\",
    \"metadata\": {\"name\": \"$1\", \"labels\": {\"kubernetes.io/hostname\": \"$1\"}}${2:+, \"status\": $2}}"
}

# 1a. Node and status in one create call.
node_json podium-check-a "$status" | kubectl create -f - > /dev/null
# 1b. Bare node, then its status through the status subresource.
node_json podium-check-b | kubectl create -f - > /dev/null
api_curl -X PATCH -H 'Content-Type: application/merge-patch+json' \
  "$api/api/v1/nodes/podium-check-b/status" --data "{\"status\": $status}" > /dev/null \
  || fail "PATCH $api/api/v1/nodes/podium-check-b/status was refused"
for node in "${nodes[@]}"; do
  gpus="$(kubectl get node "$node" -o jsonpath='{.status.allocatable.nvidia\.com/gpu}')"
  ready="$(kubectl get node "$node" -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}')"
  taints="$(kubectl get node "$node" -o jsonpath='{.spec.taints}')"
  [ "$gpus" = 8 ] && [ "$ready" = True ] && [ -z "$taints" ] \
    || fail "node $node: allocatable nvidia.com/gpu '$gpus' (want 8), Ready '$ready' (want True), taints '$taints' (want none)"
done
say "nodes ${nodes[*]}: 8 nvidia.com/gpu allocatable, Ready, untainted"

pod_json() { # pod_json NAME RESOURCES
  echo "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"$1\"},
    \"spec\": {\"containers\": [{\"name\": \"main\", \"image\": \"podium/none\", \"resources\": $2}]}}"
}

# 2. A pod without GPUs: the scheduler binds it without the extender.
pod_json podium-check-cpu '{"requests": {"cpu": "100m"}}' | kubectl create -f - > /dev/null
deadline=$((SECONDS + timeout_s))
until node="$(kubectl get pod podium-check-cpu -o jsonpath='{.spec.nodeName}')" && [ -n "$node" ]; do
  [ "$SECONDS" -lt "$deadline" ] || fail "pod podium-check-cpu not bound to a node within ${timeout_s} s"
  sleep 0.5
done
case " ${nodes[*]} " in *" $node "*) ;; *) fail "pod podium-check-cpu bound to unexpected node '$node'" ;; esac
say "pod podium-check-cpu (no GPU) bound to $node"

# 3. A pod with a GPU: the scheduler must ask the extender, which is not there.
pod_json podium-check-gpu '{"limits": {"nvidia.com/gpu": "1"}}' | kubectl create -f - > /dev/null
deadline=$((SECONDS + timeout_s))
while :; do
  message="$(kubectl get events --field-selector involvedObject.name=podium-check-gpu,reason=FailedScheduling \
    -o jsonpath='{range .items[*]}{.message}{"\n"}{end}')"
  case "$message" in *"127.0.0.1:$extender_port/podium/filter"*) break ;; esac
  [ "$SECONDS" -lt "$deadline" ] || fail "no FailedScheduling event naming the extender for podium-check-gpu within ${timeout_s} s (events: '$message')"
  sleep 0.5
done
node="$(kubectl get pod podium-check-gpu -o jsonpath='{.spec.nodeName}')"
phase="$(kubectl get pod podium-check-gpu -o jsonpath='{.status.phase}')"
[ -z "$node" ] && [ "$phase" = Pending ] || fail "pod podium-check-gpu: node '$node' phase '$phase', want unbound and Pending"
say "pod podium-check-gpu (1 GPU) Pending; FailedScheduling: ${message%%$'\n'*}"
# The apiserver must have survived all of this (a Go-runtime mismatch once made it crash on
# the pretty-printed JSON it sends curl).
pid="$(cat "$run/kube-apiserver.pid" 2> /dev/null || true)"
[ -n "$pid" ] && kill -0 "$pid" 2> /dev/null || fail "kube-apiserver is no longer running (see $run/kube-apiserver.log)"
say "all checks passed"
