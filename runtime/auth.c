/* HTTP Digest authentication for SIP: RFC 3261 §22, RFC 7616, RFC 8760.
 *
 * Client: answers the Digest challenges of a 401 / 407 (one header per
 * realm, the strongest algorithm per realm) and remembers, per realm, the
 * nonce it answered so that a request can be authorized ahead of a
 * challenge (nc + 1) and a refused password is not sent again.
 *
 * Server: nonces validate themselves (issue time, serial and an
 * HMAC-SHA256 under a key drawn per server), so an expired or forged one is
 * known without a lookup; a ring of the last max_nonces serials holds the
 * highest nc seen for each (RFC 7616 §3.4: nc replay protection), and a
 * serial that left the ring is stale.
 */
#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "fsip/auth.h"
#include "scan.h"

#define AUTH_MAX_REALMS   8   /* realms a client remembers; challenges answered per response */
#define AUTH_MAX_CHAL     16  /* challenges looked at in one response */
#define AUTH_MAX_FIELD    256 /* realm, nonce, opaque, user, password, uri (bytes) */
#define AUTH_HDR_CAP      2048
#define AUTH_NONCE_SERIAL 16 /* bytes of issue time (8) + serial (8) */
#define AUTH_NONCE_MAC    16 /* bytes of the HMAC kept in a nonce */

/* ------------------------------------------------------------- hashing */

static const char *const alg_names[] = {"MD5", "MD5-sess", "SHA-256", "SHA-256-sess"};

const char *fsip_digest_alg_name(fsip_digest_alg alg)
{
    return (unsigned)alg < 4 ? alg_names[alg] : "";
}

static bool alg_sess(fsip_digest_alg a)
{
    return a == FSIP_DIGEST_MD5_SESS || a == FSIP_DIGEST_SHA256_SESS;
}

static bool alg_sha256(fsip_digest_alg a)
{
    return a == FSIP_DIGEST_SHA256 || a == FSIP_DIGEST_SHA256_SESS;
}

/* An algorithm token (case-insensitive, RFC 7616 §3.3), or -1. */
static int alg_parse(const char *s)
{
    for (int i = 0; i < 4; i++)
        if (fsip_str_caseeq(fsip_str_c(s), alg_names[i])) return i;
    return -1;
}

/* Lower-case hex of n bytes into out (2 * n + 1, NUL-terminated). */
static void hex_of(const unsigned char *b, size_t n, char *out)
{
    static const char hx[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hx[b[i] >> 4];
        out[2 * i + 1] = hx[b[i] & 15];
    }
    out[2 * n] = 0;
}

/* Hex of H(p[0] ":" p[1] ":" ... ) into out (2 * digest size + 1). */
static int hash_join(fsip_digest_alg alg, const char *const *p, int n, char *out)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx) return FSIP_ENOMEM;
    int ok = EVP_DigestInit_ex(ctx, alg_sha256(alg) ? EVP_sha256() : EVP_md5(), NULL);
    for (int i = 0; ok && i < n; i++) {
        if (i) ok = EVP_DigestUpdate(ctx, ":", 1);
        if (ok) ok = EVP_DigestUpdate(ctx, p[i], strlen(p[i]));
    }
    if (ok) ok = EVP_DigestFinal_ex(ctx, md, &len);
    EVP_MD_CTX_free(ctx);
    if (!ok) return FSIP_ENOMEM;
    hex_of(md, len, out);
    return (int)(2 * len);
}

int fsip_digest_response(fsip_digest_alg alg, const char *user, const char *realm,
                         const char *password, const char *method, const char *uri,
                         const char *nonce, const char *nc, const char *cnonce, const char *qop,
                         char *out, size_t cap)
{
    if ((unsigned)alg > FSIP_DIGEST_SHA256_SESS || !user || !realm || !password || !method ||
        !uri || !nonce || !out)
        return FSIP_EINVAL;
    bool with_qop = qop && *qop;
    if ((with_qop && (!nc || !cnonce)) || (alg_sess(alg) && !cnonce)) return FSIP_EINVAL;
    size_t need = alg_sha256(alg) ? 65 : 33;
    if (cap < need) return FSIP_EINVAL;
    char ha1[65], ha2[65], tmp[65];
    /* RFC 7616 §3.4.2: A1 = unq(username) ":" unq(realm) ":" passwd, and
     * for -sess H(that) ":" unq(nonce) ":" unq(cnonce). */
    int rc = hash_join(alg, (const char *[]){user, realm, password}, 3, ha1);
    if (rc < 0) return rc;
    if (alg_sess(alg)) {
        memcpy(tmp, ha1, sizeof ha1);
        rc = hash_join(alg, (const char *[]){tmp, nonce, cnonce}, 3, ha1);
        if (rc < 0) return rc;
    }
    /* §3.4.3: A2 = Method ":" request-uri (qop=auth or none). */
    rc = hash_join(alg, (const char *[]){method, uri}, 2, ha2);
    if (rc < 0) return rc;
    /* §3.4.1: KD(H(A1), nonce:nc:cnonce:qop:H(A2)); RFC 2069 (no qop):
     * KD(H(A1), nonce:H(A2)). */
    if (with_qop)
        rc = hash_join(alg, (const char *[]){ha1, nonce, nc, cnonce, qop, ha2}, 6, out);
    else
        rc = hash_join(alg, (const char *[]){ha1, nonce, ha2}, 3, out);
    OPENSSL_cleanse(ha1, sizeof ha1);
    OPENSSL_cleanse(tmp, sizeof tmp);
    return rc;
}

