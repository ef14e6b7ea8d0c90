#!/usr/bin/env bash
# Installs the Debian packages fsip needs to build, test, regenerate and
# benchmark, when they are missing. Quiet when everything is present.
# Usage: scripts/deps.sh [build|check|bench|fuzz|all]   (default: all)
set -euo pipefail

want="${1:-all}"
build_pkgs="cmake gcc make pkg-config libssl-dev"
regen_pkgs="ragel re2c"
check_pkgs="clang libclang-rt-14-dev libcmocka-dev spin graphviz valgrind sip-tester kamailio kamailio-tls-modules openssl"
bench_pkgs="valgrind libsofia-sip-ua-dev libosip2-dev libre-dev sip-tester kamailio"
fuzz_pkgs="clang llvm afl++"

case "$want" in
build) pkgs="$build_pkgs" ;;
check) pkgs="$build_pkgs $regen_pkgs $check_pkgs" ;;
bench) pkgs="$build_pkgs $bench_pkgs" ;;
fuzz) pkgs="$build_pkgs $fuzz_pkgs" ;;
all) pkgs="$build_pkgs $regen_pkgs $check_pkgs $bench_pkgs $fuzz_pkgs" ;;
*) echo "usage: $0 [build|check|bench|fuzz|all]" >&2; exit 2 ;;
esac

missing=()
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "deps.sh: missing packages (${missing[*]}) and no apt-get; install them by hand" >&2
    exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Packages whose postinst would start a daemon (kamailio) must not start it here:
# tests start their own instances on loopback.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ] && [ -z "$sudo" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
fi
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
[ "$created_policy" -eq 1 ] && rm -f "$policy"
exit 0
