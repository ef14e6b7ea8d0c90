#!/usr/bin/env bash
# Interop with real SIPp on loopback (127.0.0.1 / ::1 only).
#   interop.sh CASE BIN_DIR SRC_DIR
# Every process is started and stopped by PID; every wait is bounded; ports
# are picked by binding port 0 (fsip prints the port it got, SIPp gets one
# from freeport). Exit 0 pass, 1 fail, 77 skip (no sipp).
set -u
# shellcheck source=tests/support/proc.sh
. "$(dirname "${BASH_SOURCE[0]}")/../support/proc.sh"
proc_driver fsip-interop "$@"
need_sipp

# Starts a UAS (fsip uas or the poll example) and reads its ports.
start_uas() {
    proc_start "$WORK/uas.out" "$@"
    UAS=$PROC_PID
    wait_line "$WORK/uas.out" '^listening'
    UDP_PORT=$(sed -n 's/^listening udp:127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/uas.out")
    TCP_PORT=$(sed -n 's/^listening tcp:127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/uas.out")
    UDP6_PORT=$(sed -n 's/^listening udp:\[::1\]:\([0-9]*\)$/\1/p' "$WORK/uas.out")
}

stop_uas() {
    stop_pid "$UAS"
    [ "$STOP_RC" = 0 ] || fail "UAS exit status $STOP_RC after SIGTERM"
}

uac() { # uac NAME SCENARIO TRANSPORT(u1|t1) TARGET [sipp args...]
    local name=$1 scen=$2 t=$3 target=$4
    shift 4
    local ip=127.0.0.1
    case $target in \[*) ip=::1 ;; esac
    run_sipp "$name" -sf "$HERE/$scen" -t "$t" -i "$ip" "$@" "$target"
    [ "$SIPP_RC" = 0 ] || fail "sipp $name: exit status $SIPP_RC (0 = every call succeeded)"
}

count() { grep -c "$1" "$WORK/uas.out"; }

# The UAS's closing line: "calls in: N, answered: N, failed: N".
# uas_calls IN ANSWERED FAILED
uas_calls() {
    grep -q "calls in: $1, answered: $2, failed: $3," "$WORK/uas.out" ||
        fail "fsip uas counters: '$(grep -o 'calls in: [^c]*' "$WORK/uas.out")', expected in $1, answered $2, failed $3"
}

# fsip call against a SIPp UAS on a free port. out_call NAME SIPP-ARGS -- FSIP-CALL-ARGS;
# the SIPp UAS takes -m from the --count of the fsip arguments.
out_call() {
    local name=$1 t=u1 tr=udp port rc
    shift
    local -a sargs=() fargs=()
    while [ "$1" != -- ]; do sargs+=("$1"); shift; done
    shift
    fargs=("$@")
    case " ${fargs[*]} " in *" --transport tcp "*) t=t1 tr=tcp ;; esac
    port=$(freeport) || fail "no free port"
    start_sipp "$name" "${sargs[@]}" -t $t -i 127.0.0.1 -p "$port"
    SUAS=$PROC_PID
    wait_bound $tr "$port"
    timeout 90 "$FSIP" call "sip:service@127.0.0.1:$port" "${fargs[@]}" >"$WORK/call.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] || fail "fsip call exit status $rc"
    wait_pid "$SUAS" 30
    [ "$WAIT_RC" = 0 ] || fail "SIPp UAS exit status $WAIT_RC"
}

# Requests the UAS received, from its closing line.
requests() { sed -n 's/^stopped: \([0-9]*\) requests received.*/\1/p' "$WORK/uas.out"; }

ccount() { grep -c "$1" "$WORK/call.out"; }

case $CASE in
uas_udp)
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0,udp:[::1]:0 --max-seconds 120
    uac sipp_udp options-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 50 -r 100
    if [ -n "$UDP6_PORT" ]; then
        uac sipp_udp6 options-uac.xml u1 "[::1]:$UDP6_PORT" -m 10 -r 100
    fi
    stop_uas
    sipp_calls sipp_udp 50
    n=$(requests)
    [ "$n" -ge 50 ] || fail "the UAS received $n requests, expected >= 50"
    ;;
