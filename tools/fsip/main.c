/* fsip — the command-line user agent.
 *
 *   fsip parse [--stream] [--lenient NAME[,NAME...]] FILE...
 *   fsip uas --listen URI[,URI...] [--ring-ms N] [--answer-ms N] [--hangup-ms N]
 *            [--reject CODE] [--max-calls N] [--refuse-refer CODE] [--trace]
 *            [--ladder] [--quiet] [--cert FILE --key FILE [--ca FILE]
 *            [--verify-client]] [--user NAME --password PW] ...
 *   fsip call SIP-URI [--transport udp|tcp|tls] [--from URI] [--hangup-ms N]
 *            [--reinvite-ms N] [--timeout-ms N] [--count N] [--trace] [--ladder]
 *            [--transfer-to URI [--attended] [--no-bye-on-success]]
 *            [--ca FILE] [--cert FILE --key FILE] [--tls-name NAME] [--no-verify]
 *            [--user NAME --password PW]
 *   fsip options SIP-URI [--transport udp|tcp|tls] [--count N] [--trace]
 *            [TLS options]
 *
 * uas and call live in call_cmd.c (the call layer, fsip/call.h), their
 * transfer options in transfer_cmd.c (fsip/transfer.h).
 *
 * Exit status: 0 all parsed (parse), stopped cleanly (uas), every call
 * answered and ended cleanly, and transferred when asked (call), every
 * final response 2xx (options);
 * 1 otherwise; 2 usage error.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "fsip/endpoint.h"
#include "fsip/loop.h"
#include "fsip/msg.h"
#include "fsip/uri.h"

#include "cli.h"

static void usage(FILE *f)
{
    fprintf(f, "usage: fsip parse [--stream | --sipfrag] [--lenient NAME[,NAME...]] FILE...\n"
               "       fsip uas --listen URI[,URI...] [options]     (fsip uas --help)\n"
               "       fsip call SIP-URI|SIPS-URI [options]         (fsip call --help)\n"
               "       fsip call SIP-URI --transfer-to URI [--attended] (call transfer)\n"
               "       fsip options SIP-URI [options]               (fsip options --help)\n"
               "       fsip register REGISTRAR-URI [options]        (fsip register --help)\n"
               "\n"
               "parse reads each FILE as one SIP message (a datagram), or with --stream as a\n"
               "byte stream of messages through the stream framer, or with --sipfrag as\n"
               "a message/sipfrag body (RFC 3420), and prints every\n"
               "parsed field. A message that does not parse prints its error (offset,\n"
               "header, reason) and makes the exit status 1.\n"
               "\n"
               "Leniencies (strict when none): bare-lf, start-line-spaces,\n"
               "unterminated-headers, addr-spec-spaces, no-max-forwards, empty-params.\n");
}

static const struct {
    const char *name;
    uint32_t bit;
} leniencies[] = {
    {"bare-lf", FSIP_LENIENT_BARE_LF},
    {"start-line-spaces", FSIP_LENIENT_START_LINE_SPACES},
    {"unterminated-headers", FSIP_LENIENT_UNTERMINATED_HEADERS},
    {"addr-spec-spaces", FSIP_LENIENT_ADDR_SPEC_SPACES},
    {"no-max-forwards", FSIP_LENIENT_NO_MAX_FORWARDS},
    {"empty-params", FSIP_LENIENT_EMPTY_PARAMS},
};

static int parse_lenient(const char *arg, uint32_t *bits)
{
    char *copy = strdup(arg), *save = NULL;
    int ok = copy != NULL;
    for (char *t = copy ? strtok_r(copy, ",", &save) : NULL; t; t = strtok_r(NULL, ",", &save)) {
        size_t i;
        for (i = 0; i < sizeof(leniencies) / sizeof(leniencies[0]); i++)
            if (strcmp(t, leniencies[i].name) == 0) break;
        if (i == sizeof(leniencies) / sizeof(leniencies[0])) {
            fprintf(stderr, "fsip: unknown leniency '%s'\n", t);
            ok = 0;
            break;
        }
        *bits |= leniencies[i].bit;
    }
    free(copy);
    return ok;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (n < cap) break;
        char *nb = realloc(buf, cap *= 2);
        if (!nb) {
            free(buf);
            buf = NULL;
        }
        buf = nb;
    }
    fclose(f);
    *len = n;
    return buf;
}

static void print_msg(const fsip_msg *m)
{
    size_t need = fsip_msg_dump(m, NULL, 0);
    char *out = malloc(need + 1);
    if (!out) return;
    fsip_msg_dump(m, out, need + 1);
    fputs(out, stdout);
    free(out);
}

static void print_error(const char *path, int rc, const fsip_parse_result *r)
{
    printf("error %s: %s at offset %zu", path, fsip_strerror(rc), r->offset);
    if (r->header[0]) printf(" in %s", r->header);
    printf(": %s", r->reason ? r->reason : "-");
    if (r->status) printf(" (answer %d)", r->status);
    printf("\n");
}

static int parse_datagram(const char *path, const char *buf, size_t len, const fsip_parse_opts *o,
                          fsip_parse_mode mode)
{
    fsip_msg *m = NULL;
    fsip_parse_result r;
    int rc = fsip_msg_parse(buf, len, mode, o, &m, &r);
    printf("== %s (%zu bytes)\n", path, len);
    if (rc < 0) {
        print_error(path, rc, &r);
        return 1;
    }
    print_msg(m);
    if (r.length < len) printf("trailing %zu bytes discarded (RFC 3261 §18.3)\n", len - r.length);
    fsip_msg_free(m);
    return 0;
}

static int parse_stream(const char *path, const char *buf, size_t len, const fsip_parse_opts *o)
{
    fsip_framer *f = fsip_framer_new(o);
    int status = 0, n = 0;
    if (!f) return 1;
    printf("== %s (%zu bytes, stream)\n", path, len);
    int rc = fsip_framer_feed(f, buf, len);
    if (rc < 0) {
        printf("error %s: %s\n", path, fsip_strerror(rc));
        fsip_framer_free(f);
        return 1;
    }
    for (;;) {
        fsip_msg *m = NULL;
        fsip_parse_result r;
        rc = fsip_framer_next(f, &m, &r);
        if (rc < 0) {
            print_error(path, rc, &r);
            status = 1;
            break;
        }
        if (rc == FSIP_FRAME_NONE) break;
        if (rc == FSIP_FRAME_PING) printf("keep-alive ping (CRLFCRLF)\n");
        if (rc == FSIP_FRAME_PONG) printf("keep-alive pong (CRLF)\n");
        if (rc == FSIP_FRAME_MSG) {
            printf("-- message %d\n", ++n);
            print_msg(m);
            fsip_msg_free(m);
        }
    }
    if (status == 0 && fsip_framer_pending(f) > 0) {
        printf("incomplete: %zu bytes wait for more data\n", fsip_framer_pending(f));
        status = 1;
    }
    fsip_framer_free(f);
    return status;
}

static int cmd_parse(int argc, char **argv)
{
    fsip_parse_opts o;
    int stream = 0, status = 0, nfiles = 0;
    fsip_parse_mode mode = FSIP_PARSE_DATAGRAM;
    fsip_parse_opts_init(&o);
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--stream") == 0) {
            stream = 1;
        } else if (strcmp(argv[i], "--sipfrag") == 0) {
            mode = FSIP_PARSE_SIPFRAG;
        } else if (strcmp(argv[i], "--lenient") == 0) {
            if (i + 1 >= argc || !parse_lenient(argv[++i], &o.lenient)) return 2;
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "fsip parse: unknown option '%s'\n", argv[i]);
            usage(stderr);
            return 2;
        }
    }
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--lenient") == 0) {
            i++;
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1]) continue;
        size_t len;
        char *buf = read_file(argv[i], &len);
        nfiles++;
        if (!buf) {
            fprintf(stderr, "fsip parse: %s: %s\n", argv[i], strerror(errno));
            status = status ? status : 1;
            continue;
        }
        int rc = stream ? parse_stream(argv[i], buf, len, &o)
                        : parse_datagram(argv[i], buf, len, &o, mode);
        if (rc) status = 1;
        free(buf);
    }
    if (nfiles == 0) {
        usage(stderr);
        return 2;
    }
    return status;
}

/* ------------------------------------------------------------ fsip uas / options */

