/* fsip register: the REGISTER client from the command line (RFC 3261 §10.2,
 * include/fsip/register.h). Registers, prints each state change as one
 * line, stays registered (refreshing) for --duration-ms or until
 * SIGINT/SIGTERM, then unregisters and exits: 0 when the bindings were
 * granted and removed, 1 on a failure, 2 on a usage error. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include "cli.h"
#include "fsip/register.h"

#define REG_USER_AGENT    "fsip/0.1"
#define REG_MAX_CONTACTS  16
#define REG_UNREG_WAIT_MS 40000 /* the unregister: 64*T1 and some */

typedef struct reg_ctx {
    cli_out out;
    fsip_reg_state st;
    bool registered_once, done, failed;
    int signals;
} reg_ctx;

static void on_state(fsip_reg *reg, fsip_reg_state st, const fsip_msg *resp, void *arg)
{
    reg_ctx *c = arg;
    (void)resp;
    c->st = st;
    switch (st) {
    case FSIP_REG_REGISTERED:
        c->registered_once = true;
        cli_say(&c->out, "register registered expires=%u", (unsigned)fsip_reg_expires(reg));
        break;
    case FSIP_REG_RETRYING:
    case FSIP_REG_FAILED:
        cli_say(&c->out, "register %s status=%d", fsip_reg_state_name(st), fsip_reg_status(reg));
        if (st == FSIP_REG_FAILED) c->failed = c->done = true;
        break;
    case FSIP_REG_UNREGISTERED:
        cli_say(&c->out, "register unregistered");
        c->done = true;
        break;
    default: cli_say(&c->out, "register %s", fsip_reg_state_name(st)); break;
    }
}

/* The UA only registers: a call to our contact gets 480 (RFC 3261 §21.4.18). */
static void on_call(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    (void)msg;
    (void)arg;
    if (ev == FSIP_CALL_EV_INCOMING) fsip_call_reject(call, 480, NULL);
}

static void on_signal(fsip_loop *loop, int fd, uint32_t events, void *arg)
{
    reg_ctx *c = arg;
    struct signalfd_siginfo si;
    (void)loop;
    (void)events;
    if (read(fd, &si, sizeof si) > 0) c->signals++;
}

static void usage(FILE *f)
{
    fprintf(f, "usage: fsip register SIP-URI --aor URI [--contact URI]... [--expires S]\n"
               "                     [--user U --password P] [--transport udp|tcp|tls]\n"
               "                     [--listen URI] [--duration-ms N] [--retries N] [--trace]\n"
               "                     [--ladder] [TLS options]\n"
               "Registers the contacts (default: sip:USER@OUR-IP:PORT) for the address-of-record\n"
               "at the registrar SIP-URI (an IP address: no DNS), printing each state change\n"
               "('register registered expires=3600'), keeps the registration refreshed for\n"
               "--duration-ms (0 or none: until SIGINT/SIGTERM), then unregisters (Expires: 0).\n"
               "--listen udp:IP:PORT (or tcp:, tls:) binds our socket (default: port 0 on the\n"
               "address routed towards the registrar). --user/--password answer digest\n"
               "challenges (401/407). --retries N fails after N retries in a row (default:\n"
               "retry for ever; 0: never). Exit 0 when registered then unregistered, 1 on a\n"
               "failure. A sips: registrar or --transport tls registers over TLS:\n");
    usage_tls(f, false);
}

