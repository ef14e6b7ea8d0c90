#!/usr/bin/env bash
# Interop through a real Kamailio proxy on loopback (127.0.0.1 only):
# registrar, record-routing proxy with digest authentication, TLS
# listener (kamailio.cfg next to this script).
#   run.sh CASE BIN_DIR SRC_DIR
# Kamailio runs in the foreground (-DD -E), as the current user, with its
# pid file, runtime and working directory, TLS config, certificate and key
# in a temporary directory; it is started and stopped by PID with bounded
# waits, and its log is printed when a case fails. Exit 0 pass, 1 fail,
# 77 skip (no kamailio, no TLS module, no sipp or no openssl).
set -u
# shellcheck source=tests/support/proc.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../support/proc.sh"
proc_driver fsip-kam "$@"
SIPP_TIMEOUT_S=30
KAMAILIO=${KAMAILIO:-kamailio}
KAM_MODULES=${KAM_MODULES:-/usr/lib/x86_64-linux-gnu/kamailio/modules}
command -v "$KAMAILIO" >/dev/null 2>&1 || skip "kamailio not installed"
[ -f "$KAM_MODULES/tls.so" ] || skip "kamailio-tls-modules not installed"
command -v openssl >/dev/null 2>&1 || skip "openssl not installed"

# SIPp plays the peers of the sipp_* cases and lists bindings.
case $CASE in sipp_*) need_sipp ;; esac

# The users of kamailio.cfg and their passwords (the same table is there).
declare -A PW=([alice]=alice-pw-5061 [bob]=bob-pw-5062 [carol]=carol-pw-5063)

KAM=""
KAM_ARGS=()

# fail prints Kamailio's log from its start-up on too.
fail_more() {
    if [ -f "$WORK/kamailio.log" ]; then
        echo "---- kamailio.log (after start-up)"
        sed -n '/KAM ready/,$p' "$WORK/kamailio.log" | tail -n 150
    fi
}

# A test CA and a server certificate for 127.0.0.1 signed by it (IP
# subjectAltName: the TLS client checks the address it dialled, RFC 5922
# §7.1 by analogy). Made fresh for each run; never committed.
make_certs() {
    (
        cd "$WORK" &&
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
                -keyout ca.key -out ca.pem -days 2 -subj /CN=fsip-interop-ca &&
            openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
                -keyout key.pem -out server.csr -subj /CN=127.0.0.1 &&
            printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\n' >server.ext &&
            openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
                -out cert.pem -days 2 -extfile server.ext
    ) >"$WORK/openssl.log" 2>&1 || { cat "$WORK/openssl.log"; fail "openssl could not make the certificates"; }
    cat >"$WORK/tls.cfg" <<EOF
[server:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
private_key = $WORK/key.pem
certificate = $WORK/cert.pem

[client:default]
method = TLSv1.2+
verify_certificate = yes
require_certificate = yes
ca_list = $WORK/ca.pem
EOF
}

# Starts Kamailio on free ports: KPORT (UDP and TCP) and KTLS (TLS). A
# port taken between freeport and Kamailio's bind makes Kamailio exit:
# up to 3 tries with new ports. Ready once its first worker has logged
# "KAM ready" and the three sockets are bound. KAM_ARGS go to Kamailio.
start_kamailio() {
    local try
    make_certs
    for ((try = 0; try < 3; try++)); do
        KPORT=$(freeport)
        KTLS=$(freeport)
        [ "$KPORT" = "$KTLS" ] && continue
        proc_start "$WORK/kamailio.log" "$KAMAILIO" -f "$HERE/kamailio.cfg" -DD -E -m 64 -M 8 \
            -P "$WORK/kamailio.pid" -Y "$WORK" -w "$WORK" -A "TLS_CFG=\"$WORK/tls.cfg\"" \
            -A "MOD_PATH=\"$KAM_MODULES/\"" -l "udp:127.0.0.1:$KPORT" \
            -l "tcp:127.0.0.1:$KPORT" -l "tls:127.0.0.1:$KTLS" "${KAM_ARGS[@]}"
        KAM=$PROC_PID
        if proc_poll 10 "$KAM" has_line "$WORK/kamailio.log" 'KAM ready' &&
            kill -0 "$KAM" 2>/dev/null; then
            wait_bound udp "$KPORT"
            wait_bound tcp "$KPORT"
            wait_bound tcp "$KTLS"
            PROXY="127.0.0.1:$KPORT"
            return 0
        fi
        stop_pid "$KAM"
        cp "$WORK/kamailio.log" "$WORK/kamailio-try$try.log"
    done
    echo "---- kamailio.log"
    tail -n 60 "$WORK/kamailio.log"
    fail "Kamailio did not start"
}

stop_kamailio() {
    stop_pid "$KAM"
    [ "$STOP_RC" = 0 ] || fail "Kamailio exit status $STOP_RC after SIGTERM"
}

# Lines Kamailio logged from its script (request_route and friends).
kam() { grep -c -E "$1" "$WORK/kamailio.log"; }
kam_expect() { # kam_expect MIN REGEX WHAT
    local n
    n=$(kam "$2")
    [ "$n" -ge "$1" ] || fail "Kamailio logged $n '$2' lines, expected at least $1 ($3)"
}

# sipp_register NAME USER CONTACT [PASSWORD [SCENARIO]]: one REGISTER
# transaction pair (401, then 200) from a free port.
sipp_register() {
    local name=$1 user=$2 contact=$3 pw=${4:-${PW[$2]}} scen=${5:-register.xml} n
    n=$(cat "$WORK/bindings-$user.txt" 2>/dev/null | wc -l)
    run_sipp "$name" -sf "$HERE/$scen" -t u1 -i 127.0.0.1 -p "$(freeport)" -m 1 \
        -s "$user" -ap "$pw" -key contact "$contact" "$PROXY"
    [ "$SIPP_RC" = 0 ] || fail "sipp $name: exit status $SIPP_RC"
    sipp_calls "$name" 1
    # register.xml's <exec> appends the 200's bindings from a shell SIPp
    # does not wait for: the line may come after SIPp's exit.
    if [ "$scen" = register.xml ]; then wait_count "$WORK/bindings-$user.txt" '' $((n + 1)); fi
}

# start_agent NAME CMD...: an fsip agent (fsip uas) with its output in
# NAME.out; sets NAME (its PID) and NAME_UDP / NAME_TCP / NAME_TLS (the ports
# it printed) in upper case.
start_agent() {
    local name=$1 up
    shift
    up=${name^^}
    proc_start "$WORK/$name.out" "$@"
    printf -v "$up" %s "$PROC_PID"
    wait_line "$WORK/$name.out" '^listening' "$PROC_PID"
    printf -v "${up}_UDP" %s "$(sed -n 's/^listening udp:127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/$name.out")"
    printf -v "${up}_TCP" %s "$(sed -n 's/^listening tcp:127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/$name.out")"
    printf -v "${up}_TLS" %s "$(sed -n 's/^listening tls:127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/$name.out")"
}

