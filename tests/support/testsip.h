/* Helpers shared by the parser tests (tests/unit, tests/conformance,
 * tests/lenient): leak-checked cmocka tests, parsing with the counting
 * allocator, view assertions, wire-form conversion and a stream-framer
 * driver that records every event as text so that two chunkings of the same
 * bytes can be compared.
 *
 * Not part of fsip_testsupport: a test that uses it lists
 * ${CMAKE_SOURCE_DIR}/tests/support/testsip.c among its sources.
 */
#ifndef FSIP_TESTSIP_H
#define FSIP_TESTSIP_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "fsip/msg.h"
#include "testalloc.h"

/* ------------------------------------------------------------ leak check */

/* Per-test setup/teardown: the teardown fails the test when the counting
 * allocator holds more (or fewer) live blocks than before it. */
int test_leak_setup(void **state);
int test_leak_teardown(void **state);
#define FSIP_TEST(f) cmocka_unit_test_setup_teardown(f, test_leak_setup, test_leak_teardown)

/* ---------------------------------------------------------------- parsing */

/* Every FSIP_LENIENT_* bit. */
#define TEST_LENIENT_ALL                                                                           \
    (FSIP_LENIENT_BARE_LF | FSIP_LENIENT_START_LINE_SPACES | FSIP_LENIENT_UNTERMINATED_HEADERS |   \
     FSIP_LENIENT_ADDR_SPEC_SPACES | FSIP_LENIENT_NO_MAX_FORWARDS | FSIP_LENIENT_EMPTY_PARAMS)
/* Every leniency except `one`: shows that `one` alone governs a deviation. */
#define TEST_LENIENT_ALL_BUT(one) (TEST_LENIENT_ALL & ~(uint32_t)(one))

/* The status for a message past a size limit: 513 Message Too Large
 * (RFC 3261 §21.5.14; msg.h: "FSIP_ELIMIT (result.status 513 set)"). */
#define TEST_TOO_LARGE(status) ((status) == 513)

/* Strict defaults with the counting allocator and the given leniencies. */
void test_opts(fsip_parse_opts *o, uint32_t lenient);

/* Parses len bytes at buf with test_opts(lenient). */
int test_parse(const void *buf, size_t len, fsip_parse_mode mode, uint32_t lenient, fsip_msg **out,
               fsip_parse_result *res);
/* Parses a NUL-terminated datagram; fails the test unless FSIP_OK. */
#define test_parse_ok(s)            test_parse_ok_at((s), 0, __FILE__, __LINE__)
#define test_parse_ok_lenient(s, l) test_parse_ok_at((s), (l), __FILE__, __LINE__)
fsip_msg *test_parse_ok_at(const char *s, uint32_t lenient, const char *file, int line);

/* Parses a NUL-terminated datagram and requires FSIP_EPARSE (or `rc`) with
 * the given header ("" = start line / framing; NULL = don't care) and
 * status (0 = don't care). Returns the result for further checks. */
#define test_parse_err(s, rc, hdr, status)                                                         \
    test_parse_err_at((s), 0, (rc), (hdr), (status), __FILE__, __LINE__)
#define test_parse_err_lenient(s, l, rc, hdr, status)                                              \
    test_parse_err_at((s), (l), (rc), (hdr), (status), __FILE__, __LINE__)
fsip_parse_result test_parse_err_at(const char *s, uint32_t lenient, int rc, const char *hdr,
                                    int status, const char *file, int line);

/* fsip_msg_dump() into a malloc'd NUL-terminated string (caller frees). */
char *test_dump(const fsip_msg *m);
/* fsip_msg_print() into a malloc'd buffer; *len = printed length. */
char *test_print(const fsip_msg *m, size_t *len);

/* ------------------------------------------------------------ views */

/* Copies a view into a static ring of buffers as a C string ("(null)" for
 * an absent view); handy in failure messages. */
const char *test_cstr(fsip_str s);

