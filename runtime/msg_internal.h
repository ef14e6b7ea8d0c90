/* The message object: private layout shared by parse.c, headers.c, msg.c. */
#ifndef FSIP_MSG_INTERNAL_H
#define FSIP_MSG_INTERNAL_H

#include "arena.h"
#include "fsip/msg.h"

#define FSIP_NONE UINT32_MAX

enum fsip_msg_flags {
    FSIP_MSG_CL_CONFLICT = 1u << 0, /* several Content-Length values that differ */
    FSIP_MSG_BUILT = 1u << 1        /* made by the builder, not parsed */
};

struct fsip_msg {
    const fsip_allocator *alloc;
    struct fsip_arena arena;
    uint32_t flags;
    int is_request;
    fsip_method method;
    fsip_str method_name;
    fsip_uri ruri;
    int status;
    fsip_str reason;
    fsip_str version;
    fsip_str raw;
    fsip_str body;
    int64_t content_length; /* -1 when absent */
    fsip_hdr *hdrs;
    uint32_t *next; /* next value of the same id, FSIP_NONE at the end */
    uint8_t *cont;  /* 1: the value continues the line of the entry before it
                       (elements of one comma-separated value, printed on one
                       line again, RFC 3261 §7.3.1) */
    uint32_t nhdrs, cap;
    uint32_t first[FSIP_HDR__COUNT];
    uint32_t last[FSIP_HDR__COUNT];
};

/* Allocates a message whose arena starts with `extra` bytes inline.
 * *inline_buf (if not NULL) receives `reserve` bytes carved off first. */
fsip_msg *fsip__msg_alloc(const fsip_allocator *alloc, size_t reserve, char **inline_buf,
                          size_t extra);

/* Internal flag for fsip__msg_append (never stored in fsip_hdr.flags): the
 * entry is a further element of the value the previous entry came from. */
#define FSIP__HDR_F_CONT (1u << 31)

/* Writes the decimal digits of v just before `end` (at most 20 bytes);
 * returns where they start. */
static inline char *fsip__dec(char *end, uint64_t v)
{
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
}

/* Appends a header entry (id, name, value) and links it into its id chain.
 * Returns the entry or NULL on allocation failure. */
fsip_hdr *fsip__msg_append(fsip_msg *m, fsip_hdr_id id, fsip_str name, fsip_str value,
                           uint32_t flags);
/* Rebuilds first/last/next from hdrs[] (after insert or remove). */
void fsip__msg_reindex(fsip_msg *m);

/* Parses one header value (name and value already delimited, value trimmed)
 * and appends its entries to m. On FSIP_EPARSE, *err_at is the offset in
 * `value` and *reason is set. */
int fsip__hdr_parse(fsip_msg *m, fsip_hdr_id id, fsip_str name, fsip_str value, uint32_t flags,
                    const fsip_parse_opts *opts, size_t *err_at, const char **reason);

/* Appends a copy of `src`, an entry of another message, under `name` (a
 * view that must outlive m, e.g. static): its value is copied into m's
 * arena and its typed parse moved onto the copy, so nothing is parsed again
 * (Via, addresses, CSeq, numbers, Call-ID, Content-Type, token lists,
 * unknown headers).
 * `cont` marks it as continuing the previous entry's line. Returns 0,
 * FSIP_ENOMEM, or FSIP_EINVAL when the entry's shape is not copied this
 * way (the caller adds the value as text instead). */
int fsip__msg_copy_hdr(fsip_msg *m, const fsip_hdr *src, fsip_str name, bool cont);
/* Appends every entry of `tmpl` (a message that holds the entries of one
 * header line, e.g. a value added to an empty message) to m with its typed
 * parse: nothing is parsed again. The names are tmpl's, which must outlive
 * m (a static or canonical name). Returns 0, FSIP_ENOMEM or FSIP_EINVAL
 * (an entry whose shape is not copied: nothing is added). */
int fsip__msg_add_copies(fsip_msg *m, const fsip_msg *tmpl);

/* The 100 Trying to `req` (RFC 3261 §8.2.6.1, §8.2.6.2), as fsip_msg_print
 * prints fsip_msg_new_response(100, NULL, req) — the Via, From, To,
 * Call-ID and CSeq values as the request has them, under their canonical
 * names, Via values that shared a line sharing it again, Content-Length: 0
 * — without building that message. Same semantics as fsip_msg_print. */
size_t fsip__msg_print_trying(const fsip_msg *req, char *out, size_t cap);

/* fsip_msg_hdr_add with views (copied into m's arena). Returns 0,
 * FSIP_EINVAL, FSIP_ENOMEM. */
int fsip__msg_add_str(fsip_msg *m, fsip_str name, fsip_str value);

/* Appends ";tag=" tag to the value of the first `id` entry (From or To)
 * and sets its tag, without parsing the value again. Returns 0,
 * FSIP_ENOMEM, FSIP_EINVAL (no such entry, or it has a tag already). */
int fsip__msg_add_tag(fsip_msg *m, fsip_hdr_id id, const char *tag);

/* Parses `value` (kept in m's arena, or outliving m) as the new value of
 * entry i, which it replaces in place; the value must be one element.
 * opts: the leniencies and limits (NULL: strict). Returns 0, FSIP_ENOMEM,
 * FSIP_EINVAL (not parseable as one element); m is unchanged on failure. */
int fsip__msg_replace_value(fsip_msg *m, uint32_t i, fsip_str value, const fsip_parse_opts *opts);

/* Sets the raw text fsip_msg_raw() returns (kept in m's arena). */
void fsip__msg_set_raw(fsip_msg *m, fsip_str raw);

#endif