# stop_agent NAME: SIGTERM, exit status 0 expected.
stop_agent() {
    local up=${1^^}
    stop_pid "${!up}"
    [ "$STOP_RC" = 0 ] || fail "$1 exit status $STOP_RC after SIGTERM"
}

# start_register NAME USER CONTACT [fsip register args]: binds CONTACT to
# USER's AOR at the proxy with USER's password, and waits for Kamailio to
# save the binding. With REG_WITH=fsip (the default): fsip register in the
# background, holding the registration (PID in REG_<USER>, output in
# NAME.out); with REG_WITH=sipp: one SIPp REGISTER (register.xml), the
# binding lasting its 300 s.
REG_WITH=fsip
start_register() {
    local name=$1 user=$2 contact=$3 up re
    shift 3
    up=REG_${user^^}
    printf -v "$up" %s ""
    if [ "$REG_WITH" = sipp ]; then
        sipp_register "$name" "$user" "<$contact>"
        return
    fi
    proc_start "$WORK/$name.out" "$FSIP" register "sip:$PROXY" --aor "sip:$user@$PROXY" \
        --user "$user" --password "${PW[$user]}" --contact "$contact" --expires 300 \
        --duration-ms 60000 "$@"
    printf -v "$up" %s "$PROC_PID"
    re=$(printf '%s' "$contact" | sed 's/[].[*^$\\]/\\&/g')
    wait_line "$WORK/kamailio.log" "KAM registered sip:$user@[^ ]* contact <?$re" "$PROC_PID"
    wait_line "$WORK/$name.out" '^register registered' "$PROC_PID"
}

# stop_register USER: SIGTERM to USER's fsip register, which unregisters
# (Expires: 0) and exits 0. Nothing to do for a SIPp registration.
stop_register() {
    local up=REG_${1^^}
    [ -n "${!up}" ] || return 0
    stop_pid "${!up}"
    [ "$STOP_RC" = 0 ] || fail "fsip register ($1) exit status $STOP_RC after SIGTERM"
}

# Case name suffixes: _nc runs the case against a Kamailio checking nonce
# counts (-A WITH_NONCE_COUNT: a nonce per challenge, each nc once);
# _sippreg with SIPp registering the fsip agents.
if [[ $CASE == *_nc ]]; then
    KAM_ARGS+=(-A WITH_NONCE_COUNT)
    CASE=${CASE%_nc}
fi
if [[ $CASE == *_sippreg ]]; then
    REG_WITH=sipp
    need_sipp
    CASE=${CASE%_sippreg}
fi

