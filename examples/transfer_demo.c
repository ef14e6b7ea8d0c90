/* transfer_demo — call transfer between three user agents in this process,
 * over real UDP sockets on 127.0.0.1, on one fsip_loop, drawn as a ladder
 * of every message (fsip/transfer.h).
 *
 *   transfer_demo [blind|attended|both]      (default: both)
 *
 * Blind: Alice calls Bob; Bob answers; Alice transfers Bob to Carol
 * (REFER); Bob calls Carol and reports her ringing and her answer in
 * NOTIFYs; Alice hangs up once the transfer succeeded; Bob and Carol talk,
 * then Bob hangs up.
 * Attended: Alice calls Bob, then Carol (the consultation call), then
 * REFERs Bob to Carol with Replaces naming the Alice-Carol dialog; Bob
 * INVITEs Carol with that Replaces; Carol's UA takes the new call in place
 * of Alice's and hangs that one up; Alice hangs up Bob once the transfer
 * succeeded.
 * Exits 0 when each transfer ended OK and every call ended, 1 otherwise
 * (or after 10 s per scenario).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsip/endpoint.h"
#include "fsip/transfer.h"

static const char sdp_alice[] = "v=0\r\no=alice 1 1 IN IP4 127.0.0.1\r\ns=-\r\n"
                                "c=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0\r\n";
static const char sdp_other[] = "v=0\r\no=peer 1 1 IN IP4 127.0.0.1\r\ns=-\r\n"
                                "c=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 49180 RTP/AVP 0\r\n";

enum { ALICE, BOB, CAROL, N };

struct agent {
    const char *name;
    int id;
    fsip_loop *loop;
    fsip_endpoint *ep;
    fsip_ua *ua;
    fsip_netaddr addr;
};

static struct agent ag[N];
static fsip_loop *loop;
static bool attended;
static fsip_call *ab, *ac; /* Alice's calls to Bob and to Carol */
static int open_calls, transfers_ok, transfers_done;

/* ------------------------------------------------------------ the ladder */

static const int col[N] = {6, 36, 66};

static void row(const char *line)
{
    printf("%s\n", line);
}

static void lifelines(char *b)
{
    memset(b, ' ', 80);
    b[80] = 0;
    for (int i = 0; i < N; i++)
        b[col[i]] = '|';
}

