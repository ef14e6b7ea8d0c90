/* Generated from grammar/sip_uri.rl by ragel 6.10 -G2 - do not edit; run `make regen`. */

#line 1 "grammar/sip_uri.rl"
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


#line 16 "gen/sip_uri.c"
static const int sip_uri_start = 1;
static const int sip_uri_first_final = 165;
static const int sip_uri_error = 0;

static const int sip_uri_en_sip_user = 6;
static const int sip_uri_en_sip_host = 84;
static const int sip_uri_en_tel = 154;
static const int sip_uri_en_other = 1;


#line 77 "grammar/sip_uri.rl"


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
    
#line 40 "gen/sip_uri.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st2;
	} else if ( (*p) >= 65u )
		goto st2;
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 43u: goto st2;
		case 58u: goto st3;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st2;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st2;
		} else if ( (*p) >= 65u )
			goto st2;
	} else
		goto st2;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 33u: goto tr3;
		case 37u: goto tr4;
		case 61u: goto tr3;
		case 93u: goto tr3;
		case 95u: goto tr3;
		case 126u: goto tr3;
	}
	if ( (*p) < 63u ) {
		if ( 36u <= (*p) && (*p) <= 59u )
			goto tr3;
	} else if ( (*p) > 91u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr3;
	} else
		goto tr3;
	goto st0;
tr3:
#line 35 "grammar/sip_uri.rl"
	{ us->opaque_s = p; }
	goto st165;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
#line 103 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto st165;
		case 37u: goto st4;
		case 61u: goto st165;
		case 93u: goto st165;
		case 95u: goto st165;
		case 126u: goto st165;
	}
	if ( (*p) < 63u ) {
		if ( 36u <= (*p) && (*p) <= 59u )
			goto st165;
	} else if ( (*p) > 91u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st165;
	} else
		goto st165;
	goto st0;
tr4:
#line 35 "grammar/sip_uri.rl"
	{ us->opaque_s = p; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 127 "gen/sip_uri.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st5;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st5;
	} else
		goto st5;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st165;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st165;
	} else
		goto st165;
	goto st0;
case 6:
	switch( (*p) ) {
		case 83u: goto st7;
		case 115u: goto st7;
	}
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 73u: goto st8;
		case 105u: goto st8;
	}
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 80u: goto st9;
		case 112u: goto st9;
	}
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 58u: goto st10;
		case 83u: goto st83;
		case 115u: goto st83;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 33u: goto tr12;
		case 37u: goto tr13;
		case 59u: goto tr12;
		case 61u: goto tr12;
		case 63u: goto tr12;
		case 95u: goto tr12;
		case 126u: goto tr12;
	}
	if ( (*p) < 65u ) {
		if ( 36u <= (*p) && (*p) <= 57u )
			goto tr12;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr12;
	} else
		goto tr12;
	goto st0;
tr12:
#line 19 "grammar/sip_uri.rl"
	{ us->user_s = p; }
#line 38 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_USER)))-1;} }
	goto st11;
tr14:
#line 38 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_USER)))-1;} }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 216 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr14;
		case 37u: goto st12;
		case 58u: goto tr16;
		case 61u: goto tr14;
		case 64u: goto tr17;
		case 95u: goto tr14;
		case 126u: goto tr14;
	}
	if ( (*p) < 63u ) {
		if ( 36u <= (*p) && (*p) <= 59u )
			goto tr14;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr14;
	} else
		goto tr14;
	goto st0;
tr13:
#line 19 "grammar/sip_uri.rl"
	{ us->user_s = p; }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 241 "gen/sip_uri.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st13;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st13;
	} else
		goto st13;
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st11;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st11;
	} else
		goto st11;
	goto st0;
tr16:
#line 20 "grammar/sip_uri.rl"
	{ us->user_e = p; }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 270 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr20;
		case 37u: goto tr21;
		case 61u: goto tr20;
		case 64u: goto tr22;
		case 95u: goto tr20;
		case 126u: goto tr20;
	}
	if ( (*p) < 48u ) {
		if ( 36u <= (*p) && (*p) <= 46u )
			goto tr20;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr20;
		} else if ( (*p) >= 65u )
			goto tr20;
	} else
		goto tr20;
	goto st0;
tr20:
#line 21 "grammar/sip_uri.rl"
	{ us->pass_s = p; }
#line 39 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PASS)))-1;} }
	goto st15;
tr23:
#line 39 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PASS)))-1;} }
	goto st15;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
#line 301 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr23;
		case 37u: goto st16;
		case 61u: goto tr23;
		case 64u: goto tr25;
		case 95u: goto tr23;
		case 126u: goto tr23;
	}
	if ( (*p) < 48u ) {
		if ( 36u <= (*p) && (*p) <= 46u )
			goto tr23;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr23;
		} else if ( (*p) >= 65u )
			goto tr23;
	} else
		goto tr23;
	goto st0;
tr21:
#line 21 "grammar/sip_uri.rl"
	{ us->pass_s = p; }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 328 "gen/sip_uri.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st17;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st17;
	} else
		goto st17;
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st15;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st15;
	} else
		goto st15;
	goto st0;
tr17:
#line 20 "grammar/sip_uri.rl"
	{ us->user_e = p; }
	goto st18;
tr22:
#line 21 "grammar/sip_uri.rl"
	{ us->pass_s = p; }
