/* fsip call --transfer-to / --attended, and fsip uas as transferee and
 * transfer target (fsip/transfer.h).
 *
 *   transferor  once the call is answered (and its --reinvite-ms re-INVITE
 *               is over), REFER to --transfer-to (RFC 3515); with
 *               --attended a consultation call to that URI first, then a
 *               REFER whose Refer-To carries Replaces naming it (RFC 3891,
 *               RFC 5589 §7). The transfer's events print as
 *               'xfer CALL-ID EVENT ...'; success hangs the call up
 *               (bye_on_success), failure too, after the DONE line.
 *   transferee  fsip uas accepts a REFER (or --refuse-refer CODE) and the
 *               library places the referred call and reports it in NOTIFYs.
 *   target      an INVITE with Replaces naming a confirmed call of fsip uas
 *               is answered by the library (replaces_auto_answer) and the
 *               replaced call hung up once the new one is ACKed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsip/call.h"
#include "fsip/msg.h"
#include "fsip/transfer.h"

#include "cli.h"

/* How long a consultation call may stay up after the transfer ended before
 * we hang it up ourselves: the target's BYE of the replaced dialog (RFC
 * 3891 §3) normally comes first. */
#define CONSULT_LINGER_MS 3000

/* --------------------------------------------------------- transferor */

typedef enum xfer_phase {
    XP_IDLE,       /* the call is not answered yet */
    XP_WAIT,       /* answered; the start timer is running */
    XP_CONSULTING, /* --attended: the consultation call is out */
    XP_REFERRING,  /* the REFER is out: waiting for DONE */
    XP_DONE
} xfer_phase;

struct xfer_cli {
    xfer_opts o;
    const cli_out *out;
    fsip_loop *loop;
    fsip_endpoint *ep;
    fsip_ua *ua;
    const char *from, *ip;
    fsip_transport tr;
    long hangup_ms;
    bool after_reinvite;
    /* per call */
    fsip_call *main; /* the call we transfer, NULL once it ended */
    char id[160];
    fsip_call *consult; /* --attended, NULL once it ended */
    char cid[160];
    bool consult_answered;
    fsip_xfer *x; /* valid until DONE */
    xfer_phase phase;
    fsip_xfer_result result;
    int64_t t_start, t_consult, t_hangup;
    unsigned long started, ok;
};

int xfer_call_arg(xfer_opts *o, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    if (strcmp(a, "--transfer-to") == 0) {
        if (*i + 1 >= argc) {
            fprintf(stderr, "fsip call: --transfer-to needs a URI\n");
            return -1;
        }
        o->target = argv[++*i];
        return 1;
    }
    if (strcmp(a, "--attended") == 0) {
        o->attended = true;
        return 1;
    }
    if (strcmp(a, "--no-bye-on-success") == 0) {
        o->keep_call = true;
        return 1;
    }
    if (strcmp(a, "--bye-on-success") == 0) {
        o->keep_call = false;
        return 1;
    }
    return 0;
}

void usage_xfer_call(FILE *f)
{
    fprintf(f, "--transfer-to URI: once the call is answered (and its --reinvite-ms\n"
               "re-INVITE is over), send a blind REFER with Refer-To: <URI> (RFC 3515)\n"
               "and print the transfer's events ('xfer CALL-ID ACCEPTED 202', 'xfer\n"
               "CALL-ID PROGRESS 180', 'xfer CALL-ID DONE ok 200'). --attended: first call\n"
               "URI (a consultation call), then REFER with a Refer-To that replaces it\n"
               "(RFC 3891). On success the call is hung up (--no-bye-on-success: --hangup-ms\n"
               "after the outcome instead); on failure at once. The exit status is 0 only\n"
               "when every transfer ended ok.\n");
}

static void cancel_timers(xfer_cli *x)
{
    cli_timer_cancel(x->loop, &x->t_start);
    cli_timer_cancel(x->loop, &x->t_consult);
    cli_timer_cancel(x->loop, &x->t_hangup);
}

