#!/usr/bin/env bash
# `make demo`: parses the sample messages with `fsip parse` and shows what the
# parser reports for each, including a malformed one (a clear 400 naming the
# header instead of a crash). Later issues turn this into the call demo.
set -uo pipefail
cd "$(dirname "$0")/.."
bin="${1:-build}/bin/fsip"
msgs=examples/messages

echo "### fsip parse: an INVITE with SDP (datagram)"
"$bin" parse "$msgs/invite.sip"
echo
echo "### fsip parse: REFER with compact headers and an escaped Replaces in Refer-To"
"$bin" parse "$msgs/refer.sip"
echo
echo "### fsip parse --stream: INVITE, NOTIFY (message/sipfrag) and a keep-alive on one TCP stream"
stream=$(mktemp)
trap 'rm -f "$stream"' EXIT
cat "$msgs/invite.sip" >"$stream"
printf '\r\n\r\n' >>"$stream"
cat "$msgs/notify.sip" >>"$stream"
"$bin" parse --stream "$stream"
echo
echo "### fsip parse: a malformed Via (empty parameter) is rejected with the header named"
"$bin" parse "$msgs/bad-via.sip"
status=$?
if [ "$status" -ne 1 ]; then
    echo "demo: expected exit status 1 for the malformed message, got $status" >&2
    exit 1
fi
echo "(exit status 1, as documented)"
echo
echo "demo: done"