uas_tcp)
    start_uas "$FSIP" uas --listen tcp:127.0.0.1:0 --max-seconds 120
    uac sipp_tcp options-uac.xml t1 "127.0.0.1:$TCP_PORT" -m 50 -r 100
    stop_uas
    sipp_calls sipp_tcp 50
    n=$(requests)
    [ "$n" = 50 ] || fail "the UAS received $n requests over TCP, expected 50"
    ;;
uas_unknown)
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0,tcp:127.0.0.1:0 --max-seconds 120
    uac sipp_unknown_udp unknown-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 5 -r 50
    uac sipp_unknown_tcp unknown-uac.xml t1 "127.0.0.1:$TCP_PORT" -m 5 -r 50
    stop_uas
    grep -q 'rejected 405: 10, 501: 10' "$WORK/uas.out" || fail "expected 10 x 405 and 10 x 501"
    ;;
uas_lost)
    # SIPp drops 10% of the messages it sends and receives: its Timer E
    # retransmissions must complete every call, and the UAS's server
    # transactions absorb the retransmitted requests and resend their 200
    # (RFC 3261 §17.2.2).
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 120
    uac sipp_lost options-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 40 -r 100 -lost 10
    stop_uas
    r=$(sed -n 's/.* \([0-9]*\) retransmissions absorbed.*/\1/p' "$WORK/uas.out")
    [ "${r:-0}" -gt 0 ] || fail "no retransmission reached the UAS (${r:-none})"
    echo "retransmissions absorbed by the UAS: $r"
    ;;
options_udp | options_tcp)
    t=u1 tr=udp
    [ "$CASE" = options_tcp ] && t=t1 tr=tcp
    port=$(freeport) || fail "no free port"
    start_sipp sipp_uas -sf "$HERE/uas-options.xml" -t $t -i 127.0.0.1 -p "$port" -m 3
    SUAS=$PROC_PID
    wait_bound $tr "$port"
    "$FSIP" options "sip:127.0.0.1:$port" --transport $tr --count 3 --timeout-ms 20000 \
        >"$WORK/options.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] || fail "fsip options exit status $rc"
    n=$(grep -c "^200 OK from ${tr^^} 127.0.0.1:$port" "$WORK/options.out")
    [ "$n" = 3 ] || fail "fsip options printed $n x 200, expected 3"
    wait_pid "$SUAS" 30
    [ "$WAIT_RC" = 0 ] || fail "SIPp UAS exit status $WAIT_RC"
    ;;
example)
    start_uas "$BIN/poll_uas" udp:127.0.0.1:0,tcp:127.0.0.1:0 120
    uac sipp_udp options-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 20 -r 100
    uac sipp_tcp options-uac.xml t1 "127.0.0.1:$TCP_PORT" -m 20 -r 100
    uac sipp_unknown unknown-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 2 -r 50
    stop_uas
    n=$(count '^request OPTIONS')
    [ "$n" = 40 ] || fail "poll_uas printed $n OPTIONS requests, expected 40"
    ;;
call_basic_udp | call_basic_tcp)
    # RFC 3261 §13-§15: INVITE/200/ACK, BYE/200, 10 calls, 5 at a time;
    # over UDP 3 more on IPv6 when ::1 is there.
    t=u1 l="udp:127.0.0.1:0,udp:[::1]:0"
    [ "$CASE" = call_basic_tcp ] && t=t1 l=tcp:127.0.0.1:0
    start_uas "$FSIP" uas --listen "$l" --max-seconds 120
    port=$UDP_PORT
    [ "$CASE" = call_basic_tcp ] && port=$TCP_PORT
    uac sipp_call call-uac.xml $t "127.0.0.1:$port" -m 10 -r 50 -l 5 -d 200
    n6=0
    if [ "$CASE" = call_basic_udp ] && [ -n "$UDP6_PORT" ]; then
        uac sipp_call6 call-uac.xml u1 "[::1]:$UDP6_PORT" -m 3 -r 50 -d 100
        sipp_calls sipp_call6 3
        n6=3
    fi
    stop_uas
    sipp_calls sipp_call 10
    uas_calls $((10 + n6)) $((10 + n6)) 0
    n=$(count 'ENDED remote-bye$')
    [ "$n" = $((10 + n6)) ] || fail "the UAS printed $n 'ENDED remote-bye', expected $((10 + n6))"
    n=$(count ' INCOMING from sip:sipp@127.0.0.1')
    [ "$n" = 10 ] || fail "the UAS printed $n INCOMING lines from 127.0.0.1, expected 10"
    ;;
