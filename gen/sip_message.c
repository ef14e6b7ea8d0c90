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
#include "scan.h"


#line 16 "gen/sip_message.c.tmp"
static const int sip_message_start = 1;
static const int sip_message_first_final = 34;
static const int sip_message_error = 0;

static const int sip_message_en_main = 1;


#line 65 "grammar/sip_message.rl"


int fsip__scan_message(struct fsip_scan *sc, const unsigned char *b, size_t len, size_t *err_at)
{
    const unsigned char *p = b, *pe = b + len, *eof = NULL;
    const unsigned char *mk = b;
    int cs;
    (void)eof;

    
#line 31 "gen/sip_message.c.tmp"
	{
	cs = sip_message_start;
	}

#line 75 "grammar/sip_message.rl"
    
#line 34 "gen/sip_message.c.tmp"
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
#line 19 "grammar/sip_message.rl"
	{ mk = p; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 73 "gen/sip_message.c.tmp"
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
#line 23 "grammar/sip_message.rl"
	{ sc->is_request = 1; sc->method_s = (uint32_t)(mk - b); sc->method_e = (uint32_t)(p - b); }
	goto st3;
tr6:
#line 21 "grammar/sip_message.rl"
	{ if (!sc->extra_sp) sc->extra_sp = (uint32_t)(p - b) + 1; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 105 "gen/sip_message.c.tmp"
	switch( (*p) ) {
		case 13u: goto st0;
		case 32u: goto tr6;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st0;
	goto tr5;
tr5:
#line 19 "grammar/sip_message.rl"
	{ mk = p; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 119 "gen/sip_message.c.tmp"
	switch( (*p) ) {
		case 13u: goto st0;
		case 32u: goto tr8;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st0;
	goto st4;
tr9:
#line 21 "grammar/sip_message.rl"
	{ if (!sc->extra_sp) sc->extra_sp = (uint32_t)(p - b) + 1; }
	goto st5;
tr8:
#line 24 "grammar/sip_message.rl"
	{ sc->ruri_s = (uint32_t)(mk - b); sc->ruri_e = (uint32_t)(p - b); }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 136 "gen/sip_message.c.tmp"
	switch( (*p) ) {
		case 32u: goto tr9;
		case 83u: goto tr10;
		case 115u: goto tr10;
	}
	goto st0;
tr10:
#line 19 "grammar/sip_message.rl"
	{ mk = p; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 149 "gen/sip_message.c.tmp"
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
#line 21 "grammar/sip_message.rl"
	{ if (!sc->extra_sp) sc->extra_sp = (uint32_t)(p - b) + 1; }
	goto st13;
tr17:
#line 25 "grammar/sip_message.rl"
	{ sc->ver_s = (uint32_t)(mk - b); sc->ver_e = (uint32_t)(p - b); }
#line 21 "grammar/sip_message.rl"
	{ if (!sc->extra_sp) sc->extra_sp = (uint32_t)(p - b) + 1; }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 217 "gen/sip_message.c.tmp"
	switch( (*p) ) {
		case 9u: goto tr20;
		case 10u: goto tr21;
		case 13u: goto st21;
		case 32u: goto tr20;
	}
	goto st0;
tr18:
#line 25 "grammar/sip_message.rl"
	{ sc->ver_s = (uint32_t)(mk - b); sc->ver_e = (uint32_t)(p - b); }
#line 20 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
	goto st14;
tr21:
#line 20 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
	goto st14;
tr52:
#line 28 "grammar/sip_message.rl"
	{ sc->reason_s = (uint32_t)(mk - b); sc->reason_e = (uint32_t)(p - b); }
#line 20 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 239 "gen/sip_message.c.tmp"
	switch( (*p) ) {
		case 10u: goto tr23;
		case 13u: goto st15;
		case 33u: goto tr25;
		case 37u: goto tr25;
		case 39u: goto tr25;
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
		} else if ( (*p) >= 65u )
			goto tr25;
	} else
		goto tr25;
	goto st0;
tr23:
#line 20 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
#line 37 "grammar/sip_message.rl"
	{ sc->hdr_end = (uint32_t)(p - b) + 1; {p++; cs = 34; goto _out;} }
	goto st34;
tr35:
#line 36 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 20 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
#line 37 "grammar/sip_message.rl"
	{ sc->hdr_end = (uint32_t)(p - b) + 1; {p++; cs = 34; goto _out;} }
	goto st34;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
#line 275 "gen/sip_message.c.tmp"
	goto st0;
tr36:
#line 36 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
	goto st15;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
#line 283 "gen/sip_message.c.tmp"
	if ( (*p) == 10u )
		goto tr23;
	goto st0;
tr25:
#line 30 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; }
	goto st16;
tr37:
#line 36 "grammar/sip_message.rl"
	{ if (fsip__push_line(sc) < 0) { *err_at = (size_t)(p - b); return sc->err; } }
#line 30 "grammar/sip_message.rl"
	{ sc->open = 1; sc->cur.name_s = (uint32_t)(p - b); sc->cur.folded = 0; }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 297 "gen/sip_message.c.tmp"
	switch( (*p) ) {
		case 9u: goto tr26;
		case 32u: goto tr26;
		case 33u: goto st16;
		case 37u: goto st16;
		case 39u: goto st16;
		case 58u: goto tr28;
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
tr26:
#line 31 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
#line 328 "gen/sip_message.c.tmp"
	switch( (*p) ) {
		case 9u: goto st17;
		case 32u: goto st17;
		case 58u: goto tr30;
	}
	goto st0;
tr28:
#line 31 "grammar/sip_message.rl"
	{ sc->cur.name_e = (uint32_t)(p - b); }
#line 32 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr30:
#line 32 "grammar/sip_message.rl"
	{ sc->cur.val_s = (uint32_t)(p - b) + 1; }
	goto st18;
tr34:
#line 34 "grammar/sip_message.rl"
	{ sc->cur.folded = 1; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 348 "gen/sip_message.c.tmp"
	switch( (*p) ) {
		case 10u: goto tr32;
		case 13u: goto tr33;
	}
	goto st18;
tr32:
#line 20 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
#line 33 "grammar/sip_message.rl"
	{ sc->cur.val_e = (uint32_t)(p - b); }
#line 35 "grammar/sip_message.rl"
	{ sc->line_done = (uint32_t)(p - b) + 1; }
	goto st19;
tr38:
#line 20 "grammar/sip_message.rl"
	{ if (p == b || p[-1] != '\r') { if (!sc->bare_lf) sc->bare_lf = (uint32_t)(p - b) + 1; } }
#line 35 "grammar/sip_message.rl"
	{ sc->line_done = (uint32_t)(p - b) + 1; }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
#line 366 "gen/sip_message.c.tmp"
	switch( (*p) ) {
		case 9u: goto tr34;
		case 10u: goto tr35;
		case 13u: goto tr36;
		case 32u: goto tr34;
		case 33u: goto tr37;
		case 37u: goto tr37;
		case 39u: goto tr37;
		case 126u: goto tr37;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr37;
		} else if ( (*p) >= 42u )
			goto tr37;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr37;
		} else if ( (*p) >= 65u )
			goto tr37;
	} else
		goto tr37;
	goto st0;
tr33:
#line 33 "grammar/sip_message.rl"
	{ sc->cur.val_e = (uint32_t)(p - b); }
	goto st20;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
#line 398 "gen/sip_message.c.tmp"
	if ( (*p) == 10u )
		goto tr38;
	goto st0;
tr19:
#line 25 "grammar/sip_message.rl"
	{ sc->ver_s = (uint32_t)(mk - b); sc->ver_e = (uint32_t)(p - b); }
	goto st21;
tr53:
#line 28 "grammar/sip_message.rl"
	{ sc->reason_s = (uint32_t)(mk - b); sc->reason_e = (uint32_t)(p - b); }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
#line 411 "gen/sip_message.c.tmp"
	if ( (*p) == 10u )
		goto tr21;
	goto st0;
tr2:
#line 19 "grammar/sip_message.rl"
	{ mk = p; }
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
#line 421 "gen/sip_message.c.tmp"
	switch( (*p) ) {
		case 32u: goto tr3;
		case 33u: goto st2;
		case 37u: goto st2;
		case 39u: goto st2;
		case 73u: goto st23;
		case 105u: goto st23;
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
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 32u: goto tr3;
		case 33u: goto st2;
		case 37u: goto st2;
		case 39u: goto st2;
		case 80u: goto st24;
		case 112u: goto st24;
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
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 32u: goto tr3;
		case 33u: goto st2;
		case 37u: goto st2;
		case 39u: goto st2;
		case 47u: goto st25;
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
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st26;
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	if ( (*p) == 46u )
		goto st27;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st26;
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st28;
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	if ( (*p) == 32u )
		goto tr45;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st28;
	goto st0;
tr46:
#line 21 "grammar/sip_message.rl"
	{ if (!sc->extra_sp) sc->extra_sp = (uint32_t)(p - b) + 1; }
	goto st29;
tr45:
#line 25 "grammar/sip_message.rl"
	{ sc->ver_s = (uint32_t)(mk - b); sc->ver_e = (uint32_t)(p - b); }
	goto st29;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
#line 539 "gen/sip_message.c.tmp"
	if ( (*p) == 32u )
		goto tr46;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr47;
	goto st0;
tr47:
#line 19 "grammar/sip_message.rl"
	{ mk = p; }
	goto st30;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
#line 551 "gen/sip_message.c.tmp"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st31;
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st32;
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	if ( (*p) == 32u )
		goto tr50;
	goto st0;
tr50:
#line 26 "grammar/sip_message.rl"
	{ sc->is_request = 0; sc->status_s = (uint32_t)(mk - b); sc->status_e = (uint32_t)(p - b); }
#line 27 "grammar/sip_message.rl"
	{ mk = p + 1; }
	goto st33;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
#line 576 "gen/sip_message.c.tmp"
	switch( (*p) ) {
		case 10u: goto tr52;
		case 13u: goto tr53;
		case 127u: goto st0;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto st0;
	} else
		goto st0;
	goto st33;
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
	_test_eof34: cs = 34; goto _test_eof; 
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

	_test_eof: {}
	_out: {}
	}

#line 76 "grammar/sip_message.rl"

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