/* ------------------------------------------------------------- params */

/* The value of an auth-param into out (NUL-terminated), unquoted. The
 * grammar (auth_param, grammar/sip_headers.rl) only lets through a token or
 * a whole quoted-string, which loses its quotes and its quoted-pairs their
 * backslash (RFC 3261 §25.1). Returns the length, or -1 when it does not
 * fit. */
static int unq(fsip_str v, char *out, size_t cap)
{
    const char *p = v.ptr;
    size_t n = p ? v.len : 0, o = 0;
    bool quoted = n >= 2 && p[0] == '"';
    if (quoted) {
        p++;
        n -= 2;
    }
    for (size_t i = 0; i < n; i++) {
        if (quoted && p[i] == '\\') i++;
        if (o + 1 >= cap) return -1;
        out[o++] = p[i];
    }
    out[o] = 0;
    return (int)o;
}

/* Param `name` unquoted into out; 0 absent, 1 present, -1 too long. */
static int param(const fsip_auth *a, const char *name, char *out, size_t cap)
{
    const fsip_param *p = fsip_params_find(&a->params, name);
    if (!p) {
        if (cap) out[0] = 0;
        return 0;
    }
    return unq(p->value, out, cap) < 0 ? -1 : 1;
}

/* Appends s as a quoted-string (escaping '"' and '\'). */
static bool put_q(char *out, size_t cap, size_t *o, const char *s)
{
    if (*o + 1 >= cap) return false;
    out[(*o)++] = '"';
    for (; *s; s++) {
        if (*o + 3 >= cap) return false;
        if (*s == '"' || *s == '\\') out[(*o)++] = '\\';
        out[(*o)++] = *s;
    }
    out[(*o)++] = '"';
    out[*o] = 0;
    return true;
}

static bool put_s(char *out, size_t cap, size_t *o, const char *s)
{
    size_t n = strlen(s);
    if (*o + n + 1 > cap) return false;
    memcpy(out + *o, s, n + 1);
    *o += n;
    return true;
}

static void *amalloc(const fsip_allocator *a, size_t n)
{
    return a->malloc(n, a->arg);
}

static void afree(const fsip_allocator *a, void *p)
{
    if (p) a->free(p, a->arg);
}

static char *astrdup(const fsip_allocator *a, const char *s)
{
    size_t n = strlen(s);
    char *r = amalloc(a, n + 1);
    if (r) memcpy(r, s, n + 1);
    return r;
}

/* `bytes` random bytes in hex; false when the generator has no entropy. */
static bool rand_hex(char *out, size_t bytes)
{
    unsigned char b[32];
    if (bytes > sizeof b) bytes = sizeof b;
    if (RAND_bytes(b, (int)bytes) != 1) return false;
    hex_of(b, bytes, out);
    return true;
}

/* ------------------------------------------------------------- client */

/* One Digest challenge, unquoted. */
struct chal {
    bool proxy, stale, qop, has_opaque;
    int alg;
    char realm[AUTH_MAX_FIELD], nonce[AUTH_MAX_FIELD], opaque[AUTH_MAX_FIELD];
};

/* A realm's challenge as last answered. */
struct realm_mem {
    struct chal ch;
    bool used;
    bool from_challenge; /* the last use answered a challenge (nc 1), not authorize() */
    uint32_t nc;
    uint64_t age;
    char call_id[64]; /* of the request that answered the nonce (truncated) */
};

/* The Call-ID of m, truncated to the size kept. */
static void call_id_of(const fsip_msg *m, char *out, size_t cap)
{
    fsip_str id = fsip_msg_call_id(m);
    size_t n = id.ptr ? (id.len < cap - 1 ? id.len : cap - 1) : 0;
    if (n) memcpy(out, id.ptr, n);
    out[n] = 0;
}

struct fsip_auth_client {
    const fsip_allocator *alloc;
    char *username, *password;
    fsip_credentials_fn credentials;
    void *credentials_arg;
    uint64_t tick;
    struct realm_mem mem[AUTH_MAX_REALMS];
};

int fsip_auth_client_new(const fsip_auth_client_config *cfg, fsip_auth_client **out)
{
    if (!cfg || !out) return FSIP_EINVAL;
    *out = NULL;
    if (!cfg->credentials && !cfg->username) return FSIP_EINVAL;
    const fsip_allocator *a = cfg->alloc ? cfg->alloc : fsip_allocator_default();
    fsip_auth_client *c = amalloc(a, sizeof *c);
    if (!c) return FSIP_ENOMEM;
    memset(c, 0, sizeof *c);
    c->alloc = a;
    c->credentials = cfg->credentials;
    c->credentials_arg = cfg->credentials_arg;
    if (!cfg->credentials) {
        c->username = astrdup(a, cfg->username);
        c->password = astrdup(a, cfg->password ? cfg->password : "");
        if (!c->username || !c->password) {
            fsip_auth_client_free(c);
            return FSIP_ENOMEM;
        }
    }
    *out = c;
    return 0;
}