case $CASE in
sipp_register)
    # RFC 3261 §10, §22.2: REGISTER challenged with 401, accepted with the
    # right digest; the 200 lists every binding of the AOR with its
    # expires; a wrong password gets a new 401 and saves nothing.
    start_kamailio
    sipp_register reg_alice1 alice "<sip:alice@127.0.0.1:40001>"
    sipp_register reg_alice2 alice "<sip:alice@127.0.0.1:40002;transport=tcp>"
    sipp_register reg_bob bob "<sip:bob@127.0.0.1:40003>"
    sipp_register reg_carol_bad carol "<sip:carol@127.0.0.1:40004>" wrong-password \
        register-badpw.xml
    stop_kamailio
    mapfile -t a <"$WORK/bindings-alice.txt"
    [ "${#a[@]}" = 2 ] || fail "alice's 200s: ${#a[@]} lines in bindings-alice.txt, expected 2"
    case ${a[0]} in *'<sip:alice@127.0.0.1:40001>;expires='*) ;; *) fail "first 200 lists '${a[0]}'" ;; esac
    case ${a[0]} in *40002*) fail "first 200 lists a binding not yet made: '${a[0]}'" ;; esac
    case ${a[1]} in *'<sip:alice@127.0.0.1:40001>;expires='*) ;; *) fail "second 200 lists '${a[1]}'" ;; esac
    case ${a[1]} in *'<sip:alice@127.0.0.1:40002;transport=tcp>;expires='*) ;; *) fail "second 200 lists '${a[1]}'" ;; esac
    b=$(cat "$WORK/bindings-bob.txt")
    case $b in *'<sip:bob@127.0.0.1:40003>;expires='*) ;; *) fail "bob's 200 lists '$b'" ;; esac
    case $b in *alice*) fail "bob's 200 lists alice's bindings: '$b'" ;; esac
    [ ! -e "$WORK/bindings-carol.txt" ] || fail "a 200 came for carol's wrong password"
    kam_expect 4 'KAM challenge REGISTER' "first REGISTERs without credentials"
    kam_expect 1 'KAM auth failed -?[0-9]+ user carol REGISTER' "carol's wrong password"
    n=$(kam 'KAM registered sip:carol')
    [ "$n" = 0 ] || fail "Kamailio saved a binding for carol's wrong password"
    kam_expect 2 'KAM registered sip:alice@' "alice's two REGISTERs"
    ;;
sipp_call)
    # A SIPp UAS registered as bob, called by a SIPp UAC as alice through
    # the proxy: 407 then the authenticated INVITE (RFC 3261 §22.3), lookup
    # of bob's binding, Record-Route on the INVITE and in the 200 (§16.6,
    # §12.1), the ACK from alice and the BYE from bob both through the
    # proxy (loose_route, §16.4), the 200 to the BYE back through it.
    start_kamailio
    bport=$(freeport)
    start_sipp sipp_bob -sf "$HERE/call-uas.xml" -t u1 -i 127.0.0.1 -p "$bport" -s bob -m 1 -d 300
    BOB=$PROC_PID
    wait_bound udp "$bport"
    sipp_register reg_bob bob "<sip:bob@127.0.0.1:$bport>"
    run_sipp sipp_alice -sf "$HERE/call-uac.xml" -t u1 -i 127.0.0.1 -p "$(freeport)" -m 1 \
        -s bob -au alice -ap "${PW[alice]}" "$PROXY"
    [ "$SIPP_RC" = 0 ] || fail "sipp alice: exit status $SIPP_RC"
    wait_pid "$BOB" 20
    [ "$WAIT_RC" = 0 ] || fail "sipp bob (UAS): exit status $WAIT_RC"
    stop_kamailio
    sipp_calls sipp_alice 1
    sipp_calls sipp_bob 1
    kam_expect 1 'KAM challenge INVITE' "the first INVITE"
    kam_expect 1 'KAM auth ok user alice INVITE' "the INVITE with credentials"
    kam_expect 1 "KAM lookup INVITE to sip:bob@127\.0\.0\.1:$bport\$" "bob's binding"
    kam_expect 1 'KAM reply 200 OK cseq 2 INVITE' "bob's 200 relayed"
    kam_expect 1 "KAM loose_route ACK to sip:bob@127\.0\.0\.1:$bport" "alice's ACK"
    kam_expect 1 'KAM loose_route BYE to sip:alice@127\.0\.0\.1:' "bob's BYE"
    kam_expect 1 'KAM reply 200 OK cseq 1 BYE' "alice's 200 to the BYE"
    n=$(kam 'KAM no-route')
    [ "$n" = 0 ] || fail "Kamailio got $n in-dialog requests without its Route"
    ;;
tls_options)
    # The TLS listener (RFC 3261 §26.3.1, RFC 5630): a TLS client that
    # checks the certificate against the test CA and the address sends
    # OPTIONS to the proxy and gets 200.
    start_kamailio
    mkfifo "$WORK/tls.in"
    timeout 20 openssl s_client -connect "127.0.0.1:$KTLS" -CAfile "$WORK/ca.pem" \
        -verify_return_error -verify_ip 127.0.0.1 -quiet <"$WORK/tls.in" \
        >"$WORK/s_client.out" 2>"$WORK/s_client.err" &
    SC=$!
    LIVE[$SC]=1
    exec 3>"$WORK/tls.in"
    printf '%s\r\n' "OPTIONS sip:127.0.0.1:$KTLS;transport=tls SIP/2.0" \
        "Via: SIP/2.0/TLS 127.0.0.1:5061;branch=z9hG4bK-tls-$$" "Max-Forwards: 70" \
        "From: <sip:probe@127.0.0.1>;tag=p$$" "To: <sip:127.0.0.1:$KTLS>" \
        "Call-ID: tls-options-$$@127.0.0.1" "CSeq: 1 OPTIONS" "Content-Length: 0" "" >&3
    wait_line "$WORK/s_client.out" '^SIP/2.0 [0-9]{3} '
    exec 3>&-
    stop_pid "$SC"
    grep -q '^SIP/2.0 200 ' "$WORK/s_client.out" || fail "OPTIONS over TLS: $(head -1 "$WORK/s_client.out")"
    grep -q "^Call-ID: tls-options-$$@127.0.0.1" "$WORK/s_client.out" || fail "the 200 is not for our OPTIONS"
    grep -q 'verify return:1' "$WORK/s_client.err" || fail "the server certificate was not verified"
    kam_expect 1 "KAM request OPTIONS .* from 127\.0\.0\.1:[0-9]+/tls " "OPTIONS over TLS"
    stop_kamailio
    ;;
