/* RFC 3261 §19.1 / §25.1 SIP and SIPS URIs, RFC 3966 tel URIs, and any
 * other absoluteURI (RFC 2396) kept opaque.
 *
 *   SIP-URI  = "sip:" [ userinfo ] hostport uri-parameters [ headers ]
 *   userinfo = ( user / telephone-subscriber ) [ ":" password ] "@"
 *
 * `user` may contain ';' '?' '=' (user-unreserved), so "sip:a;b=c@host" has
 * user "a;b=c". Whether a userinfo is present is decided by the presence of
 * '@', which no other part of a SIP URI may contain unescaped; the caller
 * picks the entry point (sip_user or sip_host) accordingly, so the two
 * readings never race inside one machine.
 */
#include "scan.h"

%%{
machine sip_uri;
include sip_common "sip_common.rl";

action user_s { us->user_s = p; }
action user_e { us->user_e = p; }
action pass_s { us->pass_s = p; }
action pass_e { us->pass_e = p; }
action host_s { us->host_s = p; }
action host_e { us->host_e = p; }
action v6_s { us->host_s = p; us->host_type = FSIP_HOST_IPV6; }
action v4 { us->host_type = FSIP_HOST_IPV4; }
action name { us->host_type = FSIP_HOST_NAME; }
action port_s { us->port_s = p; }
action port_e { us->port_e = p; }
action pn_s { pn = p; pv = NULL; }
action pv_s { pv = p; }
action param { fsip__push_param(us->params, pn, p, pv); }
action header { fsip__push_param(us->headers, pn, p, pv); }
action hdrs { us->hdrs_s = p; }
action opaque_s { us->opaque_s = p; }

user_unreserved = "&" | "=" | "+" | "$" | "," | ";" | "?" | "/";
action skip_user { fexec fsip__skip(p + 1, pe, FSIP_CC_USER); }
action skip_pass { fexec fsip__skip(p + 1, pe, FSIP_CC_PASS); }
action skip_param { fexec fsip__skip(p + 1, pe, FSIP_CC_PARAM); }
action skip_hnv { fexec fsip__skip(p + 1, pe, FSIP_CC_HNV); }
user = ( ( unreserved | user_unreserved ) @skip_user | escaped )+;
password = ( ( unreserved | "&" | "=" | "+" | "$" | "," ) @skip_pass | escaped )*;
userinfo = user >user_s %user_e ( ":" password >pass_s %pass_e )? "@";

host = ( hostname %name | IPv4address %v4 ) >host_s %host_e
     | "[" IPv6address >v6_s %host_e "]";
port = digit+ >port_s %port_e;
hostport = host ( ":" port )?;

param_unreserved = "[" | "]" | "/" | ":" | "&" | "+" | "$";
paramchar = ( param_unreserved | unreserved ) @skip_param | escaped;
uri_parameter = paramchar+ >pn_s ( "=" paramchar+ >pv_s )?;
uri_parameters = ( ";" uri_parameter %param )*;

hnv_unreserved = "[" | "]" | "/" | "?" | ":" | "+" | "$";
hname = ( ( hnv_unreserved | unreserved ) @skip_hnv | escaped )+;
hvalue = ( ( hnv_unreserved | unreserved ) @skip_hnv | escaped )*;
header = hname >pn_s "=" hvalue >pv_s;
headers = "?" @hdrs header %header ( "&" header %header )*;

scheme_sip = "sip"i | "sips"i;
sip_user := scheme_sip ":" userinfo hostport uri_parameters headers?;
sip_host := scheme_sip ":" hostport uri_parameters headers?;

# RFC 3966 telephone-subscriber, loosely: the number, then ;params.
phonedigit = xdigit | "*" | "#" | "+" | "-" | "." | "(" | ")";
tel_number = phonedigit+ >user_s %user_e;
tel := "tel"i ":" tel_number uri_parameters;

# RFC 2396 absoluteURI = scheme ":" ( hier_part / opaque_part ), loosely.
uric = reserved | unreserved | escaped | "[" | "]";
scheme = alpha ( alpha | digit | "+" | "-" | "." )*;
other := scheme ":" uric+ >opaque_s;

write data;
}%%

int fsip__uri_scan(struct fsip_uri_scan *us, int entry, const unsigned char *s, size_t len,
                   size_t *err_at)
{
    const unsigned char *p = s, *pe = s + len, *eof = pe;
    const unsigned char *pn = s, *pv = NULL;
    int cs;

    switch (entry) {
    case FSIP_URI_EN_SIP_USER: cs = sip_uri_en_sip_user; break;
    case FSIP_URI_EN_SIP_HOST: cs = sip_uri_en_sip_host; break;
    case FSIP_URI_EN_TEL: cs = sip_uri_en_tel; break;
    default: cs = sip_uri_en_other; break;
    }
    %% write exec;

    if (cs < sip_uri_first_final || p != pe) {
        *err_at = (size_t)(p - s);
        return FSIP_EPARSE;
    }
    if (us->params->overflow || (us->headers && us->headers->overflow)) {
        *err_at = len;
        return FSIP_ELIMIT;
    }
    (void)sip_uri_error;
    return 0;
}