void fsip_auth_client_free(fsip_auth_client *c)
{
    if (!c) return;
    if (c->password) OPENSSL_cleanse(c->password, strlen(c->password));
    afree(c->alloc, c->username);
    afree(c->alloc, c->password);
    const fsip_allocator *a = c->alloc;
    OPENSSL_cleanse(c, sizeof *c);
    afree(a, c);
}

void fsip_auth_client_reset(fsip_auth_client *c)
{
    if (c) memset(c->mem, 0, sizeof c->mem);
}

static int lookup(fsip_auth_client *c, const char *realm, char *user, char *pass)
{
    if (c->credentials) {
        user[0] = pass[0] = 0;
        int rc =
            c->credentials(realm, user, AUTH_MAX_FIELD, pass, AUTH_MAX_FIELD, c->credentials_arg);
        if (rc < 0) return FSIP_ENOTFOUND;
        user[AUTH_MAX_FIELD - 1] = pass[AUTH_MAX_FIELD - 1] = 0;
        return 0;
    }
    if (strlen(c->username) >= AUTH_MAX_FIELD || strlen(c->password) >= AUTH_MAX_FIELD)
        return FSIP_ENOTFOUND;
    strcpy(user, c->username);
    strcpy(pass, c->password);
    return 0;
}

static struct realm_mem *mem_find(fsip_auth_client *c, const char *realm, bool proxy)
{
    for (int i = 0; i < AUTH_MAX_REALMS; i++)
        if (c->mem[i].used && c->mem[i].ch.proxy == proxy && !strcmp(c->mem[i].ch.realm, realm))
            return &c->mem[i];
    return NULL;
}

static struct realm_mem *mem_slot(fsip_auth_client *c, const char *realm, bool proxy)
{
    struct realm_mem *m = mem_find(c, realm, proxy), *old = &c->mem[0];
    if (m) return m;
    for (int i = 0; i < AUTH_MAX_REALMS; i++) {
        if (!c->mem[i].used) return &c->mem[i];
        if (c->mem[i].age < old->age) old = &c->mem[i];
    }
    return old; /* the least recently used realm is forgotten */
}

/* Reads challenge `a` into *ch. Returns 0, FSIP_ENOTSUP (not Digest, an
 * unknown algorithm, qop without "auth") or FSIP_EPARSE. */
static int chal_read(const fsip_auth *a, bool proxy, struct chal *ch)
{
    char tmp[AUTH_MAX_FIELD];
    memset(ch, 0, sizeof *ch);
    ch->proxy = proxy;
    if (!a) return FSIP_EPARSE;
    if (!fsip_str_caseeq(a->scheme, "Digest")) return FSIP_ENOTSUP;
    if (param(a, "realm", ch->realm, sizeof ch->realm) != 1) return FSIP_EPARSE;
    if (param(a, "nonce", ch->nonce, sizeof ch->nonce) != 1 || !ch->nonce[0]) return FSIP_EPARSE;
    int r = param(a, "opaque", ch->opaque, sizeof ch->opaque);
    if (r < 0) return FSIP_EPARSE;
    ch->has_opaque = r == 1;
    r = param(a, "algorithm", tmp, sizeof tmp);
    if (r < 0) return FSIP_EPARSE;
    ch->alg = r ? alg_parse(tmp) : FSIP_DIGEST_MD5; /* RFC 7616 §3.3: default MD5 */
    if (ch->alg < 0) return FSIP_ENOTSUP;
    r = param(a, "stale", tmp, sizeof tmp);
    if (r < 0) return FSIP_EPARSE;
    ch->stale = r && fsip_str_caseeq(fsip_str_c(tmp), "true");
    r = param(a, "qop", tmp, sizeof tmp);
    if (r < 0) return FSIP_EPARSE;
    if (r) {
        /* RFC 7616 §3.3: auth-int alone cannot be answered here. */
        if (!fsip__list_has(tmp, fsip_str_c("auth"), true)) return FSIP_ENOTSUP;
        ch->qop = true;
    }
    return 0;
}

/* RFC 8760 §2.4: SHA-256 before MD5 when a realm offers both. */
static int alg_rank(int alg)
{
    return alg_sha256((fsip_digest_alg)alg) ? 2 : 1;
}

/* Whether the request carries credentials of our own for `realm` with
 * `nonce` (the header kind of `proxy`). */