/* Asserts that view `v` is present and equals `exp` byte-wise. */
#define assert_view(v, exp) test_assert_view((v), (exp), sizeof(exp) - 1, __FILE__, __LINE__)
/* Same, for a run-time C string. */
#define assert_view_s(v, exp) test_assert_view((v), (exp), strlen(exp), __FILE__, __LINE__)
/* Same, with an explicit length (bytes may hold NUL). */
#define assert_view_n(v, exp, n) test_assert_view((v), (exp), (n), __FILE__, __LINE__)
void test_assert_view(fsip_str v, const char *exp, size_t n, const char *file, int line);
/* Asserts that view `v` is absent (ptr == NULL). */
#define assert_view_null(v) test_assert_view_null((v), __FILE__, __LINE__)
void test_assert_view_null(fsip_str v, const char *file, int line);
/* Asserts that the unescaped form of `v` equals exp (n bytes). */
#define assert_unescaped(v, exp)                                                                   \
    test_assert_unescaped((v), (exp), sizeof(exp) - 1, __FILE__, __LINE__)
void test_assert_unescaped(fsip_str v, const char *exp, size_t n, const char *file, int line);
/* Asserts a parameter: present with value exp (NULL: present without '='). */
#define assert_param(ps, name, exp) test_assert_param((ps), (name), (exp), __FILE__, __LINE__)
void test_assert_param(const fsip_params *ps, const char *name, const char *exp, const char *file,
                       int line);
#define assert_no_param(ps, name) assert_null(fsip_params_find((ps), (name)))

/* ---------------------------------------------------------- conversions */

/* RFC 5118 files are stored with bare LF. Wire form: every LF becomes CRLF
 * (an existing CRLF is kept), CRLF is appended when there is no CRLFCRLF,
 * and when fix_cl is set the digits of a Content-Length / l header are
 * rewritten to the real body length. Returns a malloc'd buffer. */
char *test_wire_form(const char *buf, size_t len, int fix_cl, size_t *out_len);

/* --------------------------------------------------------- stream framer */

/* Feeds buf to a new framer (opts: test_opts(lenient) with max_msg_size
 * raised to cover buf unless `opts` is given) in chunks ending at the
 * ascending offsets cuts[0..ncuts) (and at len), draining fsip_framer_next()
 * after every chunk. Returns a malloc'd log:
 *   "MSG <raw length>\n<dump>"  per message
 *   "PING\n", "PONG\n"          keep-alives
 *   "ERR rc=<rc> status=<s> header=<h> offset=<o>\n"  (stops feeding)
 *   "FEED rc=<rc>\n"             fsip_framer_feed() failed (stops)
 *   "END pending=<n>\n"          after the last chunk
 * The log is the same text for every chunking when the framer is right. */
char *test_frame_log(const void *buf, size_t len, const fsip_parse_opts *opts, const size_t *cuts,
                     size_t ncuts);
/* The log a single datagram-mode parse predicts for a stream holding only
 * that message: "MSG ...\n<dump>END pending=0\n" or "ERR ...\n". */
char *test_datagram_log(const void *buf, size_t len, uint32_t lenient);

/* Runs test_frame_log() for: the whole buffer, every 2-chunk split, and
 * fixed chunk sizes 1..max_chunk (0: all sizes up to len), comparing each
 * log to `expect` (NULL: to the whole-buffer log). Fails the test with the
 * first differing chunking. Returns the whole-buffer log (caller frees). */
#define test_frame_every_split(buf, len, opts, expect, max_chunk)                                  \
    test_frame_every_split_at((buf), (len), (opts), (expect), (max_chunk), __FILE__, __LINE__)
char *test_frame_every_split_at(const void *buf, size_t len, const fsip_parse_opts *opts,
                                const char *expect, size_t max_chunk, const char *file, int line);

/* Reports the first differing line of two logs and fails at file:line. */
void test_assert_log_eq(const char *got, const char *exp, const char *what, const char *file,
                        int line);

#endif