fsip_call)
    # fsip call -> Kamailio -> fsip uas (bob, registered): alice's INVITE
    # gets 407 and goes again with her digest (RFC 3261 §22.3); it reaches
    # bob's binding; the 200 carries the Record-Route and both fsip agents
    # keep the proxy on the path (§12.1.1, §12.1.2, §12.2.1.1): alice's ACK
    # and bob's BYE (--hangup-ms) pass through Kamailio (loose_route).
    # Then a wrong password and a user without a binding fail the call.
    start_kamailio
    start_agent bob "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 60 --hangup-ms 300
    start_register reg_bob bob "sip:bob@127.0.0.1:$BOB_UDP"
    timeout 60 "$FSIP" call "sip:bob@$PROXY" --from "sip:alice@$PROXY" --user alice \
        --password "${PW[alice]}" --hangup-ms 10000 --timeout-ms 20000 >"$WORK/alice.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] || fail "fsip call (alice) exit status $rc"
    grep -q ' CONFIRMED 200' "$WORK/alice.out" || fail "alice's call was not confirmed"
    grep -q 'ENDED remote-bye$' "$WORK/alice.out" || fail "alice did not get bob's BYE"
    # A wrong password: the proxy challenges again, fsip does not resend
    # it (RFC 3261 §22.2) and the call fails; bob never sees it.
    rc=0
    timeout 60 "$FSIP" call "sip:bob@$PROXY" --from "sip:alice@$PROXY" --user alice \
        --password wrong-password --timeout-ms 20000 >"$WORK/alice_badpw.out" 2>&1 || rc=$?
    [ "$rc" = 1 ] || fail "fsip call with a wrong password: exit status $rc, expected 1"
    grep -q 'ENDED rejected 407$' "$WORK/alice_badpw.out" ||
        fail "fsip call with a wrong password: no 'ENDED rejected 407'"
    # No binding for dave: 404 from the proxy (RFC 3261 §16.5).
    rc=0
    timeout 60 "$FSIP" call "sip:dave@$PROXY" --from "sip:alice@$PROXY" --user alice \
        --password "${PW[alice]}" --timeout-ms 20000 >"$WORK/alice_dave.out" 2>&1 || rc=$?
    [ "$rc" = 1 ] || fail "fsip call to an unregistered user: exit status $rc, expected 1"
    grep -q 'ENDED rejected 404$' "$WORK/alice_dave.out" ||
        fail "fsip call to an unregistered user: no 'ENDED rejected 404'"
    stop_agent bob
    stop_register bob
    grep -q ' CONFIRMED$' "$WORK/bob.out" || fail "bob's call was not confirmed"
    grep -q 'ENDED local-bye$' "$WORK/bob.out" || fail "bob did not hang up"
    grep -q 'calls in: 1, answered: 1, failed: 0,' "$WORK/bob.out" ||
        fail "bob's counters: $(grep -o 'calls in: [^c]*' "$WORK/bob.out")"
    stop_kamailio
    kam_expect 1 'KAM challenge INVITE' "alice's first INVITE"
    kam_expect 1 'KAM auth ok user alice INVITE' "alice's INVITE with credentials"
    kam_expect 1 "KAM lookup INVITE to sip:bob@127\.0\.0\.1:$BOB_UDP\$" "bob's binding"
    kam_expect 1 'KAM reply 200 OK cseq [0-9]+ INVITE' "bob's 200 relayed"
    kam_expect 1 "KAM loose_route ACK to sip:([^@ ]*@)?127\.0\.0\.1:${BOB_UDP}[;> ]" "alice's ACK"
    kam_expect 1 "KAM loose_route BYE .* from 127\.0\.0\.1:$BOB_UDP/udp" "bob's BYE"
    kam_expect 1 'KAM reply 200 OK cseq [0-9]+ BYE' "alice's 200 to the BYE"
    kam_expect 1 'KAM auth failed -?[0-9]+ user alice INVITE' "alice's wrong password"
    kam_expect 1 'KAM lookup failed -?[0-9]+ INVITE sip:dave@' "dave's missing binding"
    n=$(kam 'KAM no-route')
    [ "$n" = 0 ] || fail "Kamailio got $n in-dialog requests without its Route"
    ;;
