/* fsip bench — sofia-sip (libsofia-sip-ua) adapter.
 *
 * msg_make() is what sofia's own transports do with a received datagram:
 * msg_create(), copy the bytes into the message's home, msg_extract() (which
 * parses the start line and every header of the default SIP mclass into
 * sip_t), then msg_destroy(). The fields come from the parsed sip_t.
 */
#include "bench.h"

#include <sofia-sip/msg.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_protos.h>

const char bench_parser_name[] = "sofia-sip";

int bench_setup(void)
{
    return 0;
}

static bench_view cstr(const char *s)
{
    return (bench_view){s, BENCH_CSTR};
}

int bench_parse(const char *buf, size_t len)
{
    msg_t *msg = msg_make(sip_default_mclass(), 0, buf, (ssize_t)len);
    if (!msg) return -1;
    sip_t const *sip = sip_object(msg);
    if (!sip || (sip->sip_flags & MSG_FLG_ERROR) || sip->sip_error || !sip->sip_via ||
        !sip->sip_from || !sip->sip_to || !sip->sip_call_id || !sip->sip_cseq) {
        msg_destroy(msg);
        return -1;
    }

    bench_fields f = {.content_length = -1};
    if (sip->sip_request) {
        f.method = cstr(sip->sip_request->rq_method_name);
        f.ruri_user = cstr(sip->sip_request->rq_url->url_user);
        f.ruri_host = cstr(sip->sip_request->rq_url->url_host);
    } else if (sip->sip_status) {
        f.status = sip->sip_status->st_status;
    } else {
        msg_destroy(msg);
        return -1;
    }
    f.via_branch = cstr(sip->sip_via->v_branch);
    f.from_tag = cstr(sip->sip_from->a_tag);
    f.to_tag = cstr(sip->sip_to->a_tag);
    f.call_id = cstr(sip->sip_call_id->i_id);
    f.cseq = sip->sip_cseq->cs_seq;
    f.cseq_method = cstr(sip->sip_cseq->cs_method_name);
    if (sip->sip_content_length) f.content_length = sip->sip_content_length->l_length;
    bench_use(&f);

    msg_destroy(msg);
    return 0;
}
