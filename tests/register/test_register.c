/* The registration client (include/fsip/register.h, fsm/register.fsm)
 * driven with raw SIP text on a virtual clock (tests/call/calltest.h): the
 * UA on A (192.0.2.1:5060), the registrar played on B (192.0.2.2:5070).
 * Every row of fsm/register.fsm that moves the machine is run by some test
 * here (test_rows_covered, last). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call_internal.h"
#include "calltest.h"
#include "fsip/register.h"
#include "fsm_register.h"

#define REGISTRAR "sip:192.0.2.2:5070"
#define AOR       "sip:alice@example.com"

/* ------------------------------------------------------------ harness */

static char lg[4096]; /* the state changes the application saw */
static bool hit[FSM_REGISTER_N_ROWS];
static bool filtered; /* CT_FILTER runs a subset: no coverage check */

typedef struct app {
    fsip_reg_state free_on;  /* fsip_reg_free() inside this state's callback */
    fsip_reg_state unreg_on; /* fsip_reg_unregister() inside it */
    bool freed;
} app;

static app the_app;
static char cid[64]; /* the Call-ID of the registration made last */

static void on_state(fsip_reg *r, fsip_reg_state st, const fsip_msg *resp, void *arg)
{
    app *a = arg;
    size_t n = strlen(lg);
    int w = snprintf(lg + n, sizeof lg - n, "%s", fsip_reg_state_name(st));
    if (st == FSIP_REG_REGISTERED)
        w += snprintf(lg + n + w, sizeof lg - n - w, " %u", (unsigned)fsip_reg_expires(r));
    if (st == FSIP_REG_RETRYING || st == FSIP_REG_FAILED)
        w += snprintf(lg + n + w, sizeof lg - n - w, " %d", fsip_reg_status(r));
    snprintf(lg + n + w, sizeof lg - n - w, "%s\n", resp ? "" : " -");
    assert_int_equal(fsip_reg_get_state(r), st);
    if (a->unreg_on == st && st != FSIP_REG_IDLE) {
        a->unreg_on = FSIP_REG_IDLE;
        assert_int_equal(fsip_reg_unregister(r), 0);
    }
    if (a->free_on == st && st != FSIP_REG_IDLE) {
        a->freed = true;
        fsip_reg_free(r);
    }
}

static void row_hook(const char *machine, int row, void *arg)
{
    (void)arg;
    if (strcmp(machine, "register") == 0 && row >= 0 && row < FSM_REGISTER_N_ROWS) hit[row] = true;
}

#define log_is(exp)                                                                                \
    do {                                                                                           \
        assert_string_equal(lg, (exp));                                                            \
        lg[0] = 0;                                                                                 \
    } while (0)

static void setup(ct_node *n, const fsip_ua_config *cfg)
{
    ct_node_init(n, "alice", false, cfg, NULL, 1);
    fsip__ua_set_row_hook(n->ua, row_hook, NULL);
    ct_run(n, 1000);
    lg[0] = 0;
    memset(&the_app, 0, sizeof the_app);
}

static fsip_reg *mk(ct_node *n, uint32_t expires, const char *const *contacts, uint32_t nc,
                    int32_t max_retries)
{
    fsip_reg_params p;
    fsip_reg_params_init(&p);
    p.registrar = REGISTRAR;
    p.aor = AOR;
    p.expires_s = expires;
    p.contacts = contacts;
    p.n_contacts = nc;
    p.dest = ct_flow_out(n);
    p.max_retries = max_retries;
    p.on_state = on_state;
    p.arg = &the_app;
    fsip_reg *r = NULL;
    assert_int_equal(fsip_reg_new(n->ua, &p, &r), 0);
    assert_non_null(r);
    snprintf(cid, sizeof cid, "%s", fsip_reg_call_id(r));
    return r;
}

/* The next REGISTER: the Call-ID of the registration made last (cid: it
 * may be freed already), CSeq `cseq`, Expires `expires`. Returns its
 * index. */
static int next_register(ct_node *n, uint32_t cseq, const char *expires)
{
    int i = ct_next(n, "REGISTER " REGISTRAR " SIP/2.0");
    const fsip_msg *m = ct_msg(n, i);
    assert_string_equal(ct_call_id(m), cid);
    assert_int_equal(ct_cseq(m), cseq);
    assert_string_equal(ct_cseq_method(m), "REGISTER");
    assert_string_equal(ct_h(m, "Expires"), expires);
    assert_string_equal(ct_h(m, "To"), "<" AOR ">");
    assert_string_equal(ct_to_tag(m), "");
    assert_true(strlen(ct_from_tag(m)) >= 8);
    assert_string_equal(ct_h(m, "Max-Forwards"), "70");
    return i;
}

/* A registration asking 60 s for the UA's contact, started: the index
 * of its first REGISTER into *i. */
static fsip_reg *started(ct_node *n, int32_t max_retries, int *i)
{
    fsip_reg *r = mk(n, 60, NULL, 0, max_retries);
    assert_int_equal(fsip_reg_start(r), 0);
    *i = next_register(n, 1, "60");
    return r;
}

/* Runs the registration to REGISTERED (60 s granted) at 1100. */
static fsip_reg *registered(ct_node *n)
{
    int i;
    fsip_reg *r = started(n, -1, &i);
    ct_reply(n, i, 1100, 200, "reg1", "Expires: 60\n", NULL);
    log_is("registering -\nregistered 60\n");
    return r;
}

/* Retransmissions of messages already consumed (byte for byte, RFC 3261
 * §17.1.2.2: an abandoned REGISTER or a best-effort unregister keeps its
 * transaction) are skipped. */