static void consult_linger(fsip_loop *loop, void *arg)
{
    xfer_cli *x = arg;
    (void)loop;
    x->t_consult = 0;
    cli_hangup(x->consult, x->cid);
}

static void main_hangup_timer(fsip_loop *loop, void *arg)
{
    xfer_cli *x = arg;
    (void)loop;
    x->t_hangup = 0;
    cli_hangup(x->main, x->id);
}

/* The transfer is over (or never began): the calls it leaves. */
static void finish(xfer_cli *x, fsip_xfer_result r)
{
    if (x->phase == XP_DONE) return;
    x->phase = XP_DONE;
    x->result = r;
    x->x = NULL;
    if (r == FSIP_XFER_OK) x->ok++;
    uint64_t now = fsip_loop_now(x->loop);
    if (x->main && (r != FSIP_XFER_OK || x->o.keep_call)) {
        if (r == FSIP_XFER_OK)
            x->t_hangup =
                fsip_loop_timer_start(x->loop, now + (uint64_t)x->hangup_ms, main_hangup_timer, x);
        else
            cli_hangup(x->main, x->id);
    }
    if (x->consult) {
        if (r == FSIP_XFER_OK)
            x->t_consult =
                fsip_loop_timer_start(x->loop, now + CONSULT_LINGER_MS, consult_linger, x);
        else
            cli_hangup(x->consult, x->cid);
    }
}

static void on_xfer(fsip_xfer *xf, fsip_xfer_event ev, const fsip_msg *msg, void *arg)
{
    xfer_cli *x = arg;
    if (ev == FSIP_XFER_EV_REFERRED) {
        /* The peer transfers us: not what fsip call is for (RFC 3515
         * §2.4.2: declining is always allowed). */
        cli_say(x->out, "xfer %s REFERRED to %s: declined 603", x->id, fsip_xfer_target(xf));
        fsip_xfer_reject(xf, 603, NULL);
        return;
    }
    if (xf != x->x) return; /* a REFER of ours from an earlier call */
    switch (ev) {
    case FSIP_XFER_EV_ACCEPTED:
        cli_say(x->out, "xfer %s ACCEPTED %d", x->id,
                msg && !fsip_msg_is_request(msg) ? fsip_msg_status(msg) : 0);
        break;
    case FSIP_XFER_EV_PROGRESS:
        cli_say(x->out, "xfer %s PROGRESS %d", x->id, fsip_xfer_status(xf));
        break;
    case FSIP_XFER_EV_DONE: {
        fsip_xfer_result r = fsip_xfer_get_result(xf);
        int st = fsip_xfer_status(xf);
        cli_say(x->out, "xfer %s DONE %s %d", x->id, fsip_xfer_result_name(r), st);
        finish(x, r);
        break;
    }
    default: break;
    }
}

static void send_refer(xfer_cli *x)
{
    fsip_transfer_opts to;
    fsip_transfer_opts_init(&to);
    to.bye_on_success = !x->o.keep_call;
    to.referred_by = x->from;
    fsip_xfer *xf = NULL;
    int rc = x->o.attended ? fsip_call_transfer_attended(x->main, x->consult, &to, &xf)
                           : fsip_call_transfer(x->main, x->o.target, &to, &xf);
    if (rc < 0) {
        fprintf(stderr, "fsip call: %s: REFER: %s\n", x->id, fsip_strerror(rc));
        cli_say(x->out, "xfer %s DONE refer-failed 0", x->id);
        finish(x, FSIP_XFER_REFER_FAILED);
        return;
    }
    x->started++;
    x->x = xf;
    x->phase = XP_REFERRING;
    if (x->o.attended)
        cli_say(x->out, "xfer %s REFER sent (attended, replaces %s)", x->id, x->cid);
    else
        cli_say(x->out, "xfer %s REFER sent to %s", x->id, x->o.target);
    /* The outcome may have come inside fsip_call_transfer (a local
     * failure): on_xfer saw a handle we did not know yet. */
    if (xf && fsip_xfer_get_result(xf) != FSIP_XFER_OK && x->phase != XP_DONE &&
        strcmp(fsip_xfer_state(xf), "terminated") == 0)
        finish(x, fsip_xfer_get_result(xf));
}