static bool carries(const fsip_msg *req, bool proxy, const char *realm, const char *nonce)
{
    fsip_hdr_id id = proxy ? FSIP_HDR_PROXY_AUTHORIZATION : FSIP_HDR_AUTHORIZATION;
    char r[AUTH_MAX_FIELD], n[AUTH_MAX_FIELD];
    for (const fsip_hdr *h = fsip_msg_hdr_first(req, id); h; h = fsip_msg_hdr_next(req, h)) {
        if (!h->p.auth) continue;
        if (param(h->p.auth, "realm", r, sizeof r) == 1 && !strcmp(r, realm) &&
            param(h->p.auth, "nonce", n, sizeof n) == 1 && !strcmp(n, nonce))
            return true;
    }
    return false;
}

/* The credentials header value for challenge / memory m on req. */
static int build(const struct realm_mem *m, const fsip_msg *req, const char *user, const char *pass,
                 char *out, size_t cap)
{
    const fsip_uri *ru = fsip_msg_request_uri(req);
    fsip_str ms = fsip_msg_method_name(req);
    char uri[AUTH_MAX_FIELD * 4], method[32], nc[9], cnonce[33], resp[65];
    if (!ru || !ru->raw.ptr || ru->raw.len >= sizeof uri || !ms.ptr || ms.len >= sizeof method)
        return FSIP_EINVAL;
    memcpy(uri, ru->raw.ptr, ru->raw.len);
    uri[ru->raw.len] = 0;
    memcpy(method, ms.ptr, ms.len);
    method[ms.len] = 0;
    /* RFC 7616 §3.4: nc counts the requests sent with this nonce, eight
     * hex digits; a fresh cnonce per request. */
    snprintf(nc, sizeof nc, "%08x", (unsigned)m->nc);
    if (!rand_hex(cnonce, 16)) return FSIP_ENOMEM;
    bool cn = m->ch.qop || alg_sess((fsip_digest_alg)m->ch.alg);
    int rc = fsip_digest_response((fsip_digest_alg)m->ch.alg, user, m->ch.realm, pass, method, uri,
                                  m->ch.nonce, nc, cn ? cnonce : NULL, m->ch.qop ? "auth" : NULL,
                                  resp, sizeof resp);
    if (rc < 0) return rc;
    size_t o = 0;
    bool ok = put_s(out, cap, &o, "Digest username=") && put_q(out, cap, &o, user) &&
              put_s(out, cap, &o, ", realm=") && put_q(out, cap, &o, m->ch.realm) &&
              put_s(out, cap, &o, ", nonce=") && put_q(out, cap, &o, m->ch.nonce) &&
              put_s(out, cap, &o, ", uri=") && put_q(out, cap, &o, uri) &&
              put_s(out, cap, &o, ", response=") && put_q(out, cap, &o, resp) &&
              put_s(out, cap, &o, ", algorithm=") &&
              put_s(out, cap, &o, fsip_digest_alg_name((fsip_digest_alg)m->ch.alg));
    if (ok && cn) ok = put_s(out, cap, &o, ", cnonce=") && put_q(out, cap, &o, cnonce);
    if (ok && m->ch.qop) ok = put_s(out, cap, &o, ", qop=auth, nc=") && put_s(out, cap, &o, nc);
    if (ok && m->ch.has_opaque)
        ok = put_s(out, cap, &o, ", opaque=") && put_q(out, cap, &o, m->ch.opaque);
    OPENSSL_cleanse(resp, sizeof resp);
    return ok ? 0 : FSIP_EINVAL;
}

/* A header value kept while the others of its name are replaced. */
struct kept {
    bool proxy;
    char *v;
};