static void skip_retransmissions(ct_node *n)
{
    while (n->cursor < n->nsent) {
        bool seen = false;
        for (int j = 0; j < n->cursor && !seen; j++)
            seen = strcmp(n->sent[n->cursor].data, n->sent[j].data) == 0;
        if (!seen) return;
        n->cursor++;
    }
}

/* Runs to t: nothing but retransmissions was sent. */
static void quiet_until(ct_node *n, uint64_t t)
{
    ct_run(n, t);
    skip_retransmissions(n);
    ct_none(n);
}

static void done(ct_node *n, uint64_t until)
{
    assert_int_equal(fsip_ua_stats_get(n->ua)->spec_errors, 0);
    ct_run(n, until);
    skip_retransmissions(n);
    ct_node_done(n, until);
}

/* ------------------------------------------------------------ tests */

/* RFC 3261 §10.2, §10.2.4, §10.2.2: register, refresh at half the granted
 * interval with the same Call-ID and From tag and CSeq + 1, a Contact
 * expires param over the Expires header, unregister with Expires: 0. */
static void test_register_refresh_unregister(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    fsip_reg *r = mk(&n, 60, NULL, 0, -1);
    assert_int_equal(fsip_reg_get_state(r), FSIP_REG_IDLE);
    assert_string_equal(fsip_reg_machine_state(r), "idle");
    ct_none(&n);                                 /* nothing before fsip_reg_start() */
    assert_int_equal(fsip_reg_unregister(r), 0); /* nothing to remove */
    ct_none(&n);
    log_is("");
    assert_int_equal(fsip_reg_start(r), 0);
    log_is("registering -\n");
    int i = next_register(&n, 1, "60");
    const fsip_msg *m = ct_msg(&n, i);
    char tag[64];
    snprintf(tag, sizeof tag, "%s", ct_from_tag(m));
    assert_string_equal(ct_h(m, "Contact"), CT_CONTACT_A); /* the UA's contact */
    assert_int_equal(ct_hcount(m, "Contact"), 1);
    assert_int_equal(fsip_reg_start(r), 0); /* under way: ignored */
    ct_none(&n);
    ct_reply(&n, i, 1100, 200, "reg1", "Expires: 60\n", NULL);
    log_is("registered 60\n");
    assert_int_equal(fsip_reg_expires(r), 60);
    assert_int_equal(fsip_reg_status(r), 200);
    assert_int_equal(fsip_reg_start(r), 0); /* bound: ignored */
    log_is("");

    ct_quiet_until(&n, 1100 + 30000); /* half of 60 s */
    i = next_register(&n, 2, "60");
    assert_string_equal(ct_from_tag(ct_msg(&n, i)), tag);
    assert_int_equal(n.sent[i].at, 31100);
    log_is("refreshing -\n");
    assert_int_equal(fsip_reg_get_state(r), FSIP_REG_REFRESHING);
    assert_int_equal(fsip_reg_start(r), 0); /* under way: ignored */
    ct_none(&n);
    /* Our Contact's expires param wins over Expires (RFC 3261 §10.2.4);
     * another UA's binding does not count. */
    ct_reply(&n, i, 31200, 200, "reg1",
             "Contact: <sip:alice@198.51.100.9:5060>;expires=7\n"
             "Contact: <sip:alice@192.0.2.1:5060>;expires=40\nExpires: 60\n",
             NULL);
    log_is("registered 40\n");
    ct_quiet_until(&n, 31200 + 20000);
    i = next_register(&n, 3, "60");
    ct_reply(&n, i, 51300, 200, "reg1", "Expires: 60\n", NULL);
    log_is("refreshing -\nregistered 60\n");

    assert_int_equal(fsip_reg_unregister(r), 0);
    i = next_register(&n, 4, "0");
    assert_string_equal(ct_h(ct_msg(&n, i), "Contact"), CT_CONTACT_A);
    log_is("unregistering -\n");
    assert_int_equal(fsip_reg_unregister(r), 0); /* under way: ignored */
    ct_reply(&n, i, 51400, 200, "reg1", NULL, NULL);
    log_is("unregistered\n");
    assert_int_equal(fsip_reg_get_state(r), FSIP_REG_UNREGISTERED);
    ct_quiet_until(&n, 200000); /* no refresh after that */
    assert_int_equal(fsip_reg_unregister(r), 0);
    ct_none(&n);
    log_is("");
    fsip_reg_free(r);
    ct_none(&n); /* nothing bound: nothing sent */
    done(&n, 300000);
}

/* RFC 3261 §10.2.8: 423 with Min-Expires: the REGISTER again with it. */
static void test_423_min_expires(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    int i;
    fsip_reg *r = started(&n, -1, &i);
    ct_reply(&n, i, 1100, 423, "reg1", "Min-Expires: 300\n", NULL);
    i = next_register(&n, 2, "300");
    ct_reply(&n, i, 1200, 200, "reg1", NULL, NULL); /* no Expires: what we asked */
    log_is("registering -\nregistered 300\n");
    ct_quiet_until(&n, 1200 + 150000);
    i = next_register(&n, 3, "300");
    /* A refresh can meet 423 too (the registrar's minimum grew). */
    ct_reply(&n, i, 151300, 423, "reg1", "Min-Expires: 600\n", NULL);
    i = next_register(&n, 4, "600");
    ct_reply(&n, i, 151400, 200, "reg1", "Expires: 600\n", NULL);
    log_is("refreshing -\nregistered 600\n");
    /* A 423 that asks for no more than we did cannot be met: failed. */
    ct_quiet_until(&n, 151400 + 300000);
    i = next_register(&n, 5, "600");
    ct_reply(&n, i, 451500, 423, "reg1", "Min-Expires: 600\n", NULL);
    log_is("refreshing -\nfailed 423\n");
    fsip_reg_free(r);
    ct_none(&n);
    done(&n, 500000);
}