fsip_register)
    # fsip register against Kamailio (RFC 3261 §10.2, §22.2): the first
    # REGISTER is challenged (401), the second carries the digest and binds
    # the contact; SIPp registering a second contact for alice gets both
    # listed; SIGTERM unregisters (Expires: 0) and the binding is gone from
    # the next 200. A wrong password fails (exit 1) without a binding.
    need_sipp
    start_kamailio
    start_register reg_alice alice "sip:alice@127.0.0.1:40001"
    grep -q '^register registered expires=300$' "$WORK/reg_alice.out" ||
        fail "fsip register: no 'register registered expires=300'"
    sipp_register reg_alice_sipp alice "<sip:alice@127.0.0.1:40002>"
    grep -q '<sip:alice@127\.0\.0\.1:40001>;expires=' "$WORK/bindings-alice.txt" ||
        fail "the registrar does not list fsip's binding: $(cat "$WORK/bindings-alice.txt")"
    stop_pid "$REG_ALICE"
    [ "$STOP_RC" = 0 ] || fail "fsip register (alice) exit status $STOP_RC after SIGTERM"
    grep -q 'unregistered' "$WORK/reg_alice.out" || fail "fsip register did not unregister"
    sipp_register reg_alice_sipp2 alice "<sip:alice@127.0.0.1:40002>"
    b=$(tail -n 1 "$WORK/bindings-alice.txt")
    case $b in *40001*) fail "fsip's binding is still there after the unregister: $b" ;; esac
    rc=0
    timeout 30 "$FSIP" register "sip:$PROXY" --aor "sip:carol@$PROXY" --user carol \
        --password wrong-password --contact "sip:carol@127.0.0.1:40003" --expires 300 \
        --retries 1 --duration-ms 5000 >"$WORK/reg_carol_bad.out" 2>&1 || rc=$?
    [ "$rc" = 1 ] || fail "fsip register with a wrong password: exit status $rc, expected 1"
    stop_kamailio
    kam_expect 1 'KAM challenge REGISTER' "fsip's first REGISTER"
    kam_expect 1 'KAM auth ok user alice REGISTER' "fsip's REGISTER with the digest"
    kam_expect 1 'KAM registered sip:alice@[^ ]* contact <?sip:alice@127\.0\.0\.1:40001>? expires 300 ' \
        "fsip's binding"
    kam_expect 1 'KAM registered sip:alice@[^ ]* contact <?sip:alice@127\.0\.0\.1:40001>? expires 0 ' \
        "fsip's unregister"
    kam_expect 1 'KAM auth failed -?[0-9]+ user carol REGISTER' "carol's wrong password"
    n=$(kam 'KAM registered sip:carol')
    [ "$n" = 0 ] || fail "Kamailio saved a binding for carol's wrong password"
    ;;
fsip_proxy)
    # Issue 7 over UDP, every agent fsip and every step authenticated:
    # bob and carol (fsip uas) are registered by fsip register (401); alice
    # (fsip call --user alice) calls sip:bob@PROXY: 407, the INVITE again
    # with Proxy-Authorization (RFC 3261 §22.3), bob's binding, the
    # Record-Route in the 200; alice REFERs bob to sip:carol@PROXY (RFC
    # 3515): the REFER and alice's BYE go to bob through the proxy, bob's
    # NOTIFYs come back through it; bob's INVITE to carol's AOR gets its own
    # 407 (fsip uas --user bob), the proxy finds carol's binding and
    # record-routes; carol's BYE comes to bob through the proxy.
    start_kamailio
    start_agent carol "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 60 --hangup-ms 500
    start_agent bob "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 60 --user bob \
        --password "${PW[bob]}"
    start_register reg_carol carol "sip:carol@127.0.0.1:$CAROL_UDP"
    start_register reg_bob bob "sip:bob@127.0.0.1:$BOB_UDP"
    timeout 60 "$FSIP" call "sip:bob@$PROXY" --from "sip:alice@$PROXY" --user alice \
        --password "${PW[alice]}" --transfer-to "sip:carol@$PROXY" --timeout-ms 20000 \
        >"$WORK/alice.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] || fail "fsip call --transfer-to (alice) exit status $rc"
    grep -q ' CONFIRMED 200' "$WORK/alice.out" || fail "alice's call was not confirmed"
    grep -q "^xfer [^ ]* REFER sent to sip:carol@$PROXY\$" "$WORK/alice.out" || fail "no 'REFER sent' line"
    grep -q '^xfer [^ ]* ACCEPTED 202$' "$WORK/alice.out" || fail "no 'xfer ... ACCEPTED 202'"
    grep -q '^xfer [^ ]* DONE ok 200$' "$WORK/alice.out" || fail "no 'xfer ... DONE ok 200' at alice"
    grep -q 'ENDED local-bye$' "$WORK/alice.out" || fail "alice did not hang up after the transfer"
    proc_poll 10 "" has_lines "$WORK/bob.out" 'ENDED remote-bye$' 2 || true
    stop_agent bob
    stop_agent carol
    stop_register bob
    stop_register carol
    grep -q ' INCOMING from sip:alice@' "$WORK/bob.out" || fail "bob got no call from alice"
    grep -q "^xfer [^ ]* REFERRED to sip:carol@$PROXY\$" "$WORK/bob.out" || fail "bob was not referred"
    grep -q '^xfer [^ ]* DONE ok 200$' "$WORK/bob.out" || fail "no 'xfer ... DONE ok 200' at bob"
    n=$(grep -c 'ENDED remote-bye$' "$WORK/bob.out")
    [ "$n" = 2 ] || fail "bob printed $n 'ENDED remote-bye', expected 2 (alice's and carol's BYE)"
    grep -q 'calls in: 1, answered: 1, failed: 0,' "$WORK/carol.out" ||
        fail "carol's counters: $(grep -o 'calls in: [^c]*' "$WORK/carol.out")"
    grep -q 'ENDED local-bye$' "$WORK/carol.out" || fail "carol did not hang up"
    stop_kamailio
    kam_expect 1 'KAM auth ok user bob REGISTER' "bob's REGISTER"
    kam_expect 1 'KAM auth ok user carol REGISTER' "carol's REGISTER"
    kam_expect 2 'KAM challenge INVITE' "alice's and bob's first INVITEs"
    kam_expect 1 'KAM auth ok user alice INVITE' "alice's INVITE with credentials"
    kam_expect 1 "KAM auth ok user bob INVITE from 127\.0\.0\.1:$BOB_UDP/udp" \
        "bob's INVITE to carol with credentials"
    kam_expect 1 "KAM lookup INVITE to sip:bob@127\.0\.0\.1:$BOB_UDP\$" "alice's call to bob"
    kam_expect 1 "KAM lookup INVITE to sip:carol@127\.0\.0\.1:$CAROL_UDP\$" "carol's binding"
    kam_expect 1 "KAM loose_route ACK to sip:([^@ ]*@)?127\.0\.0\.1:${BOB_UDP}[;> ]" "alice's ACK"
    kam_expect 1 'KAM loose_route REFER ' "alice's REFER"
    kam_expect 1 'KAM reply 202 [^ ]* cseq [0-9]+ REFER' "bob's 202"
    kam_expect 2 "KAM loose_route NOTIFY .* from 127\.0\.0\.1:$BOB_UDP/udp" "bob's NOTIFYs"
    kam_expect 1 "KAM loose_route BYE to sip:([^@ ]*@)?127\.0\.0\.1:${BOB_UDP}[;> ]" "alice's BYE"
    kam_expect 1 "KAM loose_route ACK to sip:([^@ ]*@)?127\.0\.0\.1:${CAROL_UDP}[;> ]" "bob's ACK to carol"
    kam_expect 1 "KAM loose_route BYE .* from 127\.0\.0\.1:$CAROL_UDP/udp" "carol's BYE"
    n=$(kam 'KAM no-route')
    [ "$n" = 0 ] || fail "Kamailio got $n in-dialog requests without its Route"
    ;;