static void usage_net(FILE *f)
{
    fprintf(f, "usage: fsip options SIP-URI [--transport udp|tcp|tls] [--count N] [--trace]\n"
               "                    [--timeout-ms MS] [TLS options]\n"
               "\n"
               "options sends OPTIONS to SIP-URI (an IP literal host; sips: goes over TLS)\n"
               "N times in sequence, prints each final status; exit 0 when all were 2xx.\n\n");
    usage_tls(f, false);
}

unsigned long long cli_now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (unsigned long long)ts.tv_sec * 1000000ull + (unsigned long long)ts.tv_nsec / 1000;
}

static void say(const cli_out *o, unsigned long long us, const char *fmt, va_list ap)
{
    if (o && o->ladder) printf("@%llu ", us);
    vprintf(fmt, ap);
    putchar('\n');
    fflush(stdout);
}

void cli_say(const cli_out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say(o, o && o->ladder ? cli_now_us() : 0, fmt, ap);
    va_end(ap);
}

void cli_say_at(const cli_out *o, unsigned long long us, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say(o, us, fmt, ap);
    va_end(ap);
}

/* A trace line is "send UDP A -> B (N bytes) at T ms" then the message,
 * CR removed (runtime/stack.c); A is always the sender. The ladder line:
 *   @US msg send|recv TRANSPORT FROM TO START-LINE | CSEQ | BODY
 * BODY is "-", "sdp" or "sdp sendonly|recvonly|inactive". */