/* --attended: the consultation call to the target, on the transport the
 * target URI names (default: the main call's). */
static void place_consult(xfer_cli *x)
{
    fsip_netaddr dest;
    fsip_flow flow;
    const char *t = x->o.target;
    fsip_transport tr = x->tr;
    int prc = cli_sip_dest(t, &dest, &tr);
    if (prc == -1) {
        fprintf(stderr, "fsip call: --transfer-to '%s' is not a SIP URI\n", t);
        finish(x, FSIP_XFER_REFER_FAILED);
        return;
    }
    if (prc < 0 || fsip_endpoint_flow_to(x->ep, tr, &dest, &flow) < 0) {
        fprintf(stderr,
                "fsip call: --transfer-to '%s': no flow (IP literal host, same "
                "transport as the call)\n",
                t);
        finish(x, FSIP_XFER_REFER_FAILED);
        return;
    }
    char sdp[1024];
    unsigned long long sess;
    cli_sdp_origin(&sess);
    int n = cli_sdp_offer(sdp, sizeof sdp, x->ip, sess, 1, 40002, "sendrecv");
    fsip_call_params p = {.target = t,
                          .from = x->from,
                          .dest = flow,
                          .content_type = "application/sdp",
                          .body = sdp,
                          .body_len = (size_t)n,
                          .user = x}; /* tells its events, even those inside the invite */
    fsip_call *call = NULL;
    x->phase = XP_CONSULTING;
    x->consult_answered = false;
    int rc = fsip_call_invite(x->ua, &p, &call);
    if (rc < 0 || !call) {
        fprintf(stderr, "fsip call: consultation call: %s\n", fsip_strerror(rc));
        x->consult = NULL;
        finish(x, FSIP_XFER_REFER_FAILED);
        return;
    }
    if (!x->consult && !x->cid[0]) { /* no event inside fsip_call_invite */
        x->consult = call;
        snprintf(x->cid, sizeof x->cid, "%s", fsip_call_id(call));
    }
    if (x->consult) cli_say(x->out, "call %s CALLING %s (consultation)", x->cid, t);
}

static void start_timer(fsip_loop *loop, void *arg)
{
    xfer_cli *x = arg;
    (void)loop;
    x->t_start = 0;
    if (x->phase != XP_WAIT) return;
    if (!x->main) {
        finish(x, FSIP_XFER_DIALOG_GONE);
        return;
    }
    if (x->o.attended && !x->consult_answered)
        place_consult(x);
    else
        send_refer(x);
}

static void arm(xfer_cli *x)
{
    if (x->phase != XP_IDLE && !(x->phase == XP_CONSULTING && x->consult_answered)) return;
    x->phase = XP_WAIT;
    x->t_start = fsip_loop_timer_start(x->loop, fsip_loop_now(x->loop), start_timer, x);
}

xfer_cli *xfer_cli_new(const xfer_opts *o, const cli_out *out, fsip_loop *loop, fsip_endpoint *ep,
                       fsip_ua *ua, fsip_transport tr, const char *from, const char *ip,
                       long hangup_ms, bool after_reinvite)
{
    xfer_cli *x = calloc(1, sizeof *x);
    if (!x) return NULL;
    x->o = *o;
    x->out = out;
    x->loop = loop;
    x->ep = ep;
    x->ua = ua;
    x->tr = tr;
    x->from = from;
    x->ip = ip;
    x->hangup_ms = hangup_ms;
    x->after_reinvite = after_reinvite;
    fsip_ua_set_transfer_handler(ua, on_xfer, x);
    return x;
}