#line 22 "grammar/sip_uri.rl"
	{ us->pass_e = p; }
	goto st18;
tr25:
#line 22 "grammar/sip_uri.rl"
	{ us->pass_e = p; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 364 "gen/sip_uri.c"
	if ( (*p) == 91u )
		goto st48;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr28;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr29;
	} else
		goto tr29;
	goto st0;
tr28:
#line 23 "grammar/sip_uri.rl"
	{ us->host_s = p; }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
#line 382 "gen/sip_uri.c"
	switch( (*p) ) {
		case 45u: goto st20;
		case 46u: goto st37;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st46;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	if ( (*p) == 45u )
		goto st20;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st21;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 45u: goto st20;
		case 46u: goto st22;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st21;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st21;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st166;
	} else
		goto st166;
	goto st0;
tr29:
#line 23 "grammar/sip_uri.rl"
	{ us->host_s = p; }
	goto st166;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
#line 447 "gen/sip_uri.c"
	switch( (*p) ) {
		case 45u: goto st23;
		case 46u: goto st167;
		case 58u: goto tr196;
		case 59u: goto tr197;
		case 63u: goto tr198;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st166;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st166;
	} else
		goto st166;
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	if ( (*p) == 45u )
		goto st23;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st166;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st166;
	} else
		goto st166;
	goto st0;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
	switch( (*p) ) {
		case 58u: goto tr196;
		case 59u: goto tr197;
		case 63u: goto tr198;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st21;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st166;
	} else
		goto st166;
	goto st0;
tr196:
#line 27 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_NAME; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
	goto st24;
tr216:
#line 26 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_IPV4; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
	goto st24;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
#line 508 "gen/sip_uri.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr38;
	goto st0;
tr38:
#line 28 "grammar/sip_uri.rl"
	{ us->port_s = p; }
	goto st168;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
#line 518 "gen/sip_uri.c"
	switch( (*p) ) {
		case 59u: goto tr200;
		case 63u: goto tr201;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st168;
	goto st0;
tr197:
#line 27 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_NAME; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
	goto st25;
tr200:
#line 29 "grammar/sip_uri.rl"
	{ us->port_e = p; }
	goto st25;
tr204:
#line 32 "grammar/sip_uri.rl"
	{ fsip__push_param(us->params, pn, p, pv); }
	goto st25;
tr217:
#line 26 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_IPV4; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
	goto st25;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
#line 543 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr39;
		case 37u: goto tr40;
		case 93u: goto tr39;
		case 95u: goto tr39;
		case 126u: goto tr39;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr39;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr39;
		} else if ( (*p) >= 65u )
			goto tr39;
	} else
		goto tr39;
	goto st0;
tr39:
#line 30 "grammar/sip_uri.rl"
	{ pn = p; pv = NULL; }
#line 40 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PARAM)))-1;} }
	goto st169;
tr202:
#line 40 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PARAM)))-1;} }
	goto st169;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
#line 573 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr202;
		case 37u: goto st26;
		case 59u: goto tr204;
		case 61u: goto st28;
		case 63u: goto tr206;
		case 93u: goto tr202;
		case 95u: goto tr202;
		case 126u: goto tr202;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr202;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr202;
		} else if ( (*p) >= 65u )
			goto tr202;
	} else
		goto tr202;
	goto st0;
tr40:
#line 30 "grammar/sip_uri.rl"
	{ pn = p; pv = NULL; }
	goto st26;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
#line 602 "gen/sip_uri.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st27;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st27;
	} else
		goto st27;
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st169;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st169;
	} else
		goto st169;
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 33u: goto tr43;
		case 37u: goto tr44;
		case 93u: goto tr43;
		case 95u: goto tr43;
		case 126u: goto tr43;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr43;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr43;
		} else if ( (*p) >= 65u )
			goto tr43;
	} else
		goto tr43;
	goto st0;
tr43:
#line 31 "grammar/sip_uri.rl"
	{ pv = p; }
#line 40 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PARAM)))-1;} }
	goto st170;
tr207:
#line 40 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PARAM)))-1;} }
	goto st170;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
#line 658 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr207;
		case 37u: goto st29;
		case 59u: goto tr204;
		case 63u: goto tr206;
		case 93u: goto tr207;
		case 95u: goto tr207;
		case 126u: goto tr207;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr207;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr207;
		} else if ( (*p) >= 65u )
			goto tr207;
	} else
		goto tr207;
	goto st0;
tr44:
#line 31 "grammar/sip_uri.rl"
	{ pv = p; }
	goto st29;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
#line 686 "gen/sip_uri.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st30;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st30;
	} else
		goto st30;
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st170;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st170;
	} else
		goto st170;
	goto st0;
tr198:
#line 27 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_NAME; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
#line 34 "grammar/sip_uri.rl"
	{ us->hdrs_s = p; }
	goto st31;
tr201:
#line 29 "grammar/sip_uri.rl"
	{ us->port_e = p; }
#line 34 "grammar/sip_uri.rl"
	{ us->hdrs_s = p; }
	goto st31;
tr206:
#line 32 "grammar/sip_uri.rl"
	{ fsip__push_param(us->params, pn, p, pv); }
#line 34 "grammar/sip_uri.rl"
	{ us->hdrs_s = p; }
	goto st31;
