/* Generated from grammar/sip_message.rl by ragel 6.10 -G2 - do not edit; run `make regen`. */

#line 1 "grammar/sip_message.rl"
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


#line 18 "gen/sip_message.c"
static const int sip_message_start = 1;
static const int sip_message_first_final = 279;
static const int sip_message_error = 0;

static const int sip_message_en_main = 1;


#line 71 "grammar/sip_message.rl"


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

    
#line 43 "gen/sip_message.c"
	{
	cs = sip_message_start;
	}

#line 91 "grammar/sip_message.rl"
    
#line 46 "gen/sip_message.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 33u: goto tr0;
		case 37u: goto tr0;
		case 39u: goto tr0;
		case 83u: goto tr2;
		case 115u: goto tr2;
		case 126u: goto tr0;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr0;
		} else if ( (*p) >= 42u )
			goto tr0;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr0;
		} else if ( (*p) >= 65u )
			goto tr0;
	} else
		goto tr0;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
#line 21 "grammar/sip_message.rl"
	{ mk = p; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 85 "gen/sip_message.c"
	switch( (*p) ) {
		case 32u: goto tr3;
		case 33u: goto st2;
		case 37u: goto st2;
		case 39u: goto st2;
		case 126u: goto st2;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st2;
		} else if ( (*p) >= 42u )
			goto st2;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st2;
		} else if ( (*p) >= 65u )
			goto st2;
	} else
		goto st2;
	goto st0;
tr3:
#line 25 "grammar/sip_message.rl"
	{ sc->is_request = 1; sc->method_s = (uint32_t)(mk - b); sc->method_e = (uint32_t)(p - b); }
	goto st3;
tr6:
#line 23 "grammar/sip_message.rl"
	{ if (!sc->extra_sp) sc->extra_sp = (uint32_t)(p - b) + 1; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 117 "gen/sip_message.c"
	switch( (*p) ) {
		case 13u: goto st0;
		case 32u: goto tr6;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st0;
	goto tr5;
tr5:
#line 21 "grammar/sip_message.rl"
	{ mk = p; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 131 "gen/sip_message.c"
	switch( (*p) ) {
		case 13u: goto st0;
		case 32u: goto tr8;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st0;
	goto st4;
tr9:
#line 23 "grammar/sip_message.rl"
	{ if (!sc->extra_sp) sc->extra_sp = (uint32_t)(p - b) + 1; }
	goto st5;
tr8:
#line 26 "grammar/sip_message.rl"
	{ sc->ruri_s = (uint32_t)(mk - b); sc->ruri_e = (uint32_t)(p - b); }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 148 "gen/sip_message.c"
	switch( (*p) ) {
		case 32u: goto tr9;
		case 83u: goto tr10;
		case 115u: goto tr10;
	}
	goto st0;
tr10:
#line 21 "grammar/sip_message.rl"
	{ mk = p; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 161 "gen/sip_message.c"
	switch( (*p) ) {
		case 73u: goto st7;
		case 105u: goto st7;
	}
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 80u: goto st8;
		case 112u: goto st8;
	}
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	if ( (*p) == 47u )
		goto st9;
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st10;
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	if ( (*p) == 46u )
		goto st11;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st10;
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st12;
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 9u: goto tr17;
		case 10u: goto tr18;
		case 13u: goto tr19;
		case 32u: goto tr17;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st12;
	goto st0;
tr20:
#line 23 "grammar/sip_message.rl"
	{ if (!sc->extra_sp) sc->extra_sp = (uint32_t)(p - b) + 1; }
	goto st13;
tr17:
#line 27 "grammar/sip_message.rl"
	{ sc->ver_s = (uint32_t)(mk - b); sc->ver_e = (uint32_t)(p - b); }
#line 23 "grammar/sip_message.rl"
	{ if (!sc->extra_sp) sc->extra_sp = (uint32_t)(p - b) + 1; }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 229 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr20;
		case 10u: goto tr21;
		case 13u: goto st266;
		case 32u: goto tr20;
	}
	goto st0;
tr18:
#line 27 "grammar/sip_message.rl"
	{ sc->ver_s = (uint32_t)(mk - b); sc->ver_e = (uint32_t)(p - b); }
#line 22 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
#line 43 "grammar/sip_message.rl"
	{ sc->start_done = 1; }
	goto st14;
tr21:
#line 22 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
#line 43 "grammar/sip_message.rl"
	{ sc->start_done = 1; }
	goto st14;
tr388:
#line 30 "grammar/sip_message.rl"
	{ sc->reason_s = (uint32_t)(mk - b); sc->reason_e = (uint32_t)(p - b); }
#line 22 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
#line 43 "grammar/sip_message.rl"
	{ sc->start_done = 1; }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 254 "gen/sip_message.c"
	switch( (*p) ) {
		case 10u: goto tr23;
		case 13u: goto st15;
		case 33u: goto tr25;
		case 37u: goto tr25;
		case 39u: goto tr25;
		case 65u: goto tr26;
		case 66u: goto tr27;
		case 67u: goto tr28;
		case 68u: goto tr29;
		case 69u: goto tr30;
		case 70u: goto tr31;
		case 73u: goto tr32;
		case 75u: goto tr33;
		case 76u: goto tr34;
		case 77u: goto tr35;
		case 79u: goto tr36;
		case 80u: goto tr37;
		case 82u: goto tr38;
		case 83u: goto tr39;
		case 84u: goto tr40;
		case 85u: goto tr41;
		case 86u: goto tr42;
		case 87u: goto tr43;
		case 88u: goto tr44;
		case 97u: goto tr26;
		case 98u: goto tr27;
		case 99u: goto tr28;
		case 100u: goto tr29;
		case 101u: goto tr30;
		case 102u: goto tr31;
		case 105u: goto tr32;
		case 107u: goto tr33;
		case 108u: goto tr34;
		case 109u: goto tr35;
		case 111u: goto tr36;
		case 112u: goto tr37;
		case 114u: goto tr38;
		case 115u: goto tr39;
		case 116u: goto tr40;
		case 117u: goto tr41;
		case 118u: goto tr42;
		case 119u: goto tr43;
		case 120u: goto tr44;
		case 126u: goto tr25;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr25;
		} else if ( (*p) >= 42u )
			goto tr25;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr25;
		} else if ( (*p) >= 71u )
			goto tr25;
	} else
		goto tr25;
	goto st0;
tr23:
#line 22 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
#line 42 "grammar/sip_message.rl"
	{ sc->hdr_end = (uint32_t)(p - b) + 1; {p++; cs = 279; goto _out;} }
	goto st279;
tr54:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 22 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
#line 42 "grammar/sip_message.rl"
	{ sc->hdr_end = (uint32_t)(p - b) + 1; {p++; cs = 279; goto _out;} }
	goto st279;
st279:
	if ( ++p == pe )
		goto _test_eof279;
case 279:
#line 328 "gen/sip_message.c"
	goto st0;
tr55:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
	goto st15;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
#line 336 "gen/sip_message.c"
	if ( (*p) == 10u )
		goto tr23;
	goto st0;
tr25:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st16;
tr56:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 350 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr45:
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr81:
#line 115 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_ALLOW; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr94:
#line 128 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_AUTHORIZATION; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr96:
#line 119 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_REFERRED_BY; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr98:
#line 109 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_CONTENT_TYPE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr108:
#line 102 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_CALL_ID; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr116:
#line 105 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_CONTACT; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr128:
#line 108 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_CONTENT_LENGTH; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr135:
#line 103 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_CSEQ; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr140:
#line 130 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_DATE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr147:
#line 116 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_EVENT; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr154:
#line 110 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_EXPIRES; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr156:
#line 100 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_FROM; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr161:
#line 112 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_SUPPORTED; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr175:
#line 104 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_MAX_FORWARDS; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr181:
#line 125 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_MIN_SE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr202:
#line 127 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_PROXY_AUTHENTICATE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr212:
#line 129 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_PROXY_AUTHORIZATION; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr220:
#line 113 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_PROXY_REQUIRE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr222:
#line 118 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_REFER_TO; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr230:
#line 123 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_RACK; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr246:
#line 107 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_RECORD_ROUTE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr256:
#line 121 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_REFER_SUB; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr269:
#line 120 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_REPLACES; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr275:
#line 111 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_REQUIRE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr285:
#line 131 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_RETRY_AFTER; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr290:
#line 106 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_ROUTE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr294:
#line 122 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_RSEQ; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr311:
#line 124 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_SESSION_EXPIRES; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr330:
#line 117 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_SUBSCRIPTION_STATE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr338:
#line 101 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_TO; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr351:
#line 114 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_UNSUPPORTED; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr353:
#line 99 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_VIA; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
tr372:
#line 126 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_WWW_AUTHENTICATE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
#line 513 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto st17;
		case 32u: goto st17;
		case 58u: goto tr49;
	}
	goto st0;
