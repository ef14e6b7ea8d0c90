/* fsip bench — libre (re) adapter.
 *
 * What libre's SIP transport does with a received datagram: the bytes land
 * in a fresh mbuf, sip_msg_decode() parses the start line (and the
 * Request-URI), splits every header into a list and a hash table, and
 * decodes the top Via, From, To and CSeq; mem_deref() frees both.
 * Content-Length is kept as text and converted here.
 */
#include "bench.h"

#include <re.h>

const char bench_parser_name[] = "libre";

int bench_setup(void)
{
    return libre_init() == 0 ? 0 : -1;
}

static bench_view pl(const struct pl *p)
{
    if (!pl_isset(p)) return (bench_view){NULL, 0};
    return (bench_view){p->p, p->l};
}

int bench_parse(const char *buf, size_t len)
{
    struct mbuf *mb = mbuf_alloc(len);
    if (!mb) return -1;
    struct sip_msg *msg = NULL;
    if (mbuf_write_mem(mb, (const uint8_t *)buf, len) != 0) goto fail;
    mb->pos = 0;
    if (sip_msg_decode(&msg, mb) != 0) goto fail;
    if (!pl_isset(&msg->via.sentby) || !pl_isset(&msg->callid) || !pl_isset(&msg->cseq.met))
        goto fail;

    bench_fields f = {.content_length = -1};
    if (msg->req) {
        f.method = pl(&msg->met);
        f.ruri_user = pl(&msg->uri.user);
        f.ruri_host = pl(&msg->uri.host);
    } else {
        f.status = msg->scode;
    }
    f.via_branch = pl(&msg->via.branch);
    f.from_tag = pl(&msg->from.tag);
    f.to_tag = pl(&msg->to.tag);
    f.call_id = pl(&msg->callid);
    f.cseq = msg->cseq.num;
    f.cseq_method = pl(&msg->cseq.met);
    if (pl_isset(&msg->clen)) f.content_length = pl_u32(&msg->clen);
    bench_use(&f);

    mem_deref(msg);
    mem_deref(mb);
    return 0;

fail:
    mem_deref(msg);
    mem_deref(mb);
    return -1;
}