tr211:
#line 31 "grammar/sip_uri.rl"
	{ pv = p; }
#line 33 "grammar/sip_uri.rl"
	{ fsip__push_param(us->headers, pn, p, pv); }
	goto st31;
tr214:
#line 33 "grammar/sip_uri.rl"
	{ fsip__push_param(us->headers, pn, p, pv); }
	goto st31;
tr218:
#line 26 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_IPV4; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
#line 34 "grammar/sip_uri.rl"
	{ us->hdrs_s = p; }
	goto st31;
tr222:
#line 34 "grammar/sip_uri.rl"
	{ us->hdrs_s = p; }
	goto st31;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
#line 740 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr47;
		case 36u: goto tr47;
		case 37u: goto tr48;
		case 63u: goto tr47;
		case 93u: goto tr47;
		case 95u: goto tr47;
		case 126u: goto tr47;
	}
	if ( (*p) < 45u ) {
		if ( 39u <= (*p) && (*p) <= 43u )
			goto tr47;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr47;
		} else if ( (*p) >= 65u )
			goto tr47;
	} else
		goto tr47;
	goto st0;
tr47:
#line 30 "grammar/sip_uri.rl"
	{ pn = p; pv = NULL; }
#line 41 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_HNV)))-1;} }
	goto st32;
tr49:
#line 41 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_HNV)))-1;} }
	goto st32;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
#line 772 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr49;
		case 36u: goto tr49;
		case 37u: goto st33;
		case 61u: goto st171;
		case 63u: goto tr49;
		case 93u: goto tr49;
		case 95u: goto tr49;
		case 126u: goto tr49;
	}
	if ( (*p) < 45u ) {
		if ( 39u <= (*p) && (*p) <= 43u )
			goto tr49;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr49;
		} else if ( (*p) >= 65u )
			goto tr49;
	} else
		goto tr49;
	goto st0;
tr48:
#line 30 "grammar/sip_uri.rl"
	{ pn = p; pv = NULL; }
	goto st33;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
#line 801 "gen/sip_uri.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st34;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st34;
	} else
		goto st34;
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st32;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st32;
	} else
		goto st32;
	goto st0;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
	switch( (*p) ) {
		case 33u: goto tr209;
		case 37u: goto tr210;
		case 38u: goto tr211;
		case 63u: goto tr209;
		case 93u: goto tr209;
		case 95u: goto tr209;
		case 126u: goto tr209;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr209;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr209;
		} else if ( (*p) >= 65u )
			goto tr209;
	} else
		goto tr209;
	goto st0;
tr212:
#line 41 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_HNV)))-1;} }
	goto st172;
tr209:
#line 31 "grammar/sip_uri.rl"
	{ pv = p; }
#line 41 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_HNV)))-1;} }
	goto st172;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
#line 859 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr212;
		case 37u: goto st35;
		case 38u: goto tr214;
		case 63u: goto tr212;
		case 93u: goto tr212;
		case 95u: goto tr212;
		case 126u: goto tr212;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr212;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr212;
		} else if ( (*p) >= 65u )
			goto tr212;
	} else
		goto tr212;
	goto st0;
tr210:
#line 31 "grammar/sip_uri.rl"
	{ pv = p; }
	goto st35;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
#line 887 "gen/sip_uri.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st36;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st36;
	} else
		goto st36;
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st172;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st172;
	} else
		goto st172;
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st38;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st166;
	} else
		goto st166;
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 45u: goto st20;
		case 46u: goto st39;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st44;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st40;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st166;
	} else
		goto st166;
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 45u: goto st20;
		case 46u: goto st41;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st42;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st173;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st166;
	} else
		goto st166;
	goto st0;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
	switch( (*p) ) {
		case 45u: goto st20;
		case 46u: goto st22;
		case 58u: goto tr216;
		case 59u: goto tr217;
		case 63u: goto tr218;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st174;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
	switch( (*p) ) {
		case 45u: goto st20;
		case 46u: goto st22;
		case 58u: goto tr216;
		case 59u: goto tr217;
		case 63u: goto tr218;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st175;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	switch( (*p) ) {
		case 45u: goto st20;
		case 46u: goto st22;
		case 58u: goto tr216;
		case 59u: goto tr217;
		case 63u: goto tr218;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st21;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 45u: goto st20;
		case 46u: goto st41;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st43;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	switch( (*p) ) {
		case 45u: goto st20;
		case 46u: goto st41;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st21;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	switch( (*p) ) {
		case 45u: goto st20;
		case 46u: goto st39;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st45;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 45u: goto st20;
		case 46u: goto st39;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st21;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 45u: goto st20;
		case 46u: goto st37;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st47;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 45u: goto st20;
		case 46u: goto st37;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st21;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	if ( (*p) == 58u )
		goto tr67;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr66;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr66;
	} else
		goto tr66;
	goto st0;
tr66:
#line 25 "grammar/sip_uri.rl"
	{ us->host_s = p; us->host_type = FSIP_HOST_IPV6; }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
#line 1166 "gen/sip_uri.c"
	switch( (*p) ) {
		case 58u: goto st53;
		case 93u: goto tr70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st50;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st50;
	} else
		goto st50;
	goto st0;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 58u: goto st53;
		case 93u: goto tr70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st51;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st51;
	} else
		goto st51;
	goto st0;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 58u: goto st53;
		case 93u: goto tr70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st52;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st52;
	} else
		goto st52;
	goto st0;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 58u: goto st53;
		case 93u: goto tr70;
	}
	goto st0;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	if ( (*p) == 58u )
		goto st69;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st54;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st49;
	} else
		goto st49;
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 46u: goto st55;
		case 58u: goto st53;
		case 93u: goto tr70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st67;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st50;
	} else
		goto st50;
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st56;
	goto st0;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	if ( (*p) == 46u )
		goto st57;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st65;
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st58;
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	if ( (*p) == 46u )
		goto st59;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st63;
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st60;
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	if ( (*p) == 93u )
		goto tr70;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st61;
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	if ( (*p) == 93u )
		goto tr70;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st62;
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	if ( (*p) == 93u )
		goto tr70;
	goto st0;
