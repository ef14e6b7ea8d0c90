/* fsip uas / fsip call: a user agent on the call layer (fsip/call.h) and
 * the socket driver (fsip/endpoint.h) in the built-in loop.
 *
 *   fsip uas   answers calls: 180 after --ring-ms, 200 (or --reject CODE)
 *              after --answer-ms, BYE --hangup-ms after the ACK; accepts
 *              the peer's re-INVITEs; answers OPTIONS.
 *   fsip call  places calls: INVITE with an SDP offer, a hold re-INVITE
 *              (a=sendonly) --reinvite-ms after the answer, BYE
 *              --hangup-ms after the answer.
 *
 * Bodies are the application's (the library never reads them): the SDP
 * offers and answers here are minimal RFC 3264 ones, with no media behind
 * them.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include "fsip/call.h"
#include "fsip/endpoint.h"
#include "fsip/loop.h"
#include "fsip/msg.h"

#include "cli.h"

#define UA_ACCEPT  "application/sdp"
#define SDP_TYPE   "application/sdp"
#define USER_AGENT "fsip/0.1"
/* A max-calls UAS stays up at most this long after its last call ended,
 * so that a lost final response can still be resent to a retransmitted
 * request (RFC 3261 §17.2.2); it stops sooner once no transaction is open. */
#define LINGER_MS 2000

/* ------------------------------------------------------------------ SDP */

/* The o= session id (RFC 4566 §5.2): a random 32-bit number per session.
 * One getrandom(2) seeds a SplitMix64 sequence, not one system call per
 * call. */
void cli_sdp_origin(unsigned long long *sess)
{
    static uint64_t state;
    static bool seeded;
    if (!seeded) {
        if (getrandom(&state, sizeof state, 0) != (ssize_t)sizeof state)
            state = 0x5a5a5a5a5a5a5a5aULL;
        seeded = true;
    }
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    *sess = (uint32_t)(z ^ (z >> 31));
}

/* An offer (RFC 3264 §5): one audio stream, PCMU/PCMA and telephone-event;
 * `dir` is the direction attribute (a=sendonly puts the peer on hold,
 * RFC 3264 §8.4). */
int cli_sdp_offer(char *out, size_t cap, const char *ip, unsigned long long sess, unsigned ver,
                  unsigned port, const char *dir)
{
    const char *fam = strchr(ip, ':') ? "IP6" : "IP4";
    return snprintf(out, cap,
                    "v=0\r\n"
                    "o=fsip %llu %u IN %s %s\r\n"
                    "s=fsip\r\n"
                    "c=IN %s %s\r\n"
                    "t=0 0\r\n"
                    "m=audio %u RTP/AVP 0 8 101\r\n"
                    "a=rtpmap:0 PCMU/8000\r\n"
                    "a=rtpmap:8 PCMA/8000\r\n"
                    "a=rtpmap:101 telephone-event/8000\r\n"
                    "a=%s\r\n",
                    sess, ver, fam, ip, fam, ip, port, dir);
}

/* The next line of [*p, end) without its CR LF; false at the end. */
static bool next_line(const char **p, const char *end, const char **ls, size_t *ll)
{
    if (*p >= end) return false;
    const char *s = *p, *nl = memchr(s, '\n', (size_t)(end - s));
    const char *e = nl ? nl : end;
    *p = nl ? nl + 1 : end;
    *ls = s;
    *ll = (size_t)(e - s);
    if (*ll && s[*ll - 1] == '\r') (*ll)--;
    return true;
}

static const char *sdp_dir(const char *l, size_t n)
{
    static const char *dirs[] = {"sendrecv", "sendonly", "recvonly", "inactive"};
    for (size_t i = 0; i < 4; i++)
        if (n == 2 + strlen(dirs[i]) && memcmp(l + 2, dirs[i], n - 2) == 0 && l[0] == 'a')
            return dirs[i];
    return NULL;
}

/* RFC 3264 §6.1: the answer's direction mirrors the offer's. */
static const char *sdp_mirror(const char *dir)
{
    if (!dir) return "sendrecv";
    if (strcmp(dir, "sendonly") == 0) return "recvonly";
    if (strcmp(dir, "recvonly") == 0) return "sendonly";
    return dir;
}

/* Appends to a bounded buffer; `n` counts what did not fit too. */
typedef struct sdp_buf {
    char *p;
    size_t cap, n;
} sdp_buf;

static void sb_put(sdp_buf *b, const char *s, size_t len)
{
    if (b->n < b->cap) memcpy(b->p + b->n, s, b->cap - b->n < len ? b->cap - b->n : len);
    b->n += len;
}

static void sb_str(sdp_buf *b, const char *s)
{
    sb_put(b, s, strlen(s));
}