void xfer_cli_next(xfer_cli *x)
{
    cancel_timers(x);
    x->main = x->consult = NULL;
    x->id[0] = x->cid[0] = '\0';
    x->x = NULL;
    x->phase = XP_IDLE;
    x->consult_answered = false;
}

static bool consult_event(xfer_cli *x, fsip_call *call, fsip_call_event ev, const fsip_msg *msg)
{
    if (!x->consult) {
        x->consult = call; /* an event inside fsip_call_invite() */
        snprintf(x->cid, sizeof x->cid, "%s", fsip_call_id(call));
    }
    int st = msg && !fsip_msg_is_request(msg) ? fsip_msg_status(msg) : 0;
    switch (ev) {
    case FSIP_CALL_EV_PROGRESS: cli_say(x->out, "call %s PROGRESS %d", x->cid, st); break;
    case FSIP_CALL_EV_ANSWERED:
        cli_say(x->out, "call %s CONFIRMED %d (consultation)", x->cid, st);
        x->consult_answered = true;
        if (x->phase == XP_CONSULTING) arm(x);
        break;
    case FSIP_CALL_EV_REINVITE: fsip_call_reject(call, 488, NULL); break;
    case FSIP_CALL_EV_REQUEST: cli_accept_request(call); break;
    case FSIP_CALL_EV_ENDED: {
        int es = fsip_call_end_status(call);
        cli_say_ended(x->out, x->cid, call);
        x->consult = NULL;
        cli_timer_cancel(x->loop, &x->t_consult);
        if (x->phase == XP_CONSULTING || (x->phase == XP_WAIT && x->o.attended)) {
            cli_say(x->out, "xfer %s DONE target-failed %d", x->id, es);
            finish(x, FSIP_XFER_TARGET_FAILED);
        }
        break;
    }
    default: break;
    }
    return true;
}

/* The user pointer of calls that reached fsip call uninvited. */
static char foreign;

bool xfer_cli_on_call(xfer_cli *x, fsip_call *main, fsip_call *call, fsip_call_event ev,
                      const fsip_msg *msg)
{
    if (ev == FSIP_CALL_EV_INCOMING) {
        /* fsip call answers nothing: an INVITE to us (say a referred call
         * sent to the wrong place) is declined, RFC 3261 §21.6.2. */
        fsip_call_set_user(call, &foreign);
        cli_say(x->out, "call %s INCOMING: declined 603", fsip_call_id(call));
        fsip_call_reject(call, 603, NULL);
        return true;
    }
    if (fsip_call_user(call) == &foreign) return true;
    if (fsip_call_user(call) == x) return consult_event(x, call, ev, msg); /* place_consult */
    if (!main || call != main) return false;
    if (!x->main && x->phase == XP_IDLE) {
        x->main = main;
        snprintf(x->id, sizeof x->id, "%s", fsip_call_id(main));
    }
    switch (ev) {
    case FSIP_CALL_EV_ANSWERED:
        if (!x->after_reinvite) arm(x);
        break;
    case FSIP_CALL_EV_REINVITE_DONE:
    case FSIP_CALL_EV_REINVITE_FAILED:
        if (x->after_reinvite && x->phase == XP_IDLE) arm(x);
        break;
    case FSIP_CALL_EV_ENDED:
        x->main = NULL;
        cli_timer_cancel(x->loop, &x->t_hangup);
        if (x->phase == XP_IDLE || x->phase == XP_WAIT || x->phase == XP_CONSULTING) {
            /* Never referred: the call ended first. */
            cli_say(x->out, "xfer %s DONE dialog-gone 0", x->id);
            finish(x, FSIP_XFER_DIALOG_GONE);
        }
        break;
    default: break;
    }
    return false;
}

bool xfer_cli_pending(const xfer_cli *x)
{
    return x->consult || x->phase == XP_REFERRING || x->phase == XP_CONSULTING ||
           x->phase == XP_WAIT;
}

bool xfer_cli_ok(const xfer_cli *x)
{
    return x->phase == XP_DONE && x->result == FSIP_XFER_OK;
}