tr70:
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
	goto st176;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
#line 1326 "gen/sip_uri.c"
	switch( (*p) ) {
		case 58u: goto st24;
		case 59u: goto st25;
		case 63u: goto tr222;
	}
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	if ( (*p) == 46u )
		goto st59;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st64;
	goto st0;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	if ( (*p) == 46u )
		goto st59;
	goto st0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	if ( (*p) == 46u )
		goto st57;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st66;
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	if ( (*p) == 46u )
		goto st57;
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 46u: goto st55;
		case 58u: goto st53;
		case 93u: goto tr70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st68;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st51;
	} else
		goto st51;
	goto st0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	switch( (*p) ) {
		case 46u: goto st55;
		case 58u: goto st53;
		case 93u: goto tr70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st52;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st52;
	} else
		goto st52;
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	switch( (*p) ) {
		case 58u: goto st78;
		case 93u: goto tr70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st70;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st75;
	} else
		goto st75;
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 46u: goto st55;
		case 58u: goto st74;
		case 93u: goto tr70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st71;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st76;
	} else
		goto st76;
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	switch( (*p) ) {
		case 46u: goto st55;
		case 58u: goto st74;
		case 93u: goto tr70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st72;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st77;
	} else
		goto st77;
	goto st0;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	switch( (*p) ) {
		case 46u: goto st55;
		case 58u: goto st74;
		case 93u: goto tr70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st73;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st73;
	} else
		goto st73;
	goto st0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 58u: goto st74;
		case 93u: goto tr70;
	}
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st70;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st75;
	} else
		goto st75;
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 58u: goto st74;
		case 93u: goto tr70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st76;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st76;
	} else
		goto st76;
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	switch( (*p) ) {
		case 58u: goto st74;
		case 93u: goto tr70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st77;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st77;
	} else
		goto st77;
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 58u: goto st74;
		case 93u: goto tr70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st73;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st73;
	} else
		goto st73;
	goto st0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st79;
	goto st0;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	if ( (*p) == 46u )
		goto st55;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st80;
	goto st0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	if ( (*p) == 46u )
		goto st55;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st81;
	goto st0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	if ( (*p) == 46u )
		goto st55;
	goto st0;
tr67:
#line 25 "grammar/sip_uri.rl"
	{ us->host_s = p; us->host_type = FSIP_HOST_IPV6; }
	goto st82;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
#line 1583 "gen/sip_uri.c"
	if ( (*p) == 58u )
		goto st69;
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	if ( (*p) == 58u )
		goto st10;
	goto st0;
case 84:
	switch( (*p) ) {
		case 83u: goto st85;
		case 115u: goto st85;
	}
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 73u: goto st86;
		case 105u: goto st86;
	}
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 80u: goto st87;
		case 112u: goto st87;
	}
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 58u: goto st88;
		case 83u: goto st153;
		case 115u: goto st153;
	}
	goto st0;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	if ( (*p) == 91u )
		goto st118;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr107;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr108;
	} else
		goto tr108;
	goto st0;
tr107:
#line 23 "grammar/sip_uri.rl"
	{ us->host_s = p; }
	goto st89;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
#line 1649 "gen/sip_uri.c"
	switch( (*p) ) {
		case 45u: goto st90;
		case 46u: goto st107;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st116;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	if ( (*p) == 45u )
		goto st90;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st91;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	switch( (*p) ) {
		case 45u: goto st90;
		case 46u: goto st92;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st91;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st91;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st177;
	} else
		goto st177;
	goto st0;
tr108:
#line 23 "grammar/sip_uri.rl"
	{ us->host_s = p; }
	goto st177;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
#line 1714 "gen/sip_uri.c"
	switch( (*p) ) {
		case 45u: goto st93;
		case 46u: goto st178;
		case 58u: goto tr224;
		case 59u: goto tr225;
		case 63u: goto tr226;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st177;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st177;
	} else
		goto st177;
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	if ( (*p) == 45u )
		goto st93;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st177;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st177;
	} else
		goto st177;
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	switch( (*p) ) {
		case 58u: goto tr224;
		case 59u: goto tr225;
		case 63u: goto tr226;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st91;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st177;
	} else
		goto st177;
	goto st0;
tr224:
#line 27 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_NAME; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
	goto st94;
tr244:
#line 26 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_IPV4; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
	goto st94;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
#line 1775 "gen/sip_uri.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr117;
	goto st0;
tr117:
#line 28 "grammar/sip_uri.rl"
	{ us->port_s = p; }
	goto st179;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