static void sb_u64(sdp_buf *b, unsigned long long v)
{
    char d[24], *e = d + sizeof d, *q = e;
    do {
        *--q = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    sb_put(b, q, (size_t)(e - q));
}

/* The next SP/HTAB-separated token of [*p, end), at most max octets (as
 * sscanf's %<max>s); false when there is none or it is longer. */
static bool sdp_token(const char **p, const char *end, size_t max, const char **ts, size_t *tl)
{
    const char *s = *p;
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    const char *e = s;
    while (e < end && *e != ' ' && *e != '\t')
        e++;
    *p = e;
    *ts = s;
    *tl = (size_t)(e - s);
    return e > s && *tl <= max;
}

/* An answer to `offer` (RFC 3264 §6): one m= line per offered stream, in
 * order, with the first offered format (and its rtpmap/fmtp lines), port 0
 * where the offer has port 0, the mirrored direction, our address. Returns
 * the length, or -1 when it does not fit. */
static int sdp_answer(const char *offer, size_t olen, const char *ip, unsigned long long sess,
                      unsigned ver, unsigned port, char *out, size_t cap)
{
    const char *fam = strchr(ip, ':') ? "IP6" : "IP4";
    sdp_buf b = {out, cap, 0};
    sb_str(&b, "v=0\r\no=fsip ");
    sb_u64(&b, sess);
    sb_put(&b, " ", 1);
    sb_u64(&b, ver);
    sb_put(&b, " IN ", 4);
    sb_str(&b, fam);
    sb_put(&b, " ", 1);
    sb_str(&b, ip);
    sb_str(&b, "\r\ns=fsip\r\nc=IN ");
    sb_str(&b, fam);
    sb_put(&b, " ", 1);
    sb_str(&b, ip);
    sb_str(&b, "\r\nt=0 0\r\n");
    const char *end = offer + olen, *p = offer, *l;
    size_t ll;
    const char *sess_dir = NULL;
    /* The session-level direction applies to every stream without its
     * own (RFC 4566 §6). */
    while (next_line(&p, end, &l, &ll) && !(ll >= 2 && memcmp(l, "m=", 2) == 0))
        if (sdp_dir(l, ll)) sess_dir = sdp_dir(l, ll);
    p = offer;
    unsigned idx = 0;
    while (b.n < cap && next_line(&p, end, &l, &ll)) {
        if (ll < 2 || memcmp(l, "m=", 2) != 0) continue;
        /* m=<media> <port>[/<number of ports>] <proto> <fmt> ... */
        const char *t = l + 2, *le = l + ll, *media, *pt, *proto, *fmt;
        size_t ml, pl, rl, fl;
        if (!sdp_token(&t, le, 31, &media, &ml) || !sdp_token(&t, le, 63, &pt, &pl) ||
            !sdp_token(&t, le, 63, &proto, &rl) || !sdp_token(&t, le, 31, &fmt, &fl))
            continue;
        if (pt[0] < '0' || pt[0] > '9') continue;
        unsigned long oport = 0;
        for (size_t i = 0; i < pl && pt[i] >= '0' && pt[i] <= '9' && oport <= 65535; i++)
            oport = oport * 10 + (unsigned long)(pt[i] - '0');
        /* This stream's attributes: up to the next m= line. */
        const char *sec = p, *q = p, *sl;
        size_t sll;
        const char *dir = sess_dir;
        while (next_line(&q, end, &sl, &sll) && !(sll >= 2 && memcmp(sl, "m=", 2) == 0))
            if (sdp_dir(sl, sll)) dir = sdp_dir(sl, sll);
        unsigned aport = oport ? port + 2 * idx : 0;
        sb_put(&b, "m=", 2);
        sb_put(&b, media, ml);
        sb_put(&b, " ", 1);
        sb_u64(&b, aport);
        sb_put(&b, " ", 1);
        sb_put(&b, proto, rl);
        sb_put(&b, " ", 1);
        sb_put(&b, fmt, fl);
        sb_put(&b, "\r\n", 2);
        idx++;
        if (!oport) continue; /* RFC 3264 §6: a rejected stream stays rejected */
        q = sec;
        while (next_line(&q, end, &sl, &sll) && !(sll >= 2 && memcmp(sl, "m=", 2) == 0)) {
            /* "a=rtpmap:<fmt> " or "a=fmtp:<fmt> " */
            size_t k = sll > 9 && memcmp(sl, "a=rtpmap:", 9) == 0 ? 9
                       : sll > 7 && memcmp(sl, "a=fmtp:", 7) == 0 ? 7
                                                                  : 0;
            if (k && sll > k + fl + 1 && memcmp(sl + k, fmt, fl) == 0 && sl[k + fl] == ' ') {
                sb_put(&b, sl, sll);
                sb_put(&b, "\r\n", 2);
            }
        }
        sb_put(&b, "a=", 2);
        sb_str(&b, sdp_mirror(dir));
        sb_put(&b, "\r\n", 2);
    }
    return b.n < cap ? (int)b.n : -1;
}

/* Accepts the pending INVITE or re-INVITE of `call`: an answer to its
 * offer, or our offer (a=sendrecv) when it had none (answered in the ACK,
 * RFC 3264 §5); 488 when the answer does not fit (RFC 3261 §13.3.1.3). */
static int sdp_accept(fsip_call *call, const char *offer, size_t len, const char *ip,
                      unsigned long long sess, unsigned ver, unsigned port)
{
    char sdp[2048];
    int n = len ? sdp_answer(offer, len, ip, sess, ver, port, sdp, sizeof sdp)
                : cli_sdp_offer(sdp, sizeof sdp, ip, sess, ver, port, "sendrecv");
    if (n < 0) return fsip_call_reject(call, 488, NULL);
    return fsip_call_accept(call, SDP_TYPE, sdp, (size_t)n);
}

/* The peer's UPDATE or the offer in its PRACK (RFC 3311 §5.2, RFC 3262 §5):
 * 200 with our answer to its offer (none when it carried none), 488 when
 * no answer can be built from it. */
static int sdp_update_respond(fsip_call *call, const fsip_msg *msg, const char *ip,
                              unsigned long long sess, unsigned ver, unsigned port)
{
    fsip_str b = fsip_msg_body(msg);
    char sdp[2048];
    int n = b.len ? sdp_answer(b.ptr, b.len, ip, sess, ver, port, sdp, sizeof sdp) : 0;
    if (n < 0) return fsip_call_update_respond(call, 488, NULL, NULL, NULL, 0);
    return fsip_call_update_respond(call, 200, NULL, SDP_TYPE, n ? sdp : NULL, (size_t)n);
}

/* ---------------------------------------------------------------- common */

/* A duration or count option: 0 .. one day in ms. */
static int parse_ms(const char *cmd, const char *opt, const char *v, long *out)
{
    return cli_num(cmd, opt, v, 86400000L, out);
}

static int parse_rel(const char *cmd, const char *v, int *out)
{
    static const char *names[] = {"off", "supported", "preferred"};
    static const int modes[] = {FSIP_REL1XX_OFF, FSIP_REL1XX_SUPPORTED, FSIP_REL1XX_PREFERRED};
    for (size_t i = 0; i < 3; i++)
        if (strcmp(v, names[i]) == 0) {
            *out = modes[i];
            return 0;
        }
    fprintf(stderr, "fsip %s: --100rel takes off, supported or preferred\n", cmd);
    return -1;
}

static const char *body_summary(const fsip_msg *m)
{
    fsip_str b = m ? fsip_msg_body(m) : (fsip_str){NULL, 0};
    if (!b.len) return "";
    if (memmem(b.ptr, b.len, "a=sendonly", 10)) return " (sdp sendonly)";
    if (memmem(b.ptr, b.len, "a=recvonly", 10)) return " (sdp recvonly)";
    if (memmem(b.ptr, b.len, "a=inactive", 10)) return " (sdp inactive)";
    return " (sdp)";
}

/* "180 Ringing" of a response, or "" */
static void status_text(const fsip_msg *m, char *out, size_t cap)
{
    out[0] = '\0';
    if (!m || fsip_msg_is_request(m)) return;
    fsip_str r = fsip_msg_reason(m);
    snprintf(out, cap, " %d %.*s", fsip_msg_status(m), (int)(r.len > 60 ? 60 : r.len), r.ptr);
}

void cli_say_ended(const cli_out *o, const char *id, fsip_call *call)
{
    int st = fsip_call_end_status(call);
    if (st)
        cli_say(o, "call %s ENDED %s %d", id, fsip_call_end_name(fsip_call_end_reason(call)), st);
    else
        cli_say(o, "call %s ENDED %s", id, fsip_call_end_name(fsip_call_end_reason(call)));
}

void cli_hangup(fsip_call *call, const char *id)
{
    int rc = call ? fsip_call_hangup(call) : 0;
    if (rc < 0) fprintf(stderr, "fsip call: %s: hangup: %s\n", id, fsip_strerror(rc));
}

void cli_accept_request(fsip_call *call)
{
    fsip_txn *t = fsip_call_request_txn(call);
    if (t) fsip_txn_respond_status(t, 200, NULL, fsip_stack_now(fsip_txn_stack(t)));
}

/* What the options fsip uas and fsip call share set in the UA's
 * configuration (agent_init). */
typedef struct agent_opts {
    long se;                     /* --session-expires S; -1: the default */
    int rel;                     /* --100rel MODE; -1: the default */
    const char *user, *password; /* --user, --password: digest (RFC 3261 §22) */
} agent_opts;

/* The options fsip uas and fsip call (`cmd`) share: --trace, --ladder,
 * --session-expires S, --100rel MODE, --user NAME, --password PW.
 * argv[*i] is one of them: 1 (consumed, *i moved past its value), 0 (not
 * one of them), -1 (a bad value, said on stderr). */
static int agent_arg(const char *cmd, cli_out *out, agent_opts *o, int argc, char **argv, int *i)
{
    const char *a = argv[*i], *v = *i + 1 < argc ? argv[*i + 1] : NULL;
    if (strcmp(a, "--trace") == 0) {
        out->trace = true;
    } else if (strcmp(a, "--ladder") == 0) {
        out->ladder = true;
    } else if (strcmp(a, "--session-expires") == 0 && v) {
        if (parse_ms(cmd, a, argv[++*i], &o->se) < 0 || (o->se > 0 && o->se < 90)) {
            fprintf(stderr, "fsip %s: --session-expires is 0 or at least 90 (RFC 4028)\n", cmd);
            return -1;
        }
    } else if (strcmp(a, "--100rel") == 0 && v) {
        if (parse_rel(cmd, argv[++*i], &o->rel) < 0) return -1;
    } else if (strcmp(a, "--user") == 0 && v) {
        o->user = argv[++*i];
    } else if (strcmp(a, "--password") == 0 && v) {
        o->password = argv[++*i];
    } else {
        return 0;
    }
    return 1;
}

/* After the last option: 0, or -1 after saying what is missing. */
static int agent_opts_check(const char *cmd, const agent_opts *o)
{
    if (!o->user == !o->password) return 0;
    fprintf(stderr, "fsip %s: --user and --password go together\n", cmd);
    return -1;
}

/* ------------------------------------------------------------- fsip uas */

/* What `fsip uas` and `fsip call` share: a signalfd for SIGINT/SIGTERM, a
 * loop, the endpoint configuration and the UA's (with the options of
 * agent_arg). Allow and Supported stay the stack's defaults: the
 * UA then advertises what it implements (RFC 3261 §20.5, §20.37). Returns
 * 0, or -1 after saying why. */
static int agent_init(const char *cmd, cli_out *out, const agent_opts *o, int *sfd,
                      fsip_loop **loop, fsip_endpoint_config *cfg, fsip_ua_config *ucfg)
{
    *sfd = cli_signalfd();
    *loop = fsip_loop_new(NULL);
    if (*sfd < 0 || !*loop) {
        fprintf(stderr, "%s: cannot create the loop\n", cmd);
        if (*sfd >= 0) close(*sfd);
        fsip_loop_free(*loop);
        return -1;
    }
    fsip_endpoint_config_init(cfg);
    cfg->stack.accept = UA_ACCEPT;
    cfg->stack.trace = out->trace || out->ladder;
    cfg->stack.log = cli_log;
    cfg->stack.log_arg = out;
    fsip_ua_config_init(ucfg);
    ucfg->user_agent = USER_AGENT;
    ucfg->clock = cli_loop_clock;
    ucfg->clock_arg = *loop;
    if (o->se >= 0) ucfg->session_expires_s = (uint32_t)o->se;
    if (o->rel >= 0) ucfg->rel1xx = (fsip_rel1xx)o->rel;
    ucfg->auth.username = o->user;
    ucfg->auth.password = o->password;
    return 0;
}

typedef struct uas_ctx {
    cli_out out;
    bool quiet;
    bool early_media; /* 183 with the SDP answer instead of 180 */
    long ring_ms, answer_ms, hangup_ms, max_calls;
    int reject;
    fsip_loop *loop;
    fsip_endpoint *ep;
    fsip_ua *ua;
    char ip4[64], ip6[64]; /* our address in SDP answers */
    unsigned long long ended;
    uint64_t last_end;
    int64_t t_linger;
} uas_ctx;

typedef struct uas_call {
    uas_ctx *ctx;
    fsip_call *call;
    int64_t t_ring, t_answer, t_hangup;
    uint64_t t0;
    fsip_call_state shown;
    char *offer;
    size_t offer_len;
    unsigned long long sess;
    unsigned ver;
    /* --early-media: the answer went in the 183, so the 2xx carries no new
     * one; fsip repeats our latest description in it (the 183's, or the
     * answer to a later PRACK or UPDATE offer; RFC 3261 §13.2.1). */
    bool answered_early;
    int busy;  /* inside our own fsip_call_* call */
    bool gone; /* ENDED came while busy: free when it returns */
} uas_call;

static void uas_say_state(uas_call *pc)
{
    if (pc->gone) return;
    fsip_call_state st = fsip_call_get_state(pc->call);
    if (st == pc->shown) return;
    pc->shown = st;
    if (!pc->ctx->quiet)
        cli_say(&pc->ctx->out, "call %s %s", fsip_call_id(pc->call), fsip_call_state_name(st));
}

static void uas_cancel_timers(uas_call *pc)
{
    cli_timer_cancel(pc->ctx->loop, &pc->t_ring);
    cli_timer_cancel(pc->ctx->loop, &pc->t_answer);
    cli_timer_cancel(pc->ctx->loop, &pc->t_hangup);
}

static void uas_release(uas_call *pc)
{
    uas_cancel_timers(pc);
    free(pc->offer);
    free(pc);
}

/* Leaves a section where we called into the call layer. */
static void uas_leave(uas_call *pc)
{
    if (--pc->busy > 0) return;
    if (pc->gone)
        uas_release(pc);
    else
        uas_say_state(pc);
}

static const char *uas_ip_for(const uas_ctx *c, const char *offer, size_t len)
{
    bool v6 = offer && memmem(offer, len, "c=IN IP6", 8) != NULL;
    if (v6 && c->ip6[0]) return c->ip6;
    if (!v6 && c->ip4[0]) return c->ip4;
    return c->ip4[0] ? c->ip4 : c->ip6;
}

/* Accepts the pending INVITE or re-INVITE (sdp_accept), from the address
 * of the offer's family. */
static int uas_accept(uas_call *pc, const char *offer, size_t len)
{
    return sdp_accept(pc->call, offer, len, uas_ip_for(pc->ctx, offer, len), pc->sess, pc->ver++,
                      30000);
}

static void uas_answer(uas_call *pc)
{
    int rc = pc->ctx->reject      ? fsip_call_reject(pc->call, pc->ctx->reject, NULL)
             : pc->answered_early ? fsip_call_accept(pc->call, NULL, NULL, 0)
                                  : uas_accept(pc, pc->offer, pc->offer_len);
    if (rc < 0 && !pc->gone)
        fprintf(stderr, "fsip uas: %s: cannot answer: %s\n", fsip_call_id(pc->call),
                fsip_strerror(rc));
    uas_say_state(pc);
}

static void uas_answer_timer(fsip_loop *loop, void *arg)
{
    uas_call *pc = arg;
    (void)loop;
    pc->t_answer = 0;
    pc->busy++;
    if (!pc->gone) uas_answer(pc);
    uas_leave(pc);
}

static void uas_ring_timer(fsip_loop *loop, void *arg)
{
    uas_call *pc = arg;
    uas_ctx *c = pc->ctx;
    pc->t_ring = 0;
    pc->busy++;
    int rc = 0;
    if (!pc->gone && c->early_media && pc->offer) {
        /* Early media (RFC 3261 §13.3.1.1): the answer in a 183, reliable
         * when 100rel is in use (RFC 3262). */
        char sdp[2048];
        int n = sdp_answer(pc->offer, pc->offer_len, uas_ip_for(c, pc->offer, pc->offer_len),
                           pc->sess, pc->ver++, 30000, sdp, sizeof sdp);
        rc = n < 0 ? fsip_call_reject(pc->call, 488, NULL)
                   : fsip_call_ring(pc->call, 183, SDP_TYPE, sdp, (size_t)n);
        pc->answered_early = n >= 0 && rc == 0;
    } else if (!pc->gone) {
        rc = fsip_call_ring(pc->call, 180, NULL, NULL, 0);
    }
    if (rc < 0 && !pc->gone)
        fprintf(stderr, "fsip uas: %s: cannot ring: %s\n", fsip_call_id(pc->call),
                fsip_strerror(rc));
    uas_say_state(pc);
    /* --answer-ms counts from the INVITE; it never comes before the 180. */
    uint64_t at = pc->t0 + (uint64_t)(c->answer_ms > c->ring_ms ? c->answer_ms : c->ring_ms);
    if (!pc->gone) {
        if (at <= fsip_loop_now(loop))
            uas_answer(pc);
        else
            pc->t_answer = fsip_loop_timer_start(loop, at, uas_answer_timer, pc);
    }
    uas_leave(pc);
}

static void uas_hangup_timer(fsip_loop *loop, void *arg)
{
    uas_call *pc = arg;
    (void)loop;
    pc->t_hangup = 0;
    pc->busy++;
    if (!pc->gone) fsip_call_hangup(pc->call);
    uas_leave(pc);
}

static void uas_linger(fsip_loop *loop, void *arg)
{
    uas_ctx *c = arg;
    c->t_linger = 0;
    const fsip_stats *st = fsip_stack_stats(fsip_endpoint_stack(c->ep));
    if (st->txn_active == 0 || fsip_loop_now(loop) >= c->last_end + LINGER_MS) {
        fsip_loop_stop(loop);
        return;
    }
    c->t_linger = fsip_loop_timer_start(loop, fsip_loop_now(loop) + 50, uas_linger, c);
}

static void uas_incoming(uas_ctx *c, fsip_call *call, const fsip_msg *inv)
{
    uas_call *pc = calloc(1, sizeof *pc);
    if (!pc) {
        fsip_call_reject(call, 500, NULL);
        return;
    }
    pc->ctx = c;
    pc->call = call;
    pc->t0 = fsip_loop_now(c->loop);
    pc->shown = FSIP_CALL_INCOMING;
    cli_sdp_origin(&pc->sess);
    fsip_call_set_user(call, pc);
    fsip_str body = fsip_msg_body(inv);
    if (body.len && (pc->offer = malloc(body.len))) {
        memcpy(pc->offer, body.ptr, body.len);
        pc->offer_len = body.len;
    }
    if (!c->quiet) {
        const fsip_addr *from = fsip_msg_from(inv);
        cli_say(&c->out, "call %s INCOMING from %.*s%s", fsip_call_id(call),
                from ? (int)from->uri.raw.len : 1, from ? from->uri.raw.ptr : "?",
                body_summary(inv));
    }
    pc->busy++;
    if (xfer_uas_replaces(&c->out, c->quiet, call))
        ; /* RFC 3891 §3: fsip answers it once INCOMING returns */
    else if (c->ring_ms == 0)
        uas_ring_timer(c->loop, pc); /* leaves pc->busy as it found it */
    else
        pc->t_ring =
            fsip_loop_timer_start(c->loop, pc->t0 + (uint64_t)c->ring_ms, uas_ring_timer, pc);
    uas_leave(pc);
}

static void uas_on_call(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    uas_ctx *c = arg;
    uas_call *pc = fsip_call_user(call);
    const char *id = fsip_call_id(call);
    char st[80];
    status_text(msg, st, sizeof st);
    if (ev == FSIP_CALL_EV_INCOMING) {
        uas_incoming(c, call, msg);
        return;
    }
    if (ev == FSIP_CALL_EV_ENDED) {
        if (!c->quiet) cli_say_ended(&c->out, id, call);
        c->ended++;
        c->last_end = fsip_loop_now(c->loop);
        if (c->max_calls > 0 && c->ended >= (unsigned long long)c->max_calls && !c->t_linger)
            c->t_linger = fsip_loop_timer_start(c->loop, c->last_end, uas_linger, c);
        if (!pc) return;
        uas_cancel_timers(pc);
        if (pc->busy)
            pc->gone = true;
        else
            uas_release(pc);
        return;
    }
    if (!pc) return;
    pc->busy++;
    switch (ev) {
    case FSIP_CALL_EV_ANSWERED: /* the ACK */
        uas_say_state(pc);
        if (c->hangup_ms > 0)
            pc->t_hangup = fsip_loop_timer_start(
                c->loop, fsip_loop_now(c->loop) + (uint64_t)c->hangup_ms, uas_hangup_timer, pc);
        break;
    case FSIP_CALL_EV_REINVITE: {
        if (!c->quiet) cli_say(&c->out, "call %s REINVITE from peer%s", id, body_summary(msg));
        fsip_str b = fsip_msg_body(msg);
        int rc = uas_accept(pc, b.ptr, b.len);
        if (rc < 0)
            fprintf(stderr, "fsip uas: %s: cannot answer the re-INVITE: %s\n", id,
                    fsip_strerror(rc));
        break;
    }
    case FSIP_CALL_EV_REINVITE_DONE:
        if (!c->quiet) cli_say(&c->out, "call %s REINVITE done%s", id, st);
        break;
    case FSIP_CALL_EV_REINVITE_FAILED:
        if (!c->quiet) cli_say(&c->out, "call %s REINVITE failed%s", id, st);
        break;
    case FSIP_CALL_EV_REQUEST: cli_accept_request(call); break;
    case FSIP_CALL_EV_UPDATE:
    case FSIP_CALL_EV_PRACK_OFFER: {
        if (!c->quiet)
            cli_say(&c->out, "call %s %s from peer%s", id,
                    ev == FSIP_CALL_EV_UPDATE ? "UPDATE" : "PRACK offer", body_summary(msg));
        fsip_str b = fsip_msg_body(msg);
        int rc =
            sdp_update_respond(call, msg, uas_ip_for(c, b.ptr, b.len), pc->sess, pc->ver++, 30000);
        if (rc < 0) fprintf(stderr, "fsip uas: %s: cannot answer: %s\n", id, fsip_strerror(rc));
        break;
    }
    default: break;
    }
    uas_leave(pc);
}

static void uas_usage(FILE *f)
{
    fprintf(f,
            "usage: fsip uas --listen URI[,URI...] [--ring-ms N] [--answer-ms N] [--hangup-ms N]\n"
            "                [--early-media] [--reject CODE] [--session-expires S] [--100rel MODE] "
            "[--max-calls N]\n"
            "                [--max-seconds N] [--max-transactions N] [--trace] [--ladder]\n"
            "                [--quiet] [--cert FILE --key FILE [--ca FILE] [--verify-client]]\n"
            "                [--user NAME --password PW]\n"
            "\n"
            "A user agent that answers calls. It listens on each URI (udp:127.0.0.1:5060,\n"
            "tcp:[::1]:5060, tls:127.0.0.1:5061 with --cert and --key; port 0 picks one)\n"
            "and prints 'listening <URI>' for each.\n"
            "Each INVITE gets 180 Ringing --ring-ms after it (default 0: at once), then\n"
            "--answer-ms after the INVITE (default 0, never before the 180) 200 OK with\n"
            "an SDP answer, or --reject CODE (300..699). --hangup-ms N sends BYE N ms\n"
            "after the ACK (default: wait for the peer's BYE). --early-media rings with\n"
            "183 Session Progress carrying the SDP answer instead (reliable with 100rel),\n"
            "and the 200 repeats it. The peer's re-INVITEs, UPDATEs and offers in a PRACK\n"
            "are answered with an SDP answer; OPTIONS are answered with Allow/Accept/Supported;\n"
            "methods the call layer does not implement get 405.\n"
            "--session-expires S: RFC 4028 interval granted at most (default 1800;\n"
            "0: no session timers). --100rel off|supported|preferred: reliable\n"
            "provisional responses (RFC 3262): none, when the caller requires them\n"
            "(default), whenever the caller supports them.\n"
            "\n"
            "Prints one line per call state change ('call ID INCOMING from URI', 'call ID\n"
            "CONFIRMED', 'call ID ENDED remote-bye'); --quiet leaves them out; --trace\n"
            "prints every message; --ladder prints every message and state line as one\n"
            "line with a monotonic time stamp in microseconds (scripts/demo.sh draws the\n"
            "ladder from it). Stops on SIGINT/SIGTERM, after --max-seconds, or when\n"
            "--max-calls calls have ended (once no transaction is open, %d ms at most),\n"
            "then prints its counters and CPU time. --max-transactions raises the\n"
            "open-transaction limit (default 8192; over UDP a transaction stays open\n"
            "32 s, Timer J).\n"
            "--user NAME --password PW: digest credentials (RFC 3261 §22) for the\n"
            "requests it sends (a referred INVITE challenged by a proxy, BYE).\n\n",
            LINGER_MS);
    usage_tls(f, true);
    usage_xfer_uas(f);
}

static void uas_on_signal(fsip_loop *loop, int fd, uint32_t events, void *arg)
{
    struct signalfd_siginfo si;
    (void)events;
    (void)arg;
    if (read(fd, &si, sizeof si) > 0) fsip_loop_stop(loop);
}

static void uas_on_max_time(fsip_loop *loop, void *arg)
{
    (void)arg;
    fsip_loop_stop(loop);
}

int cmd_uas(int argc, char **argv)
{
    const char *listen = NULL;
    uas_ctx c;
    memset(&c, 0, sizeof c);
    long max_seconds = 0, max_txn = 0, reject = 0;
    int xr;
    agent_opts ao = {.se = -1, .rel = -1};
    cli_tls tls = {0};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--listen") == 0 && v) {
            listen = argv[++i];
        } else if ((xr = cli_tls_arg(&tls, "fsip uas", true, argc, argv, &i)) != 0) {
            if (xr < 0) return 2;
        } else if ((xr = agent_arg("uas", &c.out, &ao, argc, argv, &i)) != 0) {
            if (xr < 0) return 2;
        } else if (strcmp(a, "--quiet") == 0) {
            c.quiet = true;
        } else if (strcmp(a, "--early-media") == 0) {
            c.early_media = true;
        } else if (strcmp(a, "--ring-ms") == 0 && v) {
            if (parse_ms("uas", a, argv[++i], &c.ring_ms) < 0) return 2;
        } else if (strcmp(a, "--answer-ms") == 0 && v) {
            if (parse_ms("uas", a, argv[++i], &c.answer_ms) < 0) return 2;
        } else if (strcmp(a, "--hangup-ms") == 0 && v) {
            if (parse_ms("uas", a, argv[++i], &c.hangup_ms) < 0) return 2;
        } else if (strcmp(a, "--max-calls") == 0 && v) {
            if (parse_ms("uas", a, argv[++i], &c.max_calls) < 0) return 2;
        } else if (strcmp(a, "--max-seconds") == 0 && v) {
            if (parse_ms("uas", a, argv[++i], &max_seconds) < 0) return 2;
        } else if (strcmp(a, "--reject") == 0 && v) {
            if (parse_ms("uas", a, argv[++i], &reject) < 0 || reject < 300 || reject > 699) {
                fprintf(stderr, "fsip uas: --reject takes a status 300..699\n");
                return 2;
            }
        } else if (strcmp(a, "--max-transactions") == 0 && v) {
            max_txn = strtol(argv[++i], NULL, 10);
            if (max_txn <= 0 || max_txn > (long)UINT32_MAX) {
                fprintf(stderr, "fsip uas: bad --max-transactions '%s'\n", argv[i]);
                return 2;
            }
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            uas_usage(stdout);
            return 0;
        } else if ((xr = xfer_uas_arg(argc, argv, &i)) != 0) {
            if (xr < 0) return 2;
        } else {
            fprintf(stderr, "fsip uas: bad argument '%s'\n", a);
            uas_usage(stderr);
            return 2;
        }
    }
    if (!listen) {
        uas_usage(stderr);
        return 2;
    }
    if (agent_opts_check("uas", &ao) < 0) return 2;
    c.reject = (int)reject;
    int sfd;
    fsip_loop *loop;
    fsip_endpoint_config cfg;
    fsip_ua_config ucfg;
    if (agent_init("fsip uas", &c.out, &ao, &sfd, &loop, &cfg, &ucfg) < 0) return 1;
    c.loop = loop;
    if (max_txn > 0) cfg.stack.max_transactions = (uint32_t)max_txn;
    cli_tls_apply(&tls, &cfg);
    fsip_stack_callbacks scbs = {NULL, NULL, NULL, NULL, NULL};
    int status = 0;
    int erc = fsip_endpoint_new_on_loop(loop, &cfg, &scbs, &c.ep);
    if (erc < 0) {
        fprintf(stderr, "fsip uas: cannot create the endpoint: %s\n", fsip_strerror(erc));
        status = 1;
    }
    fsip_ua_callbacks ucbs = {uas_on_call, NULL, &c};
    if (!status && fsip_ua_new(fsip_endpoint_stack(c.ep), &ucfg, &ucbs, &c.ua) < 0) {
        fprintf(stderr, "fsip uas: cannot create the user agent\n");
        status = 1;
    }
    if (!status) xfer_uas_install(c.ua, &c.out, c.quiet);
    char *list = strdup(listen), *save = NULL;
    size_t nl = 0;
    for (char *u = list && !status ? strtok_r(list, ",", &save) : NULL; u;
         u = strtok_r(NULL, ",", &save)) {
        int lrc = fsip_endpoint_listen(c.ep, u);
        if (lrc < 0) {
            fprintf(stderr, "fsip uas: cannot listen on '%s': %s\n", u,
                    lrc == FSIP_EINVAL ? strerror(errno) : fsip_strerror(lrc));
            status = 1;
            break;
        }
        fsip_transport tr;
        fsip_netaddr a;
        char buf[64];
        fsip_endpoint_local(c.ep, nl++, &tr, &a);
        fsip_netaddr_print(&a, true, buf, sizeof buf);
        printf("listening %s:%s\n", cli_transport_scheme(tr), buf);
        char *ip = a.family == FSIP_AF_INET6 ? c.ip6 : c.ip4;
        if (!ip[0]) {
            static const uint8_t any[16];
            if (memcmp(a.ip, any, a.family == FSIP_AF_INET6 ? 16 : 4) == 0)
                strcpy(ip, a.family == FSIP_AF_INET6 ? "::1" : "127.0.0.1");
            else if (a.family == FSIP_AF_INET6 &&
                     fsip_netaddr_print(&a, false, buf, sizeof buf) > 2)
                snprintf(ip, 64, "%.*s", (int)strlen(buf) - 2, buf + 1); /* no [] in SDP */
            else
                fsip_netaddr_print(&a, false, ip, 64);
        }
    }
    free(list);
    fflush(stdout);
    if (!status) {
        fsip_loop_watch(loop, sfd, FSIP_LOOP_READ, uas_on_signal, NULL);
        if (max_seconds > 0)
            fsip_loop_timer_start(loop, fsip_loop_now(loop) + (uint64_t)max_seconds * 1000,
                                  uas_on_max_time, NULL);
        fsip_loop_run(loop);
        fsip_loop_unwatch(loop, sfd);
        cli_timer_cancel(loop, &c.t_linger);
        /* Open calls end here (ENDED shutdown); the counters are taken
         * before, so these are not among the failed calls. */
        fsip_ua *ua = c.ua;
        fsip_ua_stats us = *fsip_ua_stats_get(ua);
        c.ua = NULL;
        fsip_ua_free(ua);
        const fsip_stats *st = fsip_stack_stats(fsip_endpoint_stack(c.ep));
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        printf("stopped: %llu requests received, %llu retransmissions absorbed, rejected 405: "
               "%llu, 501: %llu, 503: %llu, %llu messages sent, calls in: %llu, answered: %llu, "
               "failed: %llu, cpu %ld.%06ld s user %ld.%06ld s sys\n",
               (unsigned long long)st->rx_requests, (unsigned long long)st->rx_retransmissions,
               (unsigned long long)st->rej_405, (unsigned long long)st->rej_501,
               (unsigned long long)st->rej_503, (unsigned long long)st->tx_msgs,
               (unsigned long long)us.calls_in, (unsigned long long)us.calls_answered,
               (unsigned long long)us.calls_failed, (long)ru.ru_utime.tv_sec,
               (long)ru.ru_utime.tv_usec, (long)ru.ru_stime.tv_sec, (long)ru.ru_stime.tv_usec);
        if (us.spec_errors)
            fprintf(stderr, "fsip uas: %llu events the call machines declare impossible\n",
                    (unsigned long long)us.spec_errors);
    }
    if (c.ua) fsip_ua_free(c.ua);
    fsip_endpoint_free(c.ep);
    fsip_loop_free(loop);
    close(sfd);
    return status;
}