int fsip_auth_client_respond(fsip_auth_client *c, const fsip_msg *challenge, fsip_msg *retry)
{
    if (!c || !challenge || !retry || fsip_msg_is_request(challenge) || !fsip_msg_is_request(retry))
        return FSIP_EINVAL;
    /* Every Digest challenge, the best per (kind, realm). */
    struct chal *best = amalloc(c->alloc, sizeof(struct chal) * (AUTH_MAX_REALMS + 1));
    if (!best) return FSIP_ENOMEM;
    struct chal *cur = &best[AUTH_MAX_REALMS];
    int n_best = 0, seen = 0, parse_err = 0, unsup = 0;
    for (int k = 0; k < 2; k++) {
        bool proxy = k == 1;
        fsip_hdr_id id = proxy ? FSIP_HDR_PROXY_AUTHENTICATE : FSIP_HDR_WWW_AUTHENTICATE;
        for (const fsip_hdr *h = fsip_msg_hdr_first(challenge, id); h && seen < AUTH_MAX_CHAL;
             h = fsip_msg_hdr_next(challenge, h), seen++) {
            int rc = chal_read(h->p.auth, proxy, cur);
            if (rc == FSIP_ENOTSUP) unsup++;
            if (rc == FSIP_EPARSE) parse_err++;
            if (rc < 0) continue;
            int i = 0;
            while (i < n_best && !(best[i].proxy == proxy && !strcmp(best[i].realm, cur->realm)))
                i++;
            if (i == n_best) {
                if (n_best == AUTH_MAX_REALMS) continue;
                n_best++;
            } else if (alg_rank(cur->alg) <= alg_rank(best[i].alg))
                continue;
            best[i] = *cur;
        }
    }
    int rc = 0;
    if (!n_best) {
        rc = unsup && !parse_err ? FSIP_ENOTSUP : FSIP_EPARSE;
        afree(c->alloc, best);
        return rc;
    }
    /* Work out every header before touching the request. */
    char *vals = amalloc(c->alloc, (size_t)n_best * AUTH_HDR_CAP);
    char *user = amalloc(c->alloc, 2 * AUTH_MAX_FIELD);
    struct realm_mem *nm = amalloc(c->alloc, sizeof *nm * (size_t)n_best);
    if (!vals || !user || !nm) {
        rc = FSIP_ENOMEM;
        goto out;
    }
    char *pass = user + AUTH_MAX_FIELD;
    bool answered[AUTH_MAX_REALMS] = {0};
    int n_ans = 0, refused = 0;
    char cid[sizeof nm->call_id];
    call_id_of(retry, cid, sizeof cid);
    for (int i = 0; i < n_best; i++) {
        struct chal *ch = &best[i];
        struct realm_mem *m = mem_find(c, ch->realm, ch->proxy);
        /* RFC 3261 §22.2 / RFC 7616 §3.3: challenged again, without
         * stale=true, for what we just sent (the request carries our answer
         * to the last challenge, or it is the same call and the same nonce
         * again): the password is wrong; never send it again. The same
         * nonce for another call is no refusal: a server may hand one nonce
         * to every challenge of the same second (Kamailio does). */
        if (m && !ch->stale &&
            ((!strcmp(m->ch.nonce, ch->nonce) && !strcmp(m->call_id, cid)) ||
             (m->from_challenge && carries(retry, ch->proxy, ch->realm, m->ch.nonce)))) {
            refused++;
            continue;
        }
        if (lookup(c, ch->realm, user, pass) < 0) continue;
        struct realm_mem *t = &nm[i];
        memset(t, 0, sizeof *t);
        t->ch = *ch;
        t->used = true;
        t->from_challenge = true;
        t->nc = 1;
        memcpy(t->call_id, cid, sizeof t->call_id);
        rc = build(t, retry, user, pass, vals + (size_t)i * AUTH_HDR_CAP, AUTH_HDR_CAP);
        if (rc < 0) goto out;
        answered[i] = true;
        n_ans++;
    }
    if (!n_ans) {
        /* Each realm was refused or has no credentials. */
        rc = refused ? FSIP_EAUTH : FSIP_ENOTFOUND;
        goto out;
    }
    /* Keep the credentials for realms not challenged now (a proxy's, when
     * the next hop challenges), drop those being answered again. */
    struct kept keep[2 * AUTH_MAX_REALMS];
    int n_keep = 0;
    char r[AUTH_MAX_FIELD];
    for (int k = 0; k < 2; k++) {
        bool proxy = k == 1;
        fsip_hdr_id id = proxy ? FSIP_HDR_PROXY_AUTHORIZATION : FSIP_HDR_AUTHORIZATION;
        for (const fsip_hdr *h = fsip_msg_hdr_first(retry, id); h;
             h = fsip_msg_hdr_next(retry, h)) {
            bool again = false;
            if (h->p.auth && param(h->p.auth, "realm", r, sizeof r) == 1)
                for (int i = 0; i < n_best; i++)
                    if (answered[i] && best[i].proxy == proxy && !strcmp(best[i].realm, r))
                        again = true;
            if (again || n_keep == 2 * AUTH_MAX_REALMS) continue;
            /* Credentials from a challenge we remember go with the next nc
             * (RFC 7616 §3.4: a new request, a new count); others as they
             * were. */
            char n[AUTH_MAX_FIELD];
            struct realm_mem *m = h->p.auth ? mem_find(c, r, proxy) : NULL;
            bool fresh = m && param(h->p.auth, "nonce", n, sizeof n) == 1 &&
                         !strcmp(n, m->ch.nonce) && lookup(c, m->ch.realm, user, pass) == 0;
            char *v = amalloc(c->alloc, fresh ? AUTH_HDR_CAP : h->value.len + 1);
            if (v && fresh) {
                if (m->ch.qop) m->nc++;
                m->from_challenge = false;
                if (build(m, retry, user, pass, v, AUTH_HDR_CAP) < 0) {
                    afree(c->alloc, v);
                    v = NULL;
                }
            } else if (v) {
                memcpy(v, h->value.ptr, h->value.len);
                v[h->value.len] = 0;
            }
            if (!v) {
                rc = FSIP_ENOMEM;
                for (int j = 0; j < n_keep; j++)
                    afree(c->alloc, keep[j].v);
                goto out;
            }
            keep[n_keep].proxy = proxy;
            keep[n_keep++].v = v;
        }
    }
    fsip_msg_hdr_remove(retry, "Authorization");
    fsip_msg_hdr_remove(retry, "Proxy-Authorization");
    for (int j = 0; j < n_keep; j++) {
        if (!rc)
            rc = fsip_msg_hdr_add(retry, keep[j].proxy ? "Proxy-Authorization" : "Authorization",
                                  keep[j].v);
        afree(c->alloc, keep[j].v);
    }
    for (int i = 0; i < n_best && !rc; i++) {
        if (!answered[i]) continue;
        rc = fsip_msg_hdr_add(retry, best[i].proxy ? "Proxy-Authorization" : "Authorization",
                              vals + (size_t)i * AUTH_HDR_CAP);
        if (rc) break;
        struct realm_mem *m = mem_slot(c, best[i].realm, best[i].proxy);
        *m = nm[i];
        m->age = ++c->tick;
    }
out:
    if (user) OPENSSL_cleanse(user, 2 * AUTH_MAX_FIELD);
    afree(c->alloc, user);
    afree(c->alloc, vals);
    afree(c->alloc, nm);
    afree(c->alloc, best);
    return rc;
}