int cmd_register(int argc, char **argv)
{
    const char *registrar = NULL, *aor = NULL, *user = NULL, *password = NULL, *listen = NULL;
    const char *contacts[REG_MAX_CONTACTS];
    uint32_t n_contacts = 0;
    long expires = 3600, duration_ms = 0, retries = -1;
    fsip_transport tr = FSIP_TRANSPORT_UDP;
    bool tr_given = false;
    reg_ctx c;
    memset(&c, 0, sizeof c);
    cli_tls tls = {0};
    int xr;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if ((xr = cli_tls_arg(&tls, "fsip register", false, argc, argv, &i)) != 0) {
            if (xr < 0) return 2;
        } else if (strcmp(a, "--aor") == 0 && v) {
            aor = argv[++i];
        } else if (strcmp(a, "--contact") == 0 && v) {
            if (n_contacts == REG_MAX_CONTACTS) {
                fprintf(stderr, "fsip register: at most %d --contact\n", REG_MAX_CONTACTS);
                return 2;
            }
            contacts[n_contacts++] = argv[++i];
        } else if (strcmp(a, "--expires") == 0 && v) {
            if (cli_num("register", a, argv[++i], LONG_MAX, &expires) < 0 || expires == 0 ||
                expires > 0x7fffffffL)
                return 2;
        } else if (strcmp(a, "--user") == 0 && v) {
            user = argv[++i];
        } else if (strcmp(a, "--password") == 0 && v) {
            password = argv[++i];
        } else if (strcmp(a, "--transport") == 0 && v) {
            tr_given = true;
            if (cli_transport("fsip register", argv[++i], &tr) < 0) return 2;
        } else if (strcmp(a, "--listen") == 0 && v) {
            listen = argv[++i];
        } else if (strcmp(a, "--duration-ms") == 0 && v) {
            if (cli_num("register", a, argv[++i], LONG_MAX, &duration_ms) < 0) return 2;
        } else if (strcmp(a, "--retries") == 0 && v) {
            if (cli_num("register", a, argv[++i], LONG_MAX, &retries) < 0 || retries > 1000000)
                return 2;
        } else if (strcmp(a, "--trace") == 0) {
            c.out.trace = true;
        } else if (strcmp(a, "--ladder") == 0) {
            c.out.ladder = true;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (a[0] != '-' && !registrar) {
            registrar = a;
        } else {
            fprintf(stderr, "fsip register: bad argument '%s'\n", a);
            usage(stderr);
            return 2;
        }
    }
    if (!registrar || !aor || (password && !user) || (user && !password)) {
        if (user && !password) fprintf(stderr, "fsip register: --user needs --password\n");
        usage(stderr);
        return 2;
    }
    fsip_netaddr dest;
    fsip_transport utr = tr;
    int drc = cli_sip_dest(registrar, &dest, &utr);
    if (drc < 0) {
        fprintf(stderr,
                drc == -1
                    ? "fsip register: '%s' is not a SIP URI\n"
                    : "fsip register: '%s': the host must be an IP address (no DNS lookups)\n",
                registrar);
        return 2;
    }
    if (!tr_given) tr = utr;
    char local[128];
    if (listen) {
        snprintf(local, sizeof local, "%s", listen);
    } else {
        char ip[64];
        if (cli_local_ip(&dest, ip, sizeof ip) < 0) {
            fprintf(stderr, "fsip register: no route to the registrar\n");
            return 1;
        }
        /* Over TLS without a certificate of ours to serve with we listen
         * on TCP: the registrar's answers come back on our connection
         * (RFC 3261 §18.2.2). */
        fsip_transport ltr =
            tr == FSIP_TRANSPORT_TLS && !(tls.cert && tls.key) ? FSIP_TRANSPORT_TCP : tr;
        snprintf(local, sizeof local, dest.family == FSIP_AF_INET6 ? "%s:[%s]:0" : "%s:%s:0",
                 cli_transport_scheme(ltr), ip);
    }

    int sfd = cli_signalfd();
    fsip_loop *loop = fsip_loop_new(NULL);
    if (sfd < 0 || !loop) {
        fprintf(stderr, "fsip register: cannot create the loop\n");
        if (sfd >= 0) close(sfd);
        fsip_loop_free(loop);
        return 1;
    }
    fsip_endpoint_config cfg;
    fsip_endpoint_config_init(&cfg);
    cli_tls_apply(&tls, &cfg);
    cfg.stack.trace = c.out.trace || c.out.ladder;
    cfg.stack.log = cli_log;
    cfg.stack.log_arg = &c.out;
    fsip_ua_config ucfg;
    fsip_ua_config_init(&ucfg);
    ucfg.user_agent = REG_USER_AGENT;
    ucfg.clock = cli_loop_clock;
    ucfg.clock_arg = loop;
    ucfg.auth.username = user;
    ucfg.auth.password = password;

    int status = 0;
    fsip_stack_callbacks scbs = {NULL, NULL, NULL, NULL, NULL};
    fsip_endpoint *ep = NULL;
    fsip_ua *ua = NULL;
    fsip_reg *reg = NULL;
    fsip_flow flow;
    memset(&flow, 0, sizeof flow);
    if (cli_client_endpoint("fsip register", loop, &cfg, &scbs, local, tr, &dest, &tls, &ep,
                            &flow) < 0)
        status = 1;
    fsip_ua_callbacks ucbs = {on_call, NULL, NULL};
    if (!status && fsip_ua_new(fsip_endpoint_stack(ep), &ucfg, &ucbs, &ua) < 0) {
        fprintf(stderr, "fsip register: cannot create the user agent\n");
        status = 1;
    }
    if (!status) {
        fsip_reg_params p;
        fsip_reg_params_init(&p);
        p.registrar = registrar;
        p.aor = aor;
        p.contacts = contacts;
        p.n_contacts = n_contacts;
        p.expires_s = (uint32_t)expires;
        p.dest = flow;
        p.max_retries = (int32_t)retries;
        p.on_state = on_state;
        p.arg = &c;
        int rc = fsip_reg_new(ua, &p, &reg);
        if (rc < 0) {
            fprintf(stderr, "fsip register: %s\n", fsip_strerror(rc));
            status = 2;
        }
    }
    if (!status) {
        fsip_loop_watch(loop, sfd, FSIP_LOOP_READ, on_signal, &c);
        fsip_reg_start(reg);
        uint64_t end = duration_ms > 0 ? fsip_loop_now(loop) + (uint64_t)duration_ms : UINT64_MAX;
        while (!c.done && !c.signals && fsip_loop_now(loop) < end)
            fsip_loop_run_once(loop, 50);
        if (!c.done) {
            /* RFC 3261 §10.2.2: the bindings go; bounded, and a second
             * signal quits at once. */
            int sig0 = c.signals;
            fsip_reg_unregister(reg);
            uint64_t until = fsip_loop_now(loop) + REG_UNREG_WAIT_MS;
            while (!c.done && c.signals <= sig0 && fsip_loop_now(loop) < until)
                fsip_loop_run_once(loop, 50);
            if (!c.done) {
                fprintf(stderr, "fsip register: the unregister was not answered\n");
                c.failed = true;
            }
        }
        if (c.failed || !c.registered_once) status = 1;
        fsip_loop_unwatch(loop, sfd);
    }
    fsip_reg_free(reg);
    if (ua) {
        const fsip_ua_stats *us = fsip_ua_stats_get(ua);
        if (us->spec_errors)
            fprintf(stderr, "fsip register: %llu events the machines declare impossible\n",
                    (unsigned long long)us->spec_errors);
        fsip_ua_free(ua);
    }
    fsip_endpoint_free(ep);
    fsip_loop_free(loop);
    close(sfd);
    return status;
}