static void ladder_line(const char *line)
{
    char dir[8], tr[8], from[64], to[64];
    if (sscanf(line, "%7s %7s %63s -> %63s", dir, tr, from, to) != 4) return;
    const char *start = strchr(line, '\n');
    if (!start || !start[1]) return; /* a keep-alive: no message */
    start++;
    const char *eol = strchr(start, '\n');
    int n = eol ? (int)(eol - start) : (int)strlen(start);
    const char *cseq = "-", *body = strstr(start, "\n\n");
    int cn = 1;
    for (const char *h = eol; h && h[1] && h[1] != '\n' && (!body || h < body);
         h = strchr(h + 1, '\n')) {
        if (strncasecmp(h + 1, "CSeq:", 5) == 0) {
            cseq = h + 6;
            while (*cseq == ' ' || *cseq == '\t')
                cseq++;
            const char *e = strchr(cseq, '\n');
            cn = e ? (int)(e - cseq) : (int)strlen(cseq);
            break;
        }
    }
    const char *kind = "-";
    if (body && strncmp(body + 2, "v=0", 3) == 0) {
        kind = strstr(body, "\na=sendonly")   ? "sdp sendonly"
               : strstr(body, "\na=recvonly") ? "sdp recvonly"
               : strstr(body, "\na=inactive") ? "sdp inactive"
                                              : "sdp";
    }
    printf("@%llu msg %s %s %s %s %.*s | %.*s | %s\n", cli_now_us(), dir, tr, from, to, n, start,
           cn, cseq, kind);
}

void cli_log(fsip_log_level level, const char *line, void *arg)
{
    const cli_out *o = arg;
    if (level == FSIP_LOG_TRACE) {
        if (o && o->ladder) ladder_line(line);
        if (!o || o->trace) printf("%s\n", line);
        fflush(stdout);
    } else {
        fprintf(stderr, "fsip: %s\n", line);
    }
}

static void print_flow(const char *what, const fsip_flow *f)
{
    char a[64];
    fsip_netaddr_print(&f->remote, true, a, sizeof a);
    printf("%s %s %s\n", what, fsip_transport_name(f->transport), a);
}

int cli_transport(const char *cmd, const char *name, fsip_transport *tr)
{
    if (strcasecmp(name, "udp") == 0)
        *tr = FSIP_TRANSPORT_UDP;
    else if (strcasecmp(name, "tcp") == 0)
        *tr = FSIP_TRANSPORT_TCP;
    else if (strcasecmp(name, "tls") == 0)
        *tr = FSIP_TRANSPORT_TLS;
    else {
        fprintf(stderr, "%s: transport '%s' not supported\n", cmd, name);
        return -1;
    }
    return 0;
}

int cli_sip_dest(const char *s, fsip_netaddr *dest, fsip_transport *tr)
{
    fsip_uri uri;
    if (fsip_uri_parse(s, strlen(s), FSIP_URI_NO_HEADERS, NULL, &uri, NULL) < 0) return -1;
    fsip_transport t = *tr;
    int rc = fsip_uri_dest(&uri, dest, &t) == 0 ? 0 : -2;
    /* RFC 3261 §26.2: a sips: URI is reached over TLS. */
    if (rc == 0 && uri.scheme == FSIP_URI_SIPS) t = FSIP_TRANSPORT_TLS;
    fsip_uri_release(&uri, NULL);
    if (rc == 0) *tr = t;
    return rc;
}

