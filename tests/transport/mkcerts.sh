#!/usr/bin/env bash
# Test certificates for the TLS tests, made at test time with the openssl
# CLI into OUTDIR (never committed: the keys are throw-away):
#   ca.pem / ca.key          the test CA
#   server.pem / server.key  signed by it; SAN IP:127.0.0.1, IP:::1, DNS:localhost,
#                            DNS:sip.test
#   client.pem / client.key  signed by it; a client certificate (mutual TLS)
#   wrong.pem / wrong.key    signed by it; names only DNS:wrong.test
#   other-ca.pem             another CA
#   other.pem / other.key    signed by the other CA, the same names as server.pem
#   cadir/                   ca.pem in a hashed directory (openssl rehash)
# usage: mkcerts.sh OUTDIR
set -euo pipefail

out=${1:?usage: mkcerts.sh OUTDIR}
mkdir -p "$out"
cd "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

ca() { # NAME CN
    key "$1.key"
    openssl req -x509 -new -key "$1.key" -sha256 -days 3 -subj "/CN=$2" \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
        -out "$1.pem" 2>/dev/null
}

leaf() { # NAME CA CN EXTENSIONS
    key "$1.key"
    openssl req -new -key "$1.key" -subj "/CN=$3" -out "$tmp/$1.csr" 2>/dev/null
    printf '%s\n' "$4" >"$tmp/$1.ext"
    openssl x509 -req -in "$tmp/$1.csr" -CA "$2.pem" -CAkey "$2.key" -CAcreateserial \
        -CAserial "$tmp/$2.srl" -days 2 -sha256 -extfile "$tmp/$1.ext" -out "$1.pem" 2>/dev/null
}

ca ca "fsip test CA"
ca other-ca "fsip other CA"
srv='basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth,clientAuth'
leaf server ca "fsip test server" "$srv
subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost,DNS:sip.test"
leaf other other-ca "fsip test server" "$srv
subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost,DNS:sip.test"
leaf wrong ca "wrong.test" "$srv
subjectAltName=DNS:wrong.test"
leaf client ca "fsip test client" 'basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=clientAuth
subjectAltName=DNS:client.test'
rm -f other-ca.key
mkdir -p cadir
cp ca.pem cadir/ca.pem
openssl rehash cadir 2>/dev/null
chmod 600 ./*.key
echo "certificates in $out"