static void test_423_without_min_expires(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    int i;
    fsip_reg *r = started(&n, -1, &i);
    ct_reply(&n, i, 1100, 423, "reg1", NULL, NULL);
    log_is("registering -\nfailed 423\n");
    ct_none(&n);
    /* The application may try again: the same Call-ID, the next CSeq. */
    assert_int_equal(fsip_reg_start(r), 0);
    i = next_register(&n, 2, "60");
    ct_reply(&n, i, 1200, 200, "reg1", "Expires: 60\n", NULL);
    log_is("registering -\nregistered 60\n");
    fsip_reg_free(r);
    ct_next(&n, "REGISTER "); /* the best-effort unregister */
    done(&n, 100000);
}

/* 403: no retry (RFC 3261 §10.2.8 names no recovery); failed. */
static void test_403_failed(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    int i;
    fsip_reg *r = started(&n, -1, &i);
    ct_reply(&n, i, 1100, 403, "reg1", NULL, NULL);
    log_is("registering -\nfailed 403\n");
    assert_int_equal(fsip_reg_get_state(r), FSIP_REG_FAILED);
    assert_int_equal(fsip_reg_status(r), 403);
    ct_quiet_until(&n, 4000000); /* never retried */
    /* Unregistering after a failure removes what may be left. */
    assert_int_equal(fsip_reg_unregister(r), 0);
    i = next_register(&n, 2, "0");
    ct_reply(&n, i, 4000100, 404, "reg1", NULL, NULL);
    log_is("unregistering -\nfailed 404\n");
    fsip_reg_free(r);
    done(&n, 4100000);
}

/* Without credentials a challenge is a failure like any other. */
static void test_401_without_credentials(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    int i;
    fsip_reg *r = started(&n, -1, &i);
    ct_reply(&n, i, 1100, 401, "reg1",
             "WWW-Authenticate: Digest realm=\"example.com\", nonce=\"abc\", qop=\"auth\"\n", NULL);
    log_is("registering -\nfailed 401\n");
    fsip_reg_free(r);
    ct_none(&n);
    done(&n, 100000);
}

/* RFC 3261 §8.1.3.1: a timeout is a 408; RFC 5626 §4.5: retried after
 * 50-100% of min(max, base * 2^failures); a success resets the count. */
static void test_timeout_retry(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    fsip_reg *r = mk(&n, 60, NULL, 0, -1);
    fsip_reg_start(r);
    next_register(&n, 1, "60");
    log_is("registering -\n");
    /* Timer E retransmissions until Timer F (64*T1). */
    ct_run(&n, 1000 + 32000 - 1);
    assert_true(ct_skip(&n, "REGISTER ") >= 5);
    log_is("");
    ct_run(&n, 1000 + 32000);
    log_is("retrying 408 -\n");
    assert_int_equal(fsip_reg_get_state(r), FSIP_REG_RETRYING);
    assert_string_equal(fsip_reg_machine_state(r), "retry_wait");
    assert_int_equal(fsip_reg_status(r), 408);
    uint64_t t0 = 33000;
    ct_quiet_until(&n, t0 + 30000); /* at least 50% of 60 s */
    assert_true(ct_run_until_send(&n, t0 + 60000));
    int i = next_register(&n, 2, "60");
    log_is("registering -\n");
    ct_reply(&n, i, n.sent[i].at + 10, 200, "reg1", "Expires: 60\n", NULL);
    log_is("registered 60\n");
    fsip_reg_free(r);
    next_register(&n, 3, "0");
    done(&n, t0 + 200000);
}

/* Retry-After (RFC 3261 §20.33, §21.5.4) sets the wait; max_retries ends
 * the attempts: failed. */
static void test_503_retry_after_and_budget(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    int i;
    fsip_reg *r = started(&n, 1, &i);
    ct_reply(&n, i, 1100, 503, "reg1", "Retry-After: 5\n", NULL);
    log_is("registering -\nretrying 503\n");
    ct_quiet_until(&n, 6100);
    i = next_register(&n, 2, "60");
    log_is("registering -\n");
    ct_reply(&n, i, 6200, 500, "reg1", NULL, NULL);
    log_is("failed 500\n");
    ct_quiet_until(&n, 4000000);
    fsip_reg_free(r);
    ct_none(&n);
    done(&n, 4100000);
}

/* Two bindings (RFC 3261 §10.2.1: several Contacts in one REGISTER); the
 * smallest expires of ours is the one to refresh by. */