tr47:
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr49:
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr50:
#line 36 "grammar/sip_message.rl"
	{ {p = (( skip_value(p + 1, pe)))-1;} }
	goto st18;
tr53:
#line 39 "grammar/sip_message.rl"
	{ sc->cur.folded = 1; }
	goto st18;
tr82:
#line 115 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_ALLOW; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr95:
#line 128 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_AUTHORIZATION; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr97:
#line 119 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_REFERRED_BY; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr99:
#line 109 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_CONTENT_TYPE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr109:
#line 102 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_CALL_ID; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr117:
#line 105 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_CONTACT; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr129:
#line 108 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_CONTENT_LENGTH; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr136:
#line 103 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_CSEQ; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr141:
#line 130 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_DATE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr148:
#line 116 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_EVENT; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr155:
#line 110 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_EXPIRES; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr157:
#line 100 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_FROM; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr162:
#line 112 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_SUPPORTED; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr176:
#line 104 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_MAX_FORWARDS; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr182:
#line 125 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_MIN_SE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr203:
#line 127 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_PROXY_AUTHENTICATE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr213:
#line 129 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_PROXY_AUTHORIZATION; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr221:
#line 113 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_PROXY_REQUIRE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr223:
#line 118 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_REFER_TO; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr231:
#line 123 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_RACK; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr247:
#line 107 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_RECORD_ROUTE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr257:
#line 121 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_REFER_SUB; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr270:
#line 120 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_REPLACES; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr276:
#line 111 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_REQUIRE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr286:
#line 131 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_RETRY_AFTER; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr291:
#line 106 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_ROUTE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr295:
#line 122 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_RSEQ; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr312:
#line 124 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_SESSION_EXPIRES; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr331:
#line 117 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_SUBSCRIPTION_STATE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr339:
#line 101 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_TO; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr352:
#line 114 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_UNSUPPORTED; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr354:
#line 99 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_VIA; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr373:
#line 126 "grammar/sip_common.rl"
	{ hid = FSIP_HDR_WWW_AUTHENTICATE; }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); sc->cur.id = (uint32_t)hid; }
#line 37 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 701 "gen/sip_message.c"
	switch( (*p) ) {
		case 10u: goto tr51;
		case 13u: goto tr52;
	}
	goto tr50;
tr51:
#line 22 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
#line 38 "grammar/sip_message.rl"
	{ sc->cur.val_e = (uint32_t)(p - b); }
#line 40 "grammar/sip_message.rl"
	{ sc->line_done = (uint32_t)(p - b) + 1; }
	goto st19;
tr374:
#line 22 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
#line 40 "grammar/sip_message.rl"
	{ sc->line_done = (uint32_t)(p - b) + 1; }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
#line 719 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr53;
		case 10u: goto tr54;
		case 13u: goto tr55;
		case 32u: goto tr53;
		case 33u: goto tr56;
		case 37u: goto tr56;
		case 39u: goto tr56;
		case 65u: goto tr57;
		case 66u: goto tr58;
		case 67u: goto tr59;
		case 68u: goto tr60;
		case 69u: goto tr61;
		case 70u: goto tr62;
		case 73u: goto tr63;
		case 75u: goto tr64;
		case 76u: goto tr65;
		case 77u: goto tr66;
		case 79u: goto tr67;
		case 80u: goto tr68;
		case 82u: goto tr69;
		case 83u: goto tr70;
		case 84u: goto tr71;
		case 85u: goto tr72;
		case 86u: goto tr73;
		case 87u: goto tr74;
		case 88u: goto tr75;
		case 97u: goto tr57;
		case 98u: goto tr58;
		case 99u: goto tr59;
		case 100u: goto tr60;
		case 101u: goto tr61;
		case 102u: goto tr62;
		case 105u: goto tr63;
		case 107u: goto tr64;
		case 108u: goto tr65;
		case 109u: goto tr66;
		case 111u: goto tr67;
		case 112u: goto tr68;
		case 114u: goto tr69;
		case 115u: goto tr70;
		case 116u: goto tr71;
		case 117u: goto tr72;
		case 118u: goto tr73;
		case 119u: goto tr74;
		case 120u: goto tr75;
		case 126u: goto tr56;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr56;
		} else if ( (*p) >= 42u )
			goto tr56;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr56;
		} else if ( (*p) >= 71u )
			goto tr56;
	} else
		goto tr56;
	goto st0;
