#!/usr/bin/env bash
# Makes a real Kubernetes v1.20.2 control plane available for the integration tests, without
# Docker: etcd and etcdctl from Debian (etcd-server, etcd-client), kubectl v1.20.2 from Debian's
# kubernetes-client package, and kube-apiserver plus kube-scheduler built from Debian's source
# package `kubernetes` (upstream v1.20.2 with vendor/) with Debian's Go, in GOPATH mode.
#
#   .ci/k8s-install.sh        then .ci/k8s-up.sh, .ci/k8s-check.sh, .ci/k8s-down.sh
#
# The binaries go to a fixed cache folder, ${PODIUM_K8S_HOME:-/opt/podium-k8s}/v1.20.2/bin
# (kube-apiserver, kube-scheduler, kubectl). When they are there, print v1.20.2 and the stamp
# file of a finished build exists, nothing is built (a few seconds). A cold build takes 6 to 13
# minutes on 2 cores, depending on what else uses them; its work tree (source, GOPATH, Go
# cache: about 2 GB) is removed afterwards unless PODIUM_K8S_KEEP_BUILD=1. Needs root (apt-get).
# Starts nothing. Build recipe, version and date: $PODIUM_K8S_HOME/v1.20.2/BUILT.
set -euo pipefail

version=v1.20.2
home="${PODIUM_K8S_HOME:-/opt/podium-k8s}"
prefix="$home/$version"
bin="$prefix/bin"
stamp="$prefix/BUILT"
work="$prefix/build"
export DEBIAN_FRONTEND=noninteractive
start_all=$SECONDS
phase_start=$SECONDS

say() { echo "k8s-install: $*"; }
fail() { echo "k8s-install: $*" >&2; exit 1; }
phase_done() {
  say "$1 took $((SECONDS - phase_start)) s"
  phase_start=$SECONDS
}

[ "$(id -u)" = 0 ] || fail "needs root (apt-get install, /opt)"

# prints v1.20.2 when FILE is an executable whose --version (kubectl: version --client) says so.
version_of() {
  local file="$1"
  [ -x "$file" ] || return 0
  case "$(basename "$file")" in
    kubectl) "$file" version --client --short 2> /dev/null | grep -o 'v[0-9][0-9.]*' | head -n 1 || true ;;
    *) "$file" --version 2> /dev/null | grep -o 'v[0-9][0-9.]*' | head -n 1 || true ;;
  esac
}

updated=no
apt_update() {
  if [ "$updated" = no ]; then
    apt-get update -qq
    updated=yes
  fi
}

# apt_ensure PACKAGE...: installs the packages that are not installed yet, and nothing else.
apt_ensure() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2> /dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ "${#missing[@]}" = 0 ] && return 0
  say "installing ${missing[*]}"
  apt_update
  # A daemon package (etcd-server) must not start its service: without a policy-rc.d of the
  # machine's own, lend one that refuses for the duration of the install.
  local lent=no
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    lent=yes
  fi
  local rc=0
  apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null || rc=$?
  [ "$lent" = yes ] && rm -f /usr/sbin/policy-rc.d
  [ "$rc" = 0 ] || fail "apt-get install ${missing[*]} failed"
}

# --- Packages every run needs: etcd, etcdctl, and what k8s-up.sh / k8s-check.sh call.
apt_ensure etcd-server etcd-client openssl curl ca-certificates
phase_done "packages (etcd $(etcd --version 2> /dev/null | awk '/etcd Version/ { print $3 }'))"

# --- kubectl v1.20.2: Debian's own build (binary package kubernetes-client). It is copied into
# the cache folder rather than installed, because another package may own /usr/bin/kubectl
# (Google's Cloud SDK ships a v1.3x kubectl there), and v1.3x is outside v1.20's version skew.
mkdir -p "$bin"
if [ "$(version_of "$bin/kubectl")" != "$version" ]; then
  if dpkg-query -W -f='${Status}' kubernetes-client 2> /dev/null | grep -q 'install ok installed' \
    && [ "$(version_of /usr/bin/kubectl)" = "$version" ]; then
    cp /usr/bin/kubectl "$bin/kubectl.new"
  else
    apt_update
    tmp="$(mktemp -d)"
    (cd "$tmp" && apt-get download -qq kubernetes-client 2> /dev/null) || { rm -rf "$tmp"; fail "apt-get download kubernetes-client failed"; }
    dpkg-deb -x "$tmp"/kubernetes-client_*.deb "$tmp/x"
    cp "$tmp/x/usr/bin/kubectl" "$bin/kubectl.new"
    rm -rf "$tmp"
  fi
  chmod 755 "$bin/kubectl.new"
  mv "$bin/kubectl.new" "$bin/kubectl"
  [ "$(version_of "$bin/kubectl")" = "$version" ] || fail "kubectl from kubernetes-client is $(version_of "$bin/kubectl"), not $version"
