/* RFC 3261 §7 / §25.1 message framing: start line and header lines.
 *
 *   SIP-message    = Request / Response
 *   Request-Line   = Method SP Request-URI SP SIP-Version CRLF
 *   Status-Line    = SIP-Version SP Status-Code SP Reason-Phrase CRLF
 *   message-header = header-name HCOLON header-value CRLF   (with folding)
 *
 * This machine only finds the pieces; each header value is then parsed by
 * its own machine (sip_headers.rl) and URIs by sip_uri.rl. Actions record
 * offsets. The Request-URI is taken as the run of non-blank octets and
 * handed to the URI machine, which decides its grammar.
 */
#include <string.h>

#include "scan.h"

%%{
machine sip_message;
include sip_common "sip_common.rl";

action mark { mk = p; }
action lf { if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
action extra_sp { if (!sc->extra_sp) sc->extra_sp = (uint32_t)(p - b) + 1; }

action method_end { sc->is_request = 1; sc->method_s = (uint32_t)(mk - b); sc->method_e = (uint32_t)(p - b); }
action ruri_end { sc->ruri_s = (uint32_t)(mk - b); sc->ruri_e = (uint32_t)(p - b); }
action ver_end { sc->ver_s = (uint32_t)(mk - b); sc->ver_e = (uint32_t)(p - b); }
action status_end { sc->is_request = 0; sc->status_s = (uint32_t)(mk - b); sc->status_e = (uint32_t)(p - b); }
action reason_start { mk = p + 1; }
action reason_end { sc->reason_s = (uint32_t)(mk - b); sc->reason_e = (uint32_t)(p - b); }

action name_start { sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
action name_end { sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
# Most of a header value is octets that cannot end it: jump to the next CR
# or LF with memchr instead of stepping the DFA through each of them.
action skip { fexec skip_value(p + 1, pe); }
action colon { sc->cur.val_s = (uint32_t)(p - b) + 1; }
action value_end { sc->cur.val_e = (uint32_t)(p - b); }
action fold { sc->cur.folded = 1; }
action line_lf { sc->line_done = (uint32_t)(p - b) + 1; }
action push { if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
action done { sc->hdr_end = (uint32_t)(p - b) + 1; fbreak; }
action start_done { sc->start_done = 1; }

eol = CR? LF @lf;
sps = SP ( SP @extra_sp )*;
trailing = ( ( SP | HTAB ) @extra_sp )*;

Request_URI = ( any - ( SP | HTAB | CR | LF ) )+;
Request_Line = Method >mark %method_end sps
               Request_URI >mark %ruri_end sps
               SIP_Version >mark %ver_end trailing eol @start_done;

Status_Code = digit{3};
Reason_Phrase = ( any - ( 0x00..0x08 | 0x0a..0x1f | 0x7f ) )*;
Status_Line = SIP_Version >mark %ver_end sps
              Status_Code >mark %status_end SP @reason_start
              Reason_Phrase %reason_end eol @start_done;

value_octet = any - ( CR | LF );
fold = CR? LF @lf WSP @fold;
header_value = ( value_octet @skip | fold )*;
message_header = ( token | header_name ) >name_start %name_end WSP* ":" @colon
                 header_value %value_end CR? LF @lf @line_lf;

main := ( Request_Line | Status_Line )
        ( message_header %push )*
        eol @done;

write data;
}%%

/* The first CR or LF at or after p (pe when none). */
static const unsigned char *skip_value(const unsigned char *p, const unsigned char *pe)
{
    const unsigned char *lf = memchr(p, '\n', (size_t)(pe - p));
    const unsigned char *end = lf ? lf : pe;
    const unsigned char *cr = memchr(p, '\r', (size_t)(end - p));
    return cr ? cr : end;
}

int fsip__scan_message(struct fsip_scan *sc, const unsigned char *b, size_t len, size_t *err_at)
{
    const unsigned char *p = b, *pe = b + len, *eof = NULL;
    const unsigned char *mk = b;
    fsip_hdr_id hid = FSIP_HDR_OTHER;
    int cs;
    (void)eof;

    %% write init;
    %% write exec;

    if (cs == sip_message_error) {
        *err_at = (size_t)(p - b);
        return FSIP_EPARSE;
    }
    if (sc->hdr_end == 0) {
        *err_at = len;
        return FSIP_EAGAIN;
    }
    (void)sip_message_first_final;
    (void)sip_message_en_main;
    return 0;
}