call_cancel)
    # RFC 3261 §9.2: CANCEL of a ringing call: 200 to the CANCEL, 487 to
    # the INVITE; UDP and TCP.
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0,tcp:127.0.0.1:0 --ring-ms 0 --answer-ms 5000 \
        --max-seconds 120
    uac sipp_cancel_udp call-cancel-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 5 -r 50
    uac sipp_cancel_tcp call-cancel-uac.xml t1 "127.0.0.1:$TCP_PORT" -m 5 -r 50
    stop_uas
    sipp_calls sipp_cancel_udp 5
    sipp_calls sipp_cancel_tcp 5
    uas_calls 10 0 10
    n=$(count 'ENDED cancelled')
    [ "$n" = 10 ] || fail "the UAS printed $n 'ENDED cancelled', expected 10"
    ;;
call_reinvite)
    # RFC 3261 §14: a hold re-INVITE from the caller, answered a=recvonly.
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0,tcp:127.0.0.1:0 --max-seconds 120
    uac sipp_reinvite_udp call-reinvite-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 5 -r 50
    uac sipp_reinvite_tcp call-reinvite-uac.xml t1 "127.0.0.1:$TCP_PORT" -m 5 -r 50
    stop_uas
    sipp_calls sipp_reinvite_udp 5
    sipp_calls sipp_reinvite_tcp 5
    uas_calls 10 10 0
    n=$(count 'REINVITE from peer (sdp sendonly)')
    [ "$n" = 10 ] || fail "the UAS printed $n re-INVITEs, expected 10"
    n=$(count 'ENDED remote-bye$')
    [ "$n" = 10 ] || fail "the UAS printed $n 'ENDED remote-bye', expected 10"
    ;;
call_session_timer)
    # RFC 4028: Session-Expires 90;refresher=uac granted with Require:
    # timer, a refresh re-INVITE; Session-Expires 60 gets 422 with Min-SE,
    # the retry with Min-SE succeeds.
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 120
    uac sipp_timer call-timer-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 3 -r 50
    uac sipp_timer422 call-timer422-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 3 -r 50
    stop_uas
    sipp_calls sipp_timer 3
    sipp_calls sipp_timer422 3
    # The 422s are refused before any call exists: 6 calls, all answered.
    uas_calls 6 6 0
    ;;
call_prack)
    # RFC 3262: the caller requires 100rel; the 180 comes reliably (Require:
    # 100rel, RSeq), the PRACK gets 200, then the call is answered.
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0,tcp:127.0.0.1:0 --ring-ms 0 --answer-ms 300 \
        --max-seconds 120
    uac sipp_prack_udp call-prack-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 3 -r 50
    uac sipp_prack_tcp call-prack-uac.xml t1 "127.0.0.1:$TCP_PORT" -m 3 -r 50
    stop_uas
    sipp_calls sipp_prack_udp 3
    sipp_calls sipp_prack_tcp 3
    uas_calls 6 6 0
    ;;
call_prack_offer)
    # RFC 3262 §5: early media in a reliable 183; the caller's PRACK brings
    # a new offer, answered in the PRACK's 200, which the INVITE's 200
    # repeats.
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0,tcp:127.0.0.1:0 --ring-ms 0 --answer-ms 300 \
        --early-media --max-seconds 120
    uac sipp_prack_offer_udp call-prack-offer-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 3 -r 50
    uac sipp_prack_offer_tcp call-prack-offer-uac.xml t1 "127.0.0.1:$TCP_PORT" -m 3 -r 50
    stop_uas
    sipp_calls sipp_prack_offer_udp 3
    sipp_calls sipp_prack_offer_tcp 3
    uas_calls 6 6 0
    ;;
