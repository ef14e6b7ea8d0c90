/* fsip — HTTP Digest authentication for SIP (RFC 3261 §22, RFC 7616,
 * RFC 8760): a client that answers 401 / 407 challenges, and a server
 * helper that challenges requests and verifies their credentials.
 *
 * Algorithms: MD5, MD5-sess, SHA-256, SHA-256-sess (RFC 8760 §2), hashed
 * with OpenSSL's EVP. Quality of protection: "auth" (with nc and cnonce,
 * RFC 7616 §3.4) and none (RFC 2069 compatibility, RFC 3261 §22.4);
 * "auth-int" is not implemented (a challenge offering only auth-int cannot
 * be answered: FSIP_ENOTSUP).
 *
 * The client keeps, per realm, the last challenge it answered (nonce,
 * opaque, algorithm, qop, nc), so a later request to the same realm can be
 * authorized before it is challenged again (RFC 3261 §22.3, RFC 7616 §3.4:
 * nc counts up with each use of a nonce).
 *
 * The call layer (fsip/call.h, fsip_ua_config.auth) and the registration
 * client (fsip/register.h) use one fsip_auth_client each UA: a 401/407 to
 * an INVITE, re-INVITE, BYE, UPDATE, REFER, PRACK or REGISTER is answered
 * once per challenge by a new request with CSeq + 1 (RFC 3261 §22.2,
 * §8.1.3.5), the ACK of a 2xx carries the INVITE's credentials, and a
 * CANCEL none (it cannot be challenged, §22.1 / §9.1).
 *
 * Threads: an object belongs to the thread that uses it, like the stack.
 */
#ifndef FSIP_AUTH_H
#define FSIP_AUTH_H

#include "fsip/common.h"
#include "fsip/msg.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum fsip_digest_alg {
    FSIP_DIGEST_MD5 = 0,
    FSIP_DIGEST_MD5_SESS = 1,
    FSIP_DIGEST_SHA256 = 2,
    FSIP_DIGEST_SHA256_SESS = 3
} fsip_digest_alg;

/* "MD5", "MD5-sess", "SHA-256", "SHA-256-sess". */
const char *fsip_digest_alg_name(fsip_digest_alg alg);

/* ------------------------------------------------------------- client */

/* Credentials for `realm` (NUL-terminated, unquoted): writes the user name
 * and password (NUL-terminated) into the buffers. Returns 0, or
 * FSIP_ENOTFOUND when there are none for this realm. */
typedef int (*fsip_credentials_fn)(const char *realm, char *user, size_t user_cap, char *password,
                                   size_t password_cap, void *arg);

typedef struct fsip_auth_client_config {
    /* One user name and password for every realm (copied), or NULL ... */
    const char *username;
    const char *password;
    /* ... or a lookup per realm; used instead when set. */
    fsip_credentials_fn credentials;
    void *credentials_arg;
    const fsip_allocator *alloc; /* NULL: malloc */
} fsip_auth_client_config;

typedef struct fsip_auth_client fsip_auth_client; /* opaque */

/* Returns 0 and *out, FSIP_EINVAL (neither credentials nor a lookup) or
 * FSIP_ENOMEM. */
int fsip_auth_client_new(const fsip_auth_client_config *cfg, fsip_auth_client **out);
void fsip_auth_client_free(fsip_auth_client *c);

/* Answers the challenges of a 401 (WWW-Authenticate) or 407
 * (Proxy-Authenticate) response `challenge` on `retry`: the request to send
 * again, already carrying its new CSeq and Via branch; Authorization /
 * Proxy-Authorization headers of an earlier attempt are removed first.
 * Adds one header per realm it can answer (RFC 3261 §22.3: a 407 from
 * two forking proxies carries two challenges), choosing per realm the
 * strongest algorithm offered (SHA-256 before MD5, RFC 8760 §2.4) and
 * qop=auth when offered.
 * Returns 0 (send `retry`), or without changing it:
 *   FSIP_ENOTFOUND  no credentials for any challenged realm;
 *   FSIP_EAUTH      every realm repeats a nonce we already answered and
 *                   does not say stale=true: the credentials were refused
 *                   (RFC 7616 §3.3 stale: a stale nonce is retried);
 *   FSIP_ENOTSUP    only schemes, algorithms or qop values we lack;
 *   FSIP_EPARSE     no usable challenge (missing realm or nonce);
 *   FSIP_EINVAL / FSIP_ENOMEM. */
