/* RFC 3261 §25.1 header-field values, plus RFC 3262 (RSeq, RAck), RFC 3515
 * (Refer-To), RFC 3891 (Replaces), RFC 3892 (Referred-By), RFC 4028
 * (Session-Expires, Min-SE), RFC 4488 (Refer-Sub), RFC 6665 (Event,
 * Subscription-State).
 *
 * One machine, one entry point per value shape (enum fsip_hdr_entry). Each
 * runs over a header value already trimmed of leading and trailing LWS.
 * Actions record offsets; list headers call hs->emit at the end of every
 * element, which builds the typed struct in C (runtime/headers.c).
 * URIs inside name-addr / addr-spec are delimited here and parsed by the
 * URI machine (sip_uri.rl).
 */
#include "scan.h"

%%{
machine sip_headers;
include sip_common "sip_common.rl";

action elem { elem_start(hs, p); hs->open = 1; }
action emit { if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
action a_s { hs->a_s = p; }
action a_e { hs->a_e = p; }
action b_s { hs->b_s = p; }
action b_e { hs->b_e = p; }
action c_s { hs->c_s = p; }
action c_e { hs->c_e = p; }
action d_s { hs->d_s = p; }
action d_e { hs->d_e = p; }
action e_s { hs->e_s = p; }
action e_e { hs->e_e = p; }
action pn_s { pn = p; pv = NULL; hs->pend = 0; }
# Empty params (";;") and list elements (",,") are accepted by the grammar
# and recorded; C rejects them unless FSIP_LENIENT_EMPTY_PARAMS.
action semi { if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
action pv_s { pv = p; }
action param { fsip__push_param(&hs->params, pn, p, pv); }
action v4 { hs->host_type = FSIP_HOST_IPV4; }
action name { hs->host_type = FSIP_HOST_NAME; }
action v6 { hs->host_type = FSIP_HOST_IPV6; }
action angle { hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
action aspace { hs->flags |= FSIP_HS_ASPACE; }
action star { hs->flags |= FSIP_HS_STAR; }

# generic-param = token [ EQUAL gen-value ]; gen-value = token / host / quoted-string
gen_value = token | hostname | IPv4address | IPv6reference | quoted_string;
generic_param = token_run >pn_s ( EQUAL gen_value >pv_s )?;
SEMI_P = SWS ";" @semi SWS;
params = ( SEMI_P ( generic_param %param )? )*;

# List elements are emitted on the comma that ends them (a leaving action
# would also fire on the LWS before a ';' that continues the element); the
# last one is emitted after the machine finishes.
LCOMMA = SWS "," @emit SWS;

# ---------------------------------------------------------------- Via
# via-parm = sent-protocol LWS sent-by *( SEMI via-params )
# RFC 5118 §4.5: received= may carry an IPv6 address with or without [].
via_host = ( hostname %name | IPv4address %v4 ) >d_s %d_e
         | "[" IPv6address >d_s >v6 %d_e "]";
sent_by = via_host ( COLON digit+ >e_s %e_e )?;
via_value = gen_value | IPv6address;
via_param = token_run >pn_s ( EQUAL via_value >pv_s )?;
via_parm = ( token >a_s %a_e SLASH token >b_s %b_e SLASH token >c_s %c_e
             LWS sent_by ( SEMI_P ( via_param %param )? )* ) >elem;
via := via_parm? ( LCOMMA via_parm? )*;

# ------------------------------------------------- name-addr / addr-spec
# name-addr = [ display-name ] LAQUOT addr-spec RAQUOT
# display-name = *(token LWS) / quoted-string   (RFC 4475 §3.1.1.6: the LWS
# before '<' may be missing)
# A URI outside <> may not contain ',' ';' '?' (RFC 3261 §20.10), so the
# addr-spec form ends at any of them.
display_name = ( token ( LWS token )* | quoted_string ) >a_s %a_e;
action skip_angle { fexec fsip__skip(p + 1, pe, FSIP_CC_ANGLE); }
action skip_addr { fexec fsip__skip(p + 1, pe, FSIP_CC_ADDR); }
uri_in_angle = ( ( any - ( ">" | "<" | WSP | CR | LF ) ) @skip_angle )+;
name_addr = ( display_name SWS )? "<" @angle ( WSP @aspace )*
            uri_in_angle >b_s %b_e ( WSP @aspace )* ">";
uri_scheme = alpha ( alpha | digit | "+" | "-" | "." )*;
addr_spec = ( uri_scheme ":" ( ( any - ( "," | ";" | "?" | "<" | ">" | DQUOTE | WSP | CR | LF ) ) @skip_addr )* )
            >b_s %b_e;
addr_elem = ( ( name_addr SWS | addr_spec ) params ) >elem;
route_elem = ( name_addr SWS params ) >elem;

addr1 := addr_elem;
contact := "*" >elem @star | addr_elem? ( LCOMMA addr_elem? )*;
route := route_elem? ( LCOMMA route_elem? )*;

# -------------------------------------------------------- numbers, CSeq
cseq := digit+ >a_s %a_e LWS token_run >b_s %b_e;
rack := digit+ >a_s %a_e LWS digit+ >b_s %b_e LWS token_run >c_s %c_e;
num := digit+ >a_s %a_e;
se := digit+ >a_s %a_e params;

# ---------------------------------------------------------- token lists
tok_elem = token_run >elem >a_s %a_e;
tokens1 := tok_elem? ( LCOMMA tok_elem? )*;
tokens0 := tok_elem? ( LCOMMA tok_elem? )*;

# ---------------------------------------------------------------- misc
# callid = word [ "@" word ]
callid := word_run ( "@" word_run )?;
m_param = token_run >pn_s EQUAL ( token_run | quoted_string ) >pv_s;
media := token_run >a_s %a_e SLASH token_run >b_s %b_e ( SEMI m_param %param )*;
event := token_run >a_s %a_e params;
replaces := ( word_run ( "@" word_run )? ) >a_s %a_e params;
refersub := ( "true"i | "false"i ) >a_s %a_e params;

# challenge / credentials = auth-scheme LWS auth-param *(COMMA auth-param)
auth_param = token_run >pn_s EQUAL ( token_run | quoted_string ) >pv_s;
auth := token_run >a_s %a_e LWS auth_param %param ( COMMA auth_param %param )*;

# rfc1123-date = wkday "," SP date1 SP time SP "GMT"   (RFC 3261 §20.17)
wkday = "Mon" | "Tue" | "Wed" | "Thu" | "Fri" | "Sat" | "Sun";
month = "Jan" @{ hs->month = 1; } | "Feb" @{ hs->month = 2; } | "Mar" @{ hs->month = 3; }
      | "Apr" @{ hs->month = 4; } | "May" @{ hs->month = 5; } | "Jun" @{ hs->month = 6; }
      | "Jul" @{ hs->month = 7; } | "Aug" @{ hs->month = 8; } | "Sep" @{ hs->month = 9; }
      | "Oct" @{ hs->month = 10; } | "Nov" @{ hs->month = 11; } | "Dec" @{ hs->month = 12; };
date := wkday "," SP digit{2} >a_s %a_e SP month SP digit{4} >b_s %b_e SP
        digit{2} >c_s %c_e ":" digit{2} >d_s %d_e ":" digit{2} >e_s %e_e SP "GMT";

# Retry-After = delta-seconds [ comment ] *( SEMI retry-param )
retry := digit+ >a_s %a_e ( SWS comment >b_s %b_e )? params;

write data;
}%%


static int emit(struct fsip_hscan *hs, const unsigned char *end)
{
    if (!hs->open) { /* an empty list element */
        if (!hs->empty_at) hs->empty_at = end;
        return 0;
    }
    hs->comma_at = end; /* cleared when the next element starts */
    hs->open = 0;
    if (hs->pend && !hs->empty_at) hs->empty_at = end; /* trailing ';' */
    hs->pend = 0;
    hs->nelem++;
    return hs->emit(hs, end);
}

static void elem_start(struct fsip_hscan *hs, const unsigned char *p)
{
    hs->elem_s = p;
    hs->a_s = hs->a_e = hs->b_s = hs->b_e = hs->c_s = hs->c_e = NULL;
    hs->d_s = hs->d_e = hs->e_s = hs->e_e = NULL;
    hs->flags = 0;
    hs->host_type = FSIP_HOST_NONE;
    hs->params.n = 0;
    hs->pend = 0;
    hs->comma_at = NULL;
}

int fsip__hdr_scan(struct fsip_hscan *hs, int entry, const unsigned char *s, size_t len,
                   size_t *err_at)
{
    const unsigned char *p = s, *pe = s + len, *eof = pe;
    const unsigned char *pn = s, *pv = NULL;
    int cs;

    elem_start(hs, s);
    hs->open = 0;
    hs->nelem = 0;
    hs->empty_at = NULL;
    hs->params.overflow = 0;
    switch (entry) {
    case FSIP_HE_VIA: cs = sip_headers_en_via; break;
    case FSIP_HE_ADDR1: cs = sip_headers_en_addr1; break;
    case FSIP_HE_CONTACT: cs = sip_headers_en_contact; break;
    case FSIP_HE_ROUTE: cs = sip_headers_en_route; break;
    case FSIP_HE_CSEQ: cs = sip_headers_en_cseq; break;
    case FSIP_HE_RACK: cs = sip_headers_en_rack; break;
    case FSIP_HE_NUM: cs = sip_headers_en_num; break;
    case FSIP_HE_SE: cs = sip_headers_en_se; break;
    case FSIP_HE_TOKENS1: cs = sip_headers_en_tokens1; break;
    case FSIP_HE_TOKENS0: cs = sip_headers_en_tokens0; break;
    case FSIP_HE_CALLID: cs = sip_headers_en_callid; break;
    case FSIP_HE_MEDIA: cs = sip_headers_en_media; break;
    case FSIP_HE_EVENT: cs = sip_headers_en_event; break;
    case FSIP_HE_REPLACES: cs = sip_headers_en_replaces; break;
    case FSIP_HE_REFERSUB: cs = sip_headers_en_refersub; break;
    case FSIP_HE_AUTH: cs = sip_headers_en_auth; break;
    case FSIP_HE_DATE: cs = sip_headers_en_date; break;
    default: cs = sip_headers_en_retry; break;
    }
    %% write exec;

    if (cs < sip_headers_first_final || p != pe) {
        *err_at = (size_t)(p - s);
        return FSIP_EPARSE;
    }
    if (hs->params.overflow) {
        *err_at = len;
        return FSIP_ELIMIT;
    }
    if (hs->open) {
        if (emit(hs, pe) < 0) {
            *err_at = len;
            return hs->err;
        }
    } else if (hs->comma_at && !hs->empty_at) {
        hs->empty_at = hs->comma_at; /* a list ending in ',' */
    }
    if (hs->pend && !hs->empty_at) hs->empty_at = pe; /* trailing ';' */
    (void)sip_headers_error;
    return 0;
}
