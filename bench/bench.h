/* fsip bench — the contract between the shared driver (driver.c) and one
 * parser adapter (parse_fsip.c, parse_sofia.c, parse_osip.c, parse_libre.c).
 *
 * Every bench program is driver.c plus one adapter. Per message the adapter
 * does what a SIP stack does on every datagram it receives: create the
 * parser's message object from the bytes, extract the fields transaction and
 * dialog matching need (method or status, Request-URI, top Via branch, From
 * and To tags, Call-ID, CSeq, Content-Length), hand them to bench_use()
 * while the message is alive, and free the message.
 */
#ifndef FSIP_BENCH_H
#define FSIP_BENCH_H

#include <stddef.h>
#include <stdint.h>

/* A string as the parser hands it out: `n` bytes at `p`, or a NUL-terminated
 * string when n == BENCH_CSTR (sofia-sip and oSIP store C strings; measuring
 * them with strlen would charge the peer for work a stack does not do).
 * p == NULL: absent. */
#define BENCH_CSTR SIZE_MAX

typedef struct bench_view {
    const char *p;
    size_t n;
} bench_view;

typedef struct bench_fields {
    bench_view method;    /* request: the method name */
    int status;           /* response: the status code; 0 for a request */
    bench_view ruri_user; /* request: Request-URI user part (parsed) */
    bench_view ruri_host; /* request: Request-URI host (parsed) */
    bench_view via_branch;
    bench_view from_tag;
    bench_view to_tag;
    bench_view call_id;
    /* oSIP splits Call-ID at '@': call_id holds the part before it and
     * call_id_host the part after; p == NULL for every other parser. */
    bench_view call_id_host;
    uint32_t cseq;
    bench_view cseq_method;
    int64_t content_length; /* -1 when absent */
} bench_fields;

/* ---- implemented by each adapter ---- */

/* Short name printed in reports: "fsip", "sofia-sip", "oSIP", "libre". */
extern const char bench_parser_name[];

/* One-time library initialisation. Returns 0 or -1. */
int bench_setup(void);

/* Parses one datagram of `len` bytes, fills a bench_fields, calls
 * bench_use() on it while the message object is alive, then frees the
 * object. Returns 0, or -1 when the parser rejected the message (the
 * adapter then does not call bench_use). */
int bench_parse(const char *buf, size_t len);

/* ---- implemented by the driver ---- */

/* Consumes the extracted fields: folds them into a checksum the driver
 * prints (so the compiler cannot drop the extraction), and on the checking
 * pass compares them with bench/corpus/expected.tsv. */
void bench_use(const bench_fields *f);

#endif