int fsip_auth_client_respond(fsip_auth_client *c, const fsip_msg *challenge, fsip_msg *retry);

/* Adds credentials to a new request from the challenges remembered for
 * the realms answered last (nc + 1 with qop=auth). For a request to the
 * same proxy or registrar that would otherwise be challenged again. Returns
 * the number of headers added (0: nothing remembered), FSIP_EINVAL (not a
 * request, or credentials that do not fit a header) or FSIP_ENOMEM. */
int fsip_auth_client_authorize(fsip_auth_client *c, fsip_msg *req);

/* Forgets every remembered challenge (e.g. after a registrar restart). */
void fsip_auth_client_reset(fsip_auth_client *c);

/* ------------------------------------------------------------- server */

/* The password of `user` in `realm` (NUL-terminated) into `password`.
 * Returns 0, or FSIP_ENOTFOUND for an unknown user. */
typedef int (*fsip_password_fn)(const char *user, const char *realm, char *password,
                                size_t password_cap, void *arg);

typedef struct fsip_auth_server_config {
    const char *realm;         /* required (copied), e.g. "example.com" */
    bool proxy;                /* 407 + Proxy-Authenticate / Proxy-Authorization;
                                  false: 401 + WWW-Authenticate / Authorization */
    uint32_t nonce_ttl_s;      /* a nonce is good this long, then stale (default 300) */
    uint32_t max_nonces;       /* nonces tracked for nc replay protection (default 4096);
                                  the oldest is forgotten (its next use is stale) */
    bool sha256;               /* offer SHA-256 (default true) ... */
    bool md5;                  /* ... and MD5 (default true): one challenge each */
    fsip_password_fn password; /* required */
    void *password_arg;
    const fsip_allocator *alloc; /* NULL: malloc */
} fsip_auth_server_config;

typedef struct fsip_auth_server fsip_auth_server; /* opaque */

void fsip_auth_server_config_init(fsip_auth_server_config *cfg);
/* Returns 0 and *out, FSIP_EINVAL (no realm, no password lookup, no
 * algorithm) or FSIP_ENOMEM. The nonce key is random per server. */
int fsip_auth_server_new(const fsip_auth_server_config *cfg, fsip_auth_server **out);
void fsip_auth_server_free(fsip_auth_server *s);

typedef enum fsip_auth_verdict {
    FSIP_AUTH_OK = 0,      /* credentials verified */
    FSIP_AUTH_MISSING = 1, /* no credentials for our realm: challenge */
    FSIP_AUTH_STALE = 2,   /* right password, nonce expired or unknown: challenge, stale=true */
    FSIP_AUTH_FAILED = 3,  /* wrong password or user, replayed nc, bad uri: 403 or challenge */
    FSIP_AUTH_BAD = 4      /* malformed credentials: 400 */
} fsip_auth_verdict;

/* Checks the credentials of request `req` for our realm at time `now_ms`
 * (any origin, the stack's clock). nc must grow per nonce (RFC 7616 §3.4
 * replay protection). On FSIP_AUTH_OK the user name is copied into `user`
 * (may be NULL). */
fsip_auth_verdict fsip_auth_server_check(fsip_auth_server *s, const fsip_msg *req, uint64_t now_ms,
                                         char *user, size_t user_cap);

/* Builds the challenge response to `req`: 401 or 407 with one
 * WWW-/Proxy-Authenticate per algorithm and a fresh nonce (stale=true when
 * `stale`). The caller sends it (fsip_txn_respond) and frees it. NULL on
 * allocation failure. */
fsip_msg *fsip_auth_server_challenge(fsip_auth_server *s, const fsip_msg *req, bool stale,
                                     uint64_t now_ms);

/* The response of the digest computation (RFC 7616 §3.4.1), lower-case hex
 * into `out` (65 bytes for SHA-256, 33 for MD5). Exposed for tests and
 * tools. qop NULL or "": the RFC 2069 form. Returns the hex length or
 * FSIP_EINVAL. */
int fsip_digest_response(fsip_digest_alg alg, const char *user, const char *realm,
                         const char *password, const char *method, const char *uri,
                         const char *nonce, const char *nc, const char *cnonce, const char *qop,
                         char *out, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
