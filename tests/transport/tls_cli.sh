#!/usr/bin/env bash
# `fsip uas --listen tls:...` answering `fsip call sips:...`: two real
# processes on loopback (RFC 3261 §26.2). The uas picks its port (port 0)
# and prints it; every process is started and stopped by PID, every wait is
# bounded.
#   tls_cli.sh BIN_DIR CERT_DIR
# Exit 0 pass, 1 fail.
set -euo pipefail
BIN=$(cd "$1" && pwd)
CERTS=$(cd "$2" && pwd)
FSIP=$BIN/fsip
# shellcheck source=tests/support/proc.sh
. "$(dirname "${BASH_SOURCE[0]}")/../support/proc.sh"
proc_workdir fsip-tls-cli
UAS_PID=

# start_uas NAME ARGS...: a uas on tls:127.0.0.1:0 (NAME.out, NAME.err);
# sets UAS_PID and PORT.
start_uas() {
    local name=$1
    shift
    proc_start -e "$WORK/$name.err" "$WORK/$name.out" "$FSIP" uas --listen tls:127.0.0.1:0 \
        --max-seconds 30 "$@"
    UAS_PID=$PROC_PID
    wait_line "$WORK/$name.out" '^listening tls:' "$UAS_PID"
    PORT=$(sed -n 's/^listening tls:127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/$name.out")
    [ -n "$PORT" ] || fail "$name: no port in $(grep '^listening' "$WORK/$name.out")"
}

# stop_uas: SIGTERM to the uas (its exit status is not checked).
stop_uas() {
    [ -n "$UAS_PID" ] || return 0
    stop_pid "$UAS_PID"
    UAS_PID=
}

# call NAME ARGS...: fsip call, bounded by --timeout-ms and timeout(1); sets RC.
call() {
    local name=$1
    shift
    set +e
    timeout 20 "$FSIP" call --hangup-ms 100 --timeout-ms 8000 "$@" >"$WORK/$name.out" \
        2>"$WORK/$name.err"
    RC=$?
    set -e
}

# 1. A call over TLS, the server verified by its IP address (SAN IP:127.0.0.1).
start_uas basic --cert "$CERTS/server.pem" --key "$CERTS/server.key"
call ok "sips:bob@127.0.0.1:$PORT" --ca "$CERTS/ca.pem" --trace
[ "$RC" = 0 ] || fail "call over TLS: exit $RC"
grep -q '^Via: SIP/2.0/TLS ' "$WORK/ok.out" || fail "no TLS Via in the INVITE"
# RFC 3261 §8.1.1.8, §12.1.1: a sips: dialog has sips: Contacts, ours in the
# INVITE and the callee's in its 200.
grep -q '^INVITE sips:' "$WORK/ok.out" || fail "no sips: INVITE in the trace"
[ "$(grep -c '^Contact: <sips:' "$WORK/ok.out")" -ge 2 ] ||
    fail "a sips: dialog without sips: Contacts: $(grep '^Contact:' "$WORK/ok.out" | sort -u | tr '\n' ' ')"
grep -q 'ENDED local-bye' "$WORK/ok.out" || fail "call did not end with our BYE"
grep -q 'calls: 1 placed, 1 clean' "$WORK/ok.out" || fail "call not clean"

# 2. The same server, a client trusting another CA: refused at once, with
#    OpenSSL's reason.
start=$(date +%s)
call badca "sips:bob@127.0.0.1:$PORT" --ca "$CERTS/other-ca.pem"
[ "$RC" = 1 ] || fail "untrusted server: exit $RC, want 1"
grep -q 'certificate verify failed: unable to get local issuer certificate' "$WORK/badca.err" ||
    fail "no verification reason on stderr"
grep -q 'ENDED transport' "$WORK/badca.out" || fail "call did not end on a transport error"
[ $(($(date +%s) - start)) -lt 5 ] || fail "the failure took more than 5 s"

# 3. A name the certificate does not carry, then one it does.
call badname "sips:bob@127.0.0.1:$PORT" --ca "$CERTS/ca.pem" --tls-name nope.test
[ "$RC" = 1 ] || fail "wrong --tls-name: exit $RC, want 1"
grep -q 'hostname mismatch' "$WORK/badname.err" || fail "no hostname mismatch on stderr"
call goodname "sip:bob@127.0.0.1:$PORT;transport=tls" --ca "$CERTS/ca.pem" --tls-name sip.test
[ "$RC" = 0 ] || fail "--tls-name sip.test over ;transport=tls: exit $RC"

stop_uas
grep -q 'calls in: 2, answered: 2' "$WORK/basic.out" || fail "uas did not answer 2 calls"

# The callee hangs up: its BYE goes back over the caller's TLS connection.
start_uas calleebye --cert "$CERTS/server.pem" --key "$CERTS/server.key" --hangup-ms 100
call remotebye "sips:bob@127.0.0.1:$PORT" --ca "$CERTS/ca.pem" --hangup-ms 5000
[ "$RC" = 0 ] || fail "callee's BYE over TLS: exit $RC"
grep -q 'ENDED remote-bye' "$WORK/remotebye.out" || fail "the callee's BYE did not arrive"
stop_uas

# 4. Mutual TLS: a client certificate is required; without one the call
#    fails, with one it goes through.
start_uas mutual --cert "$CERTS/server.pem" --key "$CERTS/server.key" --ca "$CERTS/ca.pem" \
    --verify-client
call nocert "sips:bob@127.0.0.1:$PORT" --ca "$CERTS/ca.pem"
[ "$RC" = 1 ] || fail "no client certificate: exit $RC, want 1"
grep -q 'certificate required' "$WORK/nocert.err" || fail "no 'certificate required' on stderr"
call withcert "sips:bob@127.0.0.1:$PORT" --ca "$CERTS/ca.pem" --cert "$CERTS/client.pem" \
    --key "$CERTS/client.key"
[ "$RC" = 0 ] || fail "with a client certificate: exit $RC"
stop_uas
grep -q 'peer did not return a certificate' "$WORK/mutual.err" ||
    fail "uas did not log the missing client certificate"

# 5. SNI (RFC 6066 §3) against OpenSSL's own server: `openssl s_server`
#    presents wrong.pem, or server.pem to a client that asks for sip.test.
#    With --tls-name sip.test fsip gets server.pem and verifies it (the
#    OPTIONS reaches the server; nobody answers it); without, it gets
#    wrong.pem, whose names do not include 127.0.0.1.
sni() { # NAME [--tls-name N]
    local name=$1 port=
    shift
    rm -f "$WORK/in"
    mkfifo "$WORK/in"
    exec 3<>"$WORK/in" # s_server's stdin stays open (EOF would stop it)
    : >"$WORK/$name-server.out"
    openssl s_server -accept 127.0.0.1:0 -naccept 1 -cert "$CERTS/wrong.pem" \
        -key "$CERTS/wrong.key" -servername sip.test -cert2 "$CERTS/server.pem" \
        -key2 "$CERTS/server.key" <"$WORK/in" >"$WORK/$name-server.out" 2>&1 &
    local sp=$!
    LIVE[$sp]=1
    proc_poll 10 "" has_line "$WORK/$name-server.out" '^ACCEPT 127\.0\.0\.1:[0-9]+$' || true
    port=$(sed -n 's/^ACCEPT 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/$name-server.out")
    [ -n "$port" ] || fail "$name: openssl s_server did not listen within 10 s"
    set +e
    timeout 20 "$FSIP" options "sips:127.0.0.1:$port" --ca "$CERTS/ca.pem" --timeout-ms 500 "$@" \
        >"$WORK/$name.out" 2>"$WORK/$name.err"
    set -e
    # -naccept 1: it ends once our connection is closed (5 s at most).
    wait_pid "$sp" 5
    exec 3>&-
}
sni sni --tls-name sip.test
grep -q 'Hostname in TLS extension: "sip.test"' "$WORK/sni-server.out" || fail "no SNI seen"
grep -aq '^OPTIONS sips:127.0.0.1' "$WORK/sni-server.out" || fail "no OPTIONS over the SNI connection"
grep -q 'TLS connection' "$WORK/sni.err" && fail "a TLS error with the right SNI"
sni nosni
grep -q 'Hostname in TLS extension' "$WORK/nosni-server.out" && fail "SNI sent without a name"
grep -q 'IP address mismatch' "$WORK/nosni.err" || fail "wrong.pem accepted for 127.0.0.1"

# 6. No certificate for a TLS listener: a clear error, exit 1.
set +e
"$FSIP" uas --listen tls:127.0.0.1:0 --max-seconds 1 >"$WORK/nocert-uas.out" 2>"$WORK/nocert-uas.err"
RC=$?
set -e
[ "$RC" = 1 ] || fail "uas tls without --cert: exit $RC, want 1"
grep -q 'needs a certificate' "$WORK/nocert-uas.err" || fail "no reason for the refused listener"
echo "PASS"