const char *cli_transport_scheme(fsip_transport tr)
{
    return tr == FSIP_TRANSPORT_TLS ? "tls" : tr == FSIP_TRANSPORT_TCP ? "tcp" : "udp";
}

int cli_tls_arg(cli_tls *t, const char *cmd, bool server, int argc, char **argv, int *i)
{
    const char *a = argv[*i], *v = *i + 1 < argc ? argv[*i + 1] : NULL;
    const char **dst = strcmp(a, "--cert") == 0       ? &t->cert
                       : strcmp(a, "--key") == 0      ? &t->key
                       : strcmp(a, "--ca") == 0       ? &t->ca
                       : strcmp(a, "--tls-name") == 0 ? &t->name
                                                      : NULL;
    if (dst) {
        if (!v) {
            fprintf(stderr, "%s: %s needs a value\n", cmd, a);
            return -1;
        }
        *dst = argv[++*i];
        return 1;
    }
    if (strcmp(a, "--no-verify") == 0) {
        t->no_verify = true;
        return 1;
    }
    if (server && strcmp(a, "--verify-client") == 0) {
        t->verify_client = true;
        return 1;
    }
    if (strcmp(a, "--tls-min") == 0) {
        if (v && strcmp(v, "1.2") == 0)
            t->min_version = FSIP_TLS_1_2;
        else if (v && strcmp(v, "1.3") == 0)
            t->min_version = FSIP_TLS_1_3;
        else {
            fprintf(stderr, "%s: --tls-min takes 1.2 or 1.3\n", cmd);
            return -1;
        }
        ++*i;
        return 1;
    }
    return 0;
}

void cli_tls_apply(const cli_tls *t, fsip_endpoint_config *cfg)
{
    cfg->tls.cert_file = t->cert;
    cfg->tls.key_file = t->key;
    cfg->tls.ca_file = t->ca;
    cfg->tls.verify = t->no_verify ? FSIP_TLS_VERIFY_NONE : FSIP_TLS_VERIFY_PEER;
    cfg->tls.verify_client = t->verify_client;
    cfg->tls.min_version = t->min_version;
}

int cli_client_endpoint(const char *cmd, fsip_loop *loop, const fsip_endpoint_config *cfg,
                        const fsip_stack_callbacks *cbs, const char *local, fsip_transport tr,
                        const fsip_netaddr *dest, const cli_tls *t, fsip_endpoint **ep,
                        fsip_flow *flow)
{
    if (fsip_endpoint_new_on_loop(loop, cfg, cbs, ep) < 0 || fsip_endpoint_listen(*ep, local) < 0 ||
        fsip_endpoint_flow_to(*ep, tr, dest, flow) < 0) {
        fprintf(stderr, "%s: cannot open a socket on %s\n", cmd, local);
        return -1;
    }
    if (t->name && fsip_endpoint_tls_set_name(*ep, dest, t->name) < 0) {
        fprintf(stderr, "%s: bad --tls-name '%s'\n", cmd, t->name);
        return -1;
    }
    return 0;
}

void usage_tls(FILE *f, bool server)
{
    fprintf(f,
            "TLS (RFC 3261 §26.2; docs/security.md):\n"
            "  --cert FILE --key FILE  our certificate (PEM, chain after it) and its key%s\n"
            "  --ca FILE               the CAs that sign the certificates we accept (default:\n"
            "                          OpenSSL's store)\n"
            "  --tls-name NAME         the name the server's certificate must carry, also\n"
            "                          sent as SNI (default: the target's IP address)\n"
            "  --no-verify             accept any server certificate (a lab only)\n"
            "  --tls-min 1.2|1.3       the lowest TLS version (default 1.2)\n",
            server ? " (required\n                          for a tls: listener)" : "");
    if (server)
        fprintf(f, "  --verify-client         require a client certificate signed by --ca\n");
    fprintf(f, "\n");
}

uint64_t cli_loop_clock(void *loop)
{
    return fsip_loop_now(loop);
}

int cli_num(const char *cmd, const char *opt, const char *v, long max, long *out)
{
    char *e = NULL;
    errno = 0;
    long x = strtol(v, &e, 10);
    if (errno || !e || e == v || *e || x < 0 || x > max) {
        fprintf(stderr, "fsip %s: bad %s '%s'\n", cmd, opt, v);
        return -1;
    }
    *out = x;
    return 0;
}

