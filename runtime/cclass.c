/* Character classes of RFC 3261 §25.1 as one 256-entry table, used by the
 * run-skipping actions of the grammars (see fsip__skip in scan.h). Each
 * class is a constant expression over the octet, so the table reads as the
 * ABNF it encodes. */
#include "scan.h"

#define ALNUM(c)                                                                                   \
    (((c) >= '0' && (c) <= '9') || ((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))
#define IN(c, set) ((c) != 0 && __builtin_strchr(set, (c)) != 0)
/* unreserved = alphanum / mark */
#define UNRESERVED(c) (ALNUM(c) || IN(c, "-_.!~*'()"))
/* token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~") */
#define TOKEN(c) (ALNUM(c) || IN(c, "-.!%*_+`'~"))
/* word = 1*(token chars / "(" / ")" / "<" / ">" / ":" / "\" / DQUOTE / "/" / "[" / "]" / "?" / "{"
 * / "}") */
#define WORD(c) (TOKEN(c) || IN(c, "()<>:\\\"/[]?{}"))
/* qdtext without LWS: %x21 / %x23-5B / %x5D-7E / UTF8-NONASCII */
#define QD(c)                                                                                      \
    ((c) == 0x21 || ((c) >= 0x23 && (c) <= 0x5b) || ((c) >= 0x5d && (c) <= 0x7e) || (c) >= 0x80)
/* an addr-spec inside <> (anything but > < WSP CR LF) */
#define ANGLE(c)                                                                                   \
    ((c) != '>' && (c) != '<' && (c) != ' ' && (c) != '\t' && (c) != '\r' && (c) != '\n')
/* an addr-spec outside <>, after the scheme (RFC 3261 §20.10: no , ; ?) */
#define ADDR(c) (ANGLE(c) && (c) != ',' && (c) != ';' && (c) != '?' && (c) != '"')
/* user / password / paramchar / hname / hvalue without the escapes */
#define USER(c)  (UNRESERVED(c) || IN(c, "&=+$,;?/"))
#define PASS(c)  (UNRESERVED(c) || IN(c, "&=+$,"))
#define PARAM(c) (UNRESERVED(c) || IN(c, "[]/:&+$"))
#define HNV(c)   (UNRESERVED(c) || IN(c, "[]/?:+$"))

#define CC(c)                                                                                      \
    (uint16_t)((TOKEN(c) ? FSIP_CC_TOKEN : 0) | (WORD(c) ? FSIP_CC_WORD : 0) |                     \
               (QD(c) ? FSIP_CC_QD : 0) | (ANGLE(c) ? FSIP_CC_ANGLE : 0) |                         \
               (ADDR(c) ? FSIP_CC_ADDR : 0) | (USER(c) ? FSIP_CC_USER : 0) |                       \
               (PASS(c) ? FSIP_CC_PASS : 0) | (PARAM(c) ? FSIP_CC_PARAM : 0) |                     \
               (HNV(c) ? FSIP_CC_HNV : 0))
#define R4(c)  CC(c), CC(c + 1), CC(c + 2), CC(c + 3)
#define R16(c) R4(c), R4(c + 4), R4(c + 8), R4(c + 12)
#define R64(c) R16(c), R16(c + 16), R16(c + 32), R16(c + 48)

const uint16_t fsip__cc[256] = {R64(0), R64(64), R64(128), R64(192)};