fsip_tls)
    # TLS to the proxy and from it (RFC 3261 §26.2, RFC 5630). Bob (fsip
    # uas) listens on UDP; alice calls sip:bob@127.0.0.1:TLSPORT;transport=tls,
    # checking the proxy's certificate against the test CA (--ca), her 407
    # answered: TLS to the proxy, UDP from it, so the proxy record-routes
    # twice (RFC 5658), and alice's ACK and BYE come in over her TLS
    # connection and go out over UDP. Carol listens on TLS and registers
    # sips:carol@127.0.0.1:PORT; alice, with a certificate of her own (so
    # that her TLS Contact accepts connections), calls
    # sips:carol@127.0.0.1:TLSPORT; Kamailio connects to carol over TLS,
    # checking her certificate (tls.cfg); carol hangs up: her BYE goes over
    # TLS to the proxy and from it over TLS to alice's Contact.
    start_kamailio
    start_agent bob "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 60
    start_agent carol "$FSIP" uas --listen tls:127.0.0.1:0 --cert "$WORK/cert.pem" \
        --key "$WORK/key.pem" --max-seconds 60 --hangup-ms 300
    [ -n "$CAROL_TLS" ] || fail "fsip uas printed no TLS listener"
    start_register reg_bob bob "sip:bob@127.0.0.1:$BOB_UDP"
    start_register reg_carol carol "sips:carol@127.0.0.1:$CAROL_TLS"
    timeout 60 "$FSIP" call "sip:bob@127.0.0.1:$KTLS;transport=tls" \
        --from "sip:alice@127.0.0.1:$KTLS" --ca "$WORK/ca.pem" --user alice \
        --password "${PW[alice]}" --hangup-ms 300 --timeout-ms 20000 >"$WORK/alice.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] || fail "fsip call over TLS (alice) exit status $rc"
    grep -q ' CONFIRMED 200' "$WORK/alice.out" || fail "alice's call was not confirmed"
    grep -q 'ENDED local-bye$' "$WORK/alice.out" || fail "alice did not hang up"
    wait_line "$WORK/bob.out" 'ENDED remote-bye$'
    timeout 60 "$FSIP" call "sips:carol@127.0.0.1:$KTLS" --from "sips:alice@127.0.0.1:$KTLS" \
        --ca "$WORK/ca.pem" --cert "$WORK/cert.pem" --key "$WORK/key.pem" --user alice \
        --password "${PW[alice]}" --hangup-ms 10000 --timeout-ms 20000 >"$WORK/alice2.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] || fail "fsip call over TLS to carol (alice) exit status $rc"
    grep -q 'ENDED remote-bye$' "$WORK/alice2.out" || fail "alice did not get carol's BYE"
    stop_agent bob
    stop_agent carol
    stop_register bob
    stop_register carol
    grep -q ' INCOMING from sip:alice@' "$WORK/bob.out" || fail "bob got no call from alice"
    grep -q ' CONFIRMED$' "$WORK/bob.out" || fail "bob's call was not confirmed"
    grep -q ' INCOMING from sips:alice@' "$WORK/carol.out" || fail "carol got no call from alice"
    grep -q 'ENDED local-bye$' "$WORK/carol.out" || fail "carol did not hang up"
    stop_kamailio
    kam_expect 2 'KAM challenge INVITE from 127\.0\.0\.1:[0-9]+/tls' "alice's first INVITEs over TLS"
    kam_expect 2 'KAM auth ok user alice INVITE from 127\.0\.0\.1:[0-9]+/tls' \
        "alice's INVITEs with credentials over TLS"
    kam_expect 1 "KAM lookup INVITE to sip:bob@127\.0\.0\.1:$BOB_UDP\$" "bob's binding"
    kam_expect 1 "KAM reply 200 OK cseq [0-9]+ INVITE from 127\.0\.0\.1:$BOB_UDP/udp" "bob's 200"
    kam_expect 1 "KAM loose_route ACK to [^ ]*127\.0\.0\.1:${BOB_UDP}[;> ].* from 127\.0\.0\.1:[0-9]+/tls" \
        "alice's ACK, TLS in, to bob"
    kam_expect 1 "KAM loose_route BYE to [^ ]*127\.0\.0\.1:${BOB_UDP}[;> ].* from 127\.0\.0\.1:[0-9]+/tls" \
        "alice's BYE, TLS in, to bob"
    kam_expect 1 "KAM reply 200 OK cseq [0-9]+ BYE from 127\.0\.0\.1:$BOB_UDP/udp" \
        "bob's 200 to the BYE over UDP"
    kam_expect 1 "KAM lookup INVITE to sips:carol@127\.0\.0\.1:$CAROL_TLS\$" "carol's binding"
    kam_expect 1 "KAM reply 200 OK cseq [0-9]+ INVITE from 127\.0\.0\.1:$CAROL_TLS/tls" \
        "carol's 200 over TLS"
    cid=$(sed -n 's/^call \([^ ]*\) CALLING .*/\1/p' "$WORK/alice2.out")
    kam_expect 1 "KAM loose_route ACK .* from 127\.0\.0\.1:[0-9]+/tls call-id $cid\$" \
        "alice's ACK to carol over TLS"
    kam_expect 1 "KAM loose_route BYE .* from 127\.0\.0\.1:$CAROL_TLS/tls call-id $cid\$" \
        "carol's BYE over TLS"
    kam_expect 1 "KAM reply 200 OK cseq [0-9]+ BYE from 127\.0\.0\.1:[0-9]+/tls call-id $cid\$" \
        "alice's 200 to carol's BYE over TLS"
    n=$(kam 'KAM no-route')
    [ "$n" = 0 ] || fail "Kamailio got $n in-dialog requests without its Route"
    ;;