void xfer_cli_free(xfer_cli *x)
{
    if (!x) return;
    printf("transfers: %lu started, %lu ok\n", x->started, x->ok);
    cancel_timers(x);
    free(x);
}

/* ------------------------------------------------ transferee and target */

static struct {
    const cli_out *out;
    bool quiet;
    int refuse;
} uas_x;

int xfer_uas_arg(int argc, char **argv, int *i)
{
    if (strcmp(argv[*i], "--refuse-refer") != 0) return 0;
    if (*i + 1 >= argc) {
        fprintf(stderr, "fsip uas: --refuse-refer needs a status\n");
        return -1;
    }
    char *e = NULL;
    long v = strtol(argv[++*i], &e, 10);
    if (!e || *e || v < 400 || v > 699) {
        fprintf(stderr, "fsip uas: --refuse-refer takes a status 400..699\n");
        return -1;
    }
    uas_x.refuse = (int)v;
    return 1;
}

void usage_xfer_uas(FILE *f)
{
    fprintf(f, "Transfers (RFC 3515): a REFER in a call is accepted (202, NOTIFY 100\n"
               "Trying, a new call to the Refer-To URI, NOTIFYs of its outcome), or\n"
               "declined with --refuse-refer CODE (400..699); each transfer prints 'xfer\n"
               "CALL-ID REFERRED to URI' and 'xfer CALL-ID DONE RESULT STATUS'. An INVITE\n"
               "with Replaces (RFC 3891) naming a confirmed call prints 'replaces CALL-ID'\n"
               "(the replaced call's), is answered at once and the replaced call hung up\n"
               "once the new one is ACKed.\n");
}

/* The transferee's events: the REFER's call may end before DONE (the
 * transferor's BYE), so its Call-ID is kept as the handle's user data. */
static void uas_on_xfer(fsip_xfer *xf, fsip_xfer_event ev, const fsip_msg *msg, void *arg)
{
    (void)msg;
    (void)arg;
    char *id = fsip_xfer_user(xf);
    if (!id) {
        fsip_call *c = fsip_xfer_call(xf);
        id = strdup(c ? fsip_call_id(c) : "?");
        fsip_xfer_set_user(xf, id);
    }
    const char *shown = id ? id : "?";
    switch (ev) {
    case FSIP_XFER_EV_REFERRED:
        if (!uas_x.quiet)
            cli_say(uas_x.out, "xfer %s REFERRED to %s%s", shown, fsip_xfer_target(xf),
                    uas_x.refuse ? ": refused" : "");
        if (uas_x.refuse) fsip_xfer_reject(xf, uas_x.refuse, NULL);
        break;
    case FSIP_XFER_EV_DONE:
        if (!uas_x.quiet)
            cli_say(uas_x.out, "xfer %s DONE %s %d", shown,
                    fsip_xfer_result_name(fsip_xfer_get_result(xf)), fsip_xfer_status(xf));
        fsip_xfer_set_user(xf, NULL);
        free(id);
        break;
    default:
        if (!uas_x.quiet)
            cli_say(uas_x.out, "xfer %s %s %d", shown, fsip_xfer_event_name(ev),
                    fsip_xfer_status(xf));
        break;
    }
}

void xfer_uas_install(fsip_ua *ua, const cli_out *out, bool quiet)
{
    uas_x.out = out;
    uas_x.quiet = quiet;
    fsip_ua_set_transfer_handler(ua, uas_on_xfer, NULL);
}

bool xfer_uas_replaces(const cli_out *out, bool quiet, fsip_call *call)
{
    fsip_call *old = fsip_call_replaced(call);
    if (!old) return false;
    if (!quiet) cli_say(out, "replaces %s", fsip_call_id(old));
    /* RFC 3891 §3: a confirmed call is taken over at once, answered by the
     * library (fsip_ua_config.replaces_auto_answer); anything else is
     * answered as any call. */
    return fsip_call_get_state(old) == FSIP_CALL_CONFIRMED;
}
