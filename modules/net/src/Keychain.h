#pragma once
// Private: the system keychain through QtKeychain (service "Strata"), blocking with a bound on the
// wait. QtKeychain's insecure plain-text fallback stays off: without a keychain, writing fails.
#include <strata/core/Result.h>

#include <optional>

namespace strata::net::detail {

/// Stores `secret` under `key`. `subject` names what the secret belongs to (for errors).
std::optional<Error> keychainWrite(const QString &key, const QString &secret, const QString &subject);
/// The secret under `key`; ErrorCode::NotFound when there is none.
Result<QString> keychainRead(const QString &key, const QString &subject);
/// Removes the entry (none is not an error).
std::optional<Error> keychainDelete(const QString &key, const QString &subject);

} // namespace strata::net::detail