static void test_two_contacts(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    const char *const contacts[] = {"sip:alice@192.0.2.1:5060",
                                    "<sip:alice@198.51.100.7:5062;transport=tcp>;q=0.5"};
    fsip_reg *r = mk(&n, 120, contacts, 2, -1);
    fsip_reg_start(r);
    int i = next_register(&n, 1, "120");
    const fsip_msg *m = ct_msg(&n, i);
    assert_int_equal(ct_hcount(m, "Contact"), 2);
    assert_string_equal(ct_h_at(m, "Contact", 0), "<sip:alice@192.0.2.1:5060>");
    assert_string_equal(ct_h_at(m, "Contact", 1),
                        "<sip:alice@198.51.100.7:5062;transport=tcp>;q=0.5");
    ct_reply(&n, i, 1100, 200, "reg1",
             "Contact: <sip:alice@198.51.100.7:5062;transport=TCP>;expires=90;q=0.5\n"
             "Contact: <sip:ALICE@192.0.2.1:5060>;expires=3\n"
             "Contact: <sip:alice@192.0.2.1:5060>;expires=120\nExpires: 120\n",
             NULL);
    /* sip:ALICE@ is another user (user parts compare case-sensitively,
     * RFC 3261 §19.1.4): 90 is ours. */
    log_is("registering -\nregistered 90\n");
    ct_quiet_until(&n, 1100 + 45000);
    i = next_register(&n, 2, "120");
    assert_int_equal(ct_hcount(ct_msg(&n, i), "Contact"), 2);
    /* Unregistering while the refresh is out: the refresh is abandoned. */
    assert_int_equal(fsip_reg_unregister(r), 0);
    int u = next_register(&n, 3, "0");
    assert_int_equal(ct_hcount(ct_msg(&n, u), "Contact"), 2);
    ct_reply(&n, i, 46200, 200, "reg1", "Expires: 120\n", NULL); /* the refresh's: ignored */
    log_is("refreshing -\nunregistering -\n");
    ct_reply(&n, u, 46300, 200, "reg1", NULL, NULL);
    log_is("unregistered\n");
    fsip_reg_free(r);
    done(&n, 200000);
}

/* The default binding without a UA contact: the AOR's user at the local
 * address of the flow (RFC 3261 §10.2.1). */
static void test_default_contact(void **state)
{
    (void)state;
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    cfg.contact = NULL;
    ct_node n;
    setup(&n, &cfg);
    fsip_reg *r = mk(&n, 0, NULL, 0, -1); /* 0: 3600 */
    fsip_reg_start(r);
    int i = next_register(&n, 1, "3600");
    assert_string_equal(ct_h(ct_msg(&n, i), "Contact"), "<sip:alice@192.0.2.1:5060>");
    ct_reply(&n, i, 1100, 200, "reg1", "Contact: <sip:alice@192.0.2.1:5060>;expires=3600\n", NULL);
    log_is("registering -\nregistered 3600\n");
    fsip_reg_free(r);
    next_register(&n, 2, "0");
    done(&n, 100000);
}

/* A 2xx that grants nothing (expires=0 for our binding) is not a
 * registration. */
static void test_2xx_granting_nothing(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    int i;
    fsip_reg *r = started(&n, -1, &i);
    ct_reply(&n, i, 1100, 200, "reg1", "Contact: <sip:alice@192.0.2.1:5060>;expires=0\n", NULL);
    log_is("registering -\nfailed 200\n");
    fsip_reg_free(r);
    done(&n, 100000);
}

/* fsip_reg_free() of a bound registration sends its unregister (RFC 3261
 * §10.2.2) and does not wait; no callback runs. */
static void test_free_unregisters(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    fsip_reg *r = registered(&n);
    char call_id[64];
    snprintf(call_id, sizeof call_id, "%s", fsip_reg_call_id(r));
    fsip_reg_free(r);
    int i = ct_next(&n, "REGISTER " REGISTRAR);
    const fsip_msg *m = ct_msg(&n, i);
    assert_string_equal(ct_call_id(m), call_id);
    assert_int_equal(ct_cseq(m), 2);
    assert_string_equal(ct_h(m, "Expires"), "0");
    ct_reply(&n, i, 1200, 200, "reg1", NULL, NULL); /* nobody listens */
    log_is("");
    ct_quiet_until(&n, 100000);
    done(&n, 200000);
}

/* fsip_ua_free() frees the registrations, each bound one unregistering. */
static void test_ua_shutdown_unregisters(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    (void)registered(&n);
    fsip_reg *r2 = mk(&n, 60, NULL, 0, -1); /* never started: nothing to remove */
    (void)r2;
    fsip_ua_free(n.ua);
    n.ua = NULL;
    int i = ct_next(&n, "REGISTER " REGISTRAR);
    assert_string_equal(ct_h(ct_msg(&n, i), "Expires"), "0");
    assert_int_equal(ct_cseq(ct_msg(&n, i)), 2);
    ct_none(&n);
    log_is("");
    ct_node_free(&n);
}

/* A REGISTER that cannot leave (the send fails: a transport error, a 503
 * per RFC 3261 §8.1.3.1) is retried like a timeout. */
static void test_transport_error(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    fsip_reg *r = mk(&n, 60, NULL, 0, -1);
    n.fail_sends = 1;
    fsip_reg_start(r);
    log_is("registering -\nretrying 503 -\n");
    assert_true(ct_run_until_send(&n, 1000 + 60000));
    assert_true(n.sent[n.cursor].at >= 1000 + 30000);
    int i = next_register(&n, 2, "60");
    log_is("registering -\n");
    ct_reply(&n, i, n.sent[i].at + 5, 200, "reg1", "Expires: 60\n", NULL);
    log_is("registered 60\n");
    fsip_reg_free(r);
    next_register(&n, 3, "0");
    done(&n, 200000);
}

/* A refresh that times out is retried (base and cap 1 s); from the retry
 * wait the application unregisters, registers again from unregistering,
 * and frees while registering (the unregister goes). */