void cli_timer_cancel(fsip_loop *loop, int64_t *t)
{
    if (*t > 0) fsip_loop_timer_cancel(loop, *t);
    *t = 0;
}

int cli_signalfd(void)
{
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGTERM);
    sigprocmask(SIG_BLOCK, &sigs, NULL);
    return signalfd(-1, &sigs, SFD_NONBLOCK | SFD_CLOEXEC);
}

typedef struct opt_state {
    int final; /* 0 while waiting */
    bool done;
} opt_state;

static void opt_response(fsip_stack *s, fsip_txn *txn, const fsip_msg *resp, void *arg)
{
    opt_state *o = arg;
    (void)s;
    int st = fsip_msg_status(resp);
    fsip_str r = fsip_msg_reason(resp);
    if (st < 200) return;
    char line[160];
    snprintf(line, sizeof line, "%d %.*s from", st, (int)(r.len > 100 ? 100 : r.len), r.ptr);
    print_flow(line, fsip_txn_flow(txn));
    fflush(stdout);
    o->final = st;
}

static void opt_event(fsip_stack *s, fsip_txn *txn, fsip_txn_event ev, void *arg)
{
    opt_state *o = arg;
    (void)s;
    (void)txn;
    /* RFC 3261 §8.1.3.1: a timeout is a 408, a transport error a 503. */
    if (ev == FSIP_TXN_TIMEOUT && !o->final) {
        printf("408 timeout (no final response)\n");
        o->final = 408;
    } else if (ev == FSIP_TXN_TRANSPORT_ERROR && !o->final) {
        printf("503 transport error\n");
        o->final = 503;
    } else if (ev == FSIP_TXN_TERMINATED) {
        o->done = true;
    }
    fflush(stdout);
}

void cli_random_hex(char *out, size_t nbytes)
{
    uint8_t b[32];
    if (nbytes > sizeof b) nbytes = sizeof b;
    if (getrandom(b, nbytes, 0) != (ssize_t)nbytes) memset(b, 0x5a, nbytes);
    for (size_t i = 0; i < nbytes; i++)
        sprintf(out + 2 * i, "%02x", b[i]);
}

/* The local address the kernel would route from (a connected UDP socket
 * sends nothing). */
