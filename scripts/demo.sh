#!/usr/bin/env bash
# `make demo` (scripts/demo.sh BUILD_DIR):
#   1. `fsip parse` on a sample INVITE and on a malformed message (a clear
#      400 naming the header, exit status 1);
#   2. a call on loopback between two fsip processes: Bob is `fsip uas`
#      (rings after 200 ms, answers after 500 ms), Alice is `fsip call`
#      (puts Bob on hold with a re-INVITE 300 ms after the answer, hangs up
#      700 ms after it). Both run with --ladder: every message they send
#      and receive, and every call state, as one line stamped with the
#      machine's monotonic clock. Merged in time order they give the ladder
#      below: the arrows are Alice's own trace (both directions), checked
#      message by message against Bob's; the states of each side stand
#      next to its lifeline.
#   3. call transfer between three user agents (examples/transfer_demo.c):
#      a blind transfer, then a consultation call and an attended transfer
#      (REFER with Replaces), with every NOTIFY of the progress.
# Exit status 0 when the call went as expected (every message in the
# expected order, both sides ended cleanly), 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-build}/bin/fsip"
msgs=examples/messages
work=$(mktemp -d "${TMPDIR:-/tmp}/fsip-demo.XXXXXX")
bob=""

cleanup() {
    if [ -n "$bob" ] && kill -0 "$bob" 2>/dev/null; then
        kill "$bob" 2>/dev/null || true
        wait "$bob" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "demo: FAILED: $*" >&2
    local f
    for f in "$work"/*.out "$work"/*.err; do
        [ -s "$f" ] || continue
        echo "---- $(basename "$f")" >&2
        tail -n 30 "$f" >&2
    done
    exit 1
}

[ -x "$bin" ] || fail "$bin not built"

echo "### 1. fsip parse: an INVITE with SDP (first lines of the dump)"
"$bin" parse "$msgs/invite.sip" >"$work/parse.out" || fail "fsip parse $msgs/invite.sip"
sed -n '1,14p' "$work/parse.out"
echo "    ... ($(wc -l <"$work/parse.out") lines)"
echo
echo "### fsip parse: a malformed Via (empty parameter) is rejected with the header named"
status=0
"$bin" parse "$msgs/bad-via.sip" || status=$?
[ "$status" = 1 ] || fail "expected exit status 1 for the malformed message, got $status"
echo "(exit status 1, as documented)"
echo

echo "### 2. A call on loopback: Alice (fsip call) calls Bob (fsip uas)"
: >"$work/bob.out"
"$bin" uas --listen udp:127.0.0.1:0 --ring-ms 200 --answer-ms 500 --max-calls 1 \
    --max-seconds 20 --ladder >"$work/bob.out" 2>"$work/bob.err" &
bob=$!
port=""
for ((i = 0; i < 250; i++)); do # Bob prints his port once bound: 5 s at most
    port=$(sed -n 's/^listening udp:127\.0\.0\.1:\([0-9]*\)$/\1/p' "$work/bob.out")
    [ -n "$port" ] && break
    kill -0 "$bob" 2>/dev/null || break
    sleep 0.02
done
[ -n "$port" ] || fail "Bob (fsip uas) did not start"

alice_rc=0
timeout 20 "$bin" call "sip:bob@127.0.0.1:$port" --from '"Alice" <sip:alice@127.0.0.1>' \
    --reinvite-ms 300 --hangup-ms 700 --ladder >"$work/alice.out" 2>"$work/alice.err" ||
    alice_rc=$?

# Bob stops by himself after his call (--max-calls 1): 10 s at most.
for ((i = 0; i < 500; i++)); do
    kill -0 "$bob" 2>/dev/null || break
    sleep 0.02
done
kill -0 "$bob" 2>/dev/null && kill "$bob" 2>/dev/null
bob_rc=0
wait "$bob" || bob_rc=$?
bob=""

# Both logs, in the order of the shared monotonic clock: "TIME SIDE ...".
{
    sed -n 's/^@\([0-9]*\) /\1 A /p' "$work/alice.out"
    sed -n 's/^@\([0-9]*\) /\1 B /p' "$work/bob.out"
} | sort -s -n -k1,1 >"$work/merged"

# Draws the ladder from the merged log, and checks that Bob received every
# message Alice sent and the other way round, in the same order. Writes the
# sequence of Alice's messages (">" sent, "<" received) to $work/seq.
alice_addr=$(sed -n 's/^@[0-9]* msg send [A-Z]* \([^ ]*\) .*/\1/p' "$work/alice.out" | head -n 1)
render_rc=0
awk -v alice="${alice_addr:-?}" -v bob="127.0.0.1:$port" -v seqfile="$work/seq" '
function dashes(n,   s) { s = ""; while (n-- > 0) s = s "-"; return s }
function pad(n,   s) { s = ""; while (n-- > 0) s = s " "; return s }
function row(left, mid, right) {
    if (length(left) > LW) left = substr(left, 1, LW)
    printf "%s%s |%s| %s\n", pad(LW - length(left)), left, mid, right
}
function arrow(label, to_right,   n, l, r) {
    label = " " label " "
    n = W - length(label) - 1
    if (n < 2) { label = substr(label, 1, W - 3); n = 2 }
    l = int(n / 2); r = n - l
    return to_right ? dashes(l) label dashes(r) ">" : "<" dashes(l) label dashes(r)
}
# "INVITE sip:bob@... SIP/2.0 | 1 INVITE | sdp" -> label and a key
function parse(line,   parts, start, cseq, body, m, k) {
    split(line, parts, / \| /)
    start = parts[1]; cseq = parts[2]; body = parts[3]
    m = split(cseq, k, " ")
    if (start ~ /^SIP\/2\.0 /) {
        sub(/^SIP\/2\.0 /, "", start)
        LABEL = start " (" k[m] (body != "-" ? ", " body : "") ")"
        KEY = substr(start, 1, 3) " " k[m]
    } else {
        sub(/ SIP\/2\.0$/, "", start)
        LABEL = start (body != "-" ? " (" body ")" : "")
        KEY = k[m]
    }
}
BEGIN {
    LW = 22; W = 58; nas = nar = nbs = nbr = 0; bad = 0
    row("Alice", pad(W), "Bob")
    row(alice, pad(W), bob)
    row("", pad(W), "")
}
{
    side = $2
    if ($3 == "msg") {
        dir = $4
        rest = $0
        sub(/^[0-9]+ [AB] msg [a-z]+ [A-Z]+ [^ ]+ [^ ]+ /, "", rest)
        parse(rest)
        if (side == "A") {
            if (dir == "send") { as[++nas] = LABEL; row("", arrow(LABEL, 1), ""); print "> " KEY > seqfile }
            else { ar[++nar] = LABEL; row("", arrow(LABEL, 0), ""); print "< " KEY > seqfile }
        } else {
            if (dir == "send") bs[++nbs] = LABEL; else br[++nbr] = LABEL
        }
        next
    }
    if ($3 == "call") {
        text = ""
        for (i = 5; i <= NF; i++) text = text (i > 5 ? " " : "") $i
        if (side == "A") {
            # The left column is narrow: no URIs nor body notes there.
            if ($5 == "CALLING") text = $5
            gsub(/ \([^)]*\)/, "", text)
            row(text, pad(W), "")
        } else {
            row("", pad(W), text)
        }
    }
}
END {
    if (nas != nbr || nar != nbs) {
        printf "demo: Alice sent %d and received %d messages; Bob received %d and sent %d\n", nas, nar, nbr, nbs
        bad = 1
    }
    for (i = 1; i <= nas && i <= nbr; i++) if (as[i] != br[i]) { print "demo: Alice sent \"" as[i] "\", Bob received \"" br[i] "\""; bad = 1 }
    for (i = 1; i <= nar && i <= nbs; i++) if (ar[i] != bs[i]) { print "demo: Bob sent \"" bs[i] "\", Alice received \"" ar[i] "\""; bad = 1 }
    exit bad
}' "$work/merged" || render_rc=$?
echo