static void test_refresh_timeout_retried(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    fsip_reg_params p;
    fsip_reg *r = NULL;
    fsip_reg_params_init(&p);
    p.registrar = REGISTRAR;
    p.aor = AOR;
    p.expires_s = 60;
    p.dest = ct_flow_out(&n);
    p.on_state = on_state;
    p.arg = &the_app;
    p.retry_base_s = 1;
    p.retry_max_s = 1;
    assert_int_equal(fsip_reg_new(n.ua, &p, &r), 0);
    snprintf(cid, sizeof cid, "%s", fsip_reg_call_id(r));
    fsip_reg_start(r);
    int i = next_register(&n, 1, "60");
    ct_reply(&n, i, 1100, 200, "reg1", NULL, NULL);
    log_is("registering -\nregistered 60\n");
    ct_quiet_until(&n, 31100);
    next_register(&n, 2, "60");
    /* The refresh times out: retried (base 1 s, cap 1 s: 0.5-1 s). */
    ct_run(&n, 31100 + 32000);
    ct_skip(&n, "REGISTER ");
    log_is("refreshing -\nretrying 408 -\n");
    assert_true(ct_run_until_send(&n, 63100 + 1000));
    i = next_register(&n, 3, "60");
    log_is("registering -\n");
    /* Unregister from the retry wait: the binding may still be there. */
    ct_reply(&n, i, n.sent[i].at + 1, 503, "reg1", NULL, NULL);
    log_is("retrying 503\n");
    assert_int_equal(fsip_reg_unregister(r), 0);
    i = next_register(&n, 4, "0");
    log_is("unregistering -\n");
    /* From unregistering the application may register again. */
    assert_int_equal(fsip_reg_start(r), 0);
    i = next_register(&n, 5, "60");
    log_is("registering -\n");
    fsip_reg_free(r); /* closing while registering: the unregister goes */
    next_register(&n, 6, "0");
    done(&n, 200000);
}

/* The budget: max_retries 1 on a refresh that fails twice. */
static void test_refresh_budget(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    int i;
    fsip_reg *r = started(&n, 1, &i);
    ct_reply(&n, i, 1100, 200, "reg1", NULL, NULL);
    ct_quiet_until(&n, 31100);
    i = next_register(&n, 2, "60");
    ct_reply(&n, i, 31200, 480, "reg1", "Retry-After: 2\n", NULL);
    log_is("registering -\nregistered 60\nrefreshing -\nretrying 480\n");
    /* The application does not wait: fsip_reg_start() retries now. */
    assert_int_equal(fsip_reg_start(r), 0);
    i = next_register(&n, 3, "60");
    log_is("registering -\n");
    ct_reply(&n, i, 31300, 504, "reg1", NULL, NULL);
    log_is("failed 504\n");
    ct_quiet_until(&n, 400000);
    fsip_reg_free(r);
    done(&n, 500000);
}

/* Refresh failures: a definitive one ends in failed; the application
 * unregisters or frees while refreshing; closing in the retry wait. */
static void test_refresh_outcomes(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    fsip_reg *r = registered(&n);
    ct_quiet_until(&n, 31100);
    int i = next_register(&n, 2, "60");
    ct_reply(&n, i, 31200, 404, "reg1", NULL, NULL);
    log_is("refreshing -\nfailed 404\n");
    /* failed -> registering again, then unregister while refreshing. */
    fsip_reg_start(r);
    i = next_register(&n, 3, "60");
    ct_reply(&n, i, 31300, 200, "reg1", "Expires: 10\n", NULL);
    log_is("registering -\nregistered 10\n");
    ct_quiet_until(&n, 36300);
    i = next_register(&n, 4, "60");
    fsip_reg_unregister(r);
    i = next_register(&n, 5, "0");
    /* The unregister times out: no retry, failed 408. */
    ct_run(&n, 36300 + 32000);
    ct_skip(&n, "REGISTER ");
    log_is("refreshing -\nunregistering -\nfailed 408 -\n");
    /* Register again; refresh; free while refreshing. */
    fsip_reg_start(r);
    i = next_register(&n, 6, "60");
    ct_reply(&n, i, 68400, 200, "reg1", "Expires: 2\n", NULL);
    ct_quiet_until(&n, 69400);
    next_register(&n, 7, "60");
    log_is("registering -\nregistered 2\nrefreshing -\n");
    fsip_reg_free(r);
    next_register(&n, 8, "0");
    done(&n, 200000);
}

/* No retries allowed (max_retries 0): a refresh that fails transiently
 * ends in failed; a 423 to the unregister fails it (RFC 3261 §10.2.8 is
 * about intervals we ask for, and 0 is not one); freeing while the
 * unregister is out sends nothing more. */
static void test_no_retry_and_unregister_outcomes(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    int i;
    fsip_reg *r = started(&n, 0, &i);
    ct_reply(&n, i, 1100, 200, "reg1", NULL, NULL);
    ct_quiet_until(&n, 31100);
    i = next_register(&n, 2, "60");
    ct_reply(&n, i, 31200, 503, "reg1", NULL, NULL);
    log_is("registering -\nregistered 60\nrefreshing -\nfailed 503\n");
    fsip_reg_unregister(r);
    i = next_register(&n, 3, "0");
    ct_reply(&n, i, 31300, 423, "reg1", "Min-Expires: 60\n", NULL);
    log_is("unregistering -\nfailed 423\n");
    fsip_reg_unregister(r);
    i = next_register(&n, 4, "0");
    log_is("unregistering -\n");
    fsip_reg_free(r); /* the unregister is out already */
    quiet_until(&n, 100000);
    log_is("");
    done(&n, 200000);
}

/* Closing in the retry wait sends the unregister; an unregister in the
 * retry wait goes at once. */