int fsip_auth_client_authorize(fsip_auth_client *c, fsip_msg *req)
{
    if (!c || !req || !fsip_msg_is_request(req)) return FSIP_EINVAL;
    char *buf = amalloc(c->alloc, AUTH_HDR_CAP + 2 * AUTH_MAX_FIELD);
    if (!buf) return FSIP_ENOMEM;
    char *user = buf + AUTH_HDR_CAP, *pass = user + AUTH_MAX_FIELD;
    int added = 0, rc = 0;
    for (int i = 0; i < AUTH_MAX_REALMS; i++) {
        struct realm_mem *m = &c->mem[i];
        if (!m->used || lookup(c, m->ch.realm, user, pass) < 0) continue;
        if (m->ch.qop) m->nc++; /* RFC 7616 §3.4: the next use of the nonce */
        rc = build(m, req, user, pass, buf, AUTH_HDR_CAP);
        if (!rc)
            rc = fsip_msg_hdr_add(req, m->ch.proxy ? "Proxy-Authorization" : "Authorization", buf);
        if (rc) break;
        m->from_challenge = false;
        m->age = ++c->tick;
        added++;
    }
    OPENSSL_cleanse(buf, AUTH_HDR_CAP + 2 * AUTH_MAX_FIELD);
    afree(c->alloc, buf);
    return rc ? rc : added;
}

/* ------------------------------------------------------------- server */

struct nonce_slot {
    uint64_t serial; /* 0: free */
    uint32_t nc;     /* highest nc accepted */
};

struct fsip_auth_server {
    const fsip_allocator *alloc;
    fsip_auth_server_config cfg;
    char *realm;
    unsigned char key[32];
    uint64_t serial;
    struct nonce_slot *slots; /* cfg.max_nonces, by serial modulo */
};

void fsip_auth_server_config_init(fsip_auth_server_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->nonce_ttl_s = 300;
    cfg->max_nonces = 4096;
    cfg->sha256 = true;
    cfg->md5 = true;
}

int fsip_auth_server_new(const fsip_auth_server_config *cfg, fsip_auth_server **out)
{
    if (!cfg || !out) return FSIP_EINVAL;
    *out = NULL;
    if (!cfg->realm || !*cfg->realm || strlen(cfg->realm) >= AUTH_MAX_FIELD || !cfg->password ||
        (!cfg->sha256 && !cfg->md5))
        return FSIP_EINVAL;
    const fsip_allocator *a = cfg->alloc ? cfg->alloc : fsip_allocator_default();
    fsip_auth_server *s = amalloc(a, sizeof *s);
    if (!s) return FSIP_ENOMEM;
    memset(s, 0, sizeof *s);
    s->alloc = a;
    s->cfg = *cfg;
    if (!s->cfg.nonce_ttl_s) s->cfg.nonce_ttl_s = 300;
    if (!s->cfg.max_nonces) s->cfg.max_nonces = 4096;
    if (s->cfg.max_nonces > (1u << 24)) s->cfg.max_nonces = 1u << 24;
    s->realm = astrdup(a, cfg->realm);
    s->slots = amalloc(a, sizeof *s->slots * s->cfg.max_nonces);
    if (!s->realm || !s->slots) {
        fsip_auth_server_free(s);
        return FSIP_ENOMEM;
    }
    s->cfg.realm = s->realm;
    memset(s->slots, 0, sizeof *s->slots * s->cfg.max_nonces);
    if (RAND_bytes(s->key, sizeof s->key) != 1) {
        fsip_auth_server_free(s);
        return FSIP_ENOMEM;
    }
    *out = s;
    return 0;
}

void fsip_auth_server_free(fsip_auth_server *s)
{
    if (!s) return;
    const fsip_allocator *a = s->alloc;
    afree(a, s->realm);
    afree(a, s->slots);
    OPENSSL_cleanse(s->key, sizeof s->key);
    afree(a, s);
}

static void be64(unsigned char *p, uint64_t v)
{
    for (int i = 7; i >= 0; i--, v >>= 8)
        p[i] = (unsigned char)v;
}

static uint64_t rd64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = v << 8 | p[i];
    return v;
}

