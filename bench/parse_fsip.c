/* fsip bench — the fsip adapter: fsip_msg_parse() in datagram mode with the
 * default (strict) options, the accessors of include/fsip/msg.h, then
 * fsip_msg_free(). fsip parses every header it knows (all Vias, all
 * Contacts, Route/Record-Route, ...) into typed structures in this one
 * call, so the accessors only read.
 */
#include "bench.h"

#include "fsip/msg.h"

const char bench_parser_name[] = "fsip";

int bench_setup(void)
{
    return 0;
}

static bench_view str(fsip_str s)
{
    return (bench_view){s.ptr, s.len};
}

int bench_parse(const char *buf, size_t len)
{
    fsip_msg *msg;
    fsip_parse_result res;
    if (fsip_msg_parse(buf, len, FSIP_PARSE_DATAGRAM, NULL, &msg, &res) != FSIP_OK) return -1;
    const fsip_via *via = fsip_msg_via(msg);
    const fsip_addr *from = fsip_msg_from(msg), *to = fsip_msg_to(msg);
    const fsip_cseq *cseq = fsip_msg_cseq(msg);
    if (!via || !from || !to || !cseq) {
        fsip_msg_free(msg);
        return -1;
    }

    bench_fields f = {.content_length = -1};
    if (fsip_msg_is_request(msg)) {
        const fsip_uri *ruri = fsip_msg_request_uri(msg);
        if (!ruri) {
            fsip_msg_free(msg);
            return -1;
        }
        f.method = str(fsip_msg_method_name(msg));
        f.ruri_user = str(ruri->user);
        f.ruri_host = str(ruri->host);
    } else {
        f.status = fsip_msg_status(msg);
    }
    f.via_branch = str(via->branch);
    f.from_tag = str(from->tag);
    f.to_tag = str(to->tag);
    f.call_id = str(fsip_msg_call_id(msg));
    f.cseq = cseq->seq;
    f.cseq_method = str(cseq->method_name);
    f.content_length = fsip_msg_content_length(msg);
    bench_use(&f);

    fsip_msg_free(msg);
    return 0;
}