static void test_retry_wait_exits(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    int i;
    fsip_reg *r = started(&n, -1, &i);
    ct_reply(&n, i, 1100, 503, "reg1", "Retry-After: 100\n", NULL);
    log_is("registering -\nretrying 503\n");
    fsip_reg_free(r);
    next_register(&n, 2, "0");
    quiet_until(&n, 300000); /* the retry timer went with it */

    r = started(&n, -1, &i);
    ct_reply(&n, i, 300100, 503, "reg1", "Retry-After: 100\n", NULL);
    fsip_reg_unregister(r);
    i = next_register(&n, 2, "0");
    ct_reply(&n, i, 300200, 200, "reg1", NULL, NULL);
    log_is("registering -\nretrying 503\nunregistering -\nunregistered\n");
    ct_quiet_until(&n, 500000); /* no retry after that */
    fsip_reg_free(r);
    done(&n, 600000);
}

/* The callback may call the API: free inside REGISTERED, unregister
 * inside REGISTERING (which abandons the first REGISTER). */
static void test_api_from_callback(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    fsip_reg *r = mk(&n, 60, NULL, 0, -1);
    the_app.unreg_on = FSIP_REG_REGISTERING;
    fsip_reg_start(r);
    int i = next_register(&n, 1, "60");
    int u = next_register(&n, 2, "0");
    log_is("registering -\nunregistering -\n");
    ct_reply(&n, i, 1100, 200, "reg1", "Expires: 60\n", NULL); /* abandoned: nothing */
    log_is("");
    /* An unregistered registration may start again; freed from its
     * REGISTERED callback, it sends its unregister. */
    ct_reply(&n, u, 1200, 200, "reg1", NULL, NULL);
    log_is("unregistered\n");
    the_app.free_on = FSIP_REG_REGISTERED;
    fsip_reg_start(r);
    i = next_register(&n, 3, "60");
    ct_reply(&n, i, 1300, 200, "reg1", "Expires: 60\n", NULL);
    log_is("registering -\nregistered 60\n");
    assert_true(the_app.freed);
    i = ct_next(&n, "REGISTER ");
    assert_string_equal(ct_h(ct_msg(&n, i), "Expires"), "0");
    assert_int_equal(ct_cseq(ct_msg(&n, i)), 4);
    done(&n, 200000);
}

/* Bad parameters. */
static void test_bad_params(void **state)
{
    (void)state;
    ct_node n;
    setup(&n, NULL);
    fsip_reg_params p;
    fsip_reg_params_init(&p);
    fsip_reg *r = NULL;
    assert_int_equal(fsip_reg_new(n.ua, &p, &r), FSIP_EINVAL);
    p.registrar = "not a uri";
    p.aor = AOR;
    assert_int_equal(fsip_reg_new(n.ua, &p, &r), FSIP_EINVAL);
    p.registrar = REGISTRAR;
    p.aor = "<bad";
    assert_int_equal(fsip_reg_new(n.ua, &p, &r), FSIP_EINVAL);
    p.aor = AOR;
    const char *const bad[] = {"*"};
    p.contacts = bad;
    p.n_contacts = 1;
    assert_int_equal(fsip_reg_new(n.ua, &p, &r), FSIP_EINVAL);
    p.n_contacts = 0;
    p.headers = "NoColon\r\n";
    assert_int_equal(fsip_reg_new(n.ua, &p, &r), FSIP_EINVAL);
    p.headers = "X-Site: lab\r\n";
    p.dest = ct_flow_out(&n);
    assert_int_equal(fsip_reg_new(n.ua, &p, &r), 0);
    assert_non_null(r);
    assert_ptr_equal(fsip_reg_ua(r), n.ua);
    assert_int_equal(fsip_reg_start(r), 0);
    int i = ct_next(&n, "REGISTER ");
    assert_string_equal(ct_h(ct_msg(&n, i), "X-Site"), "lab");
    fsip_reg_free(r);
    ct_next(&n, "REGISTER ");
    assert_int_equal(fsip_reg_start(NULL), FSIP_EINVAL);
    fsip_reg_free(NULL);
    assert_string_equal(fsip_reg_state_name(FSIP_REG_RETRYING), "retrying");
    assert_string_equal(fsip_reg_state_name((fsip_reg_state)99), "?");
    done(&n, 100000);
}

/* ------------------------------------------------------- digest auth */

static int password_of(const char *user, const char *realm, char *password, size_t cap, void *arg)
{
    (void)realm;
    (void)arg;
    if (strcmp(user, "alice") != 0) return FSIP_ENOTFOUND;
    snprintf(password, cap, "secret");
    return 0;
}

static fsip_auth_server *auth_server(void)
{
    fsip_auth_server_config c;
    fsip_auth_server_config_init(&c);
    c.realm = "example.com";
    c.password = password_of;
    c.alloc = test_alloc;
    fsip_auth_server *s = NULL;
    assert_int_equal(fsip_auth_server_new(&c, &s), 0);
    return s;
}

/* The registrar challenges sent[i] (401, a fresh nonce; stale=true when
 * asked, RFC 7616 §3.3). */
static void challenge(ct_node *n, fsip_auth_server *s, int i, uint64_t now, bool stale)
{
    fsip_msg *c = fsip_auth_server_challenge(s, ct_msg(n, i), stale, now);
    assert_non_null(c);
    char buf[4096];
    size_t len = fsip_msg_print(c, buf, sizeof buf);
    assert_true(len < sizeof buf);
    fsip_msg_free(c);
    fsip_flow in = ct_flow_in(n);
    assert_int_equal(fsip_stack_recv(n->s, &in, buf, len, now), 0);
}