/* ------------------------------------------------------------ fsip call */

typedef struct uac_ctx {
    cli_out out;
    fsip_loop *loop;
    fsip_endpoint *ep;
    long hangup_ms, reinvite_ms;
    fsip_call *call; /* the call in progress, NULL once ENDED */
    char id[160];
    fsip_call_state shown;
    int64_t t_hangup, t_reinvite;
    const char *ip; /* our address in SDP */
    unsigned long long sess;
    unsigned ver;
    bool answered, reinvite_sent, reinvite_done, ended;
    bool prack_offer;                        /* --prack-offer */
    bool prack_offer_sent, prack_offer_done; /* ... went in a PRACK / was answered */
    fsip_call_end why;
    unsigned byes;      /* BYEs we sent for this call and its consultation call */
    uint64_t rx_at_bye; /* the stack's rx_responses when the first of them left */
    int signals;
    xfer_cli *xfer; /* --transfer-to */
} uac_ctx;

static void uac_say_state(uac_ctx *c, const char *why)
{
    if (!c->call) return;
    fsip_call_state st = fsip_call_get_state(c->call);
    if (st == c->shown) return;
    c->shown = st;
    cli_say(&c->out, "call %s %s%s", c->id, fsip_call_state_name(st), why);
}

static void uac_cancel_timers(uac_ctx *c)
{
    cli_timer_cancel(c->loop, &c->t_hangup);
    cli_timer_cancel(c->loop, &c->t_reinvite);
}

