/* RFC 3261 §25.1 basic rules shared by every SIP grammar. Pure grammar: no
 * actions here. Included by sip_message.rl, sip_uri.rl and sip_headers.rl.
 *
 * Line ends are written EOL = CR? LF everywhere: the grammar accepts a bare
 * LF and the message machine records where one appeared, so strictness
 * (FSIP_LENIENT_BARE_LF) is decided in C without a second grammar.
 */
%%{
machine sip_common;
alphtype unsigned char;

CR = "\r";
LF = "\n";
EOL = CR? LF;
SP = " ";
HTAB = "\t";
WSP = SP | HTAB;
DQUOTE = "\"";

# RFC 3261 §25.1: LWS = [*WSP CRLF] 1*WSP ; linear whitespace
LWS = (WSP* EOL)? WSP+;
SWS = LWS?;
HCOLON = WSP* ":" SWS;

alphanum = alnum;
mark = "-" | "_" | "." | "!" | "~" | "*" | "'" | "(" | ")";
unreserved = alphanum | mark;
reserved = ";" | "/" | "?" | ":" | "@" | "&" | "=" | "+" | "$" | ",";
escaped = "%" xdigit xdigit;

UTF8_CONT = 0x80..0xbf;
UTF8_NONASCII = 0xc0..0xfd;
# Loosely: any octet >= 0x80 (exact UTF-8 validation is not the parser's job).
HIGH = 0x80..0xff;

tokenchar = alphanum | "-" | "." | "!" | "%" | "*" | "_" | "+" | "`" | "'" | "~";
token = tokenchar+;
separators = "(" | ")" | "<" | ">" | "@" | "," | ";" | ":" | "\\" | DQUOTE
           | "/" | "[" | "]" | "?" | "=" | "{" | "}" | SP | HTAB;
wordchar = alphanum | "-" | "." | "!" | "%" | "*" | "_" | "+" | "`" | "'" | "~"
         | "(" | ")" | "<" | ">" | ":" | "\\" | DQUOTE | "/" | "[" | "]" | "?"
         | "{" | "}";
word = wordchar+;

# Runs that jump over themselves (fsip__skip in runtime/scan.h): use them
# only where the run is a pure self-loop, i.e. not in a union whose other
# branches accept the same octets (`token | hostname` must stay `token`).
action skip_token { fexec fsip__skip(p + 1, pe, FSIP_CC_TOKEN); }
action skip_word { fexec fsip__skip(p + 1, pe, FSIP_CC_WORD); }
action skip_qd { fexec fsip__skip(p + 1, pe, FSIP_CC_QD); }
token_run = ( tokenchar @skip_token )+;
word_run = ( wordchar @skip_word )+;

STAR = SWS "*" SWS;
SLASH = SWS "/" SWS;
EQUAL = SWS "=" SWS;
LPAREN = SWS "(" SWS;
RPAREN = SWS ")" SWS;
COMMA = SWS "," SWS;
SEMI = SWS ";" SWS;
COLON = SWS ":" SWS;

# quoted-string = SWS DQUOTE *(qdtext / quoted-pair ) DQUOTE
qd_simple = 0x21 | 0x23..0x5b | 0x5d..0x7e | HIGH;
qdtext = LWS | qd_simple @skip_qd;
quoted_pair = "\\" ( 0x00..0x09 | 0x0b..0x0c | 0x0e..0x7f );
quoted_string = DQUOTE ( qdtext | quoted_pair )* DQUOTE;

# comment = LPAREN *(ctext / quoted-pair / comment) RPAREN, one level deep.
ctext = 0x21..0x27 | 0x2a..0x5b | 0x5d..0x7e | HIGH | LWS;
comment = "(" ( ctext | quoted_pair | "(" ( ctext | quoted_pair )* ")" )* ")";

# Hosts (RFC 3261 §25.1 hostport). RFC 5118 §4.10: RFC 3261's IPv6 ABNF
# wants "2001:db8:::192.0.2.1" (3 colons) where RFC 4291 writes
# "2001:db8::192.0.2.1"; an implementation must tolerate both, so the
# second alternative adds the RFC 4291 forms of an embedded IPv4 tail.
domainlabel = alphanum ( ( alphanum | "-" )* alphanum )?;
toplabel = alpha ( ( alphanum | "-" )* alphanum )?;
hostname = ( domainlabel "." )* toplabel "."?;
IPv4address = digit{1,3} "." digit{1,3} "." digit{1,3} "." digit{1,3};
hex4 = xdigit{1,4};
hexseq = hex4 ( ":" hex4 )*;
hexpart = hexseq | hexseq "::" hexseq? | "::" hexseq?;
IPv6address = hexpart ( ":" IPv4address )?
            | hexseq? "::" ( hexseq ":" )? IPv4address;
IPv6reference = "[" IPv6address "]";

# Method names (RFC 3261 §25.1: extension-method = token).
Method = token;

# A SIP-Version is "SIP/" 1*DIGIT "." 1*DIGIT; "SIP" is case-insensitive.
SIP_Version = "SIP"i "/" digit+ "." digit+;

# Header names (RFC 3261 §7.3.3 compact forms and the extension headers
# fsip types). Each alternative's leaving action fires only when the whole
# name matched, so an including machine unions this with `token` and gets
# the id for free while scanning. The including machine declares `hid`.
header_name =
    ( "Via"i | "v"i ) %{ hid = FSIP_HDR_VIA; }
  | ( "From"i | "f"i ) %{ hid = FSIP_HDR_FROM; }
  | ( "To"i | "t"i ) %{ hid = FSIP_HDR_TO; }
  | ( "Call-ID"i | "i"i ) %{ hid = FSIP_HDR_CALL_ID; }
  | "CSeq"i %{ hid = FSIP_HDR_CSEQ; }
  | "Max-Forwards"i %{ hid = FSIP_HDR_MAX_FORWARDS; }
  | ( "Contact"i | "m"i ) %{ hid = FSIP_HDR_CONTACT; }
  | "Route"i %{ hid = FSIP_HDR_ROUTE; }
  | "Record-Route"i %{ hid = FSIP_HDR_RECORD_ROUTE; }
  | ( "Content-Length"i | "l"i ) %{ hid = FSIP_HDR_CONTENT_LENGTH; }
  | ( "Content-Type"i | "c"i ) %{ hid = FSIP_HDR_CONTENT_TYPE; }
  | "Expires"i %{ hid = FSIP_HDR_EXPIRES; }
  | "Require"i %{ hid = FSIP_HDR_REQUIRE; }
  | ( "Supported"i | "k"i ) %{ hid = FSIP_HDR_SUPPORTED; }
  | "Proxy-Require"i %{ hid = FSIP_HDR_PROXY_REQUIRE; }
  | "Unsupported"i %{ hid = FSIP_HDR_UNSUPPORTED; }
  | "Allow"i %{ hid = FSIP_HDR_ALLOW; }
  | ( "Event"i | "o"i ) %{ hid = FSIP_HDR_EVENT; }
  | "Subscription-State"i %{ hid = FSIP_HDR_SUBSCRIPTION_STATE; }
  | ( "Refer-To"i | "r"i ) %{ hid = FSIP_HDR_REFER_TO; }
  | ( "Referred-By"i | "b"i ) %{ hid = FSIP_HDR_REFERRED_BY; }
  | "Replaces"i %{ hid = FSIP_HDR_REPLACES; }
  | "Refer-Sub"i %{ hid = FSIP_HDR_REFER_SUB; }
  | "RSeq"i %{ hid = FSIP_HDR_RSEQ; }
  | "RAck"i %{ hid = FSIP_HDR_RACK; }
  | ( "Session-Expires"i | "x"i ) %{ hid = FSIP_HDR_SESSION_EXPIRES; }
  | "Min-SE"i %{ hid = FSIP_HDR_MIN_SE; }
  | "WWW-Authenticate"i %{ hid = FSIP_HDR_WWW_AUTHENTICATE; }
  | "Proxy-Authenticate"i %{ hid = FSIP_HDR_PROXY_AUTHENTICATE; }
  | "Authorization"i %{ hid = FSIP_HDR_AUTHORIZATION; }
  | "Proxy-Authorization"i %{ hid = FSIP_HDR_PROXY_AUTHORIZATION; }
  | "Date"i %{ hid = FSIP_HDR_DATE; }
  | "Retry-After"i %{ hid = FSIP_HDR_RETRY_AFTER; };
}%%