#line 1785 "gen/sip_uri.c"
	switch( (*p) ) {
		case 59u: goto tr228;
		case 63u: goto tr229;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st179;
	goto st0;
tr225:
#line 27 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_NAME; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
	goto st95;
tr228:
#line 29 "grammar/sip_uri.rl"
	{ us->port_e = p; }
	goto st95;
tr232:
#line 32 "grammar/sip_uri.rl"
	{ fsip__push_param(us->params, pn, p, pv); }
	goto st95;
tr245:
#line 26 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_IPV4; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
	goto st95;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
#line 1810 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr118;
		case 37u: goto tr119;
		case 93u: goto tr118;
		case 95u: goto tr118;
		case 126u: goto tr118;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr118;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr118;
		} else if ( (*p) >= 65u )
			goto tr118;
	} else
		goto tr118;
	goto st0;
tr118:
#line 30 "grammar/sip_uri.rl"
	{ pn = p; pv = NULL; }
#line 40 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PARAM)))-1;} }
	goto st180;
tr230:
#line 40 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PARAM)))-1;} }
	goto st180;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
#line 1840 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr230;
		case 37u: goto st96;
		case 59u: goto tr232;
		case 61u: goto st98;
		case 63u: goto tr234;
		case 93u: goto tr230;
		case 95u: goto tr230;
		case 126u: goto tr230;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr230;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr230;
		} else if ( (*p) >= 65u )
			goto tr230;
	} else
		goto tr230;
	goto st0;
tr119:
#line 30 "grammar/sip_uri.rl"
	{ pn = p; pv = NULL; }
	goto st96;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
#line 1869 "gen/sip_uri.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st97;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st97;
	} else
		goto st97;
	goto st0;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st180;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st180;
	} else
		goto st180;
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 33u: goto tr122;
		case 37u: goto tr123;
		case 93u: goto tr122;
		case 95u: goto tr122;
		case 126u: goto tr122;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr122;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr122;
		} else if ( (*p) >= 65u )
			goto tr122;
	} else
		goto tr122;
	goto st0;
tr122:
#line 31 "grammar/sip_uri.rl"
	{ pv = p; }
#line 40 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PARAM)))-1;} }
	goto st181;
tr235:
#line 40 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PARAM)))-1;} }
	goto st181;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
#line 1925 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr235;
		case 37u: goto st99;
		case 59u: goto tr232;
		case 63u: goto tr234;
		case 93u: goto tr235;
		case 95u: goto tr235;
		case 126u: goto tr235;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr235;
		} else if ( (*p) >= 65u )
			goto tr235;
	} else
		goto tr235;
	goto st0;
tr123:
#line 31 "grammar/sip_uri.rl"
	{ pv = p; }
	goto st99;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
#line 1953 "gen/sip_uri.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st100;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st100;
	} else
		goto st100;
	goto st0;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st181;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st181;
	} else
		goto st181;
	goto st0;
tr226:
#line 27 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_NAME; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
#line 34 "grammar/sip_uri.rl"
	{ us->hdrs_s = p; }
	goto st101;
tr229:
#line 29 "grammar/sip_uri.rl"
	{ us->port_e = p; }
#line 34 "grammar/sip_uri.rl"
	{ us->hdrs_s = p; }
	goto st101;
tr234:
#line 32 "grammar/sip_uri.rl"
	{ fsip__push_param(us->params, pn, p, pv); }
#line 34 "grammar/sip_uri.rl"
	{ us->hdrs_s = p; }
	goto st101;
tr239:
#line 31 "grammar/sip_uri.rl"
	{ pv = p; }
#line 33 "grammar/sip_uri.rl"
	{ fsip__push_param(us->headers, pn, p, pv); }
	goto st101;
tr242:
#line 33 "grammar/sip_uri.rl"
	{ fsip__push_param(us->headers, pn, p, pv); }
	goto st101;
tr246:
#line 26 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_IPV4; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
#line 34 "grammar/sip_uri.rl"
	{ us->hdrs_s = p; }
	goto st101;
tr250:
#line 34 "grammar/sip_uri.rl"
	{ us->hdrs_s = p; }
	goto st101;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
#line 2007 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr126;
		case 36u: goto tr126;
		case 37u: goto tr127;
		case 63u: goto tr126;
		case 93u: goto tr126;
		case 95u: goto tr126;
		case 126u: goto tr126;
	}
	if ( (*p) < 45u ) {
		if ( 39u <= (*p) && (*p) <= 43u )
			goto tr126;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr126;
		} else if ( (*p) >= 65u )
			goto tr126;
	} else
		goto tr126;
	goto st0;
tr126:
#line 30 "grammar/sip_uri.rl"
	{ pn = p; pv = NULL; }
#line 41 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_HNV)))-1;} }
	goto st102;
tr128:
#line 41 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_HNV)))-1;} }
	goto st102;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
#line 2039 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr128;
		case 36u: goto tr128;
		case 37u: goto st103;
		case 61u: goto st182;
		case 63u: goto tr128;
		case 93u: goto tr128;
		case 95u: goto tr128;
		case 126u: goto tr128;
	}
	if ( (*p) < 45u ) {
		if ( 39u <= (*p) && (*p) <= 43u )
			goto tr128;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr128;
		} else if ( (*p) >= 65u )
			goto tr128;
	} else
		goto tr128;
	goto st0;
