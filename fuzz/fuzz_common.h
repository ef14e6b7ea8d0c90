/* fsip fuzzing — what the harnesses share: the option byte, a block-counting
 * allocator (leak check without LeakSanitizer, e.g. under AFL++), and the
 * invariant checks that turn a silent contract violation into a crash the
 * fuzzer reports.
 *
 * Every harness is written against libFuzzer's entry point; the AFL++ build
 * links the same sources with AFL++'s libAFLDriver (afl-clang-fast
 * -fsanitize=fuzzer), see fuzz/CMakeLists.txt and docs/fuzzing.md.
 */
#ifndef FSIP_FUZZ_COMMON_H
#define FSIP_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "fsip/msg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts with a message naming the broken invariant. abort() is what both
 * libFuzzer and AFL++ record as a crash. */
#define FUZZ_CHECK(cond, ...)                                                                      \
    do {                                                                                           \
        if (!(cond)) fuzz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__);                            \
    } while (0)

_Noreturn void fuzz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* The option byte that starts the input of fuzz_msg and fuzz_framer:
 *   bits 0-4  FSIP_LENIENT_BARE_LF, _START_LINE_SPACES, _UNTERMINATED_HEADERS,
 *             _ADDR_SPEC_SPACES, _NO_MAX_FORWARDS
 *   bit 5     ignored, so that ' ' (0x20) means "strict, default limits" and
 *             seed files stay readable; '_' (0x5f) means every leniency
 *   bit 6     FSIP_LENIENT_EMPTY_PARAMS
 *   bit 7     tight limits (small message, line, header, Via and Route caps),
 *             to reach the limit paths with short inputs */
#define FUZZ_OPT_TIGHT 0x80u
void fuzz_opts_from_byte(uint8_t b, const fsip_allocator *alloc, fsip_parse_opts *opts);

/* Same leniencies as `in`, limits too large to be hit by anything the
 * printer makes of a message `in` accepted (one more Content-Length header,
 * ": " after each name, list elements rejoined). */
void fuzz_opts_roomy(const fsip_parse_opts *in, fsip_parse_opts *out);

/* Counts live blocks and bytes (and the most bytes live at once).
 * fuzz_alloc_init() sets up `a` with everything 0. */
typedef struct fuzz_alloc {
    fsip_allocator a;
    long live;
    size_t bytes, peak;
} fuzz_alloc;

void fuzz_alloc_init(fuzz_alloc *fa);

/* The checks on a parser outcome that every harness shares: the return code
 * is one fsip_msg_parse() documents, and an error result names a 4xx/5xx
 * status (or 0: a response, nothing to answer), an offset inside the input,
 * a terminated header name and a reason. */
void fuzz_check_parse_rc(int rc, const fsip_parse_result *r, size_t len, const char *what);

/* Checks that `s` is absent or lies inside `within`, and reads every byte of
 * it (so AddressSanitizer sees a view that points at freed or foreign
 * memory). */
void fuzz_check_view(fsip_str s, fsip_str within, const char *what);

/* fuzz_check_view() for every part of a parsed URI and its params. */
void fuzz_check_uri(const fsip_uri *u, fsip_str within);
void fuzz_check_params(const fsip_params *ps, fsip_str within, const char *what);

/* Walks every accessor of a parsed message and checks they agree with each
 * other: views inside fsip_msg_raw(), per-id counts equal to the first/next
 * chains, typed values present for typed headers, shortcuts equal to the
 * first typed value, fsip_hdr_find() finding each header by its name as
 * written, fsip_str_unfold() never growing a value. */
void fuzz_walk_msg(const fsip_msg *m);

/* Calls `fn` (fsip_msg_print or fsip_msg_dump) into a small buffer, then
 * into one of exactly the size it asked for; checks snprintf semantics (the
 * same length both times, the truncated output a prefix of the full one).
 * Returns the full output (malloc'd, NUL-terminated, caller frees) and its
 * length in *len. */
typedef size_t (*fuzz_render_fn)(const fsip_msg *m, char *out, size_t cap);
char *fuzz_render(fuzz_render_fn fn, const fsip_msg *m, size_t *len, const char *what);

#endif
