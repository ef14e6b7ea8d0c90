/* fuzz_msg — the message parser in datagram mode (RFC 3261 §18.3), then
 * everything a parsed message offers: every accessor, fsip_msg_validate(),
 * fsip_msg_dump(), fsip_msg_print(), and the round trip: what the printer
 * writes must parse again, print to the same bytes, and still validate if
 * the original did.
 *
 * Input: byte 0 is the option byte (fuzz_common.h: ' ' strict, '_' every
 * leniency), the rest is one datagram.
 */
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void round_trip(const fsip_msg *m, const fsip_parse_opts *opts, bool valid)
{
    size_t len;
    char *printed = fuzz_render(fsip_msg_print, m, &len, "fsip_msg_print");

    /* The printer may add a Content-Length and a space after each colon:
     * the re-parse gets the same leniencies and roomy limits. */
    fsip_parse_opts roomy;
    fuzz_opts_roomy(opts, &roomy);
    fsip_msg *m2 = NULL;
    fsip_parse_result r;
    memset(&r, 0, sizeof r);
    int rc = fsip_msg_parse(printed, len, FSIP_PARSE_DATAGRAM, &roomy, &m2, &r);
    FUZZ_CHECK(rc == FSIP_OK,
               "printed message does not parse again: rc %d status %d at offset %zu, header "
               "'%s': %s\n--- printed (%zu bytes) ---\n%s",
               rc, r.status, r.offset, r.header, r.reason ? r.reason : "", len, printed);
    FUZZ_CHECK(r.length == len, "re-parse consumed %zu of the %zu printed bytes", r.length, len);
    fuzz_walk_msg(m2);

    size_t len2;
    char *printed2 = fuzz_render(fsip_msg_print, m2, &len2, "fsip_msg_print (re-parsed)");
    FUZZ_CHECK(len2 == len && memcmp(printed, printed2, len) == 0,
               "print(parse(print(m))) differs from print(m)\n--- first ---\n%s\n--- second "
               "---\n%s",
               printed, printed2);

    if (valid) {
        memset(&r, 0, sizeof r);
        rc = fsip_msg_validate(m2, &roomy, &r);
        FUZZ_CHECK(rc == 0, "message validates, its printed form does not: %s (%s)\n%s",
                   r.reason ? r.reason : "", r.header, printed);
    }
    free(printed2);
    free(printed);
    fsip_msg_free(m2);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;

    fuzz_alloc fa;
    fuzz_alloc_init(&fa);
    fsip_parse_opts opts;
    fuzz_opts_from_byte(data[0], &fa.a, &opts);
    const uint8_t *dgram = data + 1;
    size_t len = size - 1;

    fsip_msg *m = NULL;
    fsip_parse_result r;
    memset(&r, 0, sizeof r);
    int rc = fsip_msg_parse(dgram, len, FSIP_PARSE_DATAGRAM, &opts, &m, &r);
    fuzz_check_parse_rc(rc, &r, len, "fsip_msg_parse");
    FUZZ_CHECK(rc != FSIP_ENOMEM, "out of memory parsing %zu bytes", len);
    if (rc != FSIP_OK) {
        FUZZ_CHECK(m == NULL, "fsip_msg_parse failed (%d) and returned a message", rc);
        FUZZ_CHECK(fa.live == 0, "%ld blocks leaked by a failed parse", fa.live);
        return 0;
    }
    FUZZ_CHECK(m != NULL, "fsip_msg_parse succeeded without a message");
    FUZZ_CHECK(r.length > 0 && r.length <= len, "parse length %zu of a %zu-byte datagram", r.length,
               len);
    FUZZ_CHECK(fsip_msg_raw(m).len <= r.length, "raw message %zu bytes, parse length %zu",
               fsip_msg_raw(m).len, r.length);
    FUZZ_CHECK(fsip_msg_raw(m).len <= opts.max_msg_size,
               "a %zu-byte message passed max_msg_size %u", fsip_msg_raw(m).len, opts.max_msg_size);

    fuzz_walk_msg(m);

    fsip_parse_result vr;
    memset(&vr, 0, sizeof vr);
    int vrc = fsip_msg_validate(m, &opts, &vr);
    FUZZ_CHECK(vrc == 0 || vrc == FSIP_EPARSE, "fsip_msg_validate returned %d", vrc);
    fuzz_check_parse_rc(vrc, &vr, len, "fsip_msg_validate");

    size_t dlen;
    free(fuzz_render(fsip_msg_dump, m, &dlen, "fsip_msg_dump"));

    round_trip(m, &opts, vrc == 0);

    fsip_msg_free(m);
    FUZZ_CHECK(fa.live == 0, "%ld blocks still live after fsip_msg_free()", fa.live);
    return 0;
}