static void uac_hangup(uac_ctx *c)
{
    cli_hangup(c->call, c->id);
    uac_say_state(c, "");
}

static void uac_hangup_timer(fsip_loop *loop, void *arg)
{
    uac_ctx *c = arg;
    (void)loop;
    c->t_hangup = 0;
    uac_hangup(c);
}

/* RFC 3264 §8.4: hold is a new offer with a=sendonly (RFC 3261 §14.1:
 * a re-INVITE in the dialog). */
static void uac_reinvite_timer(fsip_loop *loop, void *arg)
{
    uac_ctx *c = arg;
    (void)loop;
    c->t_reinvite = 0;
    if (!c->call) return;
    char sdp[1024];
    int n = cli_sdp_offer(sdp, sizeof sdp, c->ip, c->sess, ++c->ver, 40000, "sendonly");
    cli_say(&c->out, "call %s REINVITE sent (sdp sendonly)", c->id);
    c->reinvite_sent = true;
    int rc = fsip_call_reinvite(c->call, SDP_TYPE, sdp, (size_t)n);
    if (rc < 0) fprintf(stderr, "fsip call: %s: re-INVITE: %s\n", c->id, fsip_strerror(rc));
}

static void uac_on_call(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    uac_ctx *c = arg;
    char st[80];
    status_text(msg, st, sizeof st);
    /* A BYE of ours just left (the call layer reports the end then), for
     * this call or its consultation call: the end-of-run wait counts the
     * responses from the first one. */
    if (ev == FSIP_CALL_EV_ENDED && fsip_call_end_reason(call) == FSIP_END_LOCAL_BYE &&
        c->byes++ == 0)
        c->rx_at_bye = fsip_stack_stats(fsip_endpoint_stack(c->ep))->rx_responses;
    if (c->xfer && xfer_cli_on_call(c->xfer, c->call ? c->call : call, call, ev, msg)) return;
    if (!c->call && !c->ended) {
        c->call = call; /* an event inside fsip_call_invite() */
        snprintf(c->id, sizeof c->id, "%s", fsip_call_id(call));
    }
    switch (ev) {
    case FSIP_CALL_EV_PROGRESS:
        if (fsip_call_get_state(call) == c->shown)
            cli_say(&c->out, "call %s PROGRESS%s%s", c->id, st, body_summary(msg));
        if (c->prack_offer && !c->prack_offer_sent) {
            /* RFC 3262 §5: once a reliable 1xx answered our offer, its
             * PRACK offers hold (a=sendonly). fsip_call_prack_offer()
             * refuses it for any other 1xx. */
            char sdp[1024];
            int n = cli_sdp_offer(sdp, sizeof sdp, c->ip, c->sess, c->ver + 1, 40000, "sendonly");
            if (fsip_call_prack_offer(call, SDP_TYPE, sdp, (size_t)n) == 0) {
                c->ver++;
                c->prack_offer_sent = true;
                cli_say(&c->out, "call %s PRACK offer sent (sdp sendonly)", c->id);
            }
        }
        break;
    case FSIP_CALL_EV_UPDATE_DONE:
    case FSIP_CALL_EV_UPDATE_FAILED: {
        /* (msg NULL: a timeout; this agent sends no UPDATE of its own) */
        bool prack = msg ? fsip_msg_cseq(msg)->method == FSIP_METHOD_PRACK
                         : c->prack_offer_sent && !c->prack_offer_done;
        bool done = ev == FSIP_CALL_EV_UPDATE_DONE;
        if (prack && done) c->prack_offer_done = true;
        cli_say(&c->out, "call %s %s %s%s%s", c->id, prack ? "PRACK offer" : "UPDATE",
                done ? "answered" : "failed", msg ? st : " (timer)", body_summary(msg));
        break;
    }
    case FSIP_CALL_EV_ANSWERED: {
        c->answered = true;
        char why[100];
        snprintf(why, sizeof why, "%s%s", st, body_summary(msg));
        uac_say_state(c, why);
        uint64_t now = fsip_loop_now(c->loop);
        if (c->reinvite_ms > 0)
            c->t_reinvite = fsip_loop_timer_start(c->loop, now + (uint64_t)c->reinvite_ms,
                                                  uac_reinvite_timer, c);
        if (!c->xfer) /* a transfer hangs up by itself */
            c->t_hangup =
                fsip_loop_timer_start(c->loop, now + (uint64_t)c->hangup_ms, uac_hangup_timer, c);
        return;
    }
    case FSIP_CALL_EV_REINVITE: {
        cli_say(&c->out, "call %s REINVITE from peer%s", c->id, body_summary(msg));
        fsip_str b = fsip_msg_body(msg);
        int rc = sdp_accept(call, b.ptr, b.len, c->ip, c->sess, ++c->ver, 40000);
        if (rc < 0)
            fprintf(stderr, "fsip call: %s: re-INVITE answer: %s\n", c->id, fsip_strerror(rc));
        break;
    }
    case FSIP_CALL_EV_REINVITE_DONE:
        if (c->reinvite_sent && msg && !fsip_msg_is_request(msg)) c->reinvite_done = true;
        cli_say(&c->out, "call %s REINVITE done%s%s", c->id, st, body_summary(msg));
        break;
    case FSIP_CALL_EV_REINVITE_FAILED:
        cli_say(&c->out, "call %s REINVITE failed%s", c->id, msg ? st : " (timer)");
        break;
    case FSIP_CALL_EV_FORK_ENDED:
        cli_say(&c->out, "call %s FORK-ENDED (another fork's%s, ACKed and BYEd)", c->id, st);
        break;
    case FSIP_CALL_EV_UPDATE: {
        cli_say(&c->out, "call %s UPDATE from peer%s", c->id, body_summary(msg));
        int rc = sdp_update_respond(call, msg, c->ip, c->sess, ++c->ver, 40000);
        if (rc < 0) fprintf(stderr, "fsip call: %s: UPDATE answer: %s\n", c->id, fsip_strerror(rc));
        break;
    }
    case FSIP_CALL_EV_REQUEST: cli_accept_request(call); break;
    case FSIP_CALL_EV_ENDED:
        c->why = fsip_call_end_reason(call);
        cli_say_ended(&c->out, c->id, call);
        c->ended = true;
        c->call = NULL;
        uac_cancel_timers(c);
        return;
    default: break;
    }
    uac_say_state(c, st);
}