call_lost)
    # SIPp drops 10% of what it sends and receives: retransmissions of the
    # INVITE, the 2xx (RFC 3261 §13.3.1.4), the ACK to a resent 2xx
    # (§13.2.2.4) and the BYE must still complete every call.
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 120
    uac sipp_lost call-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 20 -r 20 -l 10 -d 200 -lost 10
    stop_uas
    sipp_calls sipp_lost 20
    # Every call ended with SIPp's BYE; a call whose ACK was lost is not
    # CONFIRMED when the BYE comes, and the UA counts it as failed.
    n=$(count 'ENDED remote-bye$')
    [ "$n" = 20 ] || fail "the UAS printed $n 'ENDED remote-bye', expected 20"
    grep -q "calls in: 20," "$WORK/uas.out" || fail "the UAS did not count 20 calls"
    r=$(sed -n 's/.* \([0-9]*\) retransmissions absorbed.*/\1/p' "$WORK/uas.out")
    echo "retransmissions absorbed by the UAS: ${r:-none}"
    ;;
call_out_udp | call_out_tcp)
    # fsip call -> SIPp UAS (180, 200, ACK, BYE from us): SIPp's built-in
    # one over UDP; over TCP the same flow without its final 4 s pause,
    # which fails the call once our connection closes (uas-basic.xml).
    if [ "$CASE" = call_out_udp ]; then
        out_call sipp_uas -sn uas -m 3 -- --transport udp --count 3 --hangup-ms 200 \
            --timeout-ms 20000
    else
        out_call sipp_uas -sf "$HERE/uas-basic.xml" -m 3 -- --transport tcp --count 3 \
            --hangup-ms 200 --timeout-ms 20000
    fi
    sipp_calls sipp_uas 3
    n=$(ccount 'ENDED local-bye$')
    [ "$n" = 3 ] || fail "fsip call printed $n 'ENDED local-bye', expected 3"
    grep -q '^calls: 3 placed, 3 clean' "$WORK/call.out" || fail "fsip call's summary line"
    ;;
call_out_reinvite)
    # fsip call puts a SIPp UAS on hold (re-INVITE a=sendonly), then BYE.
    out_call sipp_uas_re -sf "$HERE/uas-reinvite.xml" -m 2 -- --count 2 --reinvite-ms 100 \
        --hangup-ms 400 --timeout-ms 20000
    sipp_calls sipp_uas_re 2
    n=$(ccount 'REINVITE done 200 OK (sdp recvonly)')
    [ "$n" = 2 ] || fail "fsip call printed $n completed re-INVITEs, expected 2"
    ;;
call_out_prack)
    # fsip call --100rel preferred requires 100rel; PRACKs SIPp's reliable 180.
    out_call sipp_uas_prack -sf "$HERE/uas-prack.xml" -m 2 -- --count 2 --100rel preferred \
        --hangup-ms 200 --timeout-ms 20000
    sipp_calls sipp_uas_prack 2
    grep -q '^calls: 2 placed, 2 clean' "$WORK/call.out" || fail "fsip call's summary line"
    ;;
call_out_prack_offer)
    # fsip call --prack-offer: SIPp's reliable 183 answers our offer; our
    # PRACK carries a new one (hold, a=sendonly), answered in its 200
    # (a=recvonly), RFC 3262 §5.
    out_call sipp_uas_prack_offer -sf "$HERE/uas-prack-offer.xml" -m 2 -- --count 2 \
        --prack-offer --hangup-ms 200 --timeout-ms 20000
    sipp_calls sipp_uas_prack_offer 2
    n=$(ccount 'PRACK offer answered 200 OK (sdp recvonly)')
    [ "$n" = 2 ] || fail "fsip call printed $n answered PRACK offers, expected 2"
    grep -q '^calls: 2 placed, 2 clean' "$WORK/call.out" || fail "fsip call's summary line"
    ;;
