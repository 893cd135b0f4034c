#!/bin/sh
# Makes the TLS material the proxy tests use (test/fixtures/tls/), with openssl:
#  - ca.pem          a test certificate authority (its key is thrown away);
#  - server.pem/.key a server certificate signed by it for api.losant.invalid
#                    (the host name the tests reach only through the test proxy),
#                    localhost and 127.0.0.1 (the NO_PROXY and https-proxy cases).
# Valid for 100 years, so the committed files do not expire under the tests.
# Run from anywhere: sh scripts/make-test-certs.sh (it overwrites the files).
set -eu

DIR="$(cd "$(dirname "$0")/.." && pwd)/test/fixtures/tls"
DAYS=36500
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$DIR"

cat > "$WORK/ca.cnf" <<'CNF'
[req]
distinguished_name = dn
prompt = no
x509_extensions = ca_ext
[dn]
CN = losant-org-client test CA (not for production)
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
CNF

cat > "$WORK/server.cnf" <<'CNF'
[req]
distinguished_name = dn
prompt = no
[dn]
CN = api.losant.invalid
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:api.losant.invalid, DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CNF

# RSA 2048 with SHA-256: accepted from Node 8's OpenSSL 1.0.2 to OpenSSL 3's default security level.
openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days "$DAYS" \
  -config "$WORK/ca.cnf" -keyout "$WORK/ca.key" -out "$DIR/ca.pem" 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -sha256 \
  -config "$WORK/server.cnf" -keyout "$DIR/server.key" -out "$WORK/server.csr" 2>/dev/null
openssl x509 -req -sha256 -days "$DAYS" -in "$WORK/server.csr" \
  -CA "$DIR/ca.pem" -CAkey "$WORK/ca.key" -set_serial "0x$(openssl rand -hex 8)" \
  -extfile "$WORK/server.cnf" -extensions server_ext -out "$DIR/server.pem" 2>/dev/null

openssl verify -CAfile "$DIR/ca.pem" "$DIR/server.pem"
openssl x509 -in "$DIR/server.pem" -noout -subject -enddate -ext subjectAltName