static void note(int who, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void note(int who, const char *fmt, ...)
{
    char b[128], t[96];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(t, sizeof t, fmt, ap);
    va_end(ap);
    lifelines(b);
    size_t n = strlen(t);
    int at = who == CAROL ? col[CAROL] - (int)n - 1 : col[who] + 2;
    if (at < 0) at = 0;
    memcpy(b + at, t, n + (size_t)at > 80 ? 80 - (size_t)at : n);
    row(b);
}

static void arrow(int from, int to, const char *label)
{
    char b[128];
    lifelines(b);
    int l = from < to ? from : to, r = from < to ? to : from;
    for (int x = col[l] + 1; x < col[r]; x++)
        b[x] = '-';
    if (from < to)
        b[col[r] - 1] = '>';
    else
        b[col[l] + 1] = '<';
    size_t n = strlen(label);
    int room = col[r] - col[l] - 6;
    if ((int)n > room) n = (size_t)room;
    int at = col[l] + 3 + (room - (int)n) / 2;
    b[at - 1] = ' ';
    memcpy(b + at, label, n);
    b[at + (int)n] = ' ';
    row(b);
}

static int who_port(uint16_t port)
{
    for (int i = 0; i < N; i++)
        if (ag[i].addr.port == port) return i;
    return -1;
}

static uint16_t port_of(const char *s)
{
    const char *c = strrchr(s, ':');
    return c ? (uint16_t)atoi(c + 1) : 0;
}

/* The stack's trace of each message it sends: "send UDP A -> B (...)\n"
 * then the message. One arrow per message, labelled with its first line
 * (and, for a NOTIFY, its sipfrag). */
static void on_log(fsip_log_level level, const char *line, void *arg)
{
    (void)arg;
    if (level != FSIP_LOG_TRACE) {
        if (level <= FSIP_LOG_WARN) fprintf(stderr, "fsip: %s\n", line);
        return;
    }
    if (strncmp(line, "send ", 5) != 0) return;
    char a[64], b[64];
    if (sscanf(line, "send %*s %63s -> %63s", a, b) != 2) return;
    int from = who_port(port_of(a)), to = who_port(port_of(b));
    const char *msg = strchr(line, '\n');
    if (from < 0 || to < 0 || !msg) return;
    msg++;
    char first[96], label[128];
    size_t n = strcspn(msg, "\n");
    snprintf(first, sizeof first, "%.*s", (int)(n < 95 ? n : 95), msg);
    const char *cseq = strstr(msg, "\nCSeq: ");
    char method[24] = "";
    if (cseq) sscanf(cseq, "\nCSeq: %*u %23s", method);
    if (strncmp(first, "SIP/2.0 ", 8) == 0) {
        snprintf(label, sizeof label, "%s (%s)", first + 8, method);
    } else {
        char *sp = strchr(first, ' ');
        if (sp) *sp = 0;
        snprintf(label, sizeof label, "%s", first);
        if (strcmp(first, "NOTIFY") == 0) {
            const char *frag = strstr(msg, "\n\nSIP/2.0 ");
            const char *ss = strstr(msg, "\nSubscription-State: ");
            char st[16] = "";
            if (ss) sscanf(ss, "\nSubscription-State: %15[a-z]", st);
            if (frag) /* "NOTIFY 180 Ringing" and the subscription's state */
                snprintf(label, sizeof label, "NOTIFY %.*s%s", (int)strcspn(frag + 10, "\n"),
                         frag + 10, strcmp(st, "terminated") == 0 ? " (end)" : "");
        }
        if (strcmp(first, "REFER") == 0 && strstr(msg, "?Replaces="))
            snprintf(label, sizeof label, "REFER (Refer-To with Replaces)");
        else if (strcmp(first, "REFER") == 0)
            snprintf(label, sizeof label, "REFER (Refer-To: Carol)");
        if (strcmp(first, "INVITE") == 0 && strstr(msg, "\nReplaces: "))
            snprintf(label, sizeof label, "INVITE (Replaces)");
    }
    arrow(from, to, label);
}

/* ------------------------------------------------------------- the UAs */

static uint64_t loop_clock(void *arg)
{
    return fsip_loop_now(arg);
}

static void hang_up(fsip_loop *l, void *arg)
{
    (void)l;
    fsip_call_hangup(arg);
}

static void answer(fsip_loop *l, void *arg)
{
    (void)l;
    fsip_call_accept(arg, "application/sdp", sdp_other, sizeof sdp_other - 1);
}

static fsip_call *place(int from, int to)
{
    char target[96], host[64];
    fsip_netaddr_print(&ag[to].addr, true, host, sizeof host);
    snprintf(target, sizeof target, "sip:%s@%s", to == BOB ? "bob" : "carol", host);
    fsip_call_params p = {0};
    p.target = target;
    p.from = "\"Alice\" <sip:alice@127.0.0.1>";
    fsip_endpoint_flow_to(ag[from].ep, FSIP_TRANSPORT_UDP, &ag[to].addr, &p.dest);
    p.content_type = "application/sdp";
    p.body = sdp_alice;
    p.body_len = sizeof sdp_alice - 1;
    fsip_call *c = NULL;
    if (fsip_call_invite(ag[from].ua, &p, &c) < 0) return NULL;
    open_calls++;
    return c;
}

static void transfer(void)
{
    fsip_transfer_opts o;
    fsip_transfer_opts_init(&o);
    o.referred_by = "<sip:alice@127.0.0.1>";
    o.bye_on_success = true; /* Alice leaves once Bob reached Carol */
    char target[96], host[64];
    fsip_netaddr_print(&ag[CAROL].addr, true, host, sizeof host);
    snprintf(target, sizeof target, "sip:carol@%s", host);
    int rc = attended ? fsip_call_transfer_attended(ab, ac, &o, NULL)
                      : fsip_call_transfer(ab, target, &o, NULL);
    if (rc < 0) {
        fprintf(stderr, "transfer_demo: transfer not started (%d)\n", rc);
        fsip_loop_stop(loop);
    }
}

static void on_call(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    struct agent *me = arg;
    switch (ev) {
    case FSIP_CALL_EV_INCOMING:
        open_calls++;
        if (fsip_call_replaced(call)) {
            note(me->id, "replaces Alice's call");
            break; /* answered by fsip (replaces_auto_answer) */
        }
        fsip_call_ring(call, 180, NULL, NULL, 0);
        fsip_loop_timer_start(loop, fsip_loop_now(loop) + (me->id == CAROL ? 300 : 100), answer,
                              call);
        break;
    case FSIP_CALL_EV_ANSWERED:
        note(me->id, "CONFIRMED");
        if (me->id == ALICE && call == ab && !attended) transfer();
        if (me->id == ALICE && call == ab && attended) ac = place(ALICE, CAROL);
        if (me->id == ALICE && call == ac) transfer();
        /* Bob hangs up the call the transfer gave him after a while. */
        if (me->id == BOB && fsip_call_is_outgoing(call))
            fsip_loop_timer_start(loop, fsip_loop_now(loop) + 300, hang_up, call);
        break;
    case FSIP_CALL_EV_ENDED:
        note(me->id, "ENDED %s", fsip_call_end_name(fsip_call_end_reason(call)));
        if (--open_calls == 0) fsip_loop_stop(loop);
        break;
    default: break;
    }
    (void)msg;
}

static void on_transfer(fsip_xfer *x, fsip_xfer_event ev, const fsip_msg *msg, void *arg)
{
    struct agent *me = arg;
    (void)msg;
    if (ev == FSIP_XFER_EV_DONE) {
        note(me->id, "transfer %s %d", fsip_xfer_result_name(fsip_xfer_get_result(x)),
             fsip_xfer_status(x));
        if (me->id == ALICE) {
            transfers_done++;
            if (fsip_xfer_get_result(x) == FSIP_XFER_OK) transfers_ok++;
        }
    } else if (ev == FSIP_XFER_EV_REFERRED) {
        note(me->id, "REFER accepted");
        open_calls++; /* the call to the target fsip places for Bob */
    } else if (ev == FSIP_XFER_EV_PROGRESS) {
        note(me->id, "transfer: %d", fsip_xfer_status(x));
    }
}

static int agent_init(int id, const char *name)
{
    struct agent *a = &ag[id];
    a->name = name;
    a->id = id;
    fsip_endpoint_config cfg;
    fsip_endpoint_config_init(&cfg);
    cfg.stack.trace = true; /* the ladder is drawn from the trace */
    cfg.stack.log = on_log;
    fsip_stack_callbacks none = {0};
    if (fsip_endpoint_new_on_loop(loop, &cfg, &none, &a->ep) < 0) return -1;
    if (fsip_endpoint_listen(a->ep, "udp:127.0.0.1:0") < 0) return -1;
    fsip_transport tr;
    fsip_endpoint_local(a->ep, 0, &tr, &a->addr);
    fsip_ua_config ucfg;
    fsip_ua_config_init(&ucfg);
    ucfg.clock = loop_clock;
    ucfg.clock_arg = loop;
    ucfg.session_expires_s = 0;
    ucfg.user_agent = NULL;
    fsip_ua_callbacks cbs = {on_call, NULL, a};
    if (fsip_ua_new(fsip_endpoint_stack(a->ep), &ucfg, &cbs, &a->ua) < 0) return -1;
    fsip_ua_set_transfer_handler(a->ua, on_transfer, a);
    return 0;
}

static void give_up(fsip_loop *l, void *arg)
{
    (void)arg;
    fprintf(stderr, "transfer_demo: no result after 10 s\n");
    fsip_loop_stop(l);
}

static int scenario(bool att)
{
    attended = att;
    ab = ac = NULL;
    open_calls = transfers_ok = transfers_done = 0;
    loop = fsip_loop_new(NULL);
    if (!loop || agent_init(ALICE, "Alice") < 0 || agent_init(BOB, "Bob") < 0 ||
        agent_init(CAROL, "Carol") < 0) {
        fprintf(stderr, "transfer_demo: setup failed\n");
        return 1;
    }
    char b[128];
    memset(b, ' ', 80);
    b[80] = 0;
    for (int i = 0; i < N; i++)
        memcpy(b + col[i] - 2, ag[i].name, strlen(ag[i].name));
    row(b);
    memset(b, ' ', 80);
    for (int i = 0; i < N; i++) {
        char host[32];
        fsip_netaddr_print(&ag[i].addr, true, host, sizeof host);
        size_t n = strlen(host);
        int at = col[i] - (int)n / 2;
        memcpy(b + (at < 0 ? 0 : at), host, n);
    }
    row(b);
    ab = place(ALICE, BOB);
    fsip_loop_timer_start(loop, fsip_loop_now(loop) + 10000, give_up, NULL);
    fsip_loop_run(loop);
    int ok = ab && transfers_done == 1 && transfers_ok == 1 && open_calls == 0;
    for (int i = 0; i < N; i++) {
        fsip_ua_free(ag[i].ua);
        fsip_endpoint_free(ag[i].ep);
    }
    fsip_loop_free(loop);
    printf("transfer_demo: %s transfer %s\n\n", att ? "attended" : "blind", ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
    const char *which = argc > 1 ? argv[1] : "both";
    int rc = 0;
    if (strcmp(which, "blind") == 0 || strcmp(which, "both") == 0) rc |= scenario(false);
    if (strcmp(which, "attended") == 0 || strcmp(which, "both") == 0) rc |= scenario(true);
    return rc;
}