fsip_attended)
    # Attended transfer (RFC 5589 §7.1, RFC 3891) with the calls through
    # the proxy: alice calls bob, then carol (the consultation call), each
    # INVITE answered 407 with her digest; she REFERs bob, through the
    # proxy, with Refer-To carol's Contact;Replaces= the consultation dialog
    # (a Contact that routes here: the §7.3 fallback to the AOR is not
    # needed); bob's INVITE with Replaces goes to that Contact; carol takes
    # it in place of the consultation call and ends that one with BYE to
    # alice, through the proxy (Record-Route). Bob's call with carol lasts
    # until the agents stop.
    start_kamailio
    start_agent carol "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 60
    start_agent bob "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 60 --user bob \
        --password "${PW[bob]}"
    start_register reg_carol carol "sip:carol@127.0.0.1:$CAROL_UDP"
    start_register reg_bob bob "sip:bob@127.0.0.1:$BOB_UDP"
    timeout 60 "$FSIP" call "sip:bob@$PROXY" --from "sip:alice@$PROXY" --user alice \
        --password "${PW[alice]}" --transfer-to "sip:carol@$PROXY" --attended \
        --timeout-ms 20000 >"$WORK/alice.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] || fail "fsip call --attended (alice) exit status $rc"
    grep -q ' CONFIRMED 200 (consultation)$' "$WORK/alice.out" || fail "no consultation call"
    grep -q '^xfer [^ ]* REFER sent (attended, replaces ' "$WORK/alice.out" || fail "no attended REFER"
    grep -q '^xfer [^ ]* DONE ok 200$' "$WORK/alice.out" || fail "no 'xfer ... DONE ok 200' at alice"
    n=$(grep -c 'ENDED remote-bye$' "$WORK/alice.out")
    [ "$n" = 1 ] || fail "alice printed $n 'ENDED remote-bye', expected 1 (the consultation call)"
    wait_line "$WORK/carol.out" '^replaces '
    # Carol: the consultation call and bob's, both confirmed.
    proc_poll 10 "" has_lines "$WORK/carol.out" ' CONFIRMED$' 2 || true
    stop_agent bob
    stop_agent carol
    stop_register bob
    stop_register carol
    grep -q "^xfer [^ ]* REFERRED to sip:[^ ]*127\.0\.0\.1:$CAROL_UDP\$" "$WORK/bob.out" ||
        fail "bob was not referred to carol's Contact"
    grep -q '^xfer [^ ]* DONE ok 200$' "$WORK/bob.out" || fail "no 'xfer ... DONE ok 200' at bob"
    n=$(grep -c 'ENDED remote-bye$' "$WORK/bob.out")
    [ "$n" = 1 ] || fail "bob printed $n 'ENDED remote-bye', expected 1 (alice's BYE)"
    grep -q ' INCOMING from sip:bob@' "$WORK/carol.out" || fail "carol got no call from bob"
    n=$(grep -c ' CONFIRMED$' "$WORK/carol.out")
    [ "$n" = 2 ] || fail "carol printed $n 'CONFIRMED', expected 2 (consultation, bob's call)"
    grep -q 'calls in: 2, answered: 2, failed: 0,' "$WORK/carol.out" ||
        fail "carol's counters: $(grep -o 'calls in: [^c]*' "$WORK/carol.out")"
    stop_kamailio
    kam_expect 2 'KAM auth ok user alice INVITE' "alice's call and consultation call"
    kam_expect 1 "KAM lookup INVITE to sip:bob@127\.0\.0\.1:$BOB_UDP\$" "alice's call to bob"
    kam_expect 1 "KAM lookup INVITE to sip:carol@127\.0\.0\.1:$CAROL_UDP\$" "the consultation call"
    kam_expect 1 'KAM loose_route REFER ' "alice's REFER"
    kam_expect 2 "KAM loose_route NOTIFY .* from 127\.0\.0\.1:$BOB_UDP/udp" "bob's NOTIFYs"
    kam_expect 1 "KAM loose_route BYE .* from 127\.0\.0\.1:$CAROL_UDP/udp" \
        "carol's BYE of the consultation call"
    kam_expect 1 "KAM loose_route BYE .* from 127\.0\.0\.1:[0-9]+/udp" "alice's BYE to bob"
    n=$(kam 'KAM no-route')
    [ "$n" = 0 ] || fail "Kamailio got $n in-dialog requests without its Route"
    ;;