call_self)
    # fsip call -> fsip uas: answered, then BYE from the callee
    # (--hangup-ms); a rejected call makes fsip call exit 1.
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0 --ring-ms 50 --answer-ms 100 --hangup-ms 200 \
        --max-calls 2 --max-seconds 60
    timeout 60 "$FSIP" call "sip:bob@127.0.0.1:$UDP_PORT" --count 2 --hangup-ms 5000 \
        --timeout-ms 20000 >"$WORK/call.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] || fail "fsip call exit status $rc"
    n=$(ccount 'ENDED remote-bye$')
    [ "$n" = 2 ] || fail "fsip call printed $n 'ENDED remote-bye', expected 2"
    wait_pid "$UAS" 10 # --max-calls 2: it stops by itself
    [ "$WAIT_RC" = 0 ] || fail "fsip uas --max-calls exit status $WAIT_RC"
    uas_calls 2 2 0
    n=$(count 'ENDED local-bye$')
    [ "$n" = 2 ] || fail "the UAS printed $n 'ENDED local-bye', expected 2"
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0 --reject 486 --max-calls 1 --max-seconds 60
    timeout 60 "$FSIP" call "sip:bob@127.0.0.1:$UDP_PORT" --timeout-ms 20000 >"$WORK/call.out" 2>&1
    rc=$?
    [ "$rc" = 1 ] || fail "fsip call to a rejecting UAS: exit status $rc, expected 1"
    grep -q 'ENDED rejected 486$' "$WORK/call.out" || fail "no 'ENDED rejected 486' from fsip call"
    wait_pid "$UAS" 10
    [ "$WAIT_RC" = 0 ] || fail "fsip uas --reject exit status $WAIT_RC"
    uas_calls 1 0 1
    ;;
xfer_transferee_udp | xfer_transferee_tcp)
    # SIPp transfers a call it placed to fsip uas (RFC 3515): REFER with
    # Refer-To a second fsip uas (the target), 202, NOTIFY 100 Trying
    # (active), NOTIFYs of the referred call, the last 200 OK (terminated),
    # each answered 200 (xfer-transferor-uac.xml checks Event, Subscription-
    # State and the sipfrag), then SIPp's BYE. Over TCP the referred call
    # goes over UDP (;transport=udp): see docs/transfer-cli.md.
    t=u1 hang=(--hangup-ms 300)
    # Over TCP the target never hangs up: the referred call ends at the
    # UAS's shutdown.
    [ "$CASE" = xfer_transferee_tcp ] && t=t1 hang=()
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 60 --max-calls 1 "${hang[@]}"
    CAROL=$UAS CAROL_UDP=$UDP_PORT
    mv "$WORK/uas.out" "$WORK/target.out"
    if [ "$CASE" = xfer_transferee_udp ]; then
        start_uas "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 60 --max-calls 2
        port=$UDP_PORT refer_to="sip:carol@127.0.0.1:$CAROL_UDP"
    else
        start_uas "$FSIP" uas --listen udp:127.0.0.1:0,tcp:127.0.0.1:0 --max-seconds 60
        port=$TCP_PORT refer_to="sip:carol@127.0.0.1:$CAROL_UDP;transport=udp"
    fi
    uac sipp_xfer xfer-transferor-uac.xml $t "127.0.0.1:$port" -m 1 -key target "$refer_to"
    sipp_calls sipp_xfer 1
    if [ "$CASE" = xfer_transferee_udp ]; then
        wait_pid "$UAS" 15 # --max-calls 2: the target's BYE ends the referred call
        [ "$WAIT_RC" = 0 ] || fail "fsip uas (transferee) exit status $WAIT_RC"
        wait_pid "$CAROL" 15
        [ "$WAIT_RC" = 0 ] || fail "fsip uas (target) exit status $WAIT_RC"
        n=$(count 'ENDED remote-bye$')
        [ "$n" = 2 ] || fail "the transferee printed $n 'ENDED remote-bye', expected 2"
    else
        wait_line "$WORK/target.out" ' CONFIRMED$'
        stop_uas
        stop_pid "$CAROL"
        [ "$STOP_RC" = 0 ] || fail "fsip uas (target) exit status $STOP_RC"
    fi
    grep -q "^xfer [^ ]* REFERRED to $refer_to\$" "$WORK/uas.out" ||
        fail "no 'xfer ... REFERRED to $refer_to' from the transferee"
    grep -q '^xfer [^ ]* DONE ok 200$' "$WORK/uas.out" || fail "no 'xfer ... DONE ok 200'"
    grep -q ' INCOMING from sip:service@127\.0\.0\.1:' "$WORK/target.out" ||
        fail "the target got no call from the transferee"
    grep -q 'calls in: 1, answered: 1, failed: 0,' "$WORK/target.out" ||
        fail "the target's counters: $(grep -o 'calls in: [^c]*' "$WORK/target.out")"
    ;;