tr127:
#line 30 "grammar/sip_uri.rl"
	{ pn = p; pv = NULL; }
	goto st103;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
#line 2068 "gen/sip_uri.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st104;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st104;
	} else
		goto st104;
	goto st0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st102;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st102;
	} else
		goto st102;
	goto st0;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	switch( (*p) ) {
		case 33u: goto tr237;
		case 37u: goto tr238;
		case 38u: goto tr239;
		case 63u: goto tr237;
		case 93u: goto tr237;
		case 95u: goto tr237;
		case 126u: goto tr237;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr237;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr237;
		} else if ( (*p) >= 65u )
			goto tr237;
	} else
		goto tr237;
	goto st0;
tr240:
#line 41 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_HNV)))-1;} }
	goto st183;
tr237:
#line 31 "grammar/sip_uri.rl"
	{ pv = p; }
#line 41 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_HNV)))-1;} }
	goto st183;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
#line 2126 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr240;
		case 37u: goto st105;
		case 38u: goto tr242;
		case 63u: goto tr240;
		case 93u: goto tr240;
		case 95u: goto tr240;
		case 126u: goto tr240;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr240;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr240;
		} else if ( (*p) >= 65u )
			goto tr240;
	} else
		goto tr240;
	goto st0;
tr238:
#line 31 "grammar/sip_uri.rl"
	{ pv = p; }
	goto st105;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
#line 2154 "gen/sip_uri.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st106;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st106;
	} else
		goto st106;
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st183;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st183;
	} else
		goto st183;
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st108;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st177;
	} else
		goto st177;
	goto st0;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 45u: goto st90;
		case 46u: goto st109;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st114;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st110;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st177;
	} else
		goto st177;
	goto st0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 45u: goto st90;
		case 46u: goto st111;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st112;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st184;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st177;
	} else
		goto st177;
	goto st0;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
	switch( (*p) ) {
		case 45u: goto st90;
		case 46u: goto st92;
		case 58u: goto tr244;
		case 59u: goto tr245;
		case 63u: goto tr246;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st185;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	switch( (*p) ) {
		case 45u: goto st90;
		case 46u: goto st92;
		case 58u: goto tr244;
		case 59u: goto tr245;
		case 63u: goto tr246;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st186;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	switch( (*p) ) {
		case 45u: goto st90;
		case 46u: goto st92;
		case 58u: goto tr244;
		case 59u: goto tr245;
		case 63u: goto tr246;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st91;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 45u: goto st90;
		case 46u: goto st111;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st113;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 45u: goto st90;
		case 46u: goto st111;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st91;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 45u: goto st90;
		case 46u: goto st109;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st115;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 45u: goto st90;
		case 46u: goto st109;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st91;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 45u: goto st90;
		case 46u: goto st107;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st117;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 45u: goto st90;
		case 46u: goto st107;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st91;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	if ( (*p) == 58u )
		goto tr146;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr145;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr145;
	} else
		goto tr145;
	goto st0;
tr145:
#line 25 "grammar/sip_uri.rl"
	{ us->host_s = p; us->host_type = FSIP_HOST_IPV6; }
	goto st119;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
#line 2433 "gen/sip_uri.c"
	switch( (*p) ) {
		case 58u: goto st123;
		case 93u: goto tr149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st120;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st120;
	} else
		goto st120;
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 58u: goto st123;
		case 93u: goto tr149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st121;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st121;
	} else
		goto st121;
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 58u: goto st123;
		case 93u: goto tr149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st122;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st122;
	} else
		goto st122;
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 58u: goto st123;
		case 93u: goto tr149;
	}
	goto st0;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	if ( (*p) == 58u )
		goto st139;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st124;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st119;
	} else
		goto st119;
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 46u: goto st125;
		case 58u: goto st123;
		case 93u: goto tr149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st137;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st120;
	} else
		goto st120;
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st126;
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	if ( (*p) == 46u )
		goto st127;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st135;
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st128;
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	if ( (*p) == 46u )
		goto st129;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st133;
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st130;
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	if ( (*p) == 93u )
		goto tr149;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st131;
	goto st0;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	if ( (*p) == 93u )
		goto tr149;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st132;
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	if ( (*p) == 93u )
		goto tr149;
	goto st0;
tr149:
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
	goto st187;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
#line 2593 "gen/sip_uri.c"
	switch( (*p) ) {
		case 58u: goto st94;
		case 59u: goto st95;
		case 63u: goto tr250;
	}
	goto st0;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	if ( (*p) == 46u )
		goto st129;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st134;
	goto st0;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	if ( (*p) == 46u )
		goto st129;
	goto st0;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	if ( (*p) == 46u )
		goto st127;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st136;
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	if ( (*p) == 46u )
		goto st127;
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 46u: goto st125;
		case 58u: goto st123;
		case 93u: goto tr149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st138;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st121;
	} else
		goto st121;
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 46u: goto st125;
		case 58u: goto st123;
		case 93u: goto tr149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st122;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st122;
	} else
		goto st122;
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 58u: goto st148;
		case 93u: goto tr149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st140;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st145;
	} else
		goto st145;
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 46u: goto st125;
		case 58u: goto st144;
		case 93u: goto tr149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st141;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st146;
	} else
		goto st146;
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 46u: goto st125;
		case 58u: goto st144;
		case 93u: goto tr149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st142;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st147;
	} else
		goto st147;
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 46u: goto st125;
		case 58u: goto st144;
		case 93u: goto tr149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st143;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st143;
	} else
		goto st143;
	goto st0;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	switch( (*p) ) {
		case 58u: goto st144;
		case 93u: goto tr149;
	}
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st140;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st145;
	} else
		goto st145;
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 58u: goto st144;
		case 93u: goto tr149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st146;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st146;
	} else
		goto st146;
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 58u: goto st144;
		case 93u: goto tr149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st147;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st147;
	} else
		goto st147;
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 58u: goto st144;
		case 93u: goto tr149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st143;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st143;
	} else
		goto st143;
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st149;
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	if ( (*p) == 46u )
		goto st125;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st150;
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	if ( (*p) == 46u )
		goto st125;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st151;
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	if ( (*p) == 46u )
		goto st125;
	goto st0;