[ "$render_rc" = 0 ] || fail "the two sides do not agree on the messages"
[ "$alice_rc" = 0 ] || fail "fsip call (Alice) exit status $alice_rc"
[ "$bob_rc" = 0 ] || fail "fsip uas (Bob) exit status $bob_rc"
grep -q 'ENDED local-bye' "$work/alice.out" || fail "Alice's call did not end with her BYE"
grep -q 'ENDED remote-bye' "$work/bob.out" || fail "Bob's call did not end with Alice's BYE"
grep -q 'calls in: 1, answered: 1, failed: 0' "$work/bob.out" || fail "Bob's counters"
# RFC 3261 §13-§15: the messages of this call, 100 Trying left out (the
# stack sends it only when the answer takes a while, §17.2.1).
expected='> INVITE|< 180 INVITE|< 200 INVITE|> ACK|> INVITE|< 200 INVITE|> ACK|> BYE|< 200 BYE'
got=$(grep -v '^< 100 ' "$work/seq" | paste -sd'|')
[ "$got" = "$expected" ] || fail "messages: got '$got', expected '$expected'"
sed -n 's/^stopped: /Bob stopped: /p' "$work/bob.out"
sed -n 's/^calls: /Alice: calls: /p' "$work/alice.out"
echo

# 3. Call transfer (REFER, RFC 3515): three user agents in one process over
# loopback UDP, each message drawn once from its sender's trace.
echo "### 3. Call transfer: Alice blind-transfers Bob to Carol, then an attended transfer"
xfer="$(dirname "$bin")/transfer_demo"
[ -x "$xfer" ] || fail "$xfer not built"
timeout 30 "$xfer" both || fail "transfer_demo (exit status $?)"
echo "demo: done (the call and both transfers went as expected)"