tr26:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st20;
tr57:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st20;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
#line 793 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 76u: goto st21;
		case 85u: goto st25;
		case 108u: goto st21;
		case 117u: goto st25;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 76u: goto st22;
		case 108u: goto st22;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st23;
		case 111u: goto st23;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 87u: goto st24;
		case 119u: goto st24;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 9u: goto tr81;
		case 32u: goto tr81;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr82;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st26;
		case 116u: goto st26;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 72u: goto st27;
		case 104u: goto st27;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st28;
		case 111u: goto st28;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st29;
		case 114u: goto st29;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st30;
		case 105u: goto st30;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 90u: goto st31;
		case 122u: goto st31;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 89u ) {
			if ( 95u <= (*p) && (*p) <= 121u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 65u: goto st32;
		case 97u: goto st32;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st33;
		case 116u: goto st33;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st34;
		case 105u: goto st34;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st35;
		case 111u: goto st35;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 78u: goto st36;
		case 110u: goto st36;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 9u: goto tr94;
		case 32u: goto tr94;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr95;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr27:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st37;
tr58:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st37;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
#line 1308 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr96;
		case 32u: goto tr96;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr97;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr28:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st38;
tr59:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
#line 1343 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr98;
		case 32u: goto tr98;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr99;
		case 65u: goto st39;
		case 79u: goto st45;
		case 83u: goto st65;
		case 97u: goto st39;
		case 111u: goto st45;
		case 115u: goto st65;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 76u: goto st40;
		case 108u: goto st40;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 76u: goto st41;
		case 108u: goto st41;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 45u: goto st42;
		case 46u: goto st16;
		case 58u: goto tr47;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st43;
		case 105u: goto st43;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 68u: goto st44;
		case 100u: goto st44;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr32:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st44;
tr63:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
#line 1531 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr108;
		case 32u: goto tr108;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr109;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 78u: goto st46;
		case 110u: goto st46;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st47;
		case 116u: goto st47;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 65u: goto st48;
		case 69u: goto st51;
		case 97u: goto st48;
		case 101u: goto st51;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 67u: goto st49;
		case 99u: goto st49;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st50;
		case 116u: goto st50;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 9u: goto tr116;
		case 32u: goto tr116;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr117;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 78u: goto st52;
		case 110u: goto st52;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st53;
		case 116u: goto st53;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 45u: goto st54;
		case 46u: goto st16;
		case 58u: goto tr47;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 76u: goto st55;
		case 84u: goto st61;
		case 108u: goto st55;
		case 116u: goto st61;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st56;
		case 101u: goto st56;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 78u: goto st57;
		case 110u: goto st57;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 71u: goto st58;
		case 103u: goto st58;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st59;
		case 116u: goto st59;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 72u: goto st60;
		case 104u: goto st60;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr34:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st60;
tr65:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st60;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
#line 2015 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr128;
		case 32u: goto tr128;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr129;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 89u: goto st62;
		case 121u: goto st62;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 80u: goto st63;
		case 112u: goto st63;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st64;
		case 101u: goto st64;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	switch( (*p) ) {
		case 9u: goto tr98;
		case 32u: goto tr98;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr99;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st66;
		case 101u: goto st66;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 81u: goto st67;
		case 113u: goto st67;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 9u: goto tr135;
		case 32u: goto tr135;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr136;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr29:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st68;
tr60:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st68;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
#line 2256 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 65u: goto st69;
		case 97u: goto st69;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st70;
		case 116u: goto st70;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st71;
		case 101u: goto st71;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	switch( (*p) ) {
		case 9u: goto tr140;
		case 32u: goto tr140;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr141;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr30:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st72;
tr61:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st72;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
#line 2381 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 86u: goto st73;
		case 88u: goto st77;
		case 118u: goto st73;
		case 120u: goto st77;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st74;
		case 101u: goto st74;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 78u: goto st75;
		case 110u: goto st75;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st76;
		case 116u: goto st76;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr36:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st76;
tr67:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st76;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
#line 2510 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr147;
		case 32u: goto tr147;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr148;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 80u: goto st78;
		case 112u: goto st78;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st79;
		case 105u: goto st79;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st80;
		case 114u: goto st80;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st81;
		case 101u: goto st81;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 83u: goto st82;
		case 115u: goto st82;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	switch( (*p) ) {
		case 9u: goto tr154;
		case 32u: goto tr154;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr155;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr31:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st83;
tr62:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st83;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
#line 2723 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr156;
		case 32u: goto tr156;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr157;
		case 82u: goto st84;
		case 114u: goto st84;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st85;
		case 111u: goto st85;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 77u: goto st86;
		case 109u: goto st86;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 9u: goto tr156;
		case 32u: goto tr156;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr157;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr33:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st87;
tr64:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st87;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
#line 2848 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr161;
		case 32u: goto tr161;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr162;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr35:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st88;
tr66:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st88;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
#line 2883 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr116;
		case 32u: goto tr116;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr117;
		case 65u: goto st89;
		case 73u: goto st100;
		case 97u: goto st89;
		case 105u: goto st100;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 88u: goto st90;
		case 120u: goto st90;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 45u: goto st91;
		case 46u: goto st16;
		case 58u: goto tr47;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 70u: goto st92;
		case 102u: goto st92;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st93;
		case 111u: goto st93;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st94;
		case 114u: goto st94;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 87u: goto st95;
		case 119u: goto st95;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 65u: goto st96;
		case 97u: goto st96;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st97;
		case 114u: goto st97;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 68u: goto st98;
		case 100u: goto st98;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 83u: goto st99;
		case 115u: goto st99;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 9u: goto tr175;
		case 32u: goto tr175;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr176;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 78u: goto st101;
		case 110u: goto st101;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 45u: goto st102;
		case 46u: goto st16;
		case 58u: goto tr47;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 83u: goto st103;
		case 115u: goto st103;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st104;
		case 101u: goto st104;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 9u: goto tr181;
		case 32u: goto tr181;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr182;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr37:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st105;
tr68:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st105;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
#line 3392 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st106;
		case 114u: goto st106;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st107;
		case 111u: goto st107;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 88u: goto st108;
		case 120u: goto st108;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 89u: goto st109;
		case 121u: goto st109;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 45u: goto st110;
		case 46u: goto st16;
		case 58u: goto tr47;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 65u: goto st111;
		case 82u: goto st132;
		case 97u: goto st111;
		case 114u: goto st132;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 85u: goto st112;
		case 117u: goto st112;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st113;
		case 116u: goto st113;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 72u: goto st114;
		case 104u: goto st114;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st115;
		case 79u: goto st123;
		case 101u: goto st115;
		case 111u: goto st123;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 78u: goto st116;
		case 110u: goto st116;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st117;
		case 116u: goto st117;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st118;
		case 105u: goto st118;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 67u: goto st119;
		case 99u: goto st119;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 65u: goto st120;
		case 97u: goto st120;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st121;
		case 116u: goto st121;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st122;
		case 101u: goto st122;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 9u: goto tr202;
		case 32u: goto tr202;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr203;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st124;
		case 114u: goto st124;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st125;
		case 105u: goto st125;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 90u: goto st126;
		case 122u: goto st126;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 89u ) {
			if ( 95u <= (*p) && (*p) <= 121u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 65u: goto st127;
		case 97u: goto st127;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st128;
		case 116u: goto st128;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st129;
		case 105u: goto st129;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st130;
		case 111u: goto st130;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 78u: goto st131;
		case 110u: goto st131;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	switch( (*p) ) {
		case 9u: goto tr212;
		case 32u: goto tr212;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr213;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st133;
		case 101u: goto st133;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 81u: goto st134;
		case 113u: goto st134;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 85u: goto st135;
		case 117u: goto st135;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st136;
		case 105u: goto st136;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st137;
		case 114u: goto st137;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st138;
		case 101u: goto st138;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 9u: goto tr220;
		case 32u: goto tr220;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr221;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr38:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st139;
tr69:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st139;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
#line 4414 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr222;
		case 32u: goto tr222;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr223;
		case 65u: goto st140;
		case 69u: goto st143;
		case 79u: goto st188;
		case 83u: goto st192;
		case 97u: goto st140;
		case 101u: goto st143;
		case 111u: goto st188;
		case 115u: goto st192;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 67u: goto st141;
		case 99u: goto st141;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 75u: goto st142;
		case 107u: goto st142;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 9u: goto tr230;
		case 32u: goto tr230;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr231;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 67u: goto st144;
		case 70u: goto st154;
		case 80u: goto st168;
		case 81u: goto st174;
		case 84u: goto st179;
		case 99u: goto st144;
		case 102u: goto st154;
		case 112u: goto st168;
		case 113u: goto st174;
		case 116u: goto st179;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st145;
		case 111u: goto st145;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st146;
		case 114u: goto st146;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 68u: goto st147;
		case 100u: goto st147;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 45u: goto st148;
		case 46u: goto st16;
		case 58u: goto tr47;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st149;
		case 114u: goto st149;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st150;
		case 111u: goto st150;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 85u: goto st151;
		case 117u: goto st151;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st152;
		case 116u: goto st152;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st153;
		case 101u: goto st153;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	switch( (*p) ) {
		case 9u: goto tr246;
		case 32u: goto tr246;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr247;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st155;
		case 101u: goto st155;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st156;
		case 114u: goto st156;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 45u: goto st157;
		case 46u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st163;
		case 114u: goto st163;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 83u: goto st158;
		case 84u: goto st161;
		case 115u: goto st158;
		case 116u: goto st161;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 85u: goto st159;
		case 117u: goto st159;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 66u: goto st160;
		case 98u: goto st160;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	switch( (*p) ) {
		case 9u: goto tr256;
		case 32u: goto tr256;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr257;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st162;
		case 111u: goto st162;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 9u: goto tr222;
		case 32u: goto tr222;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr223;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st164;
		case 101u: goto st164;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 68u: goto st165;
		case 100u: goto st165;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 45u: goto st166;
		case 46u: goto st16;
		case 58u: goto tr47;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 66u: goto st167;
		case 98u: goto st167;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 89u: goto st37;
		case 121u: goto st37;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 76u: goto st169;
		case 108u: goto st169;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 65u: goto st170;
		case 97u: goto st170;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 67u: goto st171;
		case 99u: goto st171;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st172;
		case 101u: goto st172;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 83u: goto st173;
		case 115u: goto st173;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
	switch( (*p) ) {
		case 9u: goto tr269;
		case 32u: goto tr269;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr270;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 85u: goto st175;
		case 117u: goto st175;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st176;
		case 105u: goto st176;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st177;
		case 114u: goto st177;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st178;
		case 101u: goto st178;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	switch( (*p) ) {
		case 9u: goto tr275;
		case 32u: goto tr275;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr276;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st180;
		case 114u: goto st180;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 89u: goto st181;
		case 121u: goto st181;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 45u: goto st182;
		case 46u: goto st16;
		case 58u: goto tr47;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 65u: goto st183;
		case 97u: goto st183;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 70u: goto st184;
		case 102u: goto st184;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st185;
		case 116u: goto st185;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st186;
		case 101u: goto st186;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st187;
		case 114u: goto st187;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
	switch( (*p) ) {
		case 9u: goto tr285;
		case 32u: goto tr285;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr286;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 85u: goto st189;
		case 117u: goto st189;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st190;
		case 116u: goto st190;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st191;
		case 101u: goto st191;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
	switch( (*p) ) {
		case 9u: goto tr290;
		case 32u: goto tr290;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr291;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st193;
		case 101u: goto st193;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 81u: goto st194;
		case 113u: goto st194;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
	switch( (*p) ) {
		case 9u: goto tr294;
		case 32u: goto tr294;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr295;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr39:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st195;
tr70:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st195;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
#line 6089 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st196;
		case 85u: goto st210;
		case 101u: goto st196;
		case 117u: goto st210;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 83u: goto st197;
		case 115u: goto st197;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 83u: goto st198;
		case 115u: goto st198;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st199;
		case 105u: goto st199;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st200;
		case 111u: goto st200;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 78u: goto st201;
		case 110u: goto st201;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 45u: goto st202;
		case 46u: goto st16;
		case 58u: goto tr47;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st203;
		case 101u: goto st203;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 88u: goto st204;
		case 120u: goto st204;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 80u: goto st205;
		case 112u: goto st205;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st206;
		case 105u: goto st206;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st207;
		case 114u: goto st207;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st208;
		case 101u: goto st208;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 83u: goto st209;
		case 115u: goto st209;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr44:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st209;
tr75:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st209;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
#line 6515 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr311;
		case 32u: goto tr311;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr312;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 66u: goto st211;
		case 80u: goto st227;
		case 98u: goto st211;
		case 112u: goto st227;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 83u: goto st212;
		case 115u: goto st212;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 67u: goto st213;
		case 99u: goto st213;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st214;
		case 114u: goto st214;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st215;
		case 105u: goto st215;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 80u: goto st216;
		case 112u: goto st216;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st217;
		case 116u: goto st217;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st218;
		case 105u: goto st218;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st219;
		case 111u: goto st219;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 78u: goto st220;
		case 110u: goto st220;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 45u: goto st221;
		case 46u: goto st16;
		case 58u: goto tr47;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 83u: goto st222;
		case 115u: goto st222;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st223;
		case 116u: goto st223;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 65u: goto st224;
		case 97u: goto st224;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st225;
		case 116u: goto st225;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st226;
		case 101u: goto st226;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
	switch( (*p) ) {
		case 9u: goto tr330;
		case 32u: goto tr330;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr331;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 80u: goto st228;
		case 112u: goto st228;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st229;
		case 111u: goto st229;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st230;
		case 114u: goto st230;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st231;
		case 116u: goto st231;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st232;
		case 101u: goto st232;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 68u: goto st87;
		case 100u: goto st87;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr40:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st233;
tr71:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st233;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
#line 7237 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr338;
		case 32u: goto tr338;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr339;
		case 79u: goto st234;
		case 111u: goto st234;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
	switch( (*p) ) {
		case 9u: goto tr338;
		case 32u: goto tr338;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr339;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr41:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st235;
tr72:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st235;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
#line 7302 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 78u: goto st236;
		case 110u: goto st236;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 83u: goto st237;
		case 115u: goto st237;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 85u: goto st238;
		case 117u: goto st238;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 80u: goto st239;
		case 112u: goto st239;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 80u: goto st240;
		case 112u: goto st240;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 79u: goto st241;
		case 111u: goto st241;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 82u: goto st242;
		case 114u: goto st242;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st243;
		case 116u: goto st243;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st244;
		case 101u: goto st244;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 68u: goto st245;
		case 100u: goto st245;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
	switch( (*p) ) {
		case 9u: goto tr351;
		case 32u: goto tr351;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr352;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr42:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st246;
tr73:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st246;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
#line 7637 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr353;
		case 32u: goto tr353;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr354;
		case 73u: goto st247;
		case 105u: goto st247;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 65u: goto st248;
		case 97u: goto st248;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
	switch( (*p) ) {
		case 9u: goto tr353;
		case 32u: goto tr353;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr354;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr43:
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st249;
tr74:
#line 41 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 32 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; hid = FSIP_HDR_OTHER; }
	goto st249;
st249:
	if ( ++p == pe )
		goto _test_eof249;
case 249:
#line 7732 "gen/sip_message.c"
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 87u: goto st250;
		case 119u: goto st250;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st250:
	if ( ++p == pe )
		goto _test_eof250;
case 250:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 87u: goto st251;
		case 119u: goto st251;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st251:
	if ( ++p == pe )
		goto _test_eof251;
case 251:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 45u: goto st252;
		case 46u: goto st16;
		case 58u: goto tr47;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st252:
	if ( ++p == pe )
		goto _test_eof252;
case 252:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 65u: goto st253;
		case 97u: goto st253;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st253:
	if ( ++p == pe )
		goto _test_eof253;
case 253:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 85u: goto st254;
		case 117u: goto st254;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st254:
	if ( ++p == pe )
		goto _test_eof254;
case 254:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st255;
		case 116u: goto st255;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st255:
	if ( ++p == pe )
		goto _test_eof255;
case 255:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 72u: goto st256;
		case 104u: goto st256;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st256:
	if ( ++p == pe )
		goto _test_eof256;
case 256:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st257;
		case 101u: goto st257;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st257:
	if ( ++p == pe )
		goto _test_eof257;
case 257:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 78u: goto st258;
		case 110u: goto st258;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st258:
	if ( ++p == pe )
		goto _test_eof258;
case 258:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st259;
		case 116u: goto st259;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st259:
	if ( ++p == pe )
		goto _test_eof259;
case 259:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 73u: goto st260;
		case 105u: goto st260;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st260:
	if ( ++p == pe )
		goto _test_eof260;
case 260:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 67u: goto st261;
		case 99u: goto st261;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st261:
	if ( ++p == pe )
		goto _test_eof261;
case 261:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 65u: goto st262;
		case 97u: goto st262;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 66u )
			goto st16;
	} else
		goto st16;
	goto st0;
st262:
	if ( ++p == pe )
		goto _test_eof262;
case 262:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 84u: goto st263;
		case 116u: goto st263;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st263:
	if ( ++p == pe )
		goto _test_eof263;
case 263:
	switch( (*p) ) {
		case 9u: goto tr45;
		case 32u: goto tr45;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr47;
		case 69u: goto st264;
		case 101u: goto st264;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
st264:
	if ( ++p == pe )
		goto _test_eof264;
case 264:
	switch( (*p) ) {
		case 9u: goto tr372;
		case 32u: goto tr372;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr373;
		case 126u: goto st16;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st16;
		} else if ( (*p) >= 42u )
			goto st16;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st16;
		} else if ( (*p) >= 65u )
			goto st16;
	} else
		goto st16;
	goto st0;
tr52:
#line 38 "grammar/sip_message.rl"
	{ sc->cur.val_e = (uint32_t)(p - b); }
	goto st265;
st265:
	if ( ++p == pe )
		goto _test_eof265;
case 265:
#line 8210 "gen/sip_message.c"
	if ( (*p) == 10u )
		goto tr374;
	goto st0;
tr19:
#line 27 "grammar/sip_message.rl"
	{ sc->ver_s = (uint32_t)(mk - b); sc->ver_e = (uint32_t)(p - b); }
	goto st266;
tr389:
#line 30 "grammar/sip_message.rl"
	{ sc->reason_s = (uint32_t)(mk - b); sc->reason_e = (uint32_t)(p - b); }
	goto st266;
st266:
	if ( ++p == pe )
		goto _test_eof266;
case 266:
#line 8223 "gen/sip_message.c"
	if ( (*p) == 10u )
		goto tr21;
	goto st0;
tr2:
#line 21 "grammar/sip_message.rl"
	{ mk = p; }
	goto st267;
st267:
	if ( ++p == pe )
		goto _test_eof267;
case 267:
#line 8233 "gen/sip_message.c"
	switch( (*p) ) {
		case 32u: goto tr3;
		case 33u: goto st2;
		case 37u: goto st2;
		case 39u: goto st2;
		case 73u: goto st268;
		case 105u: goto st268;
		case 126u: goto st2;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st2;
		} else if ( (*p) >= 42u )
			goto st2;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st2;
		} else if ( (*p) >= 65u )
			goto st2;
	} else
		goto st2;
	goto st0;
st268:
	if ( ++p == pe )
		goto _test_eof268;
case 268:
	switch( (*p) ) {
		case 32u: goto tr3;
		case 33u: goto st2;
		case 37u: goto st2;
		case 39u: goto st2;
		case 80u: goto st269;
		case 112u: goto st269;
		case 126u: goto st2;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st2;
		} else if ( (*p) >= 42u )
			goto st2;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st2;
		} else if ( (*p) >= 65u )
			goto st2;
	} else
		goto st2;
	goto st0;
st269:
	if ( ++p == pe )
		goto _test_eof269;
case 269:
	switch( (*p) ) {
		case 32u: goto tr3;
		case 33u: goto st2;
		case 37u: goto st2;
		case 39u: goto st2;
		case 47u: goto st270;
		case 126u: goto st2;
	}
	if ( (*p) < 45u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st2;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st2;
		} else if ( (*p) >= 65u )
			goto st2;
	} else
		goto st2;
	goto st0;
st270:
	if ( ++p == pe )
		goto _test_eof270;
case 270:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st271;
	goto st0;
st271:
	if ( ++p == pe )
		goto _test_eof271;
case 271:
	if ( (*p) == 46u )
		goto st272;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st271;
	goto st0;
st272:
	if ( ++p == pe )
		goto _test_eof272;
case 272:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st273;
	goto st0;
st273:
	if ( ++p == pe )
		goto _test_eof273;
case 273:
	if ( (*p) == 32u )
		goto tr381;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st273;
	goto st0;
tr382:
#line 23 "grammar/sip_message.rl"
	{ if (!sc->extra_sp) sc->extra_sp = (uint32_t)(p - b) + 1; }
	goto st274;
tr381:
#line 27 "grammar/sip_message.rl"
	{ sc->ver_s = (uint32_t)(mk - b); sc->ver_e = (uint32_t)(p - b); }
	goto st274;
st274:
	if ( ++p == pe )
		goto _test_eof274;
case 274:
#line 8351 "gen/sip_message.c"
	if ( (*p) == 32u )
		goto tr382;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr383;
	goto st0;
tr383:
#line 21 "grammar/sip_message.rl"
	{ mk = p; }
	goto st275;
st275:
	if ( ++p == pe )
		goto _test_eof275;
case 275:
#line 8363 "gen/sip_message.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st276;
	goto st0;
st276:
	if ( ++p == pe )
		goto _test_eof276;
case 276:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st277;
	goto st0;
st277:
	if ( ++p == pe )
		goto _test_eof277;
case 277:
	if ( (*p) == 32u )
		goto tr386;
	goto st0;
tr386:
#line 28 "grammar/sip_message.rl"
	{ sc->is_request = 0; sc->status_s = (uint32_t)(mk - b); sc->status_e = (uint32_t)(p - b); }
#line 29 "grammar/sip_message.rl"
	{ mk = p + 1; }
	goto st278;
st278:
	if ( ++p == pe )
		goto _test_eof278;
case 278:
#line 8388 "gen/sip_message.c"
	switch( (*p) ) {
		case 10u: goto tr388;
		case 13u: goto tr389;
		case 127u: goto st0;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto st0;
	} else
		goto st0;
	goto st278;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof279: cs = 279; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
	_test_eof32: cs = 32; goto _test_eof; 
	_test_eof33: cs = 33; goto _test_eof; 
	_test_eof34: cs = 34; goto _test_eof; 
	_test_eof35: cs = 35; goto _test_eof; 
	_test_eof36: cs = 36; goto _test_eof; 
	_test_eof37: cs = 37; goto _test_eof; 
	_test_eof38: cs = 38; goto _test_eof; 
	_test_eof39: cs = 39; goto _test_eof; 
	_test_eof40: cs = 40; goto _test_eof; 
	_test_eof41: cs = 41; goto _test_eof; 
	_test_eof42: cs = 42; goto _test_eof; 
	_test_eof43: cs = 43; goto _test_eof; 
	_test_eof44: cs = 44; goto _test_eof; 
	_test_eof45: cs = 45; goto _test_eof; 
	_test_eof46: cs = 46; goto _test_eof; 
	_test_eof47: cs = 47; goto _test_eof; 
	_test_eof48: cs = 48; goto _test_eof; 
	_test_eof49: cs = 49; goto _test_eof; 
	_test_eof50: cs = 50; goto _test_eof; 
	_test_eof51: cs = 51; goto _test_eof; 
	_test_eof52: cs = 52; goto _test_eof; 
	_test_eof53: cs = 53; goto _test_eof; 
	_test_eof54: cs = 54; goto _test_eof; 
	_test_eof55: cs = 55; goto _test_eof; 
	_test_eof56: cs = 56; goto _test_eof; 
	_test_eof57: cs = 57; goto _test_eof; 
	_test_eof58: cs = 58; goto _test_eof; 
	_test_eof59: cs = 59; goto _test_eof; 
	_test_eof60: cs = 60; goto _test_eof; 
	_test_eof61: cs = 61; goto _test_eof; 
	_test_eof62: cs = 62; goto _test_eof; 
	_test_eof63: cs = 63; goto _test_eof; 
	_test_eof64: cs = 64; goto _test_eof; 
	_test_eof65: cs = 65; goto _test_eof; 
	_test_eof66: cs = 66; goto _test_eof; 
	_test_eof67: cs = 67; goto _test_eof; 
	_test_eof68: cs = 68; goto _test_eof; 
	_test_eof69: cs = 69; goto _test_eof; 
	_test_eof70: cs = 70; goto _test_eof; 
	_test_eof71: cs = 71; goto _test_eof; 
	_test_eof72: cs = 72; goto _test_eof; 
	_test_eof73: cs = 73; goto _test_eof; 
	_test_eof74: cs = 74; goto _test_eof; 
	_test_eof75: cs = 75; goto _test_eof; 
	_test_eof76: cs = 76; goto _test_eof; 
	_test_eof77: cs = 77; goto _test_eof; 
	_test_eof78: cs = 78; goto _test_eof; 
	_test_eof79: cs = 79; goto _test_eof; 
	_test_eof80: cs = 80; goto _test_eof; 
	_test_eof81: cs = 81; goto _test_eof; 
	_test_eof82: cs = 82; goto _test_eof; 
	_test_eof83: cs = 83; goto _test_eof; 
	_test_eof84: cs = 84; goto _test_eof; 
	_test_eof85: cs = 85; goto _test_eof; 
	_test_eof86: cs = 86; goto _test_eof; 
	_test_eof87: cs = 87; goto _test_eof; 
	_test_eof88: cs = 88; goto _test_eof; 
	_test_eof89: cs = 89; goto _test_eof; 
	_test_eof90: cs = 90; goto _test_eof; 
	_test_eof91: cs = 91; goto _test_eof; 
	_test_eof92: cs = 92; goto _test_eof; 
	_test_eof93: cs = 93; goto _test_eof; 
	_test_eof94: cs = 94; goto _test_eof; 
	_test_eof95: cs = 95; goto _test_eof; 
	_test_eof96: cs = 96; goto _test_eof; 
	_test_eof97: cs = 97; goto _test_eof; 
	_test_eof98: cs = 98; goto _test_eof; 
	_test_eof99: cs = 99; goto _test_eof; 
	_test_eof100: cs = 100; goto _test_eof; 
	_test_eof101: cs = 101; goto _test_eof; 
	_test_eof102: cs = 102; goto _test_eof; 
	_test_eof103: cs = 103; goto _test_eof; 
	_test_eof104: cs = 104; goto _test_eof; 
	_test_eof105: cs = 105; goto _test_eof; 
	_test_eof106: cs = 106; goto _test_eof; 
	_test_eof107: cs = 107; goto _test_eof; 
	_test_eof108: cs = 108; goto _test_eof; 
	_test_eof109: cs = 109; goto _test_eof; 
	_test_eof110: cs = 110; goto _test_eof; 
	_test_eof111: cs = 111; goto _test_eof; 
	_test_eof112: cs = 112; goto _test_eof; 
	_test_eof113: cs = 113; goto _test_eof; 
	_test_eof114: cs = 114; goto _test_eof; 
	_test_eof115: cs = 115; goto _test_eof; 
	_test_eof116: cs = 116; goto _test_eof; 
	_test_eof117: cs = 117; goto _test_eof; 
	_test_eof118: cs = 118; goto _test_eof; 
	_test_eof119: cs = 119; goto _test_eof; 
	_test_eof120: cs = 120; goto _test_eof; 
	_test_eof121: cs = 121; goto _test_eof; 
	_test_eof122: cs = 122; goto _test_eof; 
	_test_eof123: cs = 123; goto _test_eof; 
	_test_eof124: cs = 124; goto _test_eof; 
	_test_eof125: cs = 125; goto _test_eof; 
	_test_eof126: cs = 126; goto _test_eof; 
	_test_eof127: cs = 127; goto _test_eof; 
	_test_eof128: cs = 128; goto _test_eof; 
	_test_eof129: cs = 129; goto _test_eof; 
	_test_eof130: cs = 130; goto _test_eof; 
	_test_eof131: cs = 131; goto _test_eof; 
	_test_eof132: cs = 132; goto _test_eof; 
	_test_eof133: cs = 133; goto _test_eof; 
	_test_eof134: cs = 134; goto _test_eof; 
	_test_eof135: cs = 135; goto _test_eof; 
	_test_eof136: cs = 136; goto _test_eof; 
	_test_eof137: cs = 137; goto _test_eof; 
	_test_eof138: cs = 138; goto _test_eof; 
	_test_eof139: cs = 139; goto _test_eof; 
	_test_eof140: cs = 140; goto _test_eof; 
	_test_eof141: cs = 141; goto _test_eof; 
	_test_eof142: cs = 142; goto _test_eof; 
	_test_eof143: cs = 143; goto _test_eof; 
	_test_eof144: cs = 144; goto _test_eof; 
	_test_eof145: cs = 145; goto _test_eof; 
	_test_eof146: cs = 146; goto _test_eof; 
	_test_eof147: cs = 147; goto _test_eof; 
	_test_eof148: cs = 148; goto _test_eof; 
	_test_eof149: cs = 149; goto _test_eof; 
	_test_eof150: cs = 150; goto _test_eof; 
	_test_eof151: cs = 151; goto _test_eof; 
	_test_eof152: cs = 152; goto _test_eof; 
	_test_eof153: cs = 153; goto _test_eof; 
	_test_eof154: cs = 154; goto _test_eof; 
	_test_eof155: cs = 155; goto _test_eof; 
	_test_eof156: cs = 156; goto _test_eof; 
	_test_eof157: cs = 157; goto _test_eof; 
	_test_eof158: cs = 158; goto _test_eof; 
	_test_eof159: cs = 159; goto _test_eof; 
	_test_eof160: cs = 160; goto _test_eof; 
	_test_eof161: cs = 161; goto _test_eof; 
	_test_eof162: cs = 162; goto _test_eof; 
	_test_eof163: cs = 163; goto _test_eof; 
	_test_eof164: cs = 164; goto _test_eof; 
	_test_eof165: cs = 165; goto _test_eof; 
	_test_eof166: cs = 166; goto _test_eof; 
	_test_eof167: cs = 167; goto _test_eof; 
	_test_eof168: cs = 168; goto _test_eof; 
	_test_eof169: cs = 169; goto _test_eof; 
	_test_eof170: cs = 170; goto _test_eof; 
	_test_eof171: cs = 171; goto _test_eof; 
	_test_eof172: cs = 172; goto _test_eof; 
	_test_eof173: cs = 173; goto _test_eof; 
	_test_eof174: cs = 174; goto _test_eof; 
	_test_eof175: cs = 175; goto _test_eof; 
	_test_eof176: cs = 176; goto _test_eof; 
	_test_eof177: cs = 177; goto _test_eof; 
	_test_eof178: cs = 178; goto _test_eof; 
	_test_eof179: cs = 179; goto _test_eof; 
	_test_eof180: cs = 180; goto _test_eof; 
	_test_eof181: cs = 181; goto _test_eof; 
	_test_eof182: cs = 182; goto _test_eof; 
	_test_eof183: cs = 183; goto _test_eof; 
	_test_eof184: cs = 184; goto _test_eof; 
	_test_eof185: cs = 185; goto _test_eof; 
	_test_eof186: cs = 186; goto _test_eof; 
	_test_eof187: cs = 187; goto _test_eof; 
	_test_eof188: cs = 188; goto _test_eof; 
	_test_eof189: cs = 189; goto _test_eof; 
	_test_eof190: cs = 190; goto _test_eof; 
	_test_eof191: cs = 191; goto _test_eof; 
	_test_eof192: cs = 192; goto _test_eof; 
	_test_eof193: cs = 193; goto _test_eof; 
	_test_eof194: cs = 194; goto _test_eof; 
	_test_eof195: cs = 195; goto _test_eof; 
	_test_eof196: cs = 196; goto _test_eof; 
	_test_eof197: cs = 197; goto _test_eof; 
	_test_eof198: cs = 198; goto _test_eof; 
	_test_eof199: cs = 199; goto _test_eof; 
	_test_eof200: cs = 200; goto _test_eof; 
	_test_eof201: cs = 201; goto _test_eof; 
	_test_eof202: cs = 202; goto _test_eof; 
	_test_eof203: cs = 203; goto _test_eof; 
	_test_eof204: cs = 204; goto _test_eof; 
	_test_eof205: cs = 205; goto _test_eof; 
	_test_eof206: cs = 206; goto _test_eof; 
	_test_eof207: cs = 207; goto _test_eof; 
	_test_eof208: cs = 208; goto _test_eof; 
	_test_eof209: cs = 209; goto _test_eof; 
	_test_eof210: cs = 210; goto _test_eof; 
	_test_eof211: cs = 211; goto _test_eof; 
	_test_eof212: cs = 212; goto _test_eof; 
	_test_eof213: cs = 213; goto _test_eof; 
	_test_eof214: cs = 214; goto _test_eof; 
	_test_eof215: cs = 215; goto _test_eof; 
	_test_eof216: cs = 216; goto _test_eof; 
	_test_eof217: cs = 217; goto _test_eof; 
	_test_eof218: cs = 218; goto _test_eof; 
	_test_eof219: cs = 219; goto _test_eof; 
	_test_eof220: cs = 220; goto _test_eof; 
	_test_eof221: cs = 221; goto _test_eof; 
	_test_eof222: cs = 222; goto _test_eof; 
	_test_eof223: cs = 223; goto _test_eof; 
	_test_eof224: cs = 224; goto _test_eof; 
	_test_eof225: cs = 225; goto _test_eof; 
	_test_eof226: cs = 226; goto _test_eof; 
	_test_eof227: cs = 227; goto _test_eof; 
	_test_eof228: cs = 228; goto _test_eof; 
	_test_eof229: cs = 229; goto _test_eof; 
	_test_eof230: cs = 230; goto _test_eof; 
	_test_eof231: cs = 231; goto _test_eof; 
	_test_eof232: cs = 232; goto _test_eof; 
	_test_eof233: cs = 233; goto _test_eof; 
	_test_eof234: cs = 234; goto _test_eof; 
	_test_eof235: cs = 235; goto _test_eof; 
	_test_eof236: cs = 236; goto _test_eof; 
	_test_eof237: cs = 237; goto _test_eof; 
	_test_eof238: cs = 238; goto _test_eof; 
	_test_eof239: cs = 239; goto _test_eof; 
	_test_eof240: cs = 240; goto _test_eof; 
	_test_eof241: cs = 241; goto _test_eof; 
	_test_eof242: cs = 242; goto _test_eof; 
	_test_eof243: cs = 243; goto _test_eof; 
	_test_eof244: cs = 244; goto _test_eof; 
	_test_eof245: cs = 245; goto _test_eof; 
	_test_eof246: cs = 246; goto _test_eof; 
	_test_eof247: cs = 247; goto _test_eof; 
	_test_eof248: cs = 248; goto _test_eof; 
	_test_eof249: cs = 249; goto _test_eof; 
	_test_eof250: cs = 250; goto _test_eof; 
	_test_eof251: cs = 251; goto _test_eof; 
	_test_eof252: cs = 252; goto _test_eof; 
	_test_eof253: cs = 253; goto _test_eof; 
	_test_eof254: cs = 254; goto _test_eof; 
	_test_eof255: cs = 255; goto _test_eof; 
	_test_eof256: cs = 256; goto _test_eof; 
	_test_eof257: cs = 257; goto _test_eof; 
	_test_eof258: cs = 258; goto _test_eof; 
	_test_eof259: cs = 259; goto _test_eof; 
	_test_eof260: cs = 260; goto _test_eof; 
	_test_eof261: cs = 261; goto _test_eof; 
	_test_eof262: cs = 262; goto _test_eof; 
	_test_eof263: cs = 263; goto _test_eof; 
	_test_eof264: cs = 264; goto _test_eof; 
	_test_eof265: cs = 265; goto _test_eof; 
	_test_eof266: cs = 266; goto _test_eof; 
	_test_eof267: cs = 267; goto _test_eof; 
	_test_eof268: cs = 268; goto _test_eof; 
	_test_eof269: cs = 269; goto _test_eof; 
	_test_eof270: cs = 270; goto _test_eof; 
	_test_eof271: cs = 271; goto _test_eof; 
	_test_eof272: cs = 272; goto _test_eof; 
	_test_eof273: cs = 273; goto _test_eof; 
	_test_eof274: cs = 274; goto _test_eof; 
	_test_eof275: cs = 275; goto _test_eof; 
	_test_eof276: cs = 276; goto _test_eof; 
	_test_eof277: cs = 277; goto _test_eof; 
	_test_eof278: cs = 278; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 92 "grammar/sip_message.rl"

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