tr146:
#line 25 "grammar/sip_uri.rl"
	{ us->host_s = p; us->host_type = FSIP_HOST_IPV6; }
	goto st152;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
#line 2850 "gen/sip_uri.c"
	if ( (*p) == 58u )
		goto st139;
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	if ( (*p) == 58u )
		goto st88;
	goto st0;
case 154:
	switch( (*p) ) {
		case 84u: goto st155;
		case 116u: goto st155;
	}
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 69u: goto st156;
		case 101u: goto st156;
	}
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 76u: goto st157;
		case 108u: goto st157;
	}
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	if ( (*p) == 58u )
		goto st158;
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	if ( (*p) == 35u )
		goto tr185;
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr185;
		} else if ( (*p) >= 40u )
			goto tr185;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr185;
		} else if ( (*p) >= 65u )
			goto tr185;
	} else
		goto tr185;
	goto st0;
tr185:
#line 19 "grammar/sip_uri.rl"
	{ us->user_s = p; }
	goto st188;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
#line 2919 "gen/sip_uri.c"
	switch( (*p) ) {
		case 35u: goto st188;
		case 59u: goto tr252;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st188;
		} else if ( (*p) >= 40u )
			goto st188;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st188;
		} else if ( (*p) >= 65u )
			goto st188;
	} else
		goto st188;
	goto st0;
tr252:
#line 20 "grammar/sip_uri.rl"
	{ us->user_e = p; }
	goto st159;
tr255:
#line 32 "grammar/sip_uri.rl"
	{ fsip__push_param(us->params, pn, p, pv); }
	goto st159;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
#line 2948 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr186;
		case 37u: goto tr187;
		case 93u: goto tr186;
		case 95u: goto tr186;
		case 126u: goto tr186;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr186;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr186;
		} else if ( (*p) >= 65u )
			goto tr186;
	} else
		goto tr186;
	goto st0;
tr186:
#line 30 "grammar/sip_uri.rl"
	{ pn = p; pv = NULL; }
#line 40 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PARAM)))-1;} }
	goto st189;
tr253:
#line 40 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PARAM)))-1;} }
	goto st189;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
#line 2978 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr253;
		case 37u: goto st160;
		case 59u: goto tr255;
		case 61u: goto st162;
		case 93u: goto tr253;
		case 95u: goto tr253;
		case 126u: goto tr253;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr253;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr253;
		} else if ( (*p) >= 65u )
			goto tr253;
	} else
		goto tr253;
	goto st0;
tr187:
#line 30 "grammar/sip_uri.rl"
	{ pn = p; pv = NULL; }
	goto st160;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
#line 3006 "gen/sip_uri.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st161;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st161;
	} else
		goto st161;
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st189;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st189;
	} else
		goto st189;
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 33u: goto tr190;
		case 37u: goto tr191;
		case 93u: goto tr190;
		case 95u: goto tr190;
		case 126u: goto tr190;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr190;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr190;
		} else if ( (*p) >= 65u )
			goto tr190;
	} else
		goto tr190;
	goto st0;
tr190:
#line 31 "grammar/sip_uri.rl"
	{ pv = p; }
#line 40 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PARAM)))-1;} }
	goto st190;
tr257:
#line 40 "grammar/sip_uri.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_PARAM)))-1;} }
	goto st190;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
#line 3062 "gen/sip_uri.c"
	switch( (*p) ) {
		case 33u: goto tr257;
		case 37u: goto st163;
		case 59u: goto tr255;
		case 93u: goto tr257;
		case 95u: goto tr257;
		case 126u: goto tr257;
	}
	if ( (*p) < 45u ) {
		if ( 36u <= (*p) && (*p) <= 43u )
			goto tr257;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 91u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr257;
		} else if ( (*p) >= 65u )
			goto tr257;
	} else
		goto tr257;
	goto st0;
tr191:
#line 31 "grammar/sip_uri.rl"
	{ pv = p; }
	goto st163;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
