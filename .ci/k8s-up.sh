#!/usr/bin/env bash
# Starts a real Kubernetes v1.20.2 control plane on 127.0.0.1 for the integration tests: etcd,
# kube-apiserver and kube-scheduler (no kubelet, no controller-manager: Nodes are API objects the
# tests create, pods are scheduled, i.e. bound, but never run). The scheduler consults Podium's
# scheduler extender at http://127.0.0.1:$PODIUM_EXTENDER_PORT/podium for every pod that
# requests nvidia.com/gpu; the extender need not be running for this script to succeed.
#
#   .ci/k8s-install.sh && .ci/k8s-up.sh      then: kubectl --kubeconfig /tmp/podium-k8s/kubeconfig ...
#   .ci/k8s-down.sh                          stops it
#
# Everything lives in $PODIUM_K8S_RUN (default /tmp/podium-k8s), wiped on every start: the
# admin kubeconfig (kubeconfig), the CA (ca.crt) and admin token (admin.token) for curl, the
# scheduler's configuration, etcd's data, logs (*.log) and pid files (*.pid).
#
# Ports (all on 127.0.0.1; each can be overridden by the variable named):
#   PODIUM_K8S_ETCD_PORT 12379, PODIUM_K8S_ETCD_PEER_PORT 12380   etcd client and peer
#   PODIUM_K8S_APISERVER_PORT 16443                              kube-apiserver (HTTPS, token auth)
#   PODIUM_K8S_SCHEDULER_PORT 10259                              kube-scheduler HTTPS
#   PODIUM_K8S_SCHEDULER_HEALTHZ_PORT 10251                      kube-scheduler HTTP /healthz, /metrics
#   PODIUM_EXTENDER_PORT 18080                                   where the scheduler calls the extender
set -euo pipefail

version=v1.20.2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="${PODIUM_K8S_HOME:-/opt/podium-k8s}/$version/bin"
run="${PODIUM_K8S_RUN:-/tmp/podium-k8s}"
etcd_port="${PODIUM_K8S_ETCD_PORT:-12379}"
etcd_peer_port="${PODIUM_K8S_ETCD_PEER_PORT:-12380}"
api_port="${PODIUM_K8S_APISERVER_PORT:-16443}"
sched_port="${PODIUM_K8S_SCHEDULER_PORT:-10259}"
sched_healthz_port="${PODIUM_K8S_SCHEDULER_HEALTHZ_PORT:-10251}"
extender_port="${PODIUM_EXTENDER_PORT:-18080}"
timeout_s="${PODIUM_K8S_START_TIMEOUT:-60}"
server="https://127.0.0.1:$api_port"
started=$SECONDS

say() { echo "k8s-up: $*"; }
fail() {
  echo "k8s-up: $*" >&2
  for log in "$run"/etcd.log "$run"/kube-apiserver.log "$run"/kube-scheduler.log; do
    [ -f "$log" ] && { echo "--- tail of $log" >&2; tail -n 25 "$log" >&2; }
  done
  "$here/k8s-down.sh" > /dev/null 2>&1 || true
  exit 1
}

[ "$(id -u)" = 0 ] || fail "needs root (like the rest of .ci)"
for tool in "$bin/kube-apiserver" "$bin/kube-scheduler" "$bin/kubectl"; do
  [ -x "$tool" ] || fail "$tool missing: run .ci/k8s-install.sh first"
done
for tool in etcd openssl curl setsid; do
  command -v "$tool" > /dev/null || fail "'$tool' not found: run .ci/k8s-install.sh first"
done

# A control plane left running from before is stopped first (by its pid files), then the
# state is wiped.
"$here/k8s-down.sh"
in_use() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }
for port in "$etcd_port" "$etcd_peer_port" "$api_port" "$sched_port" "$sched_healthz_port"; do
  in_use "$port" && fail "port $port on 127.0.0.1 is already in use (see PODIUM_K8S_*_PORT in $0)"
