/* fsip bench — GNU oSIP (libosipparser2) adapter.
 *
 * osip_message_init() + osip_message_parse() + osip_message_free() is what
 * an oSIP/eXosip stack does with every datagram; oSIP parses Via, From, To,
 * Call-ID, CSeq, Contact, Content-Length, ... into structures of
 * malloc'ed strings. CSeq and Content-Length are kept as text, so the
 * numbers are converted here, as a stack must.
 */
#include "bench.h"

#include <stdlib.h>

#include <osipparser2/osip_parser.h>

const char bench_parser_name[] = "oSIP";

int bench_setup(void)
{
    return parser_init() == 0 ? 0 : -1;
}

static bench_view cstr(const char *s)
{
    return (bench_view){s, BENCH_CSTR};
}

int bench_parse(const char *buf, size_t len)
{
    osip_message_t *sip;
    if (osip_message_init(&sip) != 0) return -1;
    osip_via_t *via = NULL;
    if (osip_message_parse(sip, buf, len) != 0 || osip_message_get_via(sip, 0, &via) < 0 ||
        !sip->from || !sip->to || !sip->call_id || !sip->cseq || !sip->cseq->number) {
        osip_message_free(sip);
        return -1;
    }

    bench_fields f = {.content_length = -1};
    if (MSG_IS_REQUEST(sip)) {
        if (!sip->req_uri) {
            osip_message_free(sip);
            return -1;
        }
        f.method = cstr(sip->sip_method);
        f.ruri_user = cstr(sip->req_uri->username);
        f.ruri_host = cstr(sip->req_uri->host);
    } else {
        f.status = sip->status_code;
    }
    osip_generic_param_t *p = NULL;
    if (osip_via_param_get_byname(via, "branch", &p) == 0 && p) f.via_branch = cstr(p->gvalue);
    p = NULL;
    if (osip_from_get_tag(sip->from, &p) == 0 && p) f.from_tag = cstr(p->gvalue);
    p = NULL;
    if (osip_to_get_tag(sip->to, &p) == 0 && p) f.to_tag = cstr(p->gvalue);
    f.call_id = cstr(sip->call_id->number);
    if (sip->call_id->host) f.call_id_host = cstr(sip->call_id->host);
    f.cseq = (uint32_t)strtoul(sip->cseq->number, NULL, 10);
    f.cseq_method = cstr(sip->cseq->method);
    if (sip->content_length && sip->content_length->value)
        f.content_length = strtoll(sip->content_length->value, NULL, 10);
    bench_use(&f);

    osip_message_free(sip);
    return 0;
}