static bool nonce_mac(const fsip_auth_server *s, const unsigned char *ts_serial, unsigned char *mac)
{
    unsigned char full[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    unsigned char msg[AUTH_NONCE_SERIAL + AUTH_MAX_FIELD];
    size_t rl = strlen(s->realm);
    memcpy(msg, ts_serial, AUTH_NONCE_SERIAL);
    memcpy(msg + AUTH_NONCE_SERIAL, s->realm, rl);
    if (!HMAC(EVP_sha256(), s->key, sizeof s->key, msg, AUTH_NONCE_SERIAL + rl, full, &len) ||
        len < AUTH_NONCE_MAC)
        return false;
    memcpy(mac, full, AUTH_NONCE_MAC);
    return true;
}

#define NONCE_HEX (2 * (AUTH_NONCE_SERIAL + AUTH_NONCE_MAC))

/* A nonce: hex of issue time (ms), serial and HMAC of both and the realm. */
static bool nonce_new(fsip_auth_server *s, uint64_t now_ms, char *out)
{
    unsigned char b[AUTH_NONCE_SERIAL + AUTH_NONCE_MAC];
    uint64_t serial = ++s->serial;
    be64(b, now_ms);
    be64(b + 8, serial);
    if (!nonce_mac(s, b, b + AUTH_NONCE_SERIAL)) return false;
    hex_of(b, sizeof b, out);
    struct nonce_slot *sl = &s->slots[serial % s->cfg.max_nonces];
    sl->serial = serial; /* evicts the oldest in this slot */
    sl->nc = 0;
    return true;
}

/* The slot of a nonce we issued, still tracked and not expired, or NULL. */
static struct nonce_slot *nonce_check(fsip_auth_server *s, const char *nonce, uint64_t now_ms)
{
    unsigned char b[AUTH_NONCE_SERIAL + AUTH_NONCE_MAC], mac[AUTH_NONCE_MAC];
    if (strlen(nonce) != NONCE_HEX) return NULL;
    for (size_t i = 0; i < sizeof b; i++) {
        int hi = fsip__hexval(nonce[2 * i]), lo = fsip__hexval(nonce[2 * i + 1]);
        if (hi < 0 || lo < 0) return NULL;
        b[i] = (unsigned char)(hi << 4 | lo);
    }
    if (!nonce_mac(s, b, mac) || CRYPTO_memcmp(mac, b + AUTH_NONCE_SERIAL, AUTH_NONCE_MAC))
        return NULL;
    uint64_t ts = rd64(b), serial = rd64(b + 8);
    if (now_ms < ts || now_ms - ts > (uint64_t)s->cfg.nonce_ttl_s * 1000) return NULL;
    struct nonce_slot *sl = &s->slots[serial % s->cfg.max_nonces];
    return sl->serial == serial ? sl : NULL;
}

fsip_auth_verdict fsip_auth_server_check(fsip_auth_server *s, const fsip_msg *req, uint64_t now_ms,
                                         char *user_out, size_t user_cap)
{
    if (!s || !req || !fsip_msg_is_request(req)) return FSIP_AUTH_BAD;
    fsip_hdr_id id = s->cfg.proxy ? FSIP_HDR_PROXY_AUTHORIZATION : FSIP_HDR_AUTHORIZATION;
    const fsip_auth *a = NULL;
    char *f = amalloc(s->alloc, 11 * AUTH_MAX_FIELD);
    if (!f) return FSIP_AUTH_MISSING; /* a new challenge; nothing is granted */
    char *realm = f, *user = f + AUTH_MAX_FIELD, *nonce = f + 2 * AUTH_MAX_FIELD,
         *uri = f + 3 * AUTH_MAX_FIELD, *resp = f + 4 * AUTH_MAX_FIELD,
         *algs = f + 5 * AUTH_MAX_FIELD, *qop = f + 6 * AUTH_MAX_FIELD,
         *nc = f + 7 * AUTH_MAX_FIELD, *cnonce = f + 8 * AUTH_MAX_FIELD,
         *pass = f + 9 * AUTH_MAX_FIELD, *want = f + 10 * AUTH_MAX_FIELD;
    fsip_auth_verdict v = FSIP_AUTH_MISSING;
    for (const fsip_hdr *h = fsip_msg_hdr_first(req, id); h; h = fsip_msg_hdr_next(req, h)) {
        if (!h->p.auth || !fsip_str_caseeq(h->p.auth->scheme, "Digest")) continue;
        int r = param(h->p.auth, "realm", realm, AUTH_MAX_FIELD);
        if (r == 1 && !strcmp(realm, s->realm)) {
            a = h->p.auth;
            break;
        }
    }
    if (!a) goto out;
    v = FSIP_AUTH_BAD;
    if (param(a, "username", user, AUTH_MAX_FIELD) != 1 ||
        param(a, "nonce", nonce, AUTH_MAX_FIELD) != 1 ||
        param(a, "uri", uri, AUTH_MAX_FIELD) != 1 ||
        param(a, "response", resp, AUTH_MAX_FIELD) != 1)
        goto out;
    int r = param(a, "algorithm", algs, AUTH_MAX_FIELD);
    if (r < 0) goto out;
    int alg = r ? alg_parse(algs) : FSIP_DIGEST_MD5;
    if (alg < 0) goto out;
    if ((alg_sha256((fsip_digest_alg)alg) && !s->cfg.sha256) ||
        (!alg_sha256((fsip_digest_alg)alg) && !s->cfg.md5) || alg_sess((fsip_digest_alg)alg)) {
        v = FSIP_AUTH_FAILED; /* not offered: we issue no -sess challenge */
        goto out;
    }
    r = param(a, "qop", qop, AUTH_MAX_FIELD);
    if (r < 0) goto out;
    uint32_t ncv = 1;
    if (r) {
        if (strcmp(qop, "auth")) goto out;
        if (param(a, "nc", nc, AUTH_MAX_FIELD) != 1 || strlen(nc) != 8 ||
            param(a, "cnonce", cnonce, AUTH_MAX_FIELD) != 1 || !cnonce[0])
            goto out;
        ncv = 0;
        for (int i = 0; i < 8; i++) {
            int x = fsip__hexval(nc[i]);
            if (x < 0) goto out;
            ncv = ncv << 4 | (uint32_t)x;
        }
        if (!ncv) goto out;
    }
    /* RFC 7616 §3.4.6: the uri must name the Request-URI. */
    const fsip_uri *ru = fsip_msg_request_uri(req);
    fsip_str ms = fsip_msg_method_name(req);
    if (!ru || ru->raw.len != strlen(uri) || memcmp(ru->raw.ptr, uri, ru->raw.len) ||
        ms.len >= AUTH_MAX_FIELD) {
        v = FSIP_AUTH_FAILED;
        goto out;
    }
    char method[AUTH_MAX_FIELD];
    memcpy(method, ms.ptr, ms.len);
    method[ms.len] = 0;
    /* The request method: an ACK carries its INVITE's credentials
     * (RFC 3261 §22.1), computed over INVITE. */
    if (!strcmp(method, "ACK")) strcpy(method, "INVITE");
    pass[0] = 0;
    if (s->cfg.password(user, s->realm, pass, AUTH_MAX_FIELD, s->cfg.password_arg) < 0) {
        v = FSIP_AUTH_FAILED;
        goto out;
    }
    pass[AUTH_MAX_FIELD - 1] = 0;
    if (fsip_digest_response((fsip_digest_alg)alg, user, s->realm, pass, method, uri, nonce, nc,
                             cnonce, r ? qop : NULL, want, AUTH_MAX_FIELD) < 0) {
        v = FSIP_AUTH_BAD;
        goto out;
    }
    size_t wl = strlen(want);
    if (strlen(resp) != wl || CRYPTO_memcmp(want, resp, wl)) {
        v = FSIP_AUTH_FAILED;
        goto out;
    }
    /* The password is right: the nonce decides. */
    struct nonce_slot *sl = nonce_check(s, nonce, now_ms);
    if (!sl) {
        v = FSIP_AUTH_STALE;
        goto out;
    }
    if (ncv <= sl->nc) {
        /* RFC 7616 §3.4: a repeated nc is a replay; without qop a nonce is
         * good once, after which the client is sent a fresh one. */
        v = r ? FSIP_AUTH_FAILED : FSIP_AUTH_STALE;
        goto out;
    }
    sl->nc = ncv;
    v = FSIP_AUTH_OK;
    if (user_out && user_cap) {
        size_t ul = strlen(user);
        if (ul >= user_cap) ul = user_cap - 1;
        memcpy(user_out, user, ul);
        user_out[ul] = 0;
    }
out:
    OPENSSL_cleanse(f, 11 * AUTH_MAX_FIELD);
    afree(s->alloc, f);
    return v;
}

fsip_msg *fsip_auth_server_challenge(fsip_auth_server *s, const fsip_msg *req, bool stale,
                                     uint64_t now_ms)
{
    if (!s || !req) return NULL;
    fsip_msg *r = fsip_msg_new_response(s->cfg.proxy ? 407 : 401, NULL, req, s->alloc);
    if (!r) return NULL;
    char nonce[NONCE_HEX + 1], v[AUTH_HDR_CAP];
    if (!nonce_new(s, now_ms, nonce)) goto fail;
    const char *name = s->cfg.proxy ? "Proxy-Authenticate" : "WWW-Authenticate";
    /* RFC 8760 §2.4: one challenge per algorithm, the preferred first. */
    for (int k = 0; k < 2; k++) {
        if (k == 0 ? !s->cfg.sha256 : !s->cfg.md5) continue;
        size_t o = 0;
        bool ok = put_s(v, sizeof v, &o, "Digest realm=") && put_q(v, sizeof v, &o, s->realm) &&
                  put_s(v, sizeof v, &o, ", nonce=") && put_q(v, sizeof v, &o, nonce) &&
                  put_s(v, sizeof v, &o, ", algorithm=") &&
                  put_s(v, sizeof v, &o, k == 0 ? "SHA-256" : "MD5") &&
                  put_s(v, sizeof v, &o, ", qop=\"auth\"");
        if (ok && stale) ok = put_s(v, sizeof v, &o, ", stale=true");
        if (!ok || fsip_msg_hdr_add(r, name, v)) goto fail;
    }
    return r;
fail:
    fsip_msg_free(r);
    return NULL;
}