int cli_local_ip(const fsip_netaddr *dest, char *ip, size_t cap)
{
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    int fd = socket(dest->family == FSIP_AF_INET6 ? AF_INET6 : AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in6 s6 = {.sin6_family = AF_INET6, .sin6_port = htons(dest->port)};
    struct sockaddr_in s4 = {.sin_family = AF_INET, .sin_port = htons(dest->port)};
    memcpy(&s6.sin6_addr, dest->ip, 16);
    memcpy(&s4.sin_addr, dest->ip, 4);
    int rc = fd < 0                          ? -1
             : dest->family == FSIP_AF_INET6 ? connect(fd, (struct sockaddr *)&s6, sizeof s6)
                                             : connect(fd, (struct sockaddr *)&s4, sizeof s4);
    if (rc == 0 &&
        (getsockname(fd, (struct sockaddr *)&ss, &sl) < 0 ||
         getnameinfo((struct sockaddr *)&ss, sl, ip, (socklen_t)cap, NULL, 0, NI_NUMERICHOST) != 0))
        rc = -1;
    if (fd >= 0) close(fd);
    return rc < 0 ? -1 : 0;
}

static int cmd_options(int argc, char **argv)
{
    const char *target = NULL;
    fsip_transport tr = FSIP_TRANSPORT_UDP;
    bool trace = false, tr_given = false;
    long count = 1, timeout_ms = 40000;
    cli_tls tls = {0};
    for (int i = 0; i < argc; i++) {
        int tr_rc;
        if (strcmp(argv[i], "--transport") == 0 && i + 1 < argc) {
            tr_given = true;
            if (cli_transport("fsip options", argv[++i], &tr) < 0) return 2;
        } else if ((tr_rc = cli_tls_arg(&tls, "fsip options", false, argc, argv, &i)) != 0) {
            if (tr_rc < 0) return 2;
        } else if (strcmp(argv[i], "--count") == 0 && i + 1 < argc) {
            count = strtol(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--timeout-ms") == 0 && i + 1 < argc) {
            timeout_ms = strtol(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--trace") == 0) {
            trace = true;
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage_net(stdout);
            return 0;
        } else if (argv[i][0] != '-' && !target) {
            target = argv[i];
        } else {
            fprintf(stderr, "fsip options: bad argument '%s'\n", argv[i]);
            usage_net(stderr);
            return 2;
        }
    }
    if (!target || count < 1 || timeout_ms < 1) {
        usage_net(stderr);
        return 2;
    }
    fsip_netaddr dest;
    fsip_transport utr = tr;
    if (cli_sip_dest(target, &dest, &utr) < 0) {
        fprintf(stderr, "fsip options: '%s' is not a sip: URI with an IP address\n", target);
        return 2;
    }
    if (!tr_given) tr = utr;

    char local[80], ip[64];
    if (cli_local_ip(&dest, ip, sizeof ip) < 0) {
        fprintf(stderr, "fsip options: no route to the target\n");
        return 1;
    }
    /* UDP's socket gives the Via its address; TLS and TCP connect out. */
    snprintf(local, sizeof local, dest.family == FSIP_AF_INET6 ? "udp:[%s]:0" : "udp:%s:0", ip);

    fsip_loop *loop = fsip_loop_new(NULL);
    if (!loop) return 1;
    opt_state o = {0, false};
    fsip_endpoint_config cfg;
    fsip_endpoint_config_init(&cfg);
    cli_out out = {trace, false};
    cfg.stack.trace = trace;
    cfg.stack.log = cli_log;
    cfg.stack.log_arg = &out;
    cli_tls_apply(&tls, &cfg);
    fsip_stack_callbacks cbs = {NULL, NULL, opt_response, opt_event, &o};
    fsip_endpoint *ep = NULL;
    fsip_flow flow;
    int status = 0;
    if (cli_client_endpoint("fsip options", loop, &cfg, &cbs, local, tr, &dest, &tls, &ep, &flow) <
        0)
        status = 1;
    char callid[40], tag[20];
    cli_random_hex(tag, 8);
    for (long i = 0; i < count && status == 0; i++) {
        /* A new Call-ID per request: each OPTIONS is its own call to a
         * UAS that keeps per-call state (SIPp). */
        cli_random_hex(callid, 16);
        fsip_msg *req = fsip_msg_new_request("OPTIONS", target, NULL);
        char from[160], cseq[32], cid[64];
        snprintf(from, sizeof from, "<sip:fsip@%s%s%s>;tag=%s", strchr(ip, ':') ? "[" : "", ip,
                 strchr(ip, ':') ? "]" : "", tag);
        snprintf(cseq, sizeof cseq, "%ld OPTIONS", i + 1);
        snprintf(cid, sizeof cid, "%s@fsip", callid);
        char to[600];
        snprintf(to, sizeof to, "<%s>", target);
        if (!req || fsip_msg_hdr_add(req, "Max-Forwards", "70") < 0 ||
            fsip_msg_hdr_add(req, "From", from) < 0 || fsip_msg_hdr_add(req, "To", to) < 0 ||
            fsip_msg_hdr_add(req, "Call-ID", cid) < 0 || fsip_msg_hdr_add(req, "CSeq", cseq) < 0 ||
            fsip_msg_hdr_add(req, "Accept", "application/sdp") < 0) {
            fsip_msg_free(req);
            status = 1;
            break;
        }
        o.final = 0;
        o.done = false;
        uint64_t start = fsip_loop_now(loop);
        if (fsip_stack_send_request(fsip_endpoint_stack(ep), req, &flow, NULL, start, NULL) < 0) {
            status = 1;
            break;
        }
        while (!o.final && fsip_loop_now(loop) - start < (uint64_t)timeout_ms)
            fsip_loop_run_once(loop, 50);
        if (!o.final) printf("408 timeout (--timeout-ms %ld)\n", timeout_ms);
        if (o.final < 200 || o.final >= 300) status = 1;
    }
    fsip_endpoint_free(ep);
    fsip_loop_free(loop);
    return status;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "parse") == 0) return cmd_parse(argc - 2, argv + 2);
    if (strcmp(argv[1], "uas") == 0) return cmd_uas(argc - 2, argv + 2);
    if (strcmp(argv[1], "call") == 0) return cmd_call(argc - 2, argv + 2);
    if (strcmp(argv[1], "options") == 0) return cmd_options(argc - 2, argv + 2);
    if (strcmp(argv[1], "register") == 0) return cmd_register(argc - 2, argv + 2);
    if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        usage(stdout);
        return 0;
    }
    fprintf(stderr, "fsip: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