/* The REGISTER sent[i] carries credentials the registrar accepts. */
static void authorized(ct_node *n, fsip_auth_server *s, int i, uint64_t now)
{
    char user[64] = "";
    assert_non_null(ct_h(ct_msg(n, i), "Authorization"));
    assert_int_equal(fsip_auth_server_check(s, ct_msg(n, i), now, user, sizeof user), FSIP_AUTH_OK);
    assert_string_equal(user, "alice");
}

static void auth_node(ct_node *n, const char *password)
{
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    cfg.auth.username = "alice";
    cfg.auth.password = password;
    setup(n, &cfg);
}

/* RFC 3261 §22.2: 401 -> the REGISTER again with CSeq + 1 and
 * Authorization (checked by the server helper); the refresh and the
 * unregister carry the credentials again (nc + 1), and a stale challenge
 * to either is answered too. */
static void test_401_digest(void **state)
{
    (void)state;
    fsip_auth_server *s = auth_server();
    ct_node n;
    auth_node(&n, "secret");
    int i;
    fsip_reg *r = started(&n, -1, &i);
    assert_null(ct_h(ct_msg(&n, i), "Authorization"));
    challenge(&n, s, i, 1100, false);
    i = next_register(&n, 2, "60");
    authorized(&n, s, i, 1150);
    ct_reply(&n, i, 1200, 200, "reg1", "Expires: 60\n", NULL);
    log_is("registering -\nregistered 60\n");
    ct_quiet_until(&n, 31200);
    i = next_register(&n, 3, "60");
    authorized(&n, s, i, 31200);
    /* The registrar wants a new nonce: stale, answered at once. */
    challenge(&n, s, i, 31300, true);
    i = next_register(&n, 4, "60");
    authorized(&n, s, i, 31350);
    ct_reply(&n, i, 31400, 200, "reg1", "Expires: 60\n", NULL);
    log_is("refreshing -\nregistered 60\n");
    fsip_reg_unregister(r);
    i = next_register(&n, 5, "0");
    authorized(&n, s, i, 31500);
    challenge(&n, s, i, 31600, true);
    i = next_register(&n, 6, "0");
    authorized(&n, s, i, 31650);
    ct_reply(&n, i, 31700, 200, "reg1", NULL, NULL);
    log_is("unregistering -\nunregistered\n");
    fsip_reg_free(r);
    done(&n, 200000);
    fsip_auth_server_free(s);
}

/* A wrong password: the registrar challenges again; the client stops
 * answering (FSIP_EAUTH, or after 3 challenges in a row): failed 401. */
static void test_401_wrong_password(void **state)
{
    (void)state;
    fsip_auth_server *s = auth_server();
    ct_node n;
    auth_node(&n, "wrong");
    fsip_reg *r = mk(&n, 60, NULL, 0, -1);
    fsip_reg_start(r);
    uint64_t t = 1100;
    int regs = 0;
    for (; regs < 6 && fsip_reg_get_state(r) == FSIP_REG_REGISTERING; regs++, t += 100) {
        int i = ct_next(&n, "REGISTER ");
        char user[64];
        if (regs)
            assert_int_equal(fsip_auth_server_check(s, ct_msg(&n, i), t, user, sizeof user),
                             FSIP_AUTH_FAILED);
        challenge(&n, s, i, t, false);
    }
    assert_true(regs >= 2 && regs <= 4);
    log_is("registering -\nfailed 401\n");
    ct_none(&n);
    fsip_reg_free(r);
    done(&n, 200000);
    fsip_auth_server_free(s);
}

/* ------------------------------------------------------- failmalloc */

/* A UA and its registration against a registrar that answers 200 to
 * every REGISTER (written by hand from the request's bytes), with the
 * counting allocator failing one allocation: register, refresh,
 * unregister, free. No cmocka assertion on a path a failure can take. */
typedef struct sweep {
    fsip_stack *s;
    char last[4096];
    size_t last_len;
    bool pending;
    int registered, unregistered, other;
} sweep;

static int sw_send(const fsip_flow *flow, const void *data, size_t len, void *arg)
{
    sweep *w = arg;
    (void)flow;
    if (len < 9 || memcmp(data, "REGISTER ", 9) != 0 || len >= sizeof w->last) return 0;
    memcpy(w->last, data, len);
    w->last[len] = 0;
    w->last_len = len;
    w->pending = true;
    return 0;
}

/* "SIP/2.0 200 OK" with Via/From/To/Call-ID/CSeq of the request. */
static size_t sw_reply(const char *req, char *out, size_t cap)
{
    size_t w = (size_t)snprintf(out, cap, "SIP/2.0 200 OK\r\n");
    const char *names[] = {"Via:", "From:", "To:", "Call-ID:", "CSeq:"};
    for (const char *l = strstr(req, "\r\n"); l && l[2] != '\r'; l = strstr(l + 2, "\r\n")) {
        const char *b = l + 2, *e = strstr(b, "\r\n");
        if (!e) break;
        for (size_t k = 0; k < 5; k++)
            if (strncmp(b, names[k], strlen(names[k])) == 0 && w < cap)
                w += (size_t)snprintf(out + w, cap - w, "%.*s%s\r\n", (int)(e - b), b,
                                      k == 2 ? ";tag=reg" : "");
    }
    if (w < cap)
        w += (size_t)snprintf(out + w, cap - w, "Expires: 60\r\nContent-Length: 0\r\n\r\n");
    return w < cap ? w : 0;
}