done
case "$run" in /|/tmp|/tmp/|"") fail "refusing to wipe PODIUM_K8S_RUN=$run" ;; esac
rm -rf "$run"
mkdir -p "$run/etcd" "$run/scheduler-certs"
chmod 700 "$run"

# --- Credentials: a CA, the apiserver's serving certificate for 127.0.0.1 and localhost, the
# service-account key pair, and a static token file (admin in system:masters, the scheduler as
# system:kube-scheduler, which RBAC's bootstrap roles already cover).
(
  cd "$run"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -keyout ca.key -out ca.crt -subj /CN=podium-k8s-ca \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
  openssl req -newkey rsa:2048 -nodes -keyout apiserver.key -out apiserver.csr -subj /CN=kube-apiserver
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n' > apiserver.ext
  openssl x509 -req -in apiserver.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 \
    -extfile apiserver.ext -out apiserver.crt
  openssl genrsa -out service-account.key 2048
  openssl rsa -in service-account.key -pubout -out service-account.pub
  openssl rand -hex 24 > admin.token
  openssl rand -hex 24 > scheduler.token
  printf '%s,admin,admin,system:masters\n%s,system:kube-scheduler,system:kube-scheduler\n' \
    "$(cat admin.token)" "$(cat scheduler.token)" > tokens.csv
  chmod 600 ./*.key tokens.csv admin.token scheduler.token
) > "$run/openssl.log" 2>&1 || fail "openssl could not make the certificates and keys (see $run/openssl.log)"

# kubeconfig NAME TOKEN FILE: a kubeconfig for 127.0.0.1 that verifies the apiserver against the CA.
kubeconfig() {
  cat > "$3" <<KUBECONFIG
apiVersion: v1
kind: Config
clusters:
- name: podium
  cluster:
    server: $server
    certificate-authority-data: $(base64 -w 0 < "$run/ca.crt")
users:
- name: $1
  user:
    token: $2
contexts:
- name: podium
  context:
    cluster: podium
    user: $1
    namespace: default
current-context: podium
KUBECONFIG
  chmod 600 "$3"
}
kubeconfig admin "$(cat "$run/admin.token")" "$run/kubeconfig"
kubeconfig system:kube-scheduler "$(cat "$run/scheduler.token")" "$run/scheduler.kubeconfig"

# start NAME COMMAND...: runs COMMAND in its own session, output to NAME.log, pid to NAME.pid.
start() {
  local name="$1"
  shift
  setsid "$@" < /dev/null > "$run/$name.log" 2>&1 &
  echo $! > "$run/$name.pid"
}
# wait_for WHAT COMMAND...: retries COMMAND until it succeeds or the start timeout is over.
wait_for() {
  local what="$1"
  shift
  local deadline=$((SECONDS + timeout_s))
  until "$@" > /dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || fail "$what not ready within ${timeout_s} s"
    sleep 0.5
  done
}
alive() { kill -0 "$(cat "$run/$1.pid")" 2> /dev/null || fail "$1 exited (see $run/$1.log)"; }

# --- etcd: loopback only, no fsync (test data).
start etcd etcd --name podium --data-dir "$run/etcd" \
  --listen-client-urls "http://127.0.0.1:$etcd_port" --advertise-client-urls "http://127.0.0.1:$etcd_port" \
  --listen-peer-urls "http://127.0.0.1:$etcd_peer_port" --initial-advertise-peer-urls "http://127.0.0.1:$etcd_peer_port" \
  --initial-cluster "podium=http://127.0.0.1:$etcd_peer_port" --initial-cluster-state new \
  --unsafe-no-fsync
wait_for "etcd on 127.0.0.1:$etcd_port" sh -c "kill -0 $(cat "$run/etcd.pid") && curl -fsS http://127.0.0.1:$etcd_port/health | grep -q '\"health\":\"true\"'"
say "etcd running on 127.0.0.1:$etcd_port (pid $(cat "$run/etcd.pid"))"

# --- kube-apiserver. RBAC authorization: the admin token is in system:masters (cluster-admin)
# and the scheduler's user is bound by RBAC's bootstrap policy, so nothing needs granting, while
# anonymous requests only reach the public endpoints (/healthz, /readyz, /version).
# The ServiceAccount admission plugin is off (no controller-manager makes service accounts),
# and so is TaintNodesByCondition (it taints every new Node not-ready and, with no kubelet to
# clear it, nothing would ever schedule). No insecure port; the 'kubernetes' Service endpoints
# are not reconciled (the API rejects a loopback endpoint address).
start kube-apiserver "$bin/kube-apiserver" \
  --bind-address=127.0.0.1 --secure-port="$api_port" --insecure-port=0 \
  --advertise-address=127.0.0.1 --endpoint-reconciler-type=none \
  --etcd-servers="http://127.0.0.1:$etcd_port" \
  --tls-cert-file="$run/apiserver.crt" --tls-private-key-file="$run/apiserver.key" \
  --cert-dir="$run/apiserver-certs" \
  --token-auth-file="$run/tokens.csv" \
  --authorization-mode=RBAC \
  --service-account-key-file="$run/service-account.pub" \
  --service-account-signing-key-file="$run/service-account.key" \
  --service-account-issuer=https://kubernetes.default.svc.cluster.local \
  --service-cluster-ip-range=10.0.0.0/24 \
  --disable-admission-plugins=ServiceAccount,TaintNodesByCondition \
  --profiling=false
kubectl=("$bin/kubectl" --kubeconfig "$run/kubeconfig")
wait_for "kube-apiserver on $server (/readyz)" sh -c "kill -0 $(cat "$run/kube-apiserver.pid") && $bin/kubectl --kubeconfig $run/kubeconfig get --raw /readyz | grep -qx ok"
alive kube-apiserver
wait_for "namespace default" "${kubectl[@]}" get namespace default
say "kube-apiserver running on $server (pid $(cat "$run/kube-apiserver.pid"))"

# --- kube-scheduler with Podium's extender. A v1beta1 configuration in v1.20 cannot switch the
# insecure HTTP port off (an empty healthzBindAddress is replaced by 0.0.0.0:10251 and port 0 is
# rejected), so it is bound to 127.0.0.1; it serves /healthz and /metrics only. The HTTPS port
# gets no delegated authentication/authorization kubeconfig (the apiserver has no client or
# request-header CA for it to read): it serves /healthz to anyone and refuses everything else.
cat > "$run/scheduler-config.yaml" <<CONFIG
apiVersion: kubescheduler.config.k8s.io/v1beta1
kind: KubeSchedulerConfiguration
clientConnection:
  kubeconfig: $run/scheduler.kubeconfig
leaderElection:
  leaderElect: false
healthzBindAddress: 127.0.0.1:$sched_healthz_port
metricsBindAddress: 127.0.0.1:$sched_healthz_port
extenders:
- urlPrefix: http://127.0.0.1:$extender_port/podium
  filterVerb: filter
  prioritizeVerb: prioritize
  bindVerb: bind
  weight: 1
  nodeCacheCapable: true
  enableHTTPS: false
  httpTimeout: 30s
  ignorable: false
  managedResources:
  - name: nvidia.com/gpu
    ignoredByScheduler: false
CONFIG
start kube-scheduler "$bin/kube-scheduler" \
  --config="$run/scheduler-config.yaml" \
  --bind-address=127.0.0.1 --secure-port="$sched_port" --cert-dir="$run/scheduler-certs" \
  --profiling=false
wait_for "kube-scheduler (http://127.0.0.1:$sched_healthz_port/healthz)" \
  sh -c "kill -0 $(cat "$run/kube-scheduler.pid") && curl -fsS http://127.0.0.1:$sched_healthz_port/healthz | grep -qx ok"
alive kube-scheduler
say "kube-scheduler running (pid $(cat "$run/kube-scheduler.pid")), extender http://127.0.0.1:$extender_port/podium"
say "ready in $((SECONDS - started)) s; kubeconfig: $run/kubeconfig"
echo "$run/kubeconfig"