static void uac_on_signal(fsip_loop *loop, int fd, uint32_t events, void *arg)
{
    uac_ctx *c = arg;
    struct signalfd_siginfo si;
    (void)loop;
    (void)events;
    if (read(fd, &si, sizeof si) <= 0) return;
    c->signals++;
    if (c->call) uac_hangup(c);
}

void usage_call(FILE *f)
{
    fprintf(f, "usage: fsip call SIP-URI [--transport udp|tcp|tls] [--from URI] [--hangup-ms N]\n"
               "                 [--reinvite-ms N] [--timeout-ms N] [--count N] [--prack-offer]\n"
               "                 [--session-expires S] [--100rel MODE] [--trace] [--ladder]\n"
               "                 [--transfer-to URI [--attended] [--no-bye-on-success]]\n"
               "                 [--ca FILE] [--cert FILE --key FILE] [--tls-name NAME]\n"
               "                 [--no-verify] [--user NAME --password PW]\n"
               "\n"
               "Calls SIP-URI (its host an IP literal: no DNS; a sips: URI or\n"
               ";transport=tls goes over TLS, default port 5061) with an SDP offer from an\n"
               "ephemeral port on the local address, prints each state change, sends a\n"
               "hold re-INVITE (a=sendonly) --reinvite-ms after the answer (default: none)\n"
               "and BYE --hangup-ms after it (default 1000). --count N places N calls one\n"
               "after the other. --timeout-ms bounds each call (default hangup-ms + 40000):\n"
               "then it is hung up. --from: the From (default <sip:anonymous@LOCAL-IP>).\n"
               "--session-expires S: RFC 4028 interval asked for (default 1800; 0: none).\n"
               "--100rel off|supported|preferred: reliable provisional responses\n"
               "(RFC 3262): none, used when the callee requires them (default), required.\n"
               "--prack-offer: the PRACK of the first reliable 1xx that answers our offer\n"
               "carries a new one, hold (a=sendonly; RFC 3262 §5); a call counts as clean\n"
               "only when the PRACK's 2xx brought its answer.\n"
               "--trace prints every message; --ladder prints every message and state\n"
               "line as one time-stamped line (see fsip uas --help). SIGINT hangs up.\n"
               "\n"
               "--user NAME --password PW: digest credentials (RFC 3261 §22) for a 401/407.\n"
               "\n"
               "Exit status 0 when every call was answered and ended with a BYE (and each\n"
               "re-INVITE got a 2xx), 1 otherwise, 2 on a usage error.\n\n");
    usage_tls(f, false);
    usage_xfer_call(f);
}