fsip_tcp)
    # Over TCP end to end: bob (fsip uas) listens on TCP and registers
    # sip:bob@127.0.0.1:PORT;transport=tcp over TCP (fsip register
    # --transport tcp); alice calls sip:bob@PROXY;transport=tcp over TCP with
    # her 407 answered; the proxy connects to bob over TCP and
    # record-routes; alice's ACK goes over her connection to the proxy and
    # on to bob, bob's BYE (--hangup-ms) over TCP to the proxy and on to
    # alice's Contact (RFC 3261 §18.1.1, §12.2.1.1).
    start_kamailio
    start_agent bob "$FSIP" uas --listen tcp:127.0.0.1:0 --max-seconds 60 --hangup-ms 300
    [ -n "$BOB_TCP" ] || fail "fsip uas printed no TCP listener"
    start_register reg_bob bob "sip:bob@127.0.0.1:$BOB_TCP;transport=tcp" --transport tcp
    timeout 60 "$FSIP" call "sip:bob@$PROXY;transport=tcp" --from "sip:alice@$PROXY" \
        --user alice --password "${PW[alice]}" --hangup-ms 10000 --timeout-ms 20000 \
        >"$WORK/alice.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] || fail "fsip call over TCP (alice) exit status $rc"
    grep -q ' CONFIRMED 200' "$WORK/alice.out" || fail "alice's call was not confirmed"
    grep -q 'ENDED remote-bye$' "$WORK/alice.out" || fail "alice did not get bob's BYE"
    stop_agent bob
    stop_register bob
    grep -q 'ENDED local-bye$' "$WORK/bob.out" || fail "bob did not hang up"
    stop_kamailio
    kam_expect 1 "KAM registered sip:bob@[^ ]* contact <sip:bob@127\.0\.0\.1:$BOB_TCP;transport=tcp> expires 300 from 127\.0\.0\.1:[0-9]+/tcp" \
        "bob's REGISTER over TCP"
    kam_expect 1 'KAM auth ok user alice INVITE from 127\.0\.0\.1:[0-9]+/tcp' "alice's INVITE over TCP"
    kam_expect 1 "KAM reply 200 OK cseq [0-9]+ INVITE from 127\.0\.0\.1:$BOB_TCP/tcp" "bob's 200 over TCP"
    kam_expect 1 "KAM loose_route ACK to [^ ]*127\.0\.0\.1:${BOB_TCP}[;> ].* from 127\.0\.0\.1:[0-9]+/tcp" \
        "alice's ACK over TCP"
    kam_expect 1 "KAM loose_route BYE .*;transport=tcp .* from 127\.0\.0\.1:$BOB_TCP/tcp" \
        "bob's BYE over TCP"
    kam_expect 1 "KAM reply 200 OK cseq [0-9]+ BYE from 127\.0\.0\.1:[0-9]+/tcp" "alice's 200 to the BYE"
    n=$(kam 'KAM no-route')
    [ "$n" = 0 ] || fail "Kamailio got $n in-dialog requests without its Route"
    ;;
fsip_nonce)
    # Three calls in a row from one fsip call, each INVITE challenged with
    # 407 within the same second: Kamailio's auth module (no nonce_count,
    # no one_time_nonce) gives the same nonce to every challenge of that
    # second. A challenge to a request that carried no credentials is not
    # a refused password (RFC 3261 §22.2, RFC 7616 §3.3): every call must
    # be answered with the digest and connect.
    start_kamailio
    start_agent bob "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 60
    start_register reg_bob bob "sip:bob@127.0.0.1:$BOB_UDP"
    timeout 60 "$FSIP" call "sip:bob@$PROXY" --from "sip:alice@$PROXY" --user alice \
        --password "${PW[alice]}" --count 3 --hangup-ms 20 --timeout-ms 20000 \
        >"$WORK/alice.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] || fail "fsip call --count 3 (alice) exit status $rc"
    grep -q '^calls: 3 placed, 3 clean' "$WORK/alice.out" || fail "alice's summary line"
    stop_agent bob
    stop_register bob
    grep -q 'calls in: 3, answered: 3, failed: 0,' "$WORK/bob.out" ||
        fail "bob's counters: $(grep -o 'calls in: [^c]*' "$WORK/bob.out")"
    stop_kamailio
    kam_expect 3 'KAM auth ok user alice INVITE' "alice's three INVITEs with credentials"
    ;;
*)
    echo "unknown case $CASE"
    exit 2
    ;;
esac
echo "PASS ($CASE)"