xfer_transferor_udp | xfer_transferor_tcp)
    # fsip call --transfer-to against a SIPp transferee (RFC 3515): 202,
    # NOTIFY 100 Trying (active), NOTIFY 200 OK (terminated), each answered
    # 200, then fsip's BYE (bye_on_success); exit status 0. Then the same
    # with a final "486 Busy Here" sipfrag: the transfer failed, fsip still
    # hangs up and exits 1. xfer_transferor_tcp: the call, the REFER and the
    # NOTIFYs over one TCP connection (SIPp -t t1, fsip call --transport
    # tcp, a Refer-To with ;transport=tcp).
    t=u1 tr=udp rt="sip:carol@127.0.0.1:5099"
    if [ "$CASE" = xfer_transferor_tcp ]; then
        t=t1 tr=tcp rt="sip:carol@127.0.0.1:5099;transport=tcp"
    fi
    out_call sipp_xferee -sf "$HERE/xfer-transferee-uas.xml" -m 1 -key final "200 OK" -- \
        --transport $tr --transfer-to "$rt" --timeout-ms 20000
    sipp_calls sipp_xferee 1
    grep -q "^xfer [^ ]* REFER sent to ${rt//./\\.}\$" "$WORK/call.out" ||
        fail "no 'REFER sent to $rt' line"
    grep -q '^xfer [^ ]* ACCEPTED 202$' "$WORK/call.out" || fail "no 'xfer ... ACCEPTED 202'"
    grep -q '^xfer [^ ]* PROGRESS 100$' "$WORK/call.out" || fail "no 'xfer ... PROGRESS 100'"
    grep -q '^xfer [^ ]* DONE ok 200$' "$WORK/call.out" || fail "no 'xfer ... DONE ok 200'"
    grep -q 'ENDED local-bye$' "$WORK/call.out" || fail "fsip call did not hang up"
    grep -q '^transfers: 1 started, 1 ok$' "$WORK/call.out" || fail "fsip call's transfer summary"
    port=$(freeport) || fail "no free port"
    start_sipp sipp_xferee_busy -sf "$HERE/xfer-transferee-uas.xml" -key final "486 Busy Here" \
        -t $t -i 127.0.0.1 -p "$port" -m 1
    SUAS=$PROC_PID
    wait_bound $tr "$port"
    timeout 90 "$FSIP" call "sip:service@127.0.0.1:$port" --transport $tr --transfer-to "$rt" \
        --timeout-ms 20000 >"$WORK/call.out" 2>&1
    rc=$?
    [ "$rc" = 1 ] || fail "fsip call after a failed transfer: exit status $rc, expected 1"
    grep -q '^xfer [^ ]* DONE target-failed 486$' "$WORK/call.out" ||
        fail "no 'xfer ... DONE target-failed 486'"
    grep -q 'ENDED local-bye$' "$WORK/call.out" || fail "fsip call did not hang up after 486"
    wait_pid "$SUAS" 30
    [ "$WAIT_RC" = 0 ] || fail "SIPp UAS (486) exit status $WAIT_RC"
    sipp_calls sipp_xferee_busy 1
    ;;
