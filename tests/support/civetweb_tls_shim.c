/* Loaded only by the secure Orthanc test fixture (LD_LIBRARY_PATH), under the name libssl.so.
 * Debian 12's civetweb resolves SSL_get_peer_certificate through dlopen("libssl.so") + dlsym;
 * OpenSSL 3 renamed the function to SSL_get1_peer_certificate and keeps the old name only as a
 * macro, so civetweb calls a null pointer on the first HTTPS connection. This library provides
 * the old name; every other symbol is found in the real libssl.so.3 it depends on. */
#include <openssl/ssl.h>

#undef SSL_get_peer_certificate
X509 *SSL_get_peer_certificate(const SSL *ssl);

X509 *SSL_get_peer_certificate(const SSL *ssl)
{
    return SSL_get1_peer_certificate(ssl);
}