int cmd_call(int argc, char **argv)
{
    const char *target = NULL, *from = NULL;
    uac_ctx c;
    memset(&c, 0, sizeof c);
    c.hangup_ms = 1000;
    long timeout_ms = -1, count = 1;
    int xr;
    agent_opts ao = {.se = -1, .rel = -1};
    xfer_opts xo = {NULL, false, false};
    fsip_transport tr = FSIP_TRANSPORT_UDP;
    bool tr_given = false;
    cli_tls tls = {0};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--transport") == 0 && v) {
            tr_given = true;
            if (cli_transport("fsip call", argv[++i], &tr) < 0) return 2;
        } else if ((xr = cli_tls_arg(&tls, "fsip call", false, argc, argv, &i)) != 0) {
            if (xr < 0) return 2;
        } else if (strcmp(a, "--from") == 0 && v) {
            from = argv[++i];
        } else if (strcmp(a, "--hangup-ms") == 0 && v) {
            if (parse_ms("call", a, argv[++i], &c.hangup_ms) < 0) return 2;
        } else if (strcmp(a, "--reinvite-ms") == 0 && v) {
            if (parse_ms("call", a, argv[++i], &c.reinvite_ms) < 0) return 2;
        } else if (strcmp(a, "--timeout-ms") == 0 && v) {
            if (parse_ms("call", a, argv[++i], &timeout_ms) < 0 || timeout_ms == 0) return 2;
        } else if (strcmp(a, "--count") == 0 && v) {
            if (parse_ms("call", a, argv[++i], &count) < 0 || count < 1) return 2;
        } else if (strcmp(a, "--prack-offer") == 0) {
            c.prack_offer = true;
        } else if ((xr = agent_arg("call", &c.out, &ao, argc, argv, &i)) != 0) {
            if (xr < 0) return 2;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage_call(stdout);
            return 0;
        } else if ((xr = xfer_call_arg(&xo, argc, argv, &i)) != 0) {
            if (xr < 0) return 2;
        } else if (a[0] != '-' && !target) {
            target = a;
        } else {
            fprintf(stderr, "fsip call: bad argument '%s'\n", a);
            usage_call(stderr);
            return 2;
        }
    }
    if (!target) {
        usage_call(stderr);
        return 2;
    }
    if (agent_opts_check("call", &ao) < 0) return 2;
    if (timeout_ms < 0) timeout_ms = c.hangup_ms + 40000;
    fsip_netaddr dest;
    fsip_transport utr = tr;
    int drc = cli_sip_dest(target, &dest, &utr);
    if (drc == -1) {
        fprintf(stderr, "fsip call: '%s' is not a SIP URI\n", target);
        return 2;
    }
    if (drc < 0) {
        fprintf(stderr,
                "fsip call: '%s': the host must be an IP address in a sip: or sips: URI (no DNS "
                "lookups)\n",
                target);
        return 2;
    }
    if (!tr_given) tr = utr;

    char ip[64], local[96];
    if (cli_local_ip(&dest, ip, sizeof ip) < 0) {
        fprintf(stderr, "fsip call: no route to the target\n");
        return 1;
    }
    c.ip = ip;
    bool v6 = dest.family == FSIP_AF_INET6;
    /* Over TLS we listen on TLS when we have a certificate to serve with;
     * else on TCP for a local address: the peer's requests in the dialog
     * come back on our connection (RFC 3261 §18.2.2 and the call layer's
     * connection reuse). */
    fsip_transport ltr =
        tr == FSIP_TRANSPORT_TLS && !(tls.cert && tls.key) ? FSIP_TRANSPORT_TCP : tr;
    snprintf(local, sizeof local, v6 ? "%s:[%s]:0" : "%s:%s:0", cli_transport_scheme(ltr), ip);

    int sfd;
    fsip_loop *loop;
    fsip_endpoint_config cfg;
    fsip_ua_config ucfg;
    if (agent_init("fsip call", &c.out, &ao, &sfd, &loop, &cfg, &ucfg) < 0) return 1;
    c.loop = loop;
    cli_tls_apply(&tls, &cfg);
    fsip_stack_callbacks scbs = {NULL, NULL, NULL, NULL, NULL};
    fsip_endpoint *ep = NULL;
    fsip_ua *ua = NULL;
    fsip_flow flow;
    memset(&flow, 0, sizeof flow);
    int status = 0;
    if (cli_client_endpoint("fsip call", loop, &cfg, &scbs, local, tr, &dest, &tls, &ep, &flow) < 0)
        status = 1;
    c.ep = ep;
    fsip_ua_callbacks ucbs = {uac_on_call, NULL, &c};
    if (!status && fsip_ua_new(fsip_endpoint_stack(ep), &ucfg, &ucbs, &ua) < 0) {
        fprintf(stderr, "fsip call: cannot create the user agent\n");
        status = 1;
    }
    if (!status && xo.target &&
        !(c.xfer = xfer_cli_new(&xo, &c.out, loop, ep, ua, tr, from, ip, c.hangup_ms,
                                c.reinvite_ms > 0)))
        status = 1;
    if (!status) fsip_loop_watch(loop, sfd, FSIP_LOOP_READ, uac_on_signal, &c);
    long ok = 0, placed = 0;
    for (long i = 0; i < count && !status && !c.signals; i++) {
        int sig0 = c.signals;
        c.call = NULL;
        c.id[0] = '\0';
        c.shown = FSIP_CALL_CALLING;
        c.answered = c.reinvite_sent = c.reinvite_done = c.ended = false;
        c.prack_offer_sent = c.prack_offer_done = false;
        c.byes = 0;
        c.ver = 1;
        if (c.xfer) xfer_cli_next(c.xfer);
        cli_sdp_origin(&c.sess);
        char sdp[1024];
        int n = cli_sdp_offer(sdp, sizeof sdp, ip, c.sess, c.ver, 40000, "sendrecv");
        fsip_call_params p = {.target = target,
                              .from = from,
                              .dest = flow,
                              .content_type = SDP_TYPE,
                              .body = sdp,
                              .body_len = (size_t)n};
        fsip_call *call = NULL;
        uint64_t start = fsip_loop_now(loop);
        unsigned long long t_invite = cli_now_us();
        int rc = fsip_call_invite(ua, &p, &call);
        if (rc < 0) {
            fprintf(stderr, "fsip call: cannot place the call: %s\n", fsip_strerror(rc));
            status = 1;
            break;
        }
        placed++;
        if (!c.ended && !c.call) {
            c.call = call;
            snprintf(c.id, sizeof c.id, "%s", fsip_call_id(call));
        }
        /* Stamped with the time before the INVITE left. */
        if (!c.ended)
            cli_say_at(&c.out, t_invite, "call %s %s %s", c.id,
                       fsip_call_state_name(FSIP_CALL_CALLING), target);
        /* Bounded: the call gets --timeout-ms, then a hangup and 5 s more
         * for its CANCEL or BYE transaction. */
        bool forced = false;
        uint64_t grace = 0;
        while (!c.ended || (c.xfer && xfer_cli_pending(c.xfer))) {
            uint64_t now = fsip_loop_now(loop);
            if (!forced && now - start >= (uint64_t)timeout_ms) {
                cli_say(&c.out, "call %s TIMEOUT after %ld ms: hanging up", c.id, timeout_ms);
                forced = true;
                grace = now + 5000;
                uac_hangup(&c);
                continue;
            }
            if (!forced && c.signals > sig0) { /* hung up by SIGINT/SIGTERM */
                forced = true;
                grace = now + 5000;
            }
            if (forced && now >= grace) {
                cli_say(&c.out, "call %s did not end: giving up", c.id);
                break;
            }
            if (c.signals > sig0 + 1) break; /* a second SIGINT: quit now */
            fsip_loop_run_once(loop, 50);
        }
        bool clean = c.answered && c.ended && !forced && c.signals == sig0 &&
                     (c.why == FSIP_END_LOCAL_BYE || c.why == FSIP_END_REMOTE_BYE) &&
                     (!c.reinvite_sent || c.reinvite_done) &&
                     (!c.prack_offer || c.prack_offer_done) && (!c.xfer || xfer_cli_ok(c.xfer));
        if (clean) ok++;
        if (!c.ended) break;
    }
    if (!status) {
        /* The call layer reports the end of a call when its BYE leaves;
         * stay until our BYEs are answered (as many responses since the
         * first left, rx_at_bye: the loop may have read them before the
         * call loop above returned, say with a transfer's last NOTIFY on
         * one TCP connection) or no transaction is open, LINGER_MS at
         * most, so that the peer's 200 reaches an open socket (and the
         * trace). */
        fsip_stack *stk = fsip_endpoint_stack(ep);
        uint64_t until = fsip_loop_now(loop) + LINGER_MS;
        while (c.byes > 0 && c.ended && fsip_stack_stats(stk)->txn_active > 0 &&
               fsip_stack_stats(stk)->rx_responses - c.rx_at_bye < c.byes &&
               fsip_loop_now(loop) < until)
            fsip_loop_run_once(loop, 50);
        fsip_loop_unwatch(loop, sfd);
        /* A call still open ends here (ENDED shutdown), before the summary. */
        fsip_ua_stats us = *fsip_ua_stats_get(ua);
        fsip_ua_free(ua);
        ua = NULL;
        printf("calls: %ld placed, %ld clean, %llu answered, %llu failed\n", placed, ok,
               (unsigned long long)us.calls_answered, (unsigned long long)us.calls_failed);
        if (us.spec_errors)
            fprintf(stderr, "fsip call: %llu events the call machines declare impossible\n",
                    (unsigned long long)us.spec_errors);
        if (ok != count) status = 1;
    }
    if (ua) fsip_ua_free(ua);
    xfer_cli_free(c.xfer); /* after fsip_ua_free: its last DONE events */
    fsip_endpoint_free(ep);
    fsip_loop_free(loop);
    close(sfd);
    return status;
}