xfer_replaces_udp | xfer_replaces_tcp)
    # The transfer target (RFC 3891): SIPp A calls fsip uas with a known
    # From tag and writes its Call-ID and the UAS's To tag to totag.txt; SIPp B
    # sends INVITE with Replaces naming that dialog. fsip prints 'replaces
    # CALL-ID', answers B with 200 at once and, once B's ACK is in, sends
    # BYE to A (RFC 3891 §3). xfer_replaces_tcp: A and B each on their own
    # TCP connection (SIPp -t t1); the BYE to A goes to A's Contact
    # (;transport=tcp).
    t=u1 tr=udp
    [ "$CASE" = xfer_replaces_tcp ] && t=t1 tr=tcp
    start_uas "$FSIP" uas --listen "$tr:127.0.0.1:0" --max-seconds 60
    port=$UDP_PORT
    [ "$tr" = tcp ] && port=$TCP_PORT
    ftag="a$$x$RANDOM"
    pa=$(freeport) || fail "no free port"
    start_sipp sipp_a -sf "$HERE/xfer-replaces-a-uac.xml" -t $t -i 127.0.0.1 -p "$pa" \
        -key ftag "$ftag" -m 1 "127.0.0.1:$port"
    SA=$PROC_PID
    wait_line "$WORK/totag.txt" '.'
    read -r cid totag <"$WORK/totag.txt"
    pb=$(freeport) || fail "no free port"
    uac sipp_b xfer-replaces-b-uac.xml $t "127.0.0.1:$port" -p "$pb" -m 1 -key cid "$cid" \
        -key totag "$totag" -key ftag "$ftag"
    wait_pid "$SA" 15
    [ "$WAIT_RC" = 0 ] || fail "SIPp A (the replaced call) exit status $WAIT_RC"
    stop_uas
    sipp_calls sipp_a 1
    sipp_calls sipp_b 1
    grep -q "^replaces $cid\$" "$WORK/uas.out" || fail "no 'replaces $cid' from fsip uas"
    grep -q "^call $cid ENDED local-bye\$" "$WORK/uas.out" ||
        fail "fsip uas did not hang up the replaced call"
    n=$(count 'ENDED remote-bye$')
    [ "$n" = 1 ] || fail "the UAS printed $n 'ENDED remote-bye' (B's BYE), expected 1"
    # B's call is answered at once, without ringing: only A's call rang.
    n=$(count ' EARLY$')
    [ "$n" = 1 ] || fail "the UAS printed $n 'EARLY' lines, expected 1 (A's call only)"
    uas_calls 2 2 0
    ;;
xfer_self | xfer_self_tcp)
    # fsip call --transfer-to between fsip processes: blind (Bob calls
    # Carol), then --attended (a consultation call to Carol, REFER with
    # Replaces; Bob's INVITE with Replaces takes its place at Carol's, who
    # ends the consultation call with BYE). Carol hangs up 5 s after each
    # answer: later than the transfers end. xfer_self_tcp: every leg over
    # TCP (the referred call gets its own connection to Carol, not the
    # transferor's: both are on 127.0.0.1).
    if [ "$CASE" = xfer_self_tcp ]; then XT=tcp; else XT=udp; fi
    start_uas "$FSIP" uas --listen "$XT:127.0.0.1:0" --max-seconds 60 --hangup-ms 5000
    CAROL=$UAS CAROL_PORT=$UDP_PORT
    [ "$XT" = tcp ] && CAROL_PORT=$TCP_PORT
    mv "$WORK/uas.out" "$WORK/target.out"
    start_uas "$FSIP" uas --listen "$XT:127.0.0.1:0" --max-seconds 60
    BOB_PORT=$UDP_PORT
    [ "$XT" = tcp ] && BOB_PORT=$TCP_PORT
    timeout 60 "$FSIP" call "sip:bob@127.0.0.1:$BOB_PORT;transport=$XT" --transfer-to \
        "sip:carol@127.0.0.1:$CAROL_PORT;transport=$XT" --timeout-ms 20000 >"$WORK/call.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] || fail "fsip call --transfer-to: exit status $rc"
    grep -q '^xfer [^ ]* DONE ok 200$' "$WORK/call.out" || fail "blind: no 'DONE ok 200'"
    mv "$WORK/call.out" "$WORK/blind.out"
    timeout 60 "$FSIP" call "sip:bob@127.0.0.1:$BOB_PORT;transport=$XT" --transfer-to \
        "sip:carol@127.0.0.1:$CAROL_PORT;transport=$XT" --attended --timeout-ms 20000 >"$WORK/call.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] || fail "fsip call --attended: exit status $rc"
    grep -q ' CONFIRMED 200 (consultation)$' "$WORK/call.out" || fail "no consultation call"
    grep -q '^xfer [^ ]* REFER sent (attended, replaces ' "$WORK/call.out" ||
        fail "no attended REFER"
    grep -q '^xfer [^ ]* DONE ok 200$' "$WORK/call.out" || fail "attended: no 'DONE ok 200'"
    # The consultation call ends with Carol's BYE (it was replaced).
    n=$(ccount 'ENDED remote-bye$')
    [ "$n" = 1 ] || fail "fsip call printed $n 'ENDED remote-bye', expected 1 (consultation)"
    wait_line "$WORK/target.out" '^replaces '
    stop_uas
    n=$(count '^xfer [^ ]* DONE ok 200$')
    [ "$n" = 2 ] || fail "the transferee printed $n 'DONE ok 200', expected 2"
    stop_pid "$CAROL"
    [ "$STOP_RC" = 0 ] || fail "fsip uas (target) exit status $STOP_RC"
    # Carol: the blind call, the consultation call and the one replacing it.
    grep -q 'calls in: 3, answered: 3, failed: 0,' "$WORK/target.out" ||
        fail "the target's counters: $(grep -o 'calls in: [^c]*' "$WORK/target.out")"
    ;;