#line 3089 "gen/sip_uri.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st164;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st164;
	} else
		goto st164;
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st190;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st190;
	} else
		goto st190;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof165: cs = 165; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof166: cs = 166; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof167: cs = 167; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof168: cs = 168; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof169: cs = 169; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof170: cs = 170; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
	_test_eof32: cs = 32; goto _test_eof; 
	_test_eof33: cs = 33; goto _test_eof; 
	_test_eof34: cs = 34; goto _test_eof; 
	_test_eof171: cs = 171; goto _test_eof; 
	_test_eof172: cs = 172; goto _test_eof; 
	_test_eof35: cs = 35; goto _test_eof; 
	_test_eof36: cs = 36; goto _test_eof; 
	_test_eof37: cs = 37; goto _test_eof; 
	_test_eof38: cs = 38; goto _test_eof; 
	_test_eof39: cs = 39; goto _test_eof; 
	_test_eof40: cs = 40; goto _test_eof; 
	_test_eof41: cs = 41; goto _test_eof; 
	_test_eof173: cs = 173; goto _test_eof; 
	_test_eof174: cs = 174; goto _test_eof; 
	_test_eof175: cs = 175; goto _test_eof; 
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
	_test_eof176: cs = 176; goto _test_eof; 
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
	_test_eof85: cs = 85; goto _test_eof; 
	_test_eof86: cs = 86; goto _test_eof; 
	_test_eof87: cs = 87; goto _test_eof; 
	_test_eof88: cs = 88; goto _test_eof; 
	_test_eof89: cs = 89; goto _test_eof; 
	_test_eof90: cs = 90; goto _test_eof; 
	_test_eof91: cs = 91; goto _test_eof; 
	_test_eof92: cs = 92; goto _test_eof; 
	_test_eof177: cs = 177; goto _test_eof; 
	_test_eof93: cs = 93; goto _test_eof; 
	_test_eof178: cs = 178; goto _test_eof; 
	_test_eof94: cs = 94; goto _test_eof; 
	_test_eof179: cs = 179; goto _test_eof; 
	_test_eof95: cs = 95; goto _test_eof; 
	_test_eof180: cs = 180; goto _test_eof; 
	_test_eof96: cs = 96; goto _test_eof; 
	_test_eof97: cs = 97; goto _test_eof; 
	_test_eof98: cs = 98; goto _test_eof; 
	_test_eof181: cs = 181; goto _test_eof; 
	_test_eof99: cs = 99; goto _test_eof; 
	_test_eof100: cs = 100; goto _test_eof; 
	_test_eof101: cs = 101; goto _test_eof; 
	_test_eof102: cs = 102; goto _test_eof; 
	_test_eof103: cs = 103; goto _test_eof; 
	_test_eof104: cs = 104; goto _test_eof; 
	_test_eof182: cs = 182; goto _test_eof; 
	_test_eof183: cs = 183; goto _test_eof; 
	_test_eof105: cs = 105; goto _test_eof; 
	_test_eof106: cs = 106; goto _test_eof; 
	_test_eof107: cs = 107; goto _test_eof; 
	_test_eof108: cs = 108; goto _test_eof; 
	_test_eof109: cs = 109; goto _test_eof; 
	_test_eof110: cs = 110; goto _test_eof; 
	_test_eof111: cs = 111; goto _test_eof; 
	_test_eof184: cs = 184; goto _test_eof; 
	_test_eof185: cs = 185; goto _test_eof; 
	_test_eof186: cs = 186; goto _test_eof; 
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
	_test_eof187: cs = 187; goto _test_eof; 
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
	_test_eof155: cs = 155; goto _test_eof; 
	_test_eof156: cs = 156; goto _test_eof; 
	_test_eof157: cs = 157; goto _test_eof; 
	_test_eof158: cs = 158; goto _test_eof; 
	_test_eof188: cs = 188; goto _test_eof; 
	_test_eof159: cs = 159; goto _test_eof; 
	_test_eof189: cs = 189; goto _test_eof; 
	_test_eof160: cs = 160; goto _test_eof; 
	_test_eof161: cs = 161; goto _test_eof; 
	_test_eof162: cs = 162; goto _test_eof; 
	_test_eof190: cs = 190; goto _test_eof; 
	_test_eof163: cs = 163; goto _test_eof; 
	_test_eof164: cs = 164; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 188: 
#line 20 "grammar/sip_uri.rl"
	{ us->user_e = p; }
	break;
	case 168: 
	case 179: 
#line 29 "grammar/sip_uri.rl"
	{ us->port_e = p; }
	break;
	case 169: 
	case 170: 
	case 180: 
	case 181: 
	case 189: 
	case 190: 
#line 32 "grammar/sip_uri.rl"
	{ fsip__push_param(us->params, pn, p, pv); }
	break;
	case 172: 
	case 183: 
#line 33 "grammar/sip_uri.rl"
	{ fsip__push_param(us->headers, pn, p, pv); }
	break;
	case 173: 
	case 174: 
	case 175: 
	case 184: 
	case 185: 
	case 186: 
#line 26 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_IPV4; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
	break;
	case 166: 
	case 167: 
	case 177: 
	case 178: 
#line 27 "grammar/sip_uri.rl"
	{ us->host_type = FSIP_HOST_NAME; }
#line 24 "grammar/sip_uri.rl"
	{ us->host_e = p; }
	break;
	case 171: 
	case 182: 
#line 31 "grammar/sip_uri.rl"
	{ pv = p; }
#line 33 "grammar/sip_uri.rl"
	{ fsip__push_param(us->headers, pn, p, pv); }
	break;
#line 3343 "gen/sip_uri.c"
	}
	}

	_out: {}
	}

#line 93 "grammar/sip_uri.rl"

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