static void sw_state(fsip_reg *r, fsip_reg_state st, const fsip_msg *resp, void *arg)
{
    sweep *w = arg;
    (void)r;
    (void)resp;
    if (st == FSIP_REG_REGISTERED)
        w->registered++;
    else if (st == FSIP_REG_UNREGISTERED)
        w->unregistered++;
    else if (st == FSIP_REG_RETRYING || st == FSIP_REG_FAILED)
        w->other++;
}

static void sw_run(sweep *w, fsip_flow *in, uint64_t until)
{
    for (int guard = 0; guard < 10000; guard++) {
        if (w->pending) {
            char buf[4096];
            size_t n = sw_reply(w->last, buf, sizeof buf);
            w->pending = false;
            if (n) fsip_stack_recv(w->s, in, buf, n, fsip_stack_now(w->s) + 10);
            continue;
        }
        uint64_t d = fsip_stack_next_deadline(w->s);
        if (d == FSIP_NO_DEADLINE || d > until) break;
        fsip_stack_tick(w->s, d < fsip_stack_now(w->s) ? fsip_stack_now(w->s) : d);
    }
    if (fsip_stack_now(w->s) < until) fsip_stack_tick(w->s, until);
}

static int sweep_scenario(void *arg)
{
    (void)arg;
    static const uint8_t seed[32] = {7};
    sweep w;
    memset(&w, 0, sizeof w);
    fsip_stack_config sc;
    fsip_stack_config_init(&sc);
    sc.alloc = test_alloc;
    sc.seed = seed;
    sc.log_level = FSIP_LOG_ERROR + 1;
    fsip_stack_callbacks cb = {sw_send, NULL, NULL, NULL, &w};
    int rc = fsip_stack_new(&sc, &cb, &w.s);
    fsip_ua *ua = NULL;
    fsip_reg *r = NULL;
    if (rc == 0) {
        fsip_ua_config uc;
        ct_ua_config(&uc, false);
        fsip_ua_callbacks ucb = {ct_app_event, NULL, NULL};
        rc = fsip_ua_new(w.s, &uc, &ucb, &ua);
    }
    fsip_flow out;
    memset(&out, 0, sizeof out);
    out.transport = FSIP_TRANSPORT_UDP;
    fsip_netaddr_parse("192.0.2.1", 9, 5060, &out.local);
    fsip_netaddr_parse("192.0.2.2", 9, 5070, &out.remote);
    if (rc == 0) {
        fsip_stack_tick(w.s, 1000);
        fsip_reg_params p;
        fsip_reg_params_init(&p);
        p.registrar = REGISTRAR;
        p.aor = AOR;
        p.expires_s = 60;
        p.dest = out;
        p.on_state = sw_state;
        p.arg = &w;
        p.retry_base_s = 1;
        p.retry_max_s = 2;
        rc = fsip_reg_new(ua, &p, &r);
    }
    if (rc == 0) {
        fsip_reg_start(r);
        sw_run(&w, &out, 1000 + 100000); /* registered, refreshed (and retried) */
        fsip_reg_unregister(r);
        sw_run(&w, &out, 300000);
    }
    bool ok = rc == 0 && w.registered >= 3 && w.unregistered == 1 && w.other == 0 &&
              fsip_reg_get_state(r) == FSIP_REG_UNREGISTERED;
    fsip_reg_free(r);
    fsip_ua_free(ua);
    fsip_stack_free(w.s);
    if (test_alloc_failed()) return FSIP_ENOMEM;
    return ok ? 0 : FSIP_EINVAL;
}

static void test_sweep(void **state)
{
    (void)state;
    assert_int_equal(sweep_scenario(NULL), 0); /* the outcome without failures */
    long runs = test_failmalloc_sweep(sweep_scenario, NULL);
    assert_true(runs > 10);
}

/* ------------------------------------------------------- row coverage */

static void test_rows_covered(void **state)
{
    (void)state;
    if (filtered) skip();
    int missing = 0;
    for (int k = 0; k < FSM_REGISTER_N_ROWS; k++) {
        const struct fsm_register_row *row = &fsm_register_rows[k];
        if (row->kind == FSM_ERROR || hit[k]) continue;
        fprintf(stderr, "fsm/register.fsm:%u: %s %s not run\n", row->line,
                fsm_register_state_names[row->state], fsm_register_event_names[row->event]);
        missing++;
    }
    assert_int_equal(missing, 0);
}

int main(void)
{
    filtered = getenv("CT_FILTER") != NULL;
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_register_refresh_unregister),
        FSIP_TEST(test_423_min_expires),
        FSIP_TEST(test_423_without_min_expires),
        FSIP_TEST(test_403_failed),
        FSIP_TEST(test_401_without_credentials),
        FSIP_TEST(test_timeout_retry),
        FSIP_TEST(test_503_retry_after_and_budget),
        FSIP_TEST(test_two_contacts),
        FSIP_TEST(test_default_contact),
        FSIP_TEST(test_2xx_granting_nothing),
        FSIP_TEST(test_free_unregisters),
        FSIP_TEST(test_ua_shutdown_unregisters),
        FSIP_TEST(test_transport_error),
        FSIP_TEST(test_refresh_timeout_retried),
        FSIP_TEST(test_refresh_budget),
        FSIP_TEST(test_refresh_outcomes),
        FSIP_TEST(test_retry_wait_exits),
        FSIP_TEST(test_no_retry_and_unregister_outcomes),
        FSIP_TEST(test_api_from_callback),
        FSIP_TEST(test_bad_params),
        FSIP_TEST(test_401_digest),
        FSIP_TEST(test_401_wrong_password),
        FSIP_TEST(test_sweep),
        FSIP_TEST(test_rows_covered),
    };
    return ct_run_group(tests);
}