xfer_self_fail)
    # Failed transfers between fsip processes on loopback UDP: the target is
    # busy (Carol rejects with 486: the final sipfrag says so and the call
    # Alice transferred is hung up by the CLI), then the transferee declines
    # the REFER (603: no NOTIFY, no call to Carol). fsip call exits 1.
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 60 --reject 486
    CAROL=$UAS CAROL_PORT=$UDP_PORT
    mv "$WORK/uas.out" "$WORK/target.out"
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 60
    BOB=$UAS BOB_PORT=$UDP_PORT
    mv "$WORK/uas.out" "$WORK/bob.out"
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 60 --refuse-refer 603
    rc=0
    timeout 60 "$FSIP" call "sip:bob@127.0.0.1:$BOB_PORT" --transfer-to \
        "sip:carol@127.0.0.1:$CAROL_PORT" --timeout-ms 20000 >"$WORK/call.out" 2>&1 || rc=$?
    [ "$rc" = 1 ] || fail "busy target: fsip call exit status $rc, expected 1"
    grep -q '^xfer [^ ]* DONE target-failed 486$' "$WORK/call.out" ||
        fail "busy target: no 'DONE target-failed 486'"
    grep -q 'ENDED local-bye$' "$WORK/call.out" || fail "busy target: Alice did not hang up"
    mv "$WORK/call.out" "$WORK/busy.out"
    rc=0
    timeout 60 "$FSIP" call "sip:bob@127.0.0.1:$UDP_PORT" --transfer-to \
        "sip:carol@127.0.0.1:$CAROL_PORT" --timeout-ms 20000 >"$WORK/call.out" 2>&1 || rc=$?
    [ "$rc" = 1 ] || fail "REFER declined: fsip call exit status $rc, expected 1"
    grep -q '^xfer [^ ]* DONE refer-failed 603$' "$WORK/call.out" ||
        fail "REFER declined: no 'DONE refer-failed 603'"
    stop_uas
    grep -q '^xfer [^ ]* DONE refer-failed 603$' "$WORK/uas.out" && grep -q ': refused$' "$WORK/uas.out" ||
        fail "the transferee did not decline the REFER"
    n=$(count 'DONE ok\|^call .* INCOMING.*carol')
    [ "$n" = 0 ] || fail "the declining transferee went on with the transfer ($n lines)"
    stop_pid "$BOB"
    [ "$STOP_RC" = 0 ] || fail "fsip uas (Bob) exit status $STOP_RC"
    grep -q '^xfer [^ ]* DONE target-failed 486$' "$WORK/bob.out" ||
        fail "Bob did not report the busy target"
    stop_pid "$CAROL"
    [ "$STOP_RC" = 0 ] || fail "fsip uas (target) exit status $STOP_RC"
    grep -q 'calls in: 1, answered: 0, failed: 1,' "$WORK/target.out" ||
        fail "the target's counters: $(grep -o 'calls in: [^c]*' "$WORK/target.out")"
    ;;
*)
    echo "unknown case $CASE"
    exit 2
    ;;
esac
echo "PASS ($CASE)"
