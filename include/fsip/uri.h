/* fsip — URIs: sip/sips (RFC 3261 §19.1), tel (RFC 3966) and any other
 * absoluteURI, kept opaque.
 *
 * A parsed URI is a set of views into the text it was parsed from; it owns
 * nothing. Params and headers are stored as arrays that live in the same
 * arena as the text (a message's arena, or one the caller supplies).
 */
#ifndef FSIP_URI_H
#define FSIP_URI_H

#include "fsip/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A `name[=value]` parameter. value.ptr == NULL when there was no '='. The
 * views are as written (escaped, or quoted for header params). */
typedef struct fsip_param {
    fsip_str name;
    fsip_str value;
} fsip_param;

typedef struct fsip_params {
    const fsip_param *v;
    uint32_t n;
} fsip_params;

/* Finds a parameter by name (case-insensitive). Returns NULL when absent. */
const fsip_param *fsip_params_find(const fsip_params *ps, const char *name);

typedef enum fsip_uri_scheme {
    FSIP_URI_OTHER = 0, /* any absoluteURI: only scheme and opaque are set */
    FSIP_URI_SIP,
    FSIP_URI_SIPS,
    FSIP_URI_TEL
} fsip_uri_scheme;

typedef enum fsip_host_type {
    FSIP_HOST_NONE = 0,
    FSIP_HOST_NAME, /* hostname */
    FSIP_HOST_IPV4, /* IPv4address */
    FSIP_HOST_IPV6  /* IPv6reference; `host` holds the address without [] */
} fsip_host_type;

typedef struct fsip_uri {
    fsip_uri_scheme scheme;
    fsip_host_type host_type;
    fsip_str raw;        /* the whole URI as written */
    fsip_str scheme_s;   /* "sip", "SIPS", "tel", "http", ... as written */
    fsip_str user;       /* sip/sips user part (escaped), tel number */
    fsip_str password;   /* sip/sips */
    fsip_str host;       /* sip/sips; IPv6 without the brackets */
    uint32_t port;       /* 0 when absent */
    fsip_str opaque;     /* everything after "scheme:" for FSIP_URI_OTHER */
    fsip_params params;  /* uri-parameters (sip/sips/tel), escaped */
    fsip_params headers; /* ?hname=hvalue&... (sip/sips), escaped */
} fsip_uri;

/* Flags for fsip_uri_parse(). */
enum fsip_uri_flags {
    /* The URI stands in a context (Request-URI, addr-spec outside <>) where a
     * headers component is not allowed (RFC 3261 §19.1.1 table). */
    FSIP_URI_NO_HEADERS = 1u << 0
};

/* Parses `len` bytes at `s` as a URI into *out. Param/header arrays are
 * allocated with `alloc` (NULL: the default allocator) and must be released
 * with fsip_uri_release(). Returns 0, FSIP_EPARSE (with *err_offset set to
 * the offending byte when err_offset is not NULL), or FSIP_ENOMEM. */
int fsip_uri_parse(const char *s, size_t len, unsigned flags, const fsip_allocator *alloc,
                   fsip_uri *out, size_t *err_offset);
void fsip_uri_release(fsip_uri *uri, const fsip_allocator *alloc);

/* RFC 3261 §19.1.4 URI comparison (sip/sips; other schemes compare their
 * text case-insensitively in scheme, byte-wise in the rest). Returns true
 * when equivalent. */
bool fsip_uri_equal(const fsip_uri *a, const fsip_uri *b);

/* Decodes %HH escapes of `len` bytes at `s` into `out` (which may alias
 * `s`); decodes once, never recursively. Returns the decoded length, or
 * FSIP_EPARSE for a malformed escape. `out` needs at most `len` bytes. */
int64_t fsip_unescape(const char *s, size_t len, char *out);

#ifdef __cplusplus
}
#endif
#endif