fi
phase_done "kubectl $(version_of "$bin/kubectl")"

# --- Warm path: the built server binaries are there, say v1.20.2, and were built by this
# recipe (bump recipe when the build changes, so caches from an older recipe are rebuilt).
recipe=3
if [ -f "$stamp" ] && grep -qx "recipe=$recipe" "$stamp" && [ "$(version_of "$bin/kube-apiserver")" = "$version" ] \
  && [ "$(version_of "$bin/kube-scheduler")" = "$version" ]; then
  say "kube-apiserver and kube-scheduler $version already built in $bin (built $(sed -n 's/^built=//p' "$stamp")); nothing to build"
  say "ready in $((SECONDS - start_all)) s: $bin"
  exit 0
fi

# --- Cold path.
say "building kube-apiserver and kube-scheduler $version into $bin (6 to 13 minutes on 2 cores)"
rm -f "$stamp"
apt_ensure golang-go rsync make patch xz-utils dpkg-dev golang-github-modern-go-reflect2-dev
phase_done "build tools ($(go version | awk '{ print $3 }'))"

# Debian's source package needs a deb-src entry. Derive one from the machine's own Debian
# entries (same mirrors, same suites) when no deb-src entry exists yet.
codename="$(. /etc/os-release && echo "${VERSION_CODENAME:?}")"
src_list=/etc/apt/sources.list.d/podium-k8s-deb-src.sources
if ! apt-cache showsrc kubernetes 2> /dev/null | grep -q '^Package: kubernetes'; then
  if ! grep -Eqs '^(deb-src |Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; then
    shopt -s nullglob
    {
      echo "# Written by Podium's .ci/k8s-install.sh: source entries for 'apt-get source kubernetes'."
      for file in /etc/apt/sources.list.d/*.sources; do
        # deb822 stanzas whose suites are this release's (bookworm, bookworm-updates, ...).
        awk -v codename="$codename" '
          function flush() {
            if (keep && stanza != "") print stanza "\n"
            stanza = ""; keep = 0
          }
          /^[[:space:]]*$/ { flush(); next }
          /^#/ { next }
          /^Types:/ { stanza = stanza (stanza == "" ? "" : "\n") "Types: deb-src"; next }
          /^Suites:/ {
            n = split($0, words, /[[:space:]]+/)
            for (i = 2; i <= n; i++) if (words[i] == codename || index(words[i], codename "-") == 1) keep = 1
          }
          { stanza = stanza (stanza == "" ? "" : "\n") $0 }
          END { flush() }' "$file"
      done
    } > "$src_list.tmp"
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
      [ -f "$file" ] || continue
      # one-line entries: deb [options] URI SUITE COMPONENTS...
      awk -v codename="$codename" '
        $1 == "deb" {
          i = 2
          if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
          suite = $(i + 1)
          if (suite == codename || index(suite, codename "-") == 1) { $1 = "deb-src"; print }
        }' "$file"
    done > "$src_list.oneline"
    if [ -s "$src_list.oneline" ]; then
      mv "$src_list.oneline" "${src_list%.sources}.list"
    else
      rm -f "$src_list.oneline"
    fi
    if grep -q '^Types: deb-src' "$src_list.tmp"; then
      mv "$src_list.tmp" "$src_list"
    else
      rm -f "$src_list.tmp"
    fi
    [ -f "$src_list" ] || [ -f "${src_list%.sources}.list" ] \
      || fail "no Debian $codename entry in /etc/apt to derive a deb-src entry from; add one for 'apt-get source kubernetes'"
    for file in "$src_list" "${src_list%.sources}.list"; do
      if [ -f "$file" ]; then say "added deb-src entries: $file"; fi
    done
  fi
  apt-get update -qq
  updated=yes
  apt-cache showsrc kubernetes 2> /dev/null | grep -q '^Package: kubernetes' \
    || fail "apt-cache showsrc kubernetes finds nothing even with deb-src entries"
fi

keep_build="${PODIUM_K8S_KEEP_BUILD:-0}"
cleanup() {
  if [ "$keep_build" != 1 ] && [ -d "$work" ]; then
    chmod -R u+w "$work" 2> /dev/null || true # Go's module cache is read-only
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
rm -rf "$work"
mkdir -p "$work/src"
(cd "$work/src" && apt-get source -qq kubernetes > "$work/apt-source.log" 2>&1) \
  || { tail -n 20 "$work/apt-source.log" >&2; fail "apt-get source kubernetes failed"; }
tree="$(find "$work/src" -mindepth 1 -maxdepth 1 -type d -name 'kubernetes-*' | head -n 1)"
[ -n "$tree" ] && [ -f "$tree/cmd/kube-apiserver/apiserver.go" ] || fail "apt-get source kubernetes unpacked no source tree into $work/src"
debian_version="$(cd "$tree" && dpkg-parsechangelog -S Version)"
case "$debian_version" in
  *"${version#v}"-*) ;;
  *) fail "Debian's kubernetes source is $debian_version, not upstream $version" ;;
esac

# v1.20.2 vendors github.com/modern-go/reflect2 v1.0.1, whose go:linkname of reflect.mapiterinit
# does not match Go >= 1.18: built with Go 1.19 as it is, the apiserver dies with a SIGSEGV the
# first time it encodes a map with sorted keys (e.g. any pretty-printed answer to curl). v1.0.2
# fixes exactly that and nothing else of note; Debian packages it, so take it from there.
reflect2=/usr/share/gocode/src/github.com/modern-go/reflect2
[ -f "$reflect2/go_above_118.go" ] || fail "$reflect2 is not reflect2 >= 1.0.2 (package golang-github-modern-go-reflect2-dev)"
rm -rf "$tree/vendor/github.com/modern-go/reflect2"
cp -r "$reflect2" "$tree/vendor/github.com/modern-go/reflect2"
rm -f "$tree/vendor/github.com/modern-go/reflect2/go.mod"
phase_done "source (Debian kubernetes $debian_version, reflect2 $(dpkg-query -W -f='${Version}' golang-github-modern-go-reflect2-dev) in vendor/)"

# GOPATH mode: the tree at $GOPATH/src/k8s.io/kubernetes, its vendor/ supplies every dependency
# (no network). The OpenAPI definitions the apiserver serves are generated, not checked in.
export GOPATH="$work/gopath" GO111MODULE=off GOFLAGS='' GOCACHE="$work/gocache" CGO_ENABLED=0
mkdir -p "$GOPATH/src/k8s.io"
ln -s "$tree" "$GOPATH/src/k8s.io/kubernetes"
cd "$GOPATH/src/k8s.io/kubernetes"
if ! make gen_openapi > "$work/gen_openapi.log" 2>&1; then
  keep_build=1
  tail -n 30 "$work/gen_openapi.log" >&2
  fail "make gen_openapi failed (work tree kept in $work)"
fi
phase_done "generate (make gen_openapi)"

# The version goes into both packages that hold one, as upstream's hack/lib/version.sh does:
# component-base (--version, the apiserver's log) and client-go (the /version endpoint the
# aggregator serves to kubectl and fabric8).
ldflags="-s -w"
for pkg in k8s.io/kubernetes/vendor/k8s.io/component-base/version k8s.io/kubernetes/vendor/k8s.io/client-go/pkg/version; do
  ldflags="$ldflags -X $pkg.gitVersion=$version -X $pkg.gitMajor=1 -X $pkg.gitMinor=20"
  ldflags="$ldflags -X $pkg.gitTreeState=archive -X $pkg.buildDate=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
done
for cmd in kube-apiserver kube-scheduler; do
  if ! go build -o "$bin/$cmd.new" -ldflags "$ldflags" "k8s.io/kubernetes/cmd/$cmd" > "$work/build-$cmd.log" 2>&1; then
    keep_build=1
    tail -n 30 "$work/build-$cmd.log" >&2
    fail "go build $cmd failed (work tree kept in $work)"
  fi
  mv "$bin/$cmd.new" "$bin/$cmd"
  [ "$(version_of "$bin/$cmd")" = "$version" ] || fail "$bin/$cmd --version says '$("$bin/$cmd" --version 2>&1)', not $version"
  phase_done "build $cmd"
done

cd /
cat > "$stamp" <<STAMP
version=$version
recipe=$recipe
source=Debian kubernetes $debian_version
go=$(go version | awk '{ print $3 }')
built=$(date -u +%Y-%m-%dT%H:%M:%SZ)
build_seconds=$((SECONDS - start_all))
STAMP
cleanup
phase_done "clean up the work tree"
say "built kube-apiserver and kube-scheduler $version in $((SECONDS - start_all)) s: $bin"
