#pragma once
/// SHA-256 of files and byte ranges, as lower-case hex.
#include <strata/core/Result.h>

#include <QByteArray>
#include <QString>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX

namespace strata {

/// SHA-256 of bytes as they pass (hashing while copying: one read, and the hash is that of
/// exactly the bytes written). Not copyable; one thread at a time.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    bool ok() const { return m_ctx != nullptr; }  ///< false when OpenSSL has no SHA-256
    void add(const void *data, qsizetype size);
    /// Lower-case hex of everything added; afterwards the object starts over.
    QByteArray hex();

private:
    evp_md_ctx_st *m_ctx = nullptr;
};

/// SHA-256 of a whole file, read in chunks (never loads the file at once).
Result<QByteArray> sha256OfFile(const QString &path);
/// SHA-256 of a buffer, as lower-case hex.
QByteArray sha256Hex(const void *data, qsizetype size);

} // namespace strata
